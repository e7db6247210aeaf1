"""Sources' digests kept between builds (source_digests.py): reused only for the same file, unchanged."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from generator.ingest import source_digests
from generator.ingest.read import source_digest


@pytest.fixture(autouse=True)
def fresh_tables(monkeypatch):
    """Each test starts as a new process would: nothing taken, nothing loaded."""
    monkeypatch.setattr(source_digests, "_TAKEN", {})
    monkeypatch.setattr(source_digests, "_STORED", {})


def next_build(monkeypatch, cache: Path) -> None:
    """What a new build process sees: only the stored table."""
    monkeypatch.setattr(source_digests, "_TAKEN", {})
    monkeypatch.setattr(source_digests, "_STORED", {})
    source_digests.load(cache)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_stored_digest_is_reused_without_reading_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(source_digests, "SETTLED_NS", 0)
    page = tmp_path / "a.txt"
    page.write_text("Lavrov said: “We shared the data.”\n", encoding="utf-8")
    assert source_digest(page) == sha(page)
    source_digests.save(tmp_path / "cache")
    next_build(monkeypatch, tmp_path / "cache")
    monkeypatch.setattr("generator.ingest.read._raw", lambda *a: pytest.fail("the file was read again"))
    assert source_digest(page) == sha(page)


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(tmp_path, monkeypatch):
    monkeypatch.setattr(source_digests, "SETTLED_NS", 0)
    page = tmp_path / "a.txt"
    page.write_text("He said: “yes.”\n", encoding="utf-8")
    source_digest(page)
    source_digests.save(tmp_path / "cache")
    before = page.stat()
    page.write_text("He said: “nay.”\n", encoding="utf-8")  # same length
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time moves regardless
    assert (page.stat().st_size, page.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    next_build(monkeypatch, tmp_path / "cache")
    assert source_digest(page) == sha(page)


def test_a_file_changed_just_now_is_not_stored(tmp_path, monkeypatch):
    page = tmp_path / "a.txt"
    page.write_text("new\n", encoding="utf-8")
    source_digest(page)
    source_digests.save(tmp_path / "cache")  # within SETTLED_NS of the write: hashed again next time
    next_build(monkeypatch, tmp_path / "cache")
    assert source_digests._STORED == {}


@pytest.mark.parametrize("table", ["not json", '{"a": 1}', '[[1, 2, 3]]', '[[1, 2, 3, 4, 5, 6]]'])
def test_a_damaged_table_costs_only_the_hashing(tmp_path, monkeypatch, table):
    (tmp_path / source_digests.FILE).write_text(table, encoding="utf-8")
    page = tmp_path / "a.txt"
    page.write_text("text\n", encoding="utf-8")
    next_build(monkeypatch, tmp_path)
    assert source_digest(page) == sha(page)
