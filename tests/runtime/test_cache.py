"""The per-source cache: reused when nothing changed, invalidated exactly when it must be."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.pipeline import Settings, analyze_paths, build_digest, source_paths
from generator.runtime import cache as cache_module
from generator.runtime.cache import PACKAGE_DIR, fingerprint_of
from generator.runtime.serialize import article_contract
from tests.conftest import CONTENT


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


@pytest.fixture
def computed(monkeypatch) -> list[str]:
    """Paths the per-source stages actually ran on (cache misses)."""
    calls: list[str] = []
    real = pipeline._analyze_path

    def spy(job: tuple[str, str | None, str | None]):
        calls.append(Path(job[0]).name)
        return real(job)

    monkeypatch.setattr(pipeline, "_analyze_path", spy)
    return calls


def run(content: Path, tmp_path: Path) -> list:
    settings = Settings(content=content, cache_dir=tmp_path / "cache", workers=1)
    articles, problems = analyze_paths(source_paths(settings.sources), settings)
    assert problems == []
    return articles


def test_second_run_reuses_every_entry(content, tmp_path, computed):
    first = run(content, tmp_path)
    assert len(computed) == 5
    computed.clear()
    second = run(content, tmp_path)
    assert computed == []
    assert [article_contract(a) for a in first] == [article_contract(a) for a in second]


def test_changing_one_source_recomputes_only_it(content, tmp_path, computed):
    run(content, tmp_path)
    computed.clear()
    path = content / "sources" / "001_a6332ebc66c091c0.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Saturday", "Sunday"), encoding="utf-8")
    articles = run(content, tmp_path)
    assert computed == ["001_a6332ebc66c091c0.txt"]
    assert "Sunday" in articles[1].paragraphs[0].text


def test_a_new_generator_fingerprint_recomputes_everything(content, tmp_path, computed, monkeypatch):
    run(content, tmp_path)
    computed.clear()
    monkeypatch.setattr(cache_module, "generator_fingerprint", lambda: "another-version")
    run(content, tmp_path)
    assert len(computed) == 5


def test_fingerprint_covers_code_rule_files_and_version(tmp_path):
    copy = tmp_path / "generator"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    base = fingerprint_of(copy)
    assert fingerprint_of(copy, version="9.9.9") != base
    rules = copy / "data" / "boilerplate_text.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = fingerprint_of(copy)
    assert edited != base
    (copy / "corpus" / "links.py").write_text((copy / "corpus" / "links.py").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert fingerprint_of(copy) != edited


def test_editing_a_note_recomputes_no_source(content, tmp_path, computed):
    settings = Settings(content=content, cache_dir=tmp_path / "cache", workers=1)
    build_digest(settings)
    computed.clear()
    note = content / "notes" / "lavrov-boston-data.md"
    note.write_text(note.read_text(encoding="utf-8").replace("Digest desk", "Night desk"), encoding="utf-8")
    digest = build_digest(settings)
    assert computed == []
    assert {n.editor for n in digest.notes} == {"Digest desk", "Night desk"}


def test_corrupt_entry_is_ignored_and_rewritten(content, tmp_path, computed):
    run(content, tmp_path)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    computed.clear()
    articles = run(content, tmp_path)
    assert len(computed) == 5 and len(articles) == 5
    computed.clear()
    run(content, tmp_path)
    assert computed == []


@pytest.mark.slow
def test_parallel_and_serial_runs_agree(content, tmp_path, monkeypatch):
    for i in range(20):
        shutil.copy(content / "sources" / "000_385545522f94976e.txt", content / "sources" / f"c{i:02d}.txt")
    paths = source_paths(content / "sources")
    serial, _ = analyze_paths(paths, Settings(content=content, cache_dir=None, workers=1))
    parallel, _ = analyze_paths(paths, Settings(content=content, cache_dir=None, workers=2))
    assert [article_contract(a) for a in serial] == [article_contract(a) for a in parallel]


def test_the_cache_form_of_an_article_is_what_dataclasses_asdict_gives():
    from dataclasses import asdict

    from generator.ingest.read import read_source
    from generator.model import Evidence, Placement
    from generator.pipeline import analyze_source
    from generator.runtime.serialize import article_from_cache, article_to_cache

    for path in sorted((CONTENT / "sources").iterdir()):
        article = analyze_source(read_source(path))
        article.placements = [Placement("intelligence-sharing", 0.5, [Evidence("data", "body", 2)])]
        assert article_to_cache(article) == asdict(article)
        assert article_from_cache(article_to_cache(article)) == article
