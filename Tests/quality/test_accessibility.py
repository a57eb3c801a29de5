"""axe-core finds no serious or critical violation on one page of every kind, in light and in dark
mode (colour contrast AA included), and keyboard focus is always visible.

axe-selenium-python drives axe, but bundles axe-core 3.1 (2018); the current axe-core (4.x) comes
from the axe-playwright-python wheel, installed without its Playwright dependency only for its
`axe.min.js`."""
import importlib.util
from pathlib import Path

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import color_scheme, url

BLOCKING = {"serious", "critical"}
AXE_SCRIPT = Path(importlib.util.find_spec("axe_playwright_python").submodule_search_locations[0]) / "axe.min.js"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_axe_violations(site, sample_pages, browser, scheme):
    color_scheme(browser, scheme)
    problems = []
    for path in sample_pages:
        browser.get(url(site, path))
        if "?q=" in path:
            WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "search-status").text)
        axe = Axe(browser, script_url=str(AXE_SCRIPT))
        axe.inject()
        results = axe.run(options="{resultTypes: ['violations']}")
        for violation in results["violations"]:
            if violation["impact"] in BLOCKING:
                targets = [node["target"] for node in violation["nodes"][:3]]
                problems.append(f"{path} [{scheme}] {violation['id']} ({violation['impact']}): {violation['help']} {targets}")
    color_scheme(browser, "light")
    assert not problems, "\n".join(problems)


def test_keyboard_reaches_content_with_visible_focus(site, sample_pages, browser):
    browser.get(url(site, sample_pages[6]))
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.get_attribute("class") == "skip-link"
    assert skip.rect["y"] >= 0, "the skip link shows when focused"
    for _ in range(8):
        focused = browser.switch_to.active_element
        outline = browser.execute_script(
            "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth];", focused)
        assert outline[0] != "none" and outline[1] != "0px", f"no visible focus on {focused.get_attribute('outerHTML')[:80]}"
        focused.send_keys(Keys.TAB)
