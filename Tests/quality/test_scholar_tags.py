"""Google Scholar's `<meta name="citation_…">` (Highwire) tags on every paper page (issue 15), as
Scholar's inclusion guidelines read them, against what api/papers.json says about the paper.

- `citation_title` is the API's plain title; no tag holds TeX.
- `citation_author`: one per printed author, in order, nobody else; a group as printed.
- Venue: `citation_conference_title` for proceedings, `citation_journal_title` for a journal,
  neither for a preprint (an arXiv listing is no journal).
- Identifiers: `citation_arxiv_id`, `citation_doi`, `citation_pdf_url` from the API's.
- `citation_publication_date` (`YYYY/MM/DD`) exactly when the paper has a date: Scholar requires
  it, and an invented one is worse than none.
The page's COinS span, which Zotero's connector reads, is held to the same.
"""
from urllib.parse import parse_qsl

from conftest import Problems, arxiv_abs, byline_pairs, inverted_name, links, norm, paper_date, tex_in

VENUE_TAGS = {"proceedings": "citation_conference_title", "journal": "citation_journal_title"}


def pages(built):
    for paper in built.papers:
        yield paper, f"papers/{paper['id']}/index.html", built.paper_page(paper["id"])


SINGLE = ("citation_title", "citation_publication_date", "citation_date", "citation_journal_title",
          "citation_conference_title", "citation_doi", "citation_arxiv_id", "citation_pdf_url", "citation_abstract_html_url")


def test_title_and_no_tex(built):
    problems = Problems(built)
    for paper, where, page in pages(built):
        for name in SINGLE:
            problems.check(len(page.tags(name)) <= 1, where, f"{name} given {len(page.tags(name))} times")
        problems.check(norm(page.tag("citation_title") or "") == norm(paper.get("titleText") or ""), where,
                       f"citation_title {page.tag('citation_title')!r}, API titleText {paper.get('titleText')!r}")
        for name, content in page.meta:
            if name.startswith("citation_") and tex_in(content):
                problems.add(where, f"{name}: TeX {tex_in(content)}")
    problems.assert_none()


def test_authors_are_the_printed_byline(built):
    problems = Problems(built)
    for paper, where, page in pages(built):
        for name, group, author in byline_pairs(problems, where, paper, "citation_author", page.tags("citation_author"), inverted_name):
            if group:
                problems.check(norm(name) == norm(author["name"]), where, f"group {author['name']!r} written as {name!r}")
    problems.assert_none()


def test_venue_tags_follow_the_venue_type(built):
    problems = Problems(built)
    for paper, where, page in pages(built):
        kind, venue = paper.get("venueType"), paper.get("venue")
        for tag_kind, tag in VENUE_TAGS.items():
            value = page.tag(tag)
            if kind == tag_kind:
                problems.check(norm(value or "") == norm(venue), where, f"{tag} {value!r}, API venue {venue!r}")
            else:
                problems.check(value is None, where, f"{tag} {value!r} for venueType {kind!r}")
    problems.assert_none()


def test_identifiers_reach_the_tags(built):
    problems = Problems(built)
    for paper, where, page in pages(built):
        for tag, expected in (("citation_arxiv_id", paper.get("arxiv")), ("citation_doi", paper.get("doi")),
                              ("citation_pdf_url", links(paper).get("pdf"))):
            problems.check(page.tag(tag) == expected, where, f"{tag} {page.tag(tag)!r}, API {expected!r}")
        if paper.get("arxiv") and page.tag("citation_abstract_html_url") == arxiv_abs(paper["arxiv"]):
            problems.add(where, "citation_abstract_html_url points at arXiv, not at this page")
    problems.assert_none()


def test_publication_date_only_when_known(built):
    problems = Problems(built)
    for paper, where, page in pages(built):
        date = paper_date(paper)
        for tag in ("citation_publication_date", "citation_date", "citation_online_date", "citation_year"):
            value = page.tag(tag)
            if date is None:
                problems.check(value is None, where, f"{tag} {value!r} but the API has no date")
            elif tag == "citation_publication_date" or value is not None:
                expected = str(date[0]) if tag == "citation_year" else "%04d/%02d/%02d" % date
                problems.check(value == expected, where, f"{tag} {value!r}, expected {expected} (API date {paper['date']})")
    problems.assert_none()


def test_coins_say_the_same(built):
    """The COinS span (OpenURL in a `<span class="Z3988">`), which Zotero's browser connector reads:
    the printed byline as `rft.au`, the plain title, the date only when known, a container title
    only for proceedings and journals, the DOI when known."""
    problems = Problems(built)
    for paper, where, page in pages(built):
        if len(page.coins) != 1:
            problems.add(where, f"{len(page.coins)} COinS spans, expected 1")
            continue
        fields = parse_qsl(page.coins[0])

        def values(key):
            return [value for name, value in fields if name == key]

        byline_pairs(problems, where, paper, "rft.au", values("rft.au"), norm)
        problems.check([norm(t) for t in values("rft.atitle")] == [norm(paper.get("titleText") or "")], where,
                       f"rft.atitle {values('rft.atitle')}, API titleText {paper.get('titleText')!r}")
        for key, value in fields:
            if tex_in(value):
                problems.add(where, f"{key}: TeX {tex_in(value)}")
        date = paper.get("date")
        problems.check(values("rft.date") == ([date] if date else []), where, f"rft.date {values('rft.date')}, API date {date!r}")
        containers = values("rft.jtitle") + values("rft.btitle")
        if paper.get("venueType") in VENUE_TAGS:
            problems.check([norm(c) for c in containers] == [norm(paper["venue"])], where,
                           f"container {containers}, API venue {paper['venue']!r} ({paper['venueType']})")
        else:
            problems.check(not containers, where, f"container {containers} for venueType {paper.get('venueType')!r}")
        if paper.get("doi"):
            problems.check(f"info:doi/{paper['doi']}" in values("rft_id"), where, f"rft_id {values('rft_id')}, no info:doi/{paper['doi']}")
    problems.assert_none()
