"""Deterministic builds: the same content gives a byte-identical site.

Two builds of the same content that differ in everything that should not matter —
where the content folder lives, hash seed, time zone, locale, file modification times,
serial or parallel analysis, cold or warm cache — must write the same bytes, and no
date from the build machine's clock.

Pagefind (1.5) writes its filter index from a Rust HashMap, so a site that uses
`data-pagefind-filter` gets a differently ordered filter file, meta file and
pagefind-entry.json on every build (Pagefind issue #638): this test caught it, and the
site no longer uses filters.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CONTENT, ROOT
from tests.site.test_xss import write_hostile_sources

pytestmark = pytest.mark.slow
COPIES = 3  # with the seeds and the two hostile pages: past the parallel threshold of 16 sources


def _content(folder: Path) -> Path:
    shutil.copytree(CONTENT, folder)
    for n in range(COPIES):
        for seed in sorted(CONTENT.glob("sources/*.txt")):
            shutil.copy(seed, folder / "sources" / f"copy{n}_{seed.name}")
    write_hostile_sources(folder)  # one saved HTML page and one paste, full of markup
    return folder


def _build(content: Path, out: Path, workers: int, cache: Path | None, env: dict[str, str]) -> None:
    cache_args = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    cmd = [sys.executable, "-m", "generator.commands.cli", "--content", str(content), *cache_args, "--workers", str(workers),
           "build", "--output", str(out)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **env})
    assert result.returncode == 0, result.stderr[-2000:]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_in_different_circumstances_are_byte_identical(tmp_path):
    first = _content(tmp_path / "a" / "content")
    second = _content(tmp_path / "b" / "elsewhere")
    for path in second.rglob("*"):  # other modification times: nothing may come from the file system's clock
        os.utime(path, (1_000_000_000, 1_000_000_000), follow_symlinks=False)
    _build(first, tmp_path / "out1", 2, None, {"PYTHONHASHSEED": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8"})
    cache = tmp_path / "cache"
    env = {"PYTHONHASHSEED": "2", "TZ": "Pacific/Kiritimati", "LC_ALL": "C"}
    _build(second, tmp_path / "cold", 1, cache, env)
    _build(second, tmp_path / "warm", 1, cache, env)
    one, cold, warm = (_files(tmp_path / name) for name in ("out1", "cold", "warm"))
    assert any(name.startswith("pagefind/") for name in one)
    for other in (cold, warm):
        assert sorted(one) == sorted(other)
        assert [name for name in one if one[name] != other[name]] == []


def test_no_date_from_the_build_machine_clock(tmp_path):
    content = _content(tmp_path / "content")
    out = tmp_path / "site"
    _build(content, out, 2, None, {})
    today = dt.datetime.now(dt.UTC).date().isoformat()
    in_content = any(today in p.read_text(encoding="utf-8", errors="replace") for p in content.rglob("*") if p.is_file())
    if in_content:
        pytest.skip(f"the content itself mentions today's date {today}")
    stamped = [name for name, data in _files(out).items() if today.encode() in data]
    assert stamped == []
