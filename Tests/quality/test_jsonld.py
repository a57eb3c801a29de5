"""JSON-LD as search engines read it (issue 15): extruct finds the `<script type="application/ld+json">`
blocks of every HTML page, PyLD expands each one, and a paper page's ScholarlyArticle says what
api/papers.json says about the paper.

- Authors: the printed byline in order, nobody else; a group `Organization`, a person `Person`; an
  author with a page links to it.
- `isPartOf` for a paper in proceedings or a journal.
- The arXiv id in `sameAs` or `identifier`.
- `datePublished` exactly when the paper has a date, and the right one.
- JSON-LD is plain text: no TeX in any string; the headline is the API's plain title.
- An author page's ProfilePage is about the author, a group an `Organization` there too.

The machine is offline, so https://schema.org's context is replaced by a local stand-in: schema.org
as the vocabulary, with the link-valued properties the site uses typed `@id`, as in the real one.
Expansion then checks the JSON-LD syntax and that every key is a term (a misspelt keyword fails).
"""
import pytest
from pyld import jsonld

from conftest import Problems, as_list, byline_pairs, graph_items, is_group, local_path, norm, paper_date, strings_in, tex_in

SCHEMA_ORG = "http://schema.org/"
CONTEXT = {"@context": {"@vocab": SCHEMA_ORG, "schema": SCHEMA_ORG,
                        **{term: {"@id": SCHEMA_ORG + term, "@type": "@id"}
                           for term in ("url", "sameAs", "image", "item", "mainEntityOfPage", "license")}}}
CONTEXT_URLS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}


def offline_loader(address, options=None):
    if address.rstrip("/") + "/" not in {u.rstrip("/") + "/" for u in CONTEXT_URLS}:
        raise jsonld.JsonLdError(f"no network: {address}", "loading document failed", {"url": address})
    return {"contextUrl": None, "documentUrl": address, "document": CONTEXT, "contentType": "application/ld+json"}


@pytest.fixture(scope="module", autouse=True)
def schema_org_offline():
    previous = jsonld.get_document_loader()
    jsonld.set_document_loader(offline_loader)
    yield
    jsonld.set_document_loader(previous)


def test_every_page_has_jsonld_that_expands(built):
    """Paper and author pages must have JSON-LD; on every page, what there is must expand."""
    problems = Problems(built)
    for path in built.files("**/*.html"):
        page = built.page(path)
        if not page.jsonld and path.startswith(("papers/", "authors/")) and path.count("/") == 2:
            problems.add(path, "no JSON-LD found by extruct")
        for block in page.jsonld:
            try:
                expanded = jsonld.expand(block)
            except jsonld.JsonLdError as error:
                problems.add(path, f"PyLD cannot expand it: {error}")
                continue
            problems.check(expanded and all("@type" in node for node in expanded), path, f"expands to untyped nodes: {expanded}")
            for value in strings_in(block):
                if tex_in(value):
                    problems.add(path, f"TeX {tex_in(value)}")
                    break
    problems.assert_none()


def articles(built, problems):
    for paper in built.papers:
        where = f"papers/{paper['id']}/index.html"
        article = built.paper_page(paper["id"]).article()
        if article is None:
            problems.add(where, "no ScholarlyArticle JSON-LD")
            continue
        yield paper, where, article


def test_article_authors_are_the_printed_byline(built):
    problems = Problems(built)
    for paper, where, article in articles(built, problems):
        written = as_list(article.get("author"))
        for node, group, author in byline_pairs(problems, where, paper, "author", written, lambda a: norm(a.get("name", ""))):
            expected = "Organization" if group else "Person"
            problems.check(node.get("@type") == expected, where, f"{author['name']!r} is a {node.get('@type')}, expected {expected}")
            if author.get("id") and node.get("url"):
                problems.check(local_path(built, node["url"]) == f"authors/{author['id']}/index.html", where,
                               f"{author['name']!r} links to {node['url']}, API id {author['id']}")
    problems.assert_none()


def test_article_venue_identifiers_and_date(built):
    problems = Problems(built)
    for paper, where, article in articles(built, problems):
        kind, arxiv, date = paper.get("venueType"), paper.get("arxiv"), paper_date(paper)
        if kind in ("proceedings", "journal"):
            names = [norm(p.get("name", "")) for p in as_list(article.get("isPartOf")) if isinstance(p, dict)]
            problems.check(norm(paper.get("venue") or "") in names, where,
                           f"isPartOf {article.get('isPartOf')}, API venue {paper.get('venue')!r} ({kind})")
        if arxiv:
            said = [s for s in strings_in([article.get("sameAs"), article.get("identifier")])]
            problems.check(any(arxiv in s for s in said), where, f"arXiv id {arxiv} in neither sameAs nor identifier")
        if date is None:
            problems.check("datePublished" not in article, where, f"datePublished {article.get('datePublished')!r} but the API has no date")
        else:
            problems.check(article.get("datePublished") == paper["date"], where,
                           f"datePublished {article.get('datePublished')!r}, API date {paper['date']}")
        headline = article.get("headline") or article.get("name") or ""
        problems.check(norm(headline) == norm(paper.get("titleText") or ""), where,
                       f"headline {headline!r}, API titleText {paper.get('titleText')!r}")
    problems.assert_none()


def test_graph_items_have_types(built):
    """Every object of a page's JSON-LD says what it is (Scholar and Google's rich results ignore
    untyped nodes)."""
    problems = Problems(built)
    for path in built.files("papers/*/index.html") + built.files("authors/*/index.html"):
        for item in (i for block in built.page(path).jsonld for i in graph_items(block)):
            problems.check("@type" in item, path, f"an object without @type: {str(item)[:120]}")
    problems.assert_none()


def test_author_pages_describe_the_author(built):
    """An author page's ProfilePage is about that author, by the API's name, and a group is an
    `Organization` there as in the papers' author lists ("one literal name everywhere")."""
    problems = Problems(built)
    for author in built.authors:
        where = f"authors/{author['id']}/index.html"
        profiles = [i for block in built.page(where).jsonld for i in graph_items(block) if i.get("@type") == "ProfilePage"]
        if len(profiles) != 1:
            problems.add(where, f"{len(profiles)} ProfilePage objects, expected 1")
            continue
        entity = profiles[0].get("mainEntity") or {}
        expected = "Organization" if is_group(author["name"]) else "Person"
        problems.check(norm(entity.get("name", "")) == norm(author["name"]), where,
                       f"mainEntity name {entity.get('name')!r}, API name {author['name']!r}")
        problems.check(entity.get("@type") == expected, where, f"{author['name']!r} is a {entity.get('@type')}, expected {expected}")
    problems.assert_none()
