"""Atom feeds: a feed's <updated> comes from its own entries, and an undated entry says so.

On the seeds plus Al Bawaba (2019-11-20, in no dossier): both dossier feeds took 2019-11-20,
as their <updated> and as the date of the undated Sputnik entry.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from generator.pipeline import Settings, build_digest, source_paths
from generator.site.feeds import write_feeds
from tests.conftest import CONTENT, SHARED

ATOM = {"a": "http://www.w3.org/2005/Atom"}
SPUTNIK = "articles/004-108c21f97da4cd17/"


@pytest.fixture(scope="module")
def feeds(tmp_path_factory) -> Path:
    found = sorted((SHARED / "corpora" / "aeb-dev" / "html").glob("833caf3b*.html"))
    if not found:
        pytest.skip(f"aeb-dev page not found under {SHARED}")
    work = tmp_path_factory.mktemp("feeds")
    shutil.copytree(CONTENT, work / "content")
    shutil.copy(found[0], work / "content" / "sources" / found[0].name)
    settings = Settings(content=work / "content", cache_dir=None, workers=1)
    digest = build_digest(settings, source_paths(settings.sources))
    assert any((a.meta.published or "").startswith("2019-11-20") and not a.topics for a in digest.articles)
    write_feeds(digest, work / "out", "https://example.org", "Digest")
    return work / "out" / "feeds"


def _feed(folder: Path, name: str):
    return etree.parse(str(folder / f"{name}.atom.xml")).getroot()


@pytest.mark.parametrize("name", ["intelligence-sharing", "counterterrorism-cooperation", "verdicts"])
def test_a_feeds_updated_is_its_newest_entry(feeds, name):
    root = _feed(feeds, name)
    published = [e.findtext("a:published", namespaces=ATOM) for e in root.findall("a:entry", ATOM)]
    newest = max(p for p in published if p)
    assert root.findtext("a:updated", namespaces=ATOM) == newest
    assert "2019-11-20" not in etree.tostring(root, encoding="unicode") or name == "verdicts"


@pytest.mark.parametrize("name", ["intelligence-sharing", "counterterrorism-cooperation"])
def test_an_undated_entry_says_so_and_comes_last(feeds, name):
    entries = _feed(feeds, name).findall("a:entry", ATOM)
    undated = [e for e in entries if e.find("a:published", ATOM) is None]
    assert [e.find("a:link", ATOM).get("href") for e in undated] == [f"https://example.org/{SPUTNIK}"]
    assert entries[-1] is undated[0]
    assert undated[0].findtext("a:title", namespaces=ATOM).endswith("(Sputnik, date unknown)")
    assert undated[0].findtext("a:summary", namespaces=ATOM).startswith("The article gives no publication date.")
    dated = [e for e in entries if e.find("a:published", ATOM) is not None]
    assert dated and not any("date unknown" in e.findtext("a:title", namespaces=ATOM) for e in dated)
