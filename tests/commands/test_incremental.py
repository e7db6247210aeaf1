"""Incremental rebuilds: unchanged pages are reused, changed ones re-rendered, links re-matched only when quotes change."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from generator.commands import cli
from generator.corpus import links
from generator.site.search import index as search_index
from tests.conftest import copy_project

pytestmark = pytest.mark.slow


@pytest.fixture
def site(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the shipped content and theme, built once."""
    copy_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert build() == (0, "")
    return tmp_path


def build(*extra: str) -> tuple[int, str]:
    """Run `digest build` in-process; (exit status, the 'N pages rendered' part of its report)."""
    import io
    from contextlib import redirect_stderr

    err = io.StringIO()
    with redirect_stderr(err):
        status = cli.main(["--workers", "1", "build", "--no-search", *extra])
    report = err.getvalue()
    assert status == 0, report
    return status, report[report.rfind("(") + 1: report.rfind(")")] if "unchanged" in report else ""


def inodes(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_ino for p in out.rglob("*.html")}


def rendered(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {path for path, ino in after.items() if before.get(path) != ino}


def test_nothing_changed_is_up_to_date_and_matches_a_cold_build(site, tmp_path, capsys):
    before = inodes(site / "output")
    assert cli.main(["--workers", "1", "build", "--no-search"]) == 0
    assert "is up to date" in capsys.readouterr().err
    assert rendered(before, inodes(site / "output")) == set()
    cold = tmp_path / "cold"
    cli.main(["--no-cache", "--workers", "1", "build", "--no-search", "--output", str(cold)])
    warm = site / "output"
    differing = [str(p.relative_to(cold)) for p in cold.rglob("*") if p.is_file()
                 and p.read_bytes() != (warm / p.relative_to(cold)).read_bytes()]
    assert differing == []


def test_editing_a_note_re_renders_the_pages_that_show_it_and_no_other(site):
    note = sorted((site / "content" / "notes").glob("*.md"))[0]
    note.write_text(note.read_text(encoding="utf-8") + "\nA sentence the editors added.\n", encoding="utf-8")
    before = inodes(site / "output")
    build()
    changed = rendered(before, inodes(site / "output"))
    note_pages = {p for p in changed if p.startswith("notes/") and p != "notes/index.html"}
    assert len(note_pages) == 1
    assert "A sentence the editors added." in (site / "output" / note_pages.pop()).read_text(encoding="utf-8")
    untouched = [p for p in before if p.startswith("articles/") and p not in changed]
    assert untouched, "an edit to one note must leave other articles' pages as they were"
    assert len(changed) < len(before) / 2


def test_a_settings_change_is_not_up_to_date(site, monkeypatch):
    """The settings (here the site's address, from the environment) are an input like the content."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nimport os\nSITENAME = os.environ.get('NAME', 'x')\n",
                    encoding="utf-8")
    build()
    monkeypatch.setenv("NAME", "y")
    build()
    assert "<title>y</title>" in (site / "output" / "index.html").read_text(encoding="utf-8")


def test_a_hand_edited_output_page_is_rendered_again(site):
    page = next((site / "output" / "articles").glob("*/index.html"))
    original = page.read_text(encoding="utf-8")
    page.write_text(original.replace("</main>", "<p>tampered</p></main>"), encoding="utf-8")
    build()
    assert page.read_text(encoding="utf-8") == original


def test_a_theme_change_re_renders_every_page(site):
    base = site / "themes" / "digest" / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("</footer>", "<p>theme edit</p></footer>"), encoding="utf-8")
    before = inodes(site / "output")
    build()
    after = inodes(site / "output")
    assert rendered(before, after) == set(after)
    assert "theme edit" in (site / "output" / "index.html").read_text(encoding="utf-8")


def test_links_are_matched_again_only_when_quotes_change(site, monkeypatch):
    calls = []
    real = links.match_all
    monkeypatch.setattr(links, "match_all", lambda articles, workers=1: calls.append(1) or real(articles, workers))
    note = sorted((site / "content" / "notes").glob("*.md"))[0]
    note.write_text(note.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    build()
    assert calls == []
    source = sorted((site / "content" / "sources").glob("*.txt"))[0]
    text = source.read_text(encoding="utf-8")
    opening = re.search(r"“(?=[^”]{40,}”)", text).end()  # inside the first long quotation
    source.write_text(text[:opening] + "Indeed, " + text[opening:], encoding="utf-8")
    build()
    assert calls == [1]


def test_deleting_the_cache_only_costs_a_full_render(site):
    shutil.rmtree(site / ".cache")
    before = inodes(site / "output")
    build()
    assert rendered(before, inodes(site / "output")) == set(before)
    assert os.listdir(site / ".cache" / "digest" / "pages")


def test_only_the_search_shards_holding_changed_pages_are_indexed_again(site, monkeypatch):
    monkeypatch.setattr(search_index, "SHARD_PAGES", 2)
    indexed = []
    real = search_index._pagefind
    monkeypatch.setattr(search_index, "_pagefind", lambda stage, bundle: indexed.append(bundle.name) or real(stage, bundle))
    cli.main(["--workers", "1", "build"])
    everything = set(indexed)
    assert len(everything) > 2
    indexed.clear()
    note = sorted((site / "content" / "notes").glob("*.md"))[0]
    note.write_text(note.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    cli.main(["--workers", "1", "build"])
    # The note's own page shows the new words. The article pages carrying its verdict are
    # rendered again too (their ClaimReview JSON-LD holds the note), but Pagefind reads no
    # word of that: their shards are kept.
    page = f"notes/{note.stem}/index.html"
    searchable = [str(p.relative_to(site / "output")) for p in (site / "output").rglob("index.html")
                  if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    assert indexed == [name for name, paths in search_index.shards(searchable, 2).items() if page in paths]
    merged = json.loads((site / "output" / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    assert sorted(merged) == sorted(f"{name}/" for name in everything)
    assert all((site / "output" / "pagefind" / name / "pagefind-entry.json").exists() for name in everything)

    # A page edited by hand in output/ was not what got indexed, even when it now reads as the
    # page the next build writes: its shard is indexed again.
    indexed.clear()
    source = sorted((site / "content" / "sources").glob("*.txt"))[0]
    source.write_text(source.read_text(encoding="utf-8").replace(" the ", " the very ", 1), encoding="utf-8")
    cli.main(["--workers", "1", "build", "--output", str(site / "preview")])
    changed = [p.relative_to(site / "preview") for p in (site / "preview" / "articles").glob("*/index.html")
               if "the very " in p.read_text(encoding="utf-8")]
    assert len(changed) == 1
    (site / "output" / changed[0]).unlink()  # the hand edit: the next build's page, put in place early
    shutil.copy(site / "preview" / changed[0], site / "output" / changed[0])
    indexed.clear()
    cli.main(["--workers", "1", "build"])
    assert [name for name, paths in search_index.shards(searchable, 2).items() if str(changed[0]) in paths] == indexed


def test_a_page_fingerprint_follows_values_not_object_identity():
    # Quote cards are hashed once and stand in by their hash, cross-links by their fields:
    # equal values built anew give the same fingerprint, and any changed field (a diff op, a
    # score, the linked article) gives another, in a card or on its own (a speaker page's).
    from copy import deepcopy

    from generator.model import Article, Metadata, Quote
    from generator.site.article import QuoteItem
    from generator.site.page_cache import PageCache
    from generator.site.views import LinkView

    def context(ops=(("equal", "we", "we"),), score=0.9, outlet="TASS") -> dict:
        quote = Quote("a-q1", "we shared data", "Sergey Lavrov", "statement", 0, 1, 15)
        other = Article("b.txt", "b", "text", Metadata(title="B", outlet=outlet), [], [], [quote])
        link = LinkView("verbatim", score, quote, other, [list(op) for op in ops])
        item = QuoteItem(1, "about_q1", quote, "sergey-lavrov", [link], [])
        return {"quotes": [item], "paragraphs": [{"segments": [("we shared data", item, "")]}], "versions": [link]}

    def fingerprint(ctx: dict) -> str | None:
        return PageCache(None, None, Path(".")).fingerprint("a.html", "article", ctx)

    base = fingerprint(context())
    assert base is not None and base == fingerprint(deepcopy(context()))
    assert base != fingerprint(context(ops=(("delete", "we", ""),)))
    assert base != fingerprint(context(score=0.8))
    assert base != fingerprint(context(outlet="RIA"))
    alone = fingerprint({"versions": context()["versions"]})
    assert alone == fingerprint(deepcopy({"versions": context()["versions"]}))
    assert alone != fingerprint({"versions": context(ops=(("delete", "we", ""),))["versions"]})


def test_fingerprint_fields_of_a_cross_link_are_all_hashed():
    # page_cache spells a LinkView's fields out for speed: a new field must be added there too.
    from generator.runtime.serialize import field_names
    from generator.site.views import LinkView

    assert field_names(LinkView) == ("kind", "score", "other", "article", "ops", "number", "speakers_differ",
                                         "figures_differ")


def test_pagefind_runs_its_own_executable_and_falls_back_to_the_module(monkeypatch):
    search_index._pagefind_command.cache_clear()
    (executable,) = search_index._pagefind_command()
    assert Path(executable).is_file() and os.access(executable, os.X_OK)
    monkeypatch.setitem(sys.modules, "pagefind_bin", None)  # not installed: the import fails
    search_index._pagefind_command.cache_clear()
    assert search_index._pagefind_command() == (sys.executable, "-m", "pagefind")
    search_index._pagefind_command.cache_clear()
