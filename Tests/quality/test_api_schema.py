"""The data API (issue 15, point 7): api/papers.json and api/authors.json say `"version": 2`, validate
against the strict JSON Schemas in docs/api/ (every key described, every key on every record, none
more), and hold together: every author id a paper names is an author with a page, an author's papers
are the papers that name them, newest first, and each record's url is its page.
"""
import json
from pathlib import Path

import jsonschema
import pytest

from conftest import Problems, byline, front_matter, local_path

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "api"


@pytest.mark.parametrize("name", ["papers", "authors"])
def test_api_file_matches_its_schema(built, name):
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    document = built.papers_doc if name == "papers" else built.authors_doc
    problems = Problems(built)
    problems.check(document.get("version") == 2, f"api/{name}.json", f"version {document.get('version')!r}, expected 2")
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors:
        record = error.absolute_path[1] if len(error.absolute_path) > 1 else None
        record_id = document[name][record].get("id") if isinstance(record, int) else None
        problems.add(f"api/{name}.json {record_id or ''}".strip(), f"{error.json_path}: {error.message[:200]}")
    problems.assert_none()


def test_ids_are_unique_and_urls_are_pages(built):
    problems = Problems(built)
    for kind, records in (("papers", built.papers), ("authors", built.authors)):
        ids = [r["id"] for r in records]
        problems.check(len(ids) == len(set(ids)), f"api/{kind}.json", "ids repeat")
        for record in records:
            expected = f"{kind}/{record['id']}/index.html"
            problems.check(local_path(built, record.get("url", "")) == expected, f"api/{kind}.json {record['id']}",
                           f"url {record.get('url')!r} is not {built.base_url}{kind}/{record['id']}/")
    keys = [p["bibtexKey"] for p in built.papers if p.get("bibtexKey")]
    problems.check(len(keys) == len(set(keys)), "api/papers.json", "bibtexKeys repeat")
    problems.assert_none()


def test_papers_and_authors_refer_to_each_other(built):
    problems = Problems(built)
    named = {}
    for paper in built.papers:
        where = f"api/papers.json {paper['id']}"
        for field in ("authors", "knownAuthors"):
            for author in byline({"authors": paper.get(field)}):
                if author["id"] is None:
                    continue
                named.setdefault(author["id"], set()).add(paper["id"])
                problems.check(author["id"] in built.author, where, f"{field}: {author['name']!r} has id {author['id']!r}, no author")
                problems.check((built.root / "authors" / author["id"] / "index.html").is_file(), where,
                               f"{field}: no page authors/{author['id']}/ for {author['name']!r}")
        if paper.get("date"):
            problems.check(paper.get("year") == int(paper["date"][:4]), where, f"year {paper.get('year')!r}, date {paper['date']}")
        problems.check((paper.get("venue") is None) == (paper.get("venueType") is None), where,
                       f"venue {paper.get('venue')!r} with venueType {paper.get('venueType')!r}")
    for author in built.authors:
        where = f"api/authors.json {author['id']}"
        unknown = [p for p in author["papers"] if p not in built.paper]
        problems.check(not unknown, where, f"papers that do not exist: {unknown[:3]}")
        if named:  # authors linked by id (version 2): each author's papers are those naming them
            listed, naming = set(author["papers"]), named.get(author["id"], set())
            problems.check(listed == naming, where, f"papers not naming the author {sorted(listed - naming)[:3]}, "
                                                    f"papers naming the author not listed {sorted(naming - listed)[:3]}")
        dates = [built.paper[p]["date"] for p in author["papers"] if p in built.paper and built.paper[p].get("date")]
        problems.check(dates == sorted(dates, reverse=True), where, "papers are not newest first")
    problems.assert_none()


def test_paper_files_reach_the_api(built):
    """What a paper's Markdown file gives (arxiv, doi, venue, links, tags) is in api/papers.json
    (issue 15, point 3); the corpus's files are Tests/quality/corpus-overlay/papers/."""
    problems = Problems(built)
    files = sorted((built.source / "papers").glob("*.md"))
    problems.check(files or built.name == "content", f"{built.source}/papers", "no paper Markdown file")
    for path in files:
        paper, fields = built.paper.get(path.stem), front_matter(path)
        where = f"{path.name} → api/papers.json"
        if paper is None:
            problems.add(where, f"no paper {path.stem!r}: the file no longer names a paper of the site")
            continue
        for key, api in (("arxiv", paper.get("arxiv")), ("doi", paper.get("doi")), ("venue", paper.get("venue")),
                         *((k, (paper.get("links") or {}).get(k)) for k in ("pdf", "code", "slides", "video"))):
            if key in fields:
                problems.check(api == fields[key], where, f"{key} {api!r}, the file says {fields[key]!r}")
        if "tags" in fields:
            problems.check(paper.get("tags") == fields["tags"], where, f"tags {paper.get('tags')!r}, the file says {fields['tags']!r}")
    problems.assert_none()
