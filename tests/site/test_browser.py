"""The site as a reader meets it: headless Chromium against the built site on 127.0.0.1.

Every page type: zero axe-core violations (WCAG 2.1 A/AA), no console errors, no
horizontal scroll at 360 px, no request leaving the site; article pages under 50 KB with
everything they load; reading without JavaScript; search as progressive enhancement.
Screenshots of an article and a dossier page at 360 and 1280 px go to tests/artifacts/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.site.browser_support import audit, need_browser, serve, viewport

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ARTIFACTS = ROOT / "tests" / "artifacts"
PAGES = {
    "index": "",
    "article": "articles/000-385545522f94976e/",
    "article-transcript": "articles/002-c6b91583b424ce8c/",
    "article-with-verdict": "articles/001-a6332ebc66c091c0/",
    "articles": "articles/",
    "dossier": "dossiers/intelligence-sharing/",
    "dossiers": "dossiers/",
    "speaker": "speakers/sergey-lavrov/",
    "speakers": "speakers/",
    "note": "notes/lavrov-boston-data/",
    "notes": "notes/",
    "search": "search/",
    "not-found": "404.html",
}


@pytest.fixture(scope="module")
def server(built_site: Path):
    need_browser()
    with serve(built_site) as url:
        yield url


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_is_accessible_and_self_contained(browser, server, name):
    for width in (360, 1280):
        result = audit(browser, server + PAGES[name], width)
        assert result.problems == [], (name, width)


def test_article_pages_weigh_under_50_kb_in_the_browser(browser, server):
    weights = {}
    for seed in SEEDS:
        path = f"articles/{seed.stem.replace('_', '-')}/"
        weights[path] = audit(browser, server + path).weight
    assert weights and all(0 < w < 50_000 for w in weights.values()), weights


def test_pages_read_without_javascript(browser, server):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(server + PAGES["article"])
        text = browser.find_element("tag name", "main").text
        browser.get(server + PAGES["search"])
        fallback = browser.find_element("tag name", "main").text
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    assert "Russia has never planned to exchange intelligence data" in text
    assert "Quotes in this article" in text and "Mostly accurate" in text
    assert "all articles" in fallback


def test_search_box_finds_an_article(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    viewport(browser, 360)
    browser.get(server + PAGES["article"])
    browser.get_log("browser")
    box = browser.find_element(By.ID, "site-q")
    box.send_keys("Kamchatsky")
    box.submit()
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".result-link"))
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".result-link")]
    assert any("/articles/000-385545522f94976e/" in link for link in links), links
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def test_skip_link_is_the_first_stop_and_targets_main(browser, server):
    from selenium.webdriver.common.keys import Keys

    browser.get(server + PAGES["dossier"])
    browser.find_element("tag name", "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("class") == "skip" and focused.get_attribute("href").endswith("#main")
    assert focused.is_displayed()


@pytest.mark.parametrize("name", ["article", "dossier"])
def test_screenshots_for_review(browser, server, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width in (360, 1280):
        viewport(browser, width)
        browser.get(server + PAGES[name])
        height = browser.execute_script("return document.documentElement.scrollHeight")
        viewport(browser, width, min(height, 16_000))
        path = ARTIFACTS / f"{name}-{width}.png"
        browser.save_screenshot(str(path))
        assert path.stat().st_size > 10_000


def test_the_checks_catch_what_they_look_for(browser, tmp_path):
    """A deliberately bad page: the audit must report each fault, or the checks above prove nothing."""
    (tmp_path / "bad.html").write_text(
        '<!DOCTYPE html><html><head><title>Bad</title><meta name="viewport" content="width=device-width"></head><body><main>'
        '<img src="data:,"><p style="color:#ccc">faint</p><div style="width:900px">wide</div>'
        '<script>console.error("boom")</script></main></body></html>', encoding="utf-8")
    with serve(tmp_path) as url:
        result = audit(browser, url + "bad.html")
    found = {v[0] for v in result.violations}
    assert {"image-alt", "color-contrast", "html-has-lang"} <= found
    assert result.widths[0] > result.widths[1] and result.console_errors


def test_search_merges_every_shard_of_the_index(browser, tmp_path):
    """A site indexed in several shards (two pages each) still finds pages of every shard in one search."""
    import json
    import os
    import subprocess
    import sys

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    out = tmp_path / "site"
    env = dict(os.environ, DIGEST_SEARCH_SHARD_PAGES="2")
    subprocess.run([sys.executable, "-m", "generator.commands.cli", "--no-cache", "build", "--output", str(out)],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    shards = json.loads((out / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    assert len(shards) > 2
    with serve(out) as url:
        browser.get(url + "search/?q=Lavrov")
        WebDriverWait(browser, 20).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".result-link")) >= 4)
        found = {a.get_attribute("href").removeprefix(url) for a in browser.find_elements(By.CSS_SELECTOR, ".result-link")}
    from generator.site.search.index import shards as shard_map

    searchable = [str(p.relative_to(out)) for p in out.rglob("index.html")
                  if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    home = {path.removesuffix("index.html"): name for name, paths in shard_map(searchable, 2).items() for path in paths}
    assert len({home[path] for path in found if path in home}) >= 2, found
