"""A real browser types a query into the front page's search box and sees the right paper."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import url


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
