"""Shared fixtures for the quality checks: the built site and a headless Chromium.

The site is the build of Content/ that `make quality` writes (SITE_DIR, default
.build/quality-site); pages are opened from file://, the hardest place for a static site.
"""
import json
import os
import shutil
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

SITE = Path(os.environ.get("SITE_DIR", ".build/quality-site")).resolve()


@pytest.fixture(scope="session")
def site():
    assert (SITE / "index.html").is_file(), f"no site at {SITE}: run `make quality`"
    return SITE


@pytest.fixture(scope="session")
def papers(site):
    return json.loads((site / "api" / "papers.json").read_text(encoding="utf-8"))["papers"]


@pytest.fixture(scope="session")
def authors(site):
    return json.loads((site / "api" / "authors.json").read_text(encoding="utf-8"))["authors"]


@pytest.fixture(scope="session")
def sample_pages(papers, authors):
    """One page of every kind, the richest of each: paths from the site root."""
    paper = max(papers, key=lambda p: (bool(p["abstract"]), len(p["venues"]), p["hasCode"], len(p["authors"])))
    owner = max((a for a in authors if a["profile"]), key=lambda a: len(a["papers"]))
    other = next(a for a in authors if not a["profile"])
    category = max({p["category"] for p in papers if p["category"]}, key=lambda c: sum(p["category"] == c for p in papers))
    return [
        "index.html", "papers/index.html", "authors/index.html", "categories/index.html", "404.html",
        "search/index.html?q=language+model",
        f"papers/{paper['id']}/index.html", f"authors/{owner['id']}/index.html",
        f"authors/{other['id']}/index.html", f"categories/{category.lower()}/index.html",
    ]


@pytest.fixture(scope="session")
def browser():
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


def url(site, path):
    """The file:// URL of `path` (which may carry a ?query) under the site."""
    page, _, query = path.partition("?")
    return (site / page).as_uri() + ("?" + query if query else "")


def color_scheme(driver, scheme):
    """Makes the page see `prefers-color-scheme: scheme`."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
