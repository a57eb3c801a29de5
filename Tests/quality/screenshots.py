"""Screenshots of the example site for docs/screenshots/ (`make screenshots`, issue 16).

    python3 Tests/quality/screenshots.py SITE_DIR OUT_DIR [--max-height 6000]

SITE_DIR is Content/ built without a base URL; its pages are opened from file:// in the headless
Chromium the quality checks use, and picked the way they pick them (conftest.page_kinds): home, the
owner with most papers, the co-author with most, the richest paper, the biggest category, the papers
index and search with results. Each is taken at 390 px (a phone) and 1280 px, light and dark, the
whole page down to --max-height CSS pixels, at one device pixel per CSS pixel, into
OUT_DIR/<page>-<width>-<scheme>.png.
"""
import argparse
import base64
import time
from pathlib import Path

from conftest import DESKTOP, PHONE, chromium, page_kinds, show, url, viewport

PAGES = ("home", "owner", "coauthor", "paper", "category", "papers", "search")


def capture(driver, path, max_height):
    """Writes the page as it is laid out now, as wide as the layout viewport, as tall as the
    document up to `max_height`, to `path`; returns its height."""
    width, height = driver.execute_script(
        "const root = document.documentElement; return [root.clientWidth, root.scrollHeight];")
    height = min(height, max_height)
    clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip})
    path.write_bytes(base64.b64decode(shot["data"]))
    return height


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="Content/ built without a base URL")
    parser.add_argument("out", type=Path, help="the folder the PNG files are written to")
    parser.add_argument("--max-height", type=int, default=6000, help="cut pages longer than this (CSS px)")
    arguments = parser.parse_args()
    site = arguments.site.resolve()
    kinds = page_kinds(site)
    arguments.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    driver = chromium()
    driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})  # the full 1280 px, no scroll bar
    try:
        for page in PAGES:
            for width in (PHONE, DESKTOP):
                for scheme in ("light", "dark"):
                    with viewport(driver, width, scheme):
                        show(driver, url(site, kinds[page]))
                        path = arguments.out / f"{page}-{width}-{scheme}.png"
                        height = capture(driver, path, arguments.max_height)
                    print(f"{path}: {kinds[page]}, {width} × {height}, {path.stat().st_size // 1024} KB")
    finally:
        driver.quit()
    print(f"{len(PAGES) * 4} screenshots in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
