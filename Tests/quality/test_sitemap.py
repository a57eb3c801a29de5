"""The sitemap and robots.txt as crawlers read them (issue 15, point 6).

- sitemap.xml (or the sitemap index and its sitemap-N.xml) lists every HTML page of the site but
  404.html exactly once, by its canonical URL (a folder's index.html as the folder), numbered list
  pages (`papers/index-2.html`) as their own URLs, and nothing else.
- robots.txt exists only when the site is published at a host root (crawlers read no other), and
  then names the sitemap. Content/ is built at a host root, the corpus under a subpath.
"""
import xml.etree.ElementTree as ElementTree
from collections import Counter

from conftest import Problems, host_root

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_urls(built, problems):
    """Every <loc> of sitemap.xml, following a sitemap index into its sitemaps."""
    root = ElementTree.fromstring(built.text("sitemap.xml"))
    if root.tag == f"{{{NS['sm']}}}sitemapindex":
        urls = []
        for loc in root.findall("sm:sitemap/sm:loc", NS):
            name = loc.text[len(built.base_url):] if loc.text.startswith(built.base_url) else None
            if name is None or not (built.root / name).is_file():
                problems.add("sitemap.xml", f"lists {loc.text}, no sitemap of the site")
                continue
            urls += [u.text for u in ElementTree.fromstring(built.text(name)).findall("sm:url/sm:loc", NS)]
        return urls
    return [u.text for u in root.findall("sm:url/sm:loc", NS)]


def canonical_url(built, path):
    return built.base_url + (path.removesuffix("index.html") if path.endswith("/index.html") or path == "index.html" else path)


def test_every_page_listed_once(built):
    problems = Problems(built)
    listed = Counter(sitemap_urls(built, problems))
    for address, times in listed.items():
        problems.check(times == 1, "sitemap.xml", f"{address} listed {times} times")
    pages = {canonical_url(built, path): path for path in built.files("**/*.html") if path != "404.html"}
    for address, path in sorted(pages.items()):
        problems.check(address in listed, "sitemap.xml", f"{path} ({address}) is not listed")
    for address in sorted(set(listed) - set(pages)):
        problems.add("sitemap.xml", f"lists {address}, which is no page of the site")
    problems.assert_none()


def test_robots_txt_only_at_a_host_root(built):
    problems = Problems(built)
    robots = built.root / "robots.txt"
    if host_root(built.base_url):
        problems.check(robots.is_file(), "robots.txt", f"missing, though the site is at the host root {built.base_url}")
        if robots.is_file():
            problems.check(f"Sitemap: {built.base_url}sitemap.xml" in built.text("robots.txt"), "robots.txt",
                           f"does not name {built.base_url}sitemap.xml")
    else:
        problems.check(not robots.is_file(), "robots.txt", f"written under the subpath {built.base_url}, where crawlers never read it")
    problems.assert_none()
