"""Search as a reader meets it, in Chromium, on a site built from the seeds plus two real
corpus pages (BBC on Assange, Al Bawaba on settlements).

Every result contains each searched word or a word it begins (Pagefind alone returned every
speaker page for "Assange": a shard without the word falls back to its longest prefix the
shard holds, "as"); the page that says it most comes first; sub-results sit under the
heading they are under in the page (body headings carry ids).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import CONTENT, ROOT, SHARED
from tests.site.browser_support import WCAG_AA, audit, axe_source, need_browser, serve, viewport

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PAGES = ("c7e39ac4", "833caf3b")  # BBC on Assange, Al Bawaba on settlements (aeb-dev)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    need_browser()
    found = [p for prefix in PAGES for p in sorted((SHARED / "corpora" / "aeb-dev" / "html").glob(f"{prefix}*.html"))]
    if len(found) != len(PAGES):
        pytest.skip(f"aeb-dev pages not found under {SHARED} (set DIGEST_SHARED)")
    work = tmp_path_factory.mktemp("search")
    shutil.copytree(CONTENT, work / "content")
    for page in found:
        shutil.copy(page, work / "content" / "sources" / page.name)
    out = work / "output"
    result = subprocess.run([sys.executable, "-m", "generator.commands.cli", "--content", str(work / "content"),
                             "--cache-dir", str(work / "cache"), "build", "--output", str(out)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return out


def _search(browser, url: str, query: str) -> tuple[str, list[tuple[str, list[str]]]]:
    """The status line and each result: (its path, the hrefs of its sub-results)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{url}search/?q={query}")
    WebDriverWait(browser, 30).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".search-status").text not in ("", "Searching…"))
    results = []
    for item in browser.find_elements(By.CSS_SELECTOR, ".search-result"):
        link = item.find_element(By.CSS_SELECTOR, ".result-link").get_attribute("href").removeprefix(url)
        subs = [a.get_attribute("href").removeprefix(url) for a in item.find_elements(By.CSS_SELECTOR, ".sub-link")]
        results.append((link, subs))
    return browser.find_element(By.CSS_SELECTOR, ".search-status").text, results


def _main(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path.split("#")[0] / "index.html").read_text(encoding="utf-8"), "html.parser").main


def _says(text: str, word: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(word)}", text, re.I))


def _searched_text(main: BeautifulSoup) -> str:
    """What the index holds of a page: <main> without the parts marked data-pagefind-ignore."""
    for ignored in main.select("[data-pagefind-ignore]"):
        ignored.decompose()
    return main.get_text(" ")


def _section(main: BeautifulSoup, anchor: str) -> str:
    """The text from the heading with this id up to the next heading that has an id."""
    heading = main.find(id=anchor)
    assert heading is not None and heading.name in ("h2", "h3", "h4", "h5", "h6"), anchor
    words = [heading.get_text(" ")]
    for node in heading.find_all_next(string=True):
        parent = node.find_parent(re.compile("^h[1-6]$"))
        if parent is not None and parent is not heading and parent.get("id"):
            break
        words.append(str(node))
    return " ".join(words)


@pytest.mark.parametrize("word", ["Assange", "intelligence", "settlements"])
def test_every_result_says_the_word_and_sub_results_sit_under_their_heading(browser, site, word):
    with serve(site) as url:
        status, results = _search(browser, url, word)
    assert results, status
    counts = []
    for path, subs in results:
        main = _main(site, path)
        text = _searched_text(main)
        assert _says(text, word), (word, path)
        counts.append(_says(text, word))
        for sub in subs:
            assert sub.startswith(path + "#"), (path, sub)
            assert _says(_section(_main(site, path), sub.split("#", 1)[1]), word), (word, sub)
    articles = [c for (path, _), c in zip(results, counts, strict=True) if path.startswith("articles/")]
    assert articles == sorted(articles, reverse=True), (word, results, counts)


def test_a_word_in_one_article_finds_only_it_and_its_real_sub_headings(browser, site):
    """The case that must not fire: the 14 speaker pages, notes and dossiers do not say "Assange"."""
    with serve(site) as url:
        status, results = _search(browser, url, "Assange")
        _, none = _search(browser, url, "Zzyzxqwv")
    assert [path for path, _ in results] == ["articles/c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23/"]
    subs = results[0][1]
    assert subs and all("#sec-" in sub for sub in subs), subs
    assert any(sub.endswith("#sec-what-did-the-prosecutors-say") for sub in subs), subs
    assert status.startswith("1 page contains")
    assert none == []


def test_a_prefix_finds_the_words_it_begins(browser, site):
    with serve(site) as url:
        _, prefix = _search(browser, url, "intellig")
        _, whole = _search(browser, url, "intelligence")
    assert {p for p, _ in prefix} >= {p for p, _ in whole} and whole


def test_the_results_page_is_accessible(browser, site):
    """The page as loaded, then again once the results (with sub-results) are on it."""
    with serve(site) as url:
        for width in (360, 1280):
            result = audit(browser, url + "search/?q=intelligence", width)
            assert result.problems == [], width
            viewport(browser, width)
            _search(browser, url, "intelligence")
            assert browser.find_elements("css selector", ".result-subs")
            assert axe_violations(browser) == [], width


def axe_violations(browser) -> list:
    browser.execute_script(axe_source())
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        f"axe.run(document, {{runOnly: {{type: 'tag', values: {WCAG_AA!r}}}}})"
        ".then(r => done(r.violations.map(v => [v.id, v.nodes.length, v.nodes[0].target.join(' ')])))"
        ".catch(e => done([['axe-error', String(e)]]))")
