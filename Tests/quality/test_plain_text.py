"""Plain-text outputs say readable Unicode, never TeX (issue 15, point 4): `4$\\times$` is `4×`, `\\&`
is `&`, `\\emph{x}` is `x`. Checked here: every page's `<title>`, `<meta name="description">`,
OpenGraph and Twitter tags, llms.txt, the search index's records, and the API's `titleText` and
`abstractText`. (RIS, CSL-JSON, Highwire, COinS, JSON-LD and Atom are checked with their own files.)
"""
import json
import re

from conftest import Problems, tex_in

# llms.txt is Markdown, where `\\_`, `\\#`, `\\*`… are escapes of Markdown's own; a TeX command,
# math holding one, or `\\%` / `\\&` (which Markdown never needs) are TeX.
TEX_IN_MARKDOWN = re.compile(r"\\[A-Za-z]+|\\[%&]|\$[^$\n]*\\")


def test_page_titles_descriptions_and_social_tags(built):
    problems = Problems(built)
    for path in built.files("**/*.html"):
        page = built.page(path)
        if tex_in(page.title):
            problems.add(path, f"<title>: TeX {tex_in(page.title)}")
        for name, content in page.meta:
            if (name == "description" or name.startswith(("og:", "twitter:"))) and tex_in(content):
                problems.add(path, f"{name}: TeX {tex_in(content)}")
    problems.assert_none()


def test_llms_txt(built):
    problems = Problems(built)
    for number, line in enumerate(built.text("llms.txt").splitlines(), 1):
        if tex_in(line, TEX_IN_MARKDOWN):
            problems.add(f"llms.txt:{number}", f"TeX {tex_in(line, TEX_IN_MARKDOWN)}")
    problems.assert_none()


def test_search_index_records(built):
    """The search files are `sitegenSearch("name", JSON);` calls; every string of their JSON."""
    problems = Problems(built)
    for path in built.files("search/*.js"):
        text = built.text(path)
        data = json.loads(text[text.index(",") + 1:text.rindex(")")])
        for value in json_strings(data):
            if tex_in(value):
                problems.add(path, f"TeX {tex_in(value)}")
                break
    problems.assert_none()


def json_strings(value):
    """Every string in a JSON value, keys included (a search shard's keys are its words)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def test_api_plain_fields(built):
    problems = Problems(built)
    for paper in built.papers:
        for field in ("titleText", "abstractText"):
            problems.check(field in paper, f"api/papers.json {paper['id']}", f"no {field}")
            if tex_in(paper.get(field)):
                problems.add(f"api/papers.json {paper['id']}", f"{field}: TeX {tex_in(paper[field])}")
        problems.check(bool(paper.get("titleText")), f"api/papers.json {paper['id']}", "empty titleText")
    problems.assert_none()
