"""Shared fixtures for the quality checks: the built sites, a headless Chromium, and the readers the
citation checks share (issue 15).

Four builds, all written by `make quality` (the corpus's content, with the Markdown files of
Tests/quality/corpus-overlay/, in CORPUS_DIR):
- SITE_DIR (default .build/quality-site): Content/ with no base URL, every link relative; the
  browser checks open its pages from file://, the hardest place for a static site.
- CONTENT_SITE_DIR (default .build/quality-site-published): Content/ published at CONTENT_BASE_URL,
  a host root, so absolute URLs, the sitemap and robots.txt exist.
- SUBPATH_SITE_DIR (default .build/quality-site-subpath): Content/ published at SUBPATH_BASE_URL,
  a subpath; test_links.py serves it there from a local server.
- CORPUS_SITE_DIR (default .build/quality-corpus-site): a small corpus from
  ../shared/bench/gen_corpus.py published at CORPUS_BASE_URL, a subpath.
The citation checks run on the last two through the `built` fixture.

Every check of what a file *says* takes api/papers.json as the key: the byline, the venue type, the
identifiers and the date it gives a paper must be what each format writes for that paper.
"""
import collections
import contextlib
import functools
import json
import os
import re
import shutil
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

SITE = Path(os.environ.get("SITE_DIR", ".build/quality-site")).resolve()
SHARED = Path(os.environ.get("SHARED_DIR", "../shared")).resolve()
SITE_DIRS = {
    "content": Path(os.environ.get("CONTENT_SITE_DIR", ".build/quality-site-published")).resolve(),
    "corpus": Path(os.environ.get("CORPUS_SITE_DIR", ".build/quality-corpus-site")).resolve(),
}
SOURCE_DIRS = {
    "content": Path(__file__).resolve().parents[2] / "Content",
    "corpus": Path(os.environ.get("CORPUS_DIR", ".build/quality-corpus")).resolve(),
}
BASE_URLS = {
    "content": os.environ.get("CONTENT_BASE_URL", "https://example.org/"),
    "corpus": os.environ.get("CORPUS_BASE_URL", "https://example.org/lab/"),
}
SUBPATH_SITE = Path(os.environ.get("SUBPATH_SITE_DIR", ".build/quality-site-subpath")).resolve()
SUBPATH_BASE_URL = os.environ.get("SUBPATH_BASE_URL", "https://example.org/lab/")


# --- the Content/ site, for the browser checks ---------------------------------------------------

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


# The page kinds of a site, in the order page_kinds gives them.
PAGE_KINDS = ("home", "papers", "authors", "categories", "404", "search", "paper", "owner", "coauthor", "category", "page")


def page_kinds(root):
    """One page of every kind of the site built at `root`, the richest of each, by kind (PAGE_KINDS):
    paths from the site root, the search page's with a query that has results. Picked from the
    site's api/ and files, so any content works:
    - paper: the one with an abstract, most venues, code, and the longest byline, in that order;
    - owner: of the owners of profile pages (the papers' knownAuthors), the one with profile numbers
      and most papers; coauthor: the author who owns no page with most papers;
    - category: the one with most papers; page: the first free page (a folder of the site's root
      that no page kind owns);
    - search: the two adjacent title words (four letters or more each) most titles share."""
    papers = json.loads((root / "api" / "papers.json").read_text(encoding="utf-8"))["papers"]
    authors = json.loads((root / "api" / "authors.json").read_text(encoding="utf-8"))["authors"]
    paper = max(papers, key=lambda p: (bool(p["abstract"]), len(p["venues"]), p["hasCode"], len(p["authors"])))
    owners = {known["id"] for p in papers for known in p["knownAuthors"]}
    owner = max((a for a in authors if a["id"] in owners), key=lambda a: (a["profile"] is not None, len(a["papers"])))
    coauthor = max((a for a in authors if a["id"] not in owners), key=lambda a: len(a["papers"]))
    category = max(sorted({p["category"] for p in papers if p["category"]}), key=lambda c: sum(p["category"] == c for p in papers))
    pairs = collections.Counter()
    for p in papers:
        words = re.findall(r"\w+", p["titleText"].lower())
        pairs.update({pair for pair in zip(words, words[1:]) if min(map(len, pair)) >= 4})
    query = "+".join(min(pairs, key=lambda pair: (-pairs[pair], pair)))
    owned = {"papers", "authors", "categories", "search", "api", "assets"}
    free = sorted(p.parent.name for p in root.glob("*/index.html") if p.parent.name not in owned)
    return {
        "home": "index.html", "papers": "papers/index.html", "authors": "authors/index.html",
        "categories": "categories/index.html", "404": "404.html", "search": f"search/index.html?q={query}",
        "paper": f"papers/{paper['id']}/index.html", "owner": f"authors/{owner['id']}/index.html",
        "coauthor": f"authors/{coauthor['id']}/index.html", "category": f"categories/{category.lower()}/index.html",
        "page": f"{free[0]}/index.html",
    }


@pytest.fixture(scope="session")
def sample_pages(site):
    """One page of every kind, the richest of each (page_kinds): paths from the site root."""
    return list(page_kinds(site).values())


def chromium():
    """A headless Chromium (the system's, through chromedriver), its window 1280 × 1000, offline:
    every host but this machine fails to resolve at once, so nothing a page names leaves the
    machine (a request to the published host fails like a missing file, for the tests to check)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    return driver


@pytest.fixture(scope="session")
def browser():
    driver = chromium()
    yield driver
    driver.quit()


def url(site, path):
    """The file:// URL of `path` (which may carry a ?query) under the site."""
    page, _, query = path.partition("?")
    return (site / page).as_uri() + ("?" + query if query else "")


def color_scheme(driver, scheme):
    """Makes the page see `prefers-color-scheme: scheme`."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


PHONE, DESKTOP = 390, 1280


@contextlib.contextmanager
def viewport(driver, width, scheme="light"):
    """Lays pages out `width` CSS pixels wide in `scheme`, then gives the window back as it was (the
    browser is shared). Below 600 px as a phone: 844 px tall, `<meta name=viewport>` honoured,
    scroll bars over the page, taking no width (so the layout viewport, documentElement.clientWidth,
    is the whole width; window.innerWidth grows instead when a page is too wide, as the phone zooms
    out); above, a desktop window 800 px tall."""
    phone = width < 600
    metrics = {"width": width, "height": 844 if phone else 800, "deviceScaleFactor": 1, "mobile": phone}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    color_scheme(driver, scheme)
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        color_scheme(driver, "light")


def show(driver, address):
    """Opens `address` and, on a search page (`?q=`), waits for the results."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(address)
    if "?q=" in address:
        WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"),
                                        message=f"no search results on {address}")


# --- links -----------------------------------------------------------------------------------------

# The attributes that name a URL the page loads or a visitor follows, by element.
LINK_ATTRIBUTES = {
    "a": ("href",), "link": ("href",), "img": ("src", "srcset"), "script": ("src",),
    "source": ("src", "srcset"), "form": ("action",),
}


class LinkScanner(HTMLParser):
    """Collects every URL of LINK_ATTRIBUTES in a page, in order, entities decoded (each candidate
    of a `srcset` on its own)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in LINK_ATTRIBUTES.get(tag, ()) and value is not None:
                candidates = value.split(",") if name == "srcset" else [value]
                self.links += [c.split()[0] for c in candidates if c.strip()]


def page_links(html):
    """The URLs the HTML page `html` links to or loads (LinkScanner)."""
    scanner = LinkScanner()
    scanner.feed(html)
    return scanner.links


# --- both sites, for the citation checks ---------------------------------------------------------

@pytest.fixture(scope="session", params=["content", "corpus"])
def built(request):
    """A built site (Content/ or the generated corpus) with cached readers of its files."""
    return BuiltSite.named(request.param)


class BuiltSite:
    """One built site and what its files say, each file read and parsed once per session."""

    @staticmethod
    @functools.cache
    def named(name):
        root = SITE_DIRS[name]
        assert (root / "index.html").is_file(), f"no {name} site at {root}: run `make quality`"
        return BuiltSite(name, root, BASE_URLS[name], SOURCE_DIRS[name])

    def __init__(self, name, root, base_url, source):
        self.name, self.root, self.base_url, self.source = name, root, base_url, source
        self.papers_doc = self.json("api/papers.json")
        self.authors_doc = self.json("api/authors.json")
        self.papers = self.papers_doc["papers"]
        self.authors = self.authors_doc["authors"]
        self.paper = {p["id"]: p for p in self.papers}
        self.author = {a["id"]: a for a in self.authors}

    def __repr__(self):
        return f"<{self.name} site>"

    def text(self, path):
        return (self.root / path).read_text(encoding="utf-8")

    def json(self, path):
        return json.loads(self.text(path))

    def files(self, pattern):
        """Paths (from the site root, as strings) of the files matching a glob, sorted."""
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.glob(pattern))

    @functools.cache
    def bib(self, path):
        """The BibTeX library at `path` (bibtexparser 2: names split into NameParts, LaTeX kept)."""
        import bibtexparser
        from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts
        return bibtexparser.parse_string(self.text(path), append_middleware=[SeparateCoAuthors(), SplitNameParts()])

    @functools.cache
    def raw_bib(self, path):
        """The BibTeX library at `path` with every field as written (names not split)."""
        import bibtexparser
        return bibtexparser.parse_string(self.text(path))

    @functools.cache
    def paper_by_cite_key(self):
        """Each paper by the key of the entry in its own cite.bib."""
        return {e.key: p for p in self.papers for e in self.raw_bib(f"papers/{p['id']}/cite.bib").entries}

    @functools.cache
    def ris(self, path):
        import rispy
        return rispy.loads(self.text(path))

    @functools.cache
    def feed(self, path):
        """The Atom feed at `path`, as feedparser reads it."""
        import feedparser
        return feedparser.parse((self.root / path).read_bytes())

    @functools.cache
    def page(self, path):
        """The `<meta>` tags, `<title>` and COinS of the HTML page at `path`, and its JSON-LD blocks
        (read by extruct)."""
        import extruct
        html = self.text(path)
        scanner = MetaScanner()
        scanner.feed(html)
        page_url = self.base_url + path.removesuffix("index.html")
        jsonld = extruct.extract(html, base_url=page_url, syntaxes=["json-ld"], uniform=False)["json-ld"]
        return Page(scanner.meta, jsonld, scanner.title, scanner.coins)

    def paper_page(self, paper_id):
        return self.page(f"papers/{paper_id}/index.html")


class Page:
    def __init__(self, meta, jsonld, title, coins):
        self.meta, self.jsonld, self.title, self.coins = meta, jsonld, title, coins

    def tags(self, name):
        """The contents of every `<meta name=name>` (or property=name), in order."""
        return [content for key, content in self.meta if key == name]

    def tag(self, name):
        """The content of the first `<meta name=name>`, None when absent (test_scholar_tags checks
        that single-valued tags come once)."""
        values = self.tags(name)
        return values[0] if values else None

    def article(self):
        """The page's ScholarlyArticle JSON-LD object, None when there is none."""
        found = [item for block in self.jsonld for item in graph_items(block) if "ScholarlyArticle" in as_list(item.get("@type"))]
        return found[0] if found else None


class MetaScanner(HTMLParser):
    """Collects (name or property, content) of every `<meta>`, the document's `<title>` (the one in
    `<head>`; SVG charts have titles of their own) and the COinS spans' `title`, entities decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.coins, self.title = [], [], None
        self.in_head_title = False
        self.in_head = True

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta":
            key = attributes.get("name") or attributes.get("property")
            if key is not None:
                self.meta.append((key, attributes.get("content") or ""))
        elif tag == "title" and self.in_head and self.title is None:
            self.in_head_title, self.title = True, ""
        elif tag == "span" and "Z3988" in (attributes.get("class") or "").split():
            self.coins.append(attributes.get("title") or "")
        elif tag == "body":
            self.in_head = False

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_head_title = False
        elif tag == "head":
            self.in_head = False

    def handle_data(self, data):
        if self.in_head_title:
            self.title += data


def graph_items(block):
    """The objects of a JSON-LD block: itself, or each of its @graph."""
    if isinstance(block, list):
        return [item for b in block for item in graph_items(b)]
    return block.get("@graph", [block]) if isinstance(block, dict) else []


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# --- problems: every check collects them, then fails once with all of them -----------------------

class Problems:
    """Problems found by one check, each naming the paper (or page) and the file. Fails with the
    first LIMIT of them and the count, so one run shows the whole extent of a regression."""

    LIMIT = 40

    def __init__(self, built=None):
        self.prefix = f"[{built.name}] " if built else ""
        self.items = []

    def add(self, where, message):
        self.items.append(f"{self.prefix}{where}: {message}")

    def check(self, condition, where, message):
        if not condition:
            self.add(where, message)

    def assert_none(self):
        if self.items:
            shown = "\n".join(self.items[:self.LIMIT])
            more = f"\n… and {len(self.items) - self.LIMIT} more" if len(self.items) > self.LIMIT else ""
            pytest.fail(f"{len(self.items)} problem(s):\n{shown}{more}", pytrace=False)


def each_record(built, problems, filename, read):
    """(paper, path, record) for every paper whose `papers/<id>/<filename>`, read by `read(path)`
    into a list of records, holds exactly one; anything else is a problem."""
    for paper in built.papers:
        path = f"papers/{paper['id']}/{filename}"
        try:
            records = read(path)
        except Exception as error:  # the reader's own words are the best report
            problems.add(path, f"cannot be read: {type(error).__name__}: {error}")
            continue
        if len(records) != 1:
            problems.add(path, f"{len(records)} records, expected 1")
            continue
        yield paper, path, records[0]


# --- names -----------------------------------------------------------------------------------------

# The group rule of issue 15 as README.md ("Citation data") documents it, written again here to
# cross-check the site: a name is one literal name (not family + given) when it is a single word
# (`Mistral-AI`, `DeepMind`), or holds one of these words in any case, or the upper-case word AI
# (words split at spaces and hyphens, a final dot or comma dropped).
GROUP_WORDS = frozenset("""team collaboration consortium group project initiative committee society
association alliance foundation institute laboratory lab labs inc ltd llc corporation university
centre center network workshop research contributors developers community organization organisation
council company""".split())


def is_group(name):
    if len(name.split()) == 1:
        return True
    words = [w.rstrip(".,") for w in re.split(r"[\s\-]+", name)]
    return any(w.lower() in GROUP_WORDS or w == "AI" for w in words)


def byline(paper):
    """The printed authors of an API paper record, in order, as `{"name", "id"}` objects (a plain
    name, as API version 1 wrote them, read as a name without an id)."""
    return [a if isinstance(a, dict) else {"name": a, "id": None} for a in paper.get("authors") or []]


def printed_names(paper):
    return [norm(a["name"]) for a in byline(paper)]


def group_flags(paper):
    """Whether each printed author is a group: the API's `isGroup` when the site writes it, else
    the rule above."""
    return [a["isGroup"] if "isGroup" in a else is_group(a["name"]) for a in byline(paper)]


def byline_pairs(problems, where, paper, label, written, as_printed):
    """Compares the names a file writes (`written`, read back by `as_printed` into the byline's
    spelling) with the printed byline. Equal: (written name, is a group, API author) for each;
    otherwise a problem naming the file's field `label`, and nothing to check further."""
    if [as_printed(name) for name in written] != printed_names(paper):
        problems.add(where, f"{label} {[as_printed(name) for name in written]}, printed byline {printed_names(paper)}")
        return []
    return list(zip(written, group_flags(paper), byline(paper)))


def norm(text):
    """Text compared across formats: NFC, runs of white space as one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def strip_braces(text):
    return text.replace("{", "").replace("}", "")


def bib_name(parts):
    """A bibtexparser NameParts as the byline prints it ("Albert Q. Jiang"), LaTeX braces dropped."""
    return norm(strip_braces(" ".join(parts.first + parts.von + parts.last + parts.jr)))


def csl_name(name):
    """A CSL-JSON name as the byline prints it."""
    if "literal" in name:
        return norm(name["literal"])
    keys = ("given", "dropping-particle", "non-dropping-particle", "family", "suffix")
    return norm(" ".join(name[k] for k in keys if name.get(k)))


def inverted_name(text):
    """`Family, Given[, Suffix]` (RIS, and Highwire when written that way) as `Given Family Suffix`;
    a name without a comma as it is."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 1:
        return norm(text)
    family, given, *suffix = parts
    return norm(" ".join([given, family, *suffix]))


# --- TeX in plain text -----------------------------------------------------------------------------

# A TeX command, an escaped special character, or math holding a command: none belongs in plain text.
TEX_IN_TEXT = re.compile(r"\\[A-Za-z]+|\\[%&#_$]|\$[^$]*\\")


def tex_in(text, pattern=TEX_IN_TEXT):
    """The first piece of TeX in `text` with a little of what surrounds it, None when there is none."""
    found = pattern.search(text or "")
    if not found:
        return None
    start, end = max(found.start() - 30, 0), found.end() + 30
    return f"{found.group(0)!r} in {'…' * (start > 0)}{text[start:end]}{'…' * (end < len(text))}"


def check_plain_text(problems, where, paper, record, title, abstract):
    """A plain-text record (RIS, CSL-JSON): no string of it holds TeX, and its `title` and
    `abstract` (None when it has none) are the API's titleText and abstractText."""
    for value in strings_in(record):
        if tex_in(value):
            problems.add(where, f"TeX {tex_in(value)}")
            break
    problems.check(norm(title or "") == norm(paper.get("titleText") or ""), where,
                   f"title {title!r}, API titleText {paper.get('titleText')!r}")
    if abstract is not None or paper.get("abstractText"):
        problems.check(norm(abstract or "") == norm(paper.get("abstractText") or ""), where,
                       f"abstract is not the API's abstractText: {(abstract or '')[:80]!r}…")


def strings_in(value):
    """Every string inside a JSON value (keys aside)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


# --- URLs ------------------------------------------------------------------------------------------

def local_path(built, address):
    """The site file an absolute URL of the site names (a folder URL names its index.html), or
    None for a URL outside the site."""
    if not address.startswith(built.base_url):
        return None
    path = address[len(built.base_url):].split("#")[0].split("?")[0]
    return path + "index.html" if path == "" or path.endswith("/") else path


def arxiv_abs(arxiv_id):
    return f"https://arxiv.org/abs/{arxiv_id}"


def host_root(base_url):
    return urlsplit(base_url).path in ("", "/")


# --- venues and identifiers ------------------------------------------------------------------------

VENUE_TYPES = ("preprint", "proceedings", "journal", None)

# arXiv's primary class for each two-letter category the captures print (shared/FORMATS.md).
ARXIV_CLASSES = {
    "CL": "cs.CL", "CV": "cs.CV", "LG": "cs.LG", "ML": "stat.ML", "OC": "math.OC", "NC": "q-bio.NC",
    "SD": "cs.SD", "SE": "cs.SE", "AI": "cs.AI", "CR": "cs.CR", "IV": "eess.IV",
}


def links(paper):
    return paper.get("links") or {}


def paper_date(paper):
    """(year, month, day) of the API's date, None when the paper has no known date."""
    date = paper.get("date")
    return tuple(int(part) for part in date.split("-")) if date else None


# --- BibTeX ----------------------------------------------------------------------------------------

def bib_fields(entry):
    """An entry's fields by lower-case key, values as written (outer braces removed)."""
    return {field.key.lower(): field.value for field in entry.fields}


def latex_text(raw):
    """What a BibTeX value says, LaTeX decoded (pylatexenc, which bibtexparser 2 uses)."""
    from pylatexenc.latex2text import LatexNodes2Text
    return norm(LatexNodes2Text().latex_to_text(raw))


def front_matter(path):
    """The `key: value` lines of a Markdown file's front matter (sitegen's files use no more of
    YAML than that and `[a, b]` lists), values unquoted."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    fields = {}
    for line in lines[1:lines.index("---", 1)]:
        key, _, value = line.partition(":")
        value = value.split(" #")[0].strip().strip("\"'")
        if value.startswith("[") and value.endswith("]"):
            value = [v.strip().strip("\"'") for v in value[1:-1].split(",") if v.strip()]
        fields[key.strip()] = value
    return fields
