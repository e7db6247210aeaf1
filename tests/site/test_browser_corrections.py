"""The corrections' pages as a reader meets them in headless Chromium: zero axe-core
violations (WCAG 2.1 A/AA), no console errors, no horizontal scroll at 360 px, no request
leaving the site — the editors' pages, the Corrections page with entries, the Verdicts page
with its legend, and an article and a note carrying the desk's marks and an update."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project
from tests.site.browser_support import audit, need_browser, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PAGES = {
    "about": "about/",
    "corrections-policy": "corrections-policy/",
    "corrections": "corrections/",
    "notes-legend": "notes/",
    "note-updated": "notes/lavrov-boston-data/",
    "article-desk": "articles/003-2342fa2aa6b80750/",
    "article-desk-quote": "articles/001-a6332ebc66c091c0/",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The shipped content with a desk file, a desk-set speaker and a note update, built."""
    work = copy_project(tmp_path_factory.mktemp("corrected"))
    (work / "content/sources/003_2342fa2aa6b80750.yaml").write_text(
        "date: 2026-12-06\nwhy: The paste does not name its outlet.\nmetadata:\n  outlet: RT\n  published: 2013-08-10\n"
        "  url: https://www.rt.com/news/lavrov-snowden-no-cold-war/\n", encoding="utf-8")
    (work / "content/sources/001_a6332ebc66c091c0.yaml").write_text(
        "date: 2026-12-06\nquotes:\n  - {quote: agreed to explore, speaker: unnamed, why: The text is ambiguous.}\n",
        encoding="utf-8")
    note = work / "content/notes/lavrov-boston-data.md"
    note.write_text(note.read_text(encoding="utf-8").replace(
        "topics:", "updates:\n  - {date: 2014-11-03, what: The summary is clearer., why: A reader asked.}\ntopics:", 1),
        encoding="utf-8")
    out = work / "output"
    cmd = [sys.executable, "-m", "generator.commands.cli", "--cache-dir", str(work / "cache"), "--workers", "1",
           "build", "--output", str(out)]
    result = subprocess.run(cmd, cwd=work, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def server(site: Path):
    need_browser()
    with serve(site) as url:
        yield url


def test_the_pages_carry_what_they_are_audited_for(site):
    assert "Reading corrected" in (site / "corrections/index.html").read_text(encoding="utf-8")
    assert "Verdict updated" in (site / "corrections/index.html").read_text(encoding="utf-8")
    assert 'class="set-by"' in (site / "articles/003-2342fa2aa6b80750/index.html").read_text(encoding="utf-8")
    assert "set by the desk" in (site / "articles/001-a6332ebc66c091c0/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_is_accessible_and_self_contained(browser, server, name):
    for width in (360, 1280):
        result = audit(browser, server + PAGES[name], width)
        assert result.problems == [], (name, width)
