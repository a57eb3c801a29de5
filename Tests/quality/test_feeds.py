"""Atom feeds as feed readers take them (issue 15): every `feed.xml` (the site's, each author's and
category's) parses with feedparser without a problem (`bozo` 0), its entries link to pages of the
site, their titles and summaries are plain text (no TeX), and an entry's authors are the paper's
printed byline, nobody else (issue 15, point 1: "in every machine-readable format").
"""
from conftest import Problems, local_path, norm, printed_names, tex_in


def feeds(built):
    for path in built.files("feed.xml") + built.files("*/*/feed.xml"):
        yield path, built.feed(path)


def test_every_feed_parses_cleanly(built):
    problems = Problems(built)
    found = 0
    for path, feed in feeds(built):
        found += 1
        problems.check(not feed.bozo, path, f"feedparser: {feed.get('bozo_exception')}")
        problems.check(feed.version == "atom10", path, f"not Atom 1.0 but {feed.version!r}")
        problems.check(feed.entries, path, "no entries")
    problems.check(found, "feed.xml", "no feed at all")
    problems.assert_none()


def entries(built):
    """(feed path, entry, the paper the entry links to or None)."""
    for path, feed in feeds(built):
        for entry in feed.entries:
            page = local_path(built, entry.get("link", ""))
            paper_id = page.split("/")[1] if page and page.startswith("papers/") else None
            yield path, entry, built.paper.get(paper_id)


def test_entries_link_to_pages_and_say_plain_text(built):
    problems = Problems(built)
    for path, entry, paper in entries(built):
        page = local_path(built, entry.get("link", ""))
        problems.check(page and (built.root / page).is_file(), path, f"entry links to {entry.get('link')!r}, no page of the site")
        for field in ("title", "summary"):
            if tex_in(entry.get(field)):
                problems.add(path, f"entry {entry.get('id')}: {field}: TeX {tex_in(entry.get(field))}")
        if paper is not None:
            problems.check(norm(entry.get("title", "")) == norm(paper.get("titleText") or ""), path,
                           f"entry title {entry.get('title')!r}, API titleText of {paper['id']} {paper.get('titleText')!r}")
    problems.assert_none()


def test_entry_authors_are_the_printed_byline(built):
    problems = Problems(built)
    for path, entry, paper in entries(built):
        if paper is None:
            continue
        written = [norm(a.get("name", "")) for a in entry.get("authors", []) if a]
        problems.check(written == printed_names(paper) or (not written and not printed_names(paper)), path,
                       f"entry for {paper['id']}: authors {written}, printed byline {printed_names(paper)}")
    problems.assert_none()
