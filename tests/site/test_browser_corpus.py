"""Unseen-looking content: a site built from real saved and pasted pages of the shared corpora
(menus, comments, long bodies, many quotes), checked in Chromium like the shipped site.

Skips without ../shared. Every article page: zero axe violations, no console errors, no
horizontal scroll at 360 px, no external request, and page furniture (everything but the
article's own text) under 50 KB; every internal link resolves.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import CONTENT, ROOT
from tests.corpus.test_links_output import broken_links
from tests.site.browser_support import audit, chromium, need_browser, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SAMPLE = {"aeb-dev/html": 5, "paste-dev/txt": 4, "quotes-dev/polnear-dev/txt": 4}


def _sample(shared: Path, content: Path) -> None:
    """A deterministic spread of each corpus (every k-th file by name) into content/sources."""
    for folder, count in SAMPLE.items():
        files = sorted((shared / "corpora" / folder).glob("*.*"))
        if not files:
            pytest.skip(f"no files in {shared / 'corpora' / folder}")
        step = max(1, len(files) // count)
        prefix = folder.split("-")[0]
        for path in files[::step][:count]:
            shutil.copy(path, content / "sources" / f"{prefix}_{path.stem[:24]}{path.suffix}")


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory) -> Path:
    from tests.conftest import SHARED

    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"shared corpora not found at {SHARED} (set DIGEST_SHARED)")
    need_browser()
    work = tmp_path_factory.mktemp("corpus")
    content = work / "content"
    shutil.copytree(CONTENT, content)
    _sample(SHARED, content)
    out = work / "output"
    cmd = [sys.executable, "-m", "generator.commands.cli", "--content", str(content), "--cache-dir", str(work / "cache"),
           "build", "--output", str(out)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return out


def test_corpus_pages_pass_the_browser_checks(corpus_site, tmp_path):
    pages = sorted(corpus_site.glob("articles/*/index.html"))
    pages += [next(corpus_site.glob("dossiers/*/index.html")), next(corpus_site.glob("speakers/*/index.html"))]
    assert len(pages) >= 15
    problems, furniture = {}, {}
    with serve(corpus_site) as url, chromium(tmp_path / "chrome") as driver:
        for page in pages:
            path = str(page.parent.relative_to(corpus_site)) + "/"
            result = audit(driver, url + path)
            if result.problems:
                problems[path] = result.problems
            body = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").select_one("div.body")
            if body is not None:
                furniture[path] = result.weight - len(body.get_text().encode("utf-8"))
    assert problems == {}
    assert {p: w for p, w in furniture.items() if w >= 50_000} == {}


def test_corpus_site_links_resolve(corpus_site):
    assert broken_links(corpus_site) == []
