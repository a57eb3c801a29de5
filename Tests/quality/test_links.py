"""Every link and image of the example site resolves from file:// and under a subpath (issue 16).

Two builds of Content/: SITE_DIR without a base URL, opened from file://, and SUBPATH_SITE_DIR
published at SUBPATH_BASE_URL (https://example.org/lab/), served here from a local server under
the same path, as a host would: /lab/… is the site (a miss gets its 404.html), anything else 404.

Statically, on every page: each URL an `a`, `link`, `img`, `script`, `source` or `form` names
(conftest.LINK_ATTRIBUTES) that stays on the site must name a file of it. From file:// that is a
file under the site folder; a folder is a broken link there, since browsers list a folder's files
rather than open its index.html. Under the subpath it is an HTTP 200 from the server for every URL
on the published host (a root-relative `/x` falls outside /lab/ and fails, as it would there). The
404 page is read as served for a missing page deep in the site. Links to other hosts, mailto: and
the like are not followed.

In the browser, on one page of every kind (conftest.page_kinds) from both places: every image
shows (`complete` with a `naturalWidth`; lazy ones made eager first) and no request fails (Chromium's
"Failed to load resource" log: scripts, style sheets, fonts, the search index). The browser is
offline, so what a page asks of the published host itself is asked of the local server instead.
"""
import threading
import urllib.error
import urllib.request
from functools import cache, partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from conftest import SUBPATH_BASE_URL, SUBPATH_SITE, Problems, page_kinds, page_links, show, url

PUBLISHED = urlsplit(SUBPATH_BASE_URL)
PUBLISHED_HOST = f"{PUBLISHED.scheme}://{PUBLISHED.netloc}"
# Where the 404 page is read from: a page the site does not have, deep in it.
MISSING_PAGE = "no/such/page/"

# Every image of the page that does not show: its URL (lazy images are loaded first).
BROKEN_IMAGES = """
const done = arguments[arguments.length - 1];
const images = [...document.images];
images.forEach((image) => { image.loading = "eager"; });
const settled = images.map((image) => image.complete ? null : new Promise((ok) => { image.onload = image.onerror = ok; }));
Promise.all(settled).then(() => done(images.filter((i) => !(i.complete && i.naturalWidth > 0)).map((i) => i.currentSrc || i.src)));
"""


class SubpathHandler(SimpleHTTPRequestHandler):
    """Serves `directory` under the URL path `prefix` (the published base URL's): a file or a
    folder with an index.html under it as a static host would (a folder without its final slash
    redirected), a miss under it with the site's 404.html and status 404, anything else a bare 404."""

    def __init__(self, *args, prefix, **kwargs):
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path):
        return super().translate_path("/" + path[len(self.prefix):])

    def send_head(self):
        if not self.path.startswith(self.prefix):
            self.send_error(404)
            return None
        target = Path(self.translate_path(self.path))
        if target.is_file() or (target / "index.html").is_file():
            return super().send_head()
        page = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        return BytesIO(page)

    def log_message(self, *args):
        """Quiet: the tests report what matters."""


@pytest.fixture(scope="module")
def served():
    """The subpath build on a local server: the URL its base URL is served at."""
    assert (SUBPATH_SITE / "index.html").is_file(), f"no site at {SUBPATH_SITE}: run `make quality`"
    handler = partial(SubpathHandler, directory=str(SUBPATH_SITE), prefix=PUBLISHED.path)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}{PUBLISHED.path}"
    server.shutdown()
    server.server_close()


@cache
def status(address):
    """The HTTP status of a HEAD request to `address` (redirects followed)."""
    try:
        with urllib.request.urlopen(urllib.request.Request(address, method="HEAD"), timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def on_server(served, address):
    """The local server's URL for a URL of the published host (its path kept, so a path outside
    the base URL's stays outside), None for any other URL."""
    parts = urlsplit(address)
    if f"{parts.scheme}://{parts.netloc}" != PUBLISHED_HOST:
        return None
    return served.removesuffix(PUBLISHED.path) + (parts.path or "/")


def html_pages(root):
    """Paths of the site's HTML pages, from its root, sorted."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))


def published_address(path):
    """Where the subpath build's page `path` is read from: its published URL (the 404 page's: a
    missing page's)."""
    return SUBPATH_BASE_URL + (MISSING_PAGE if path == "404.html" else path)


def test_every_link_resolves_from_file(site):
    problems = Problems()
    for path in html_pages(site):
        for link in page_links((site / path).read_text(encoding="utf-8")):
            target = urlsplit(urljoin((site / path).as_uri(), link))
            if target.scheme != "file":
                continue
            file = Path(unquote(target.path))
            if not file.is_relative_to(site):
                problems.add(path, f"{link} leads out of the site, to {file}")
            elif file.is_dir():
                problems.add(path, f"{link} names a folder: from file:// the browser lists it")
            elif not file.is_file():
                problems.add(path, f"{link}: no file {file.relative_to(site)}")
    problems.assert_none()


def test_every_link_resolves_under_a_subpath(served):
    problems = Problems()
    for path in html_pages(SUBPATH_SITE):
        address = published_address(path)
        for link in page_links((SUBPATH_SITE / path).read_text(encoding="utf-8")):
            if link.startswith("#"):  # this very page, wherever it is read from
                continue
            local = on_server(served, urljoin(address, link))
            if local is not None and status(local) != 200:
                problems.add(path, f"{link} (read at {address}): HTTP {status(local)}")
    problems.assert_none()


def failed_loads(browser, address):
    """The URLs the page at `address` fails to load: images that do not show and requests that
    fail, as Chromium logs them ("URL - Failed to load resource: …"), the page itself left out."""
    browser.get_log("browser")  # what earlier pages logged
    show(browser, address)
    images = browser.execute_async_script(BROKEN_IMAGES)
    requests = [entry["message"].split(" ")[0] for entry in browser.get_log("browser")
                if entry["source"] == "network" and "Failed to load resource" in entry["message"]]
    return [u for u in dict.fromkeys(images + requests) if u.split("?")[0] != address.split("?")[0]]


def test_pages_load_whole_from_file(site, browser):
    problems = Problems()
    for kind, path in page_kinds(site).items():
        for failed in failed_loads(browser, url(site, path)):
            if failed.startswith("file:"):
                problems.add(f"{kind} ({path})", f"{failed} does not load")
    problems.assert_none()


def test_pages_load_whole_under_a_subpath(served, browser):
    """The browser cannot reach the published host (conftest.chromium): what a page asks of it is
    asked of the local server instead."""
    problems = Problems()
    origin = served.removesuffix(PUBLISHED.path)
    for kind, path in page_kinds(SUBPATH_SITE).items():
        address = served + (MISSING_PAGE if kind == "404" else path)
        for failed in failed_loads(browser, address):
            local = on_server(served, failed)
            if local is not None and status(local) != 200:
                problems.add(f"{kind} ({address})", f"{failed}: HTTP {status(local)} at {local}")
            elif local is None and failed.startswith(origin):
                problems.add(f"{kind} ({address})", f"{failed} does not load")
    problems.assert_none()
