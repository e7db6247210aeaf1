"""The site as a reader meets it: headless Chromium against the built site on localhost.

Every page type: zero axe-core violations (WCAG 2.1 A/AA), no console errors, no
horizontal scroll at 360 px, no request leaving the site. Screenshots of an article and
a dossier page at 360 and 1280 px go to tests/artifacts/ for a human to look at.
Skips without Chromium, unless DIGEST_REQUIRE_BROWSER=1 (CI), where that is a failure.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

from .conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARTIFACTS = ROOT / "tests" / "artifacts"
PAGES = {
    "index": "",
    "article": "articles/000-385545522f94976e/",
    "article-transcript": "articles/002-c6b91583b424ce8c/",
    "dossier": "dossiers/intelligence-sharing/",
    "speaker": "speakers/sergey-lavrov/",
    "speakers": "speakers/",
    "note": "notes/lavrov-boston-data/",
    "notes": "notes/",
    "search": "search/",
}


def _need_browser() -> None:
    if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
        message = "Chromium/chromedriver not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("DIGEST_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        """Requests are not test output."""


@pytest.fixture(scope="module")
def server(built_site: Path):
    handler = functools.partial(QuietHandler, directory=str(built_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


def _axe_source() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def _viewport(driver, width: int) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_is_accessible_and_self_contained(browser, server, name):
    _viewport(browser, 360)
    browser.get(server + PAGES[name])
    browser.get_log("browser")  # drop anything logged before the page settled
    browser.refresh()
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    width = browser.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], f"horizontal scroll at 360 px: {width}"
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    foreign = [r for r in resources if urlparse(r).netloc != urlparse(server).netloc]
    assert foreign == []
    browser.execute_script(_axe_source())
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done(r.violations.map(v => [v.id, v.impact, v.nodes.length, v.nodes[0].target.join(' ')])))")
    assert result == []


@pytest.mark.parametrize("name", ["article", "dossier"])
def test_screenshots_for_review(browser, server, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width in (360, 1280):
        _viewport(browser, width)
        browser.get(server + PAGES[name])
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": width, "height": min(height, 6000), "deviceScaleFactor": 1, "mobile": width < 600})
        path = ARTIFACTS / f"{name}-{width}.png"
        browser.save_screenshot(str(path))
        assert path.stat().st_size > 10_000


def test_pages_read_without_javascript(browser, server):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(server + PAGES["article"])
        text = browser.find_element("tag name", "main").text
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    assert "Russia has never planned to exchange intelligence data" in text
    assert "Quotes in this article" in text
