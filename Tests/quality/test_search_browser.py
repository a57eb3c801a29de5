"""A real browser searches: the front page's box on Content/, and on the generated corpus the cases
of issue 16 (letters without their marks, compound names, field and phrase ranking, quotes, typos)
over the papers of Tests/quality/corpus-overlay/profiles/zz-quality-search.txt."""
import json
import re
from urllib.parse import quote_plus

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SITE_DIRS, SOURCE_DIRS, url
from search_transfer import PAGE_SIZE, Search


def test_typing_a_title_finds_the_paper(site, papers, browser):
    # The longest title: its words together point at one paper.
    paper = max(papers, key=lambda p: (len(re.findall(r"\w+", p["title"])), p["id"]))
    title = paper.get("titleText") or paper["title"]  # the plain title, as pages show it
    browser.get(url(site, "index.html"))
    box = browser.find_element(By.ID, "q")
    box.send_keys(title)
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
    assert "search/index.html?q=" in browser.current_url
    first = browser.find_element(By.CSS_SELECTOR, "#search-results li a")
    assert first.text == title
    assert first.get_attribute("href").endswith(f"/papers/{paper['id']}/index.html")
    first.click()
    # The page's heading is the title typeset (its TeX rendered, quotes curled).
    straight = lambda text: text.translate(str.maketrans("‘’“”", "''\"\""))
    WebDriverWait(browser, 10).until(lambda d: straight(d.find_element(By.TAG_NAME, "h1").text) == title)


def test_author_names_find_the_author_page_first(site, authors, browser):
    owner = max((a for a in authors if a["profile"]), key=lambda a: len(a["papers"]))
    browser.get(url(site, "search/index.html?q=" + owner["name"].replace(" ", "+")))
    WebDriverWait(browser, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
    first = browser.find_element(By.CSS_SELECTOR, "#search-results li a")
    assert first.text == owner["name"]
    assert "result" in browser.find_element(By.ID, "search-status").text


# --- issue 16 on the generated corpus and its overlay ----------------------------------------------

@pytest.fixture(scope="session")
def corpus():
    root = SITE_DIRS["corpus"]
    assert (root / "search" / "manifest.js").is_file(), f"no corpus site at {root}: run `make quality`"
    return root


def results(browser, corpus, query, every=False):
    """The titles search.js lists for `query`, once the page of results is shown (with `every`,
    after "Show more results" until there is no more), and the status line."""
    browser.get(url(corpus, "search/index.html?q=" + quote_plus(query)))

    def shown(driver):
        status = driver.find_element(By.ID, "search-status").text
        count = re.match(r"(\d+) results?", status)
        if not status or (status.startswith("No results") is False and not count):
            return False
        items = driver.find_elements(By.CSS_SELECTOR, "#search-results h2 a")
        wanted = int(count.group(1)) if count else 0
        if every and len(items) < wanted and driver.find_elements(By.ID, "search-more"):
            driver.find_element(By.ID, "search-more").click()
            return False
        return len(items) >= (wanted if every else min(wanted, PAGE_SIZE))

    WebDriverWait(browser, 20).until(shown)
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#search-results h2 a")]
    return titles, browser.find_element(By.ID, "search-status").text


@pytest.mark.parametrize("query, name", [
    ("odegaard", "Ingrid Ødegaard"), ("Ødegaard", "Ingrid Ødegaard"), ("ODEGAARD", "Ingrid Ødegaard"),
    ("lukasz wrobel", "Łukasz Wróbel"), ("Łukasz Wróbel", "Łukasz Wróbel"), ("LUKASZ WROBEL", "Łukasz Wróbel"),
    ("Weiss", "Anna Weiß"), ("Weiß", "Anna Weiß"), ("anna weiss", "Anna Weiß"), ("WEISS", "Anna Weiß"),
])
def test_letters_without_their_marks_find_the_name(browser, corpus, query, name):
    titles, _ = results(browser, corpus, query)
    assert titles and titles[0] == name, titles


@pytest.mark.parametrize("query", ["lukasz", "Łukasz", "ŁUKASZ"])
def test_a_given_name_without_its_mark_finds_everyone_with_it(browser, corpus, query):
    # The generated corpus has people named Łukasz of its own.
    titles, _ = results(browser, corpus, query, every=True)
    assert "Łukasz Wróbel" in titles and len([t for t in titles if t.startswith("Łukasz ")]) > 1, titles


@pytest.mark.parametrize("query", ["dupont", "Dupont", "lacroix", "lacroix-dupont", "Lacroix Dupont", "lacroixdupont"])
def test_a_hyphenated_surname_is_found_by_its_parts(browser, corpus, query):
    titles, _ = results(browser, corpus, query)
    assert titles and titles[0] == "Marie Lacroix-Dupont", titles


@pytest.mark.parametrize("query", ["obrien", "o'brien", "O’Brien", "brien"])
def test_an_apostrophe_name_is_found_however_typed(browser, corpus, query):
    # The generated corpus has O'Briens of its own: Siofra is among them, and first with her given name.
    titles, _ = results(browser, corpus, query, every=True)
    assert "Siofra O'Brien" in titles, titles
    titles, _ = results(browser, corpus, "siofra " + query)
    assert titles and titles[0] == "Siofra O'Brien", titles


def test_a_title_word_ranks_above_the_same_word_in_an_abstract(browser, corpus):
    # The abstract's paper is the newer one: in the site's order it would come first.
    titles, _ = results(browser, corpus, "quokka")
    assert titles == ["Quokka Population Survey", "Burrow Ecology of Island Marsupials"]


def test_adjacent_words_rank_above_scattered_ones(browser, corpus):
    titles, _ = results(browser, corpus, "velvet lattice")
    assert titles == ["Velvet Lattice Codes", "Lattice Sieving with Velvet Noise"]


def test_a_quoted_phrase_comes_first_and_the_rest_follows(browser, corpus):
    # Unquoted, the title holding both words wins; quoted, the abstract holding them side by side.
    titles, _ = results(browser, corpus, "amber quartz")
    assert titles == ["Quartz Inclusions and Amber Resin", "Mineral Optics in Polarised Light"]
    titles, _ = results(browser, corpus, "\u201camber quartz\u201d")
    assert titles == ["Mineral Optics in Polarised Light", "Quartz Inclusions and Amber Resin"]
    titles, _ = results(browser, corpus, '"quartz amber"')
    assert titles == ["Quartz Inclusions and Amber Resin", "Mineral Optics in Polarised Light"], "in the quoted order"


@pytest.mark.parametrize("query, first", [
    ("glaicer", "Glacier Retreat seen from a Yurt"),      # two letters swapped
    ("glacir", "Glacier Retreat seen from a Yurt"),       # one left out
    ("lgacier", "Glacier Retreat seen from a Yurt"),      # swapped first letters: another shard, found through the tail file
    ("odegard", "Ingrid Ødegaard"),
    ("marsupals", "Burrow Ecology of Island Marsupials"),
    ("fjord currnets", "Fjord Currents under Sea Ice"),
])
def test_one_typo_in_a_word_of_five_letters_is_forgiven(browser, corpus, query, first):
    titles, _ = results(browser, corpus, query)
    assert titles and titles[0] == first, titles


def test_exact_matches_rank_above_typos(browser, corpus):
    # "Quarts of Meltwater" is the newest and has its word in the title, yet it is one typo away.
    titles, _ = results(browser, corpus, "quartz")
    assert titles[:2] == ["Quartz Inclusions and Amber Resin", "Mineral Optics in Polarised Light"]
    assert "Quarts of Meltwater per Square Metre" in titles[2:]


def test_a_typo_in_a_four_letter_word_is_not_forgiven(browser, corpus):
    titles, _ = results(browser, corpus, "yurt")
    assert titles == ["Glacier Retreat seen from a Yurt"]
    titles, status = results(browser, corpus, "yrut")
    assert titles == [] and status.startswith("No results")


def test_search_transfer_ranks_as_the_browser_does(browser, corpus):
    """Tests/quality/search_transfer.py measures the files search.js loads: it must find and rank
    exactly as the browser does, typos and phrases included."""
    index = Search(str(corpus / "search"))
    queries = ["odegaard", "lacroix-dupont", "quokka", "velvet lattice", '"amber quartz"', "lgacier", "quartz",
               "learning", "neural networks", "transformer language", "graph", "Ødegard fjord", "mod"]
    for query in queries:
        titles, _ = results(browser, corpus, query)
        ranked, _ = index.search(query)
        assert titles == [index.document(n)[0] for n in ranked[:PAGE_SIZE]], query


def test_results_show_the_buttons_the_paper_page_shows(browser, corpus):
    """Each paper's buttons in search results are its page's: links from its Markdown file, code
    flagged by a profile, BibTeX, searches for its title (SearchButtons.swift)."""
    papers = json.loads((corpus / "api" / "papers.json").read_text(encoding="utf-8"))["papers"]
    overlay = sorted(p.stem for p in (SOURCE_DIRS["corpus"] / "papers").glob("*.md"))
    chosen = [p for p in papers if p["id"] in overlay]
    linked = lambda p: p["arxiv"] or p["doi"] or any(p["links"].values())
    chosen.append(next(p for p in papers if p["hasCode"] and not linked(p)))
    chosen.append(next(p for p in papers if not p["hasCode"] and not linked(p)))

    def buttons(item):
        paragraph = item.find_element(By.CSS_SELECTOR, "p.buttons")
        links = [(a.text, a.get_attribute("href"), a.get_attribute("title"), a.get_attribute("class"))
                 for a in paragraph.find_elements(By.TAG_NAME, "a")]
        return paragraph.text, links

    for paper in chosen:
        title = paper.get("titleText") or paper["title"]
        results(browser, corpus, title)
        item = next(li for li in browser.find_elements(By.CSS_SELECTOR, "#search-results li")
                    if li.find_element(By.TAG_NAME, "a").get_attribute("href").endswith(f"/papers/{paper['id']}/index.html"))
        found = buttons(item)
        browser.get(url(corpus, f"papers/{paper['id']}/index.html"))
        assert found == buttons(browser.find_element(By.TAG_NAME, "main")), paper["id"]
