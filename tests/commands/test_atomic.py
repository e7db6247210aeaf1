"""Atomic output: a failed, interrupted or killed build leaves the previous site whole.

The slow tests kill a real `digest build` while Pelican is writing the new site (seen
by the temporary `.site.new-*` folder filling up) and check that output/ is still the
old site byte for byte, that no temporary folder survives the next build, and that a
build killed while it fills the cache leaves no entry that changes the next result.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path

import pytest

from generator.commands import build as build_module
from generator.commands.build import output_lock, recover, remove_stale, swap_into_place, write_site
from generator.pipeline import Settings, analyze_paths, source_paths
from generator.runtime.cache import Cache
from tests.conftest import CONTENT, ROOT

COPIES = 40  # enough pages that Pelican's write takes a good part of a second


def _files(folder: Path) -> dict[str, str]:
    """Every file's hash by path (hashes, so a failing comparison prints a short diff)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith((f".{out.name}.new-", f".{out.name}.old-")))


def _trash_cleared(out: Path, seconds: float = 20.0) -> bool:
    """The previous site is deleted by a background process after the swap: wait for it."""
    deadline = time.monotonic() + seconds
    while any(p.name.startswith(f".{out.name}.trash-") for p in out.parent.iterdir()):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _cmd(content: Path, out: Path, cache: Path | None) -> list[str]:
    cache_args = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    return [sys.executable, "-m", "generator.commands.cli", "--content", str(content), *cache_args, "--workers", "2",
            "build", "--output", str(out), "--no-search"]


def _site(tmp_path: Path, name: str) -> Path:
    site = tmp_path / name
    site.mkdir()
    (site / "index.html").write_text(f"{name} site", encoding="utf-8")
    (site / "articles").mkdir()
    (site / "articles" / "old.html").write_text("old article", encoding="utf-8")
    return site


# --- the swap and its repair, in process -------------------------------------------------


def test_swap_replaces_the_site_and_removes_the_old_one(tmp_path):
    out, new = _site(tmp_path, "out"), _site(tmp_path, "new")
    swap_into_place(new, out)
    assert (out / "index.html").read_text(encoding="utf-8") == "new site"
    assert _trash_cleared(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_the_next_build_removes_trash_whose_deletion_was_cut_short(tmp_path):
    out = _site(tmp_path, "out")
    left = tmp_path / ".out.trash-0a1b2c" / "articles"
    left.mkdir(parents=True)
    (left / "index.html").write_text("old page", encoding="utf-8")
    remove_stale(out)
    assert _trash_cleared(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_swap_without_an_atomic_exchange_uses_two_renames(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "_exchange", lambda a, b: False)
    out, new = _site(tmp_path, "out"), _site(tmp_path, "new")
    swap_into_place(new, out)
    assert (out / "index.html").read_text(encoding="utf-8") == "new site"
    assert _trash_cleared(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_build_killed_between_the_two_renames_gets_its_old_site_back(tmp_path):
    out = _site(tmp_path, "out")
    parked = tmp_path / ".out.old-x1y2"
    parked.mkdir()
    out.rename(parked / "out")  # the first rename happened, the second never did
    recover(out)
    assert (out / "index.html").read_text(encoding="utf-8") == "out site"


def _fake_pelican(fail: bool):
    def run(config, settings, output, digest, reuse=None):
        (output / "index.html").write_text("new site", encoding="utf-8")
        (output / "half.html").write_text("half", encoding="utf-8")
        if fail:
            raise RuntimeError("template error")
    return run


def test_a_signal_delivered_just_after_the_swap_says_the_new_site_is_in_place(tmp_path, monkeypatch):
    # SIGTERM/Ctrl-C are held during the swap and delivered right after it: output/ then holds
    # the complete new site, and the build must not claim it was "left as it was".
    from generator.commands.build import BuildInterrupted, outcome

    real_swap = build_module.swap_into_place

    def swap_then_signal(tmp, output):
        os.kill(os.getpid(), signal.SIGTERM)  # held until the swap is done, as in a real build
        real_swap(tmp, output)

    monkeypatch.setattr(build_module, "run_pelican", _fake_pelican(fail=False))
    monkeypatch.setattr(build_module, "swap_into_place", swap_then_signal)
    out = _site(tmp_path, "out")
    with pytest.raises(BuildInterrupted) as caught:
        write_site(Path("pelicanconf.py"), Settings(cache_dir=None), out, None, search=False)
    assert (out / "index.html").read_text(encoding="utf-8") == "new site"
    assert outcome(caught.value, out) == f"the new site was already in place in {out}/"
    assert outcome(BuildInterrupted(15), out) == f"{out}/ left as it was"


def test_a_failing_write_leaves_output_untouched_and_no_temporary_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "run_pelican", _fake_pelican(fail=True))
    out = _site(tmp_path, "out")
    before = _files(out)
    with pytest.raises(RuntimeError):
        write_site(Path("pelicanconf.py"), Settings(), out, None, search=False)
    assert _files(out) == before
    assert _leftovers(out) == []


def test_a_second_build_waits_for_the_first_instead_of_deleting_its_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(build_module, "run_pelican", _fake_pelican(fail=False))
    out = _site(tmp_path, "out")
    done = threading.Event()

    def second() -> None:
        write_site(Path("pelicanconf.py"), Settings(), out, None, search=False)
        done.set()

    with output_lock(out):
        building = tmp_path / ".out.new-firstbuild"  # the first build's folder, mid-write
        building.mkdir()
        worker = threading.Thread(target=second)
        worker.start()
        time.sleep(0.5)
        assert not done.is_set() and building.exists()
        building.rmdir()
    worker.join(timeout=10)
    assert done.is_set()
    assert (out / "index.html").read_text(encoding="utf-8") == "new site"
    assert "waiting for another build" in capsys.readouterr().err


def test_a_cache_entry_is_never_half_written(tmp_path, monkeypatch):
    cache = Cache(tmp_path / "cache", fingerprint="f")

    real_fdopen = os.fdopen

    class DiesHalfway:  # the disk fills up in the middle of the entry
        def __init__(self, fd, *args, **kwargs):
            self.handle = real_fdopen(fd, *args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, text):
            self.handle.write(text[: len(text) // 2])
            self.handle.flush()
            raise OSError("disk full")

    monkeypatch.setattr(os, "fdopen", DiesHalfway)
    cache.put("ab" * 32, {"source": "a.txt", "paragraphs": ["x" * 100]})
    monkeypatch.undo()
    assert cache.get("ab" * 32) is None
    assert not list((tmp_path / "cache").rglob("*.json")) or all(
        p.name.startswith(".tmp-") for p in (tmp_path / "cache").rglob("*.json"))


def test_a_cache_entry_of_the_wrong_shape_is_a_miss_and_is_rewritten(tmp_path):
    settings = Settings(content=CONTENT, cache_dir=tmp_path / "cache", workers=1)
    paths = source_paths(CONTENT / "sources")
    first, _ = analyze_paths(paths, settings)
    for n, entry in enumerate(sorted((tmp_path / "cache").rglob("*.json"))):
        entry.write_text(['{"source": 1}', "[]", "null", '{"id": "x", "meta": 3}'][n % 4], encoding="utf-8")
    again, problems = analyze_paths(paths, settings)
    assert problems == [] and [asdict(a) for a in again] == [asdict(a) for a in first]
    assert [asdict(a) for a in analyze_paths(paths, settings)[0]] == [asdict(a) for a in first]


# --- real builds, killed ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_content(tmp_path_factory) -> tuple[Path, Path, Path]:
    """content/ plus COPIES copies of the seeds, its warm cache, and its built site."""
    work = tmp_path_factory.mktemp("atomic")
    content, cache, site = work / "content", work / "cache", work / "built"
    shutil.copytree(CONTENT, content)
    for n in range(COPIES):
        for seed in sorted(CONTENT.glob("sources/*.txt")):
            shutil.copy(seed, content / "sources" / f"copy{n:02d}_{seed.name}")
    result = subprocess.run(_cmd(content, site, cache), cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return content, cache, site


def _kill_while_writing(cmd: list[str], out: Path, signum: int) -> subprocess.CompletedProcess:
    """Start a build, wait until Pelican has written some pages into its temporary folder, signal it."""
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        written = [p for tmp in out.parent.glob(f".{out.name}.new-*") for p in tmp.glob("articles/*/index.html")]
        if len(written) >= 3:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    if signum == signal.SIGKILL:
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its worker processes, as the OOM killer would
    else:
        os.kill(proc.pid, signum)
    stdout, stderr = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)


def _edit(content: Path) -> None:
    """A change that touches every page (the site's topics), so a half-written site would show."""
    topic = content / "topics" / "intelligence-sharing.yaml"
    topic.write_text(topic.read_text(encoding="utf-8").replace("title:", "title: Edited —", 1), encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=["KILL", "TERM", "INT"])
def test_a_build_interrupted_while_writing_leaves_the_old_site(big_content, tmp_path, signum):
    content, cache, built = big_content
    work_content = tmp_path / "content"
    shutil.copytree(content, work_content)
    _edit(work_content)
    out = tmp_path / "site"
    shutil.copytree(built, out)
    before = _files(out)
    cmd = _cmd(work_content, out, cache)
    result = _kill_while_writing(cmd, out, signum)
    after = _files(out)
    assert "Traceback" not in result.stderr
    if after != before:
        # On a loaded machine the signal can land after the swap, or after the build: then
        # output/ must be the whole new site (never a mix), and no message may say otherwise.
        reference = tmp_path / "reference"
        assert subprocess.run(_cmd(work_content, reference, cache), cwd=ROOT, capture_output=True).returncode == 0
        assert after == _files(reference)
        assert "left as it was" not in result.stderr
    elif signum == signal.SIGKILL:
        assert result.returncode == -signal.SIGKILL
    else:  # caught mid-write: the temporary folder is gone at once, and the message says the site is unchanged
        assert result.returncode == 128 + signum, result.stderr[-2000:]
        assert f"{out}/ left as it was" in result.stderr
        assert _leftovers(out) == []
    rebuilt = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert rebuilt.returncode == 0, rebuilt.stderr[-2000:]
    assert _leftovers(out) == []
    assert _trash_cleared(out)
    assert "Edited —" in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_build_killed_while_filling_the_cache_leaves_no_poisoned_entry(tmp_path):
    content, cache = tmp_path / "content", tmp_path / "cache"
    shutil.copytree(CONTENT, content)
    for n in range(COPIES):
        for seed in sorted(CONTENT.glob("sources/*.txt")):
            shutil.copy(seed, content / "sources" / f"copy{n:02d}_{seed.name}")
    proc = subprocess.Popen(_cmd(content, tmp_path / "killed", cache), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and len(list(cache.rglob("*.json"))) < 20:
        time.sleep(0.002)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    entries = [p for p in cache.rglob("*.json") if not p.name.startswith(".tmp-")]
    assert entries, "the build was killed before it cached anything"
    for entry in entries:
        json.loads(entry.read_text(encoding="utf-8"))  # whole entries only
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    assert subprocess.run(_cmd(content, warm, cache), cwd=ROOT, capture_output=True).returncode == 0
    assert subprocess.run(_cmd(content, cold, None), cwd=ROOT, capture_output=True).returncode == 0
    assert _files(warm) == _files(cold)


def _processes_of(marker: str) -> list[int]:
    """PIDs whose command line mentions marker (Linux /proc)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if marker.encode() in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["TERM", "KILL"])
def test_a_build_stopped_while_analysing_leaves_no_worker_behind(tmp_path, signum):
    """Workers used to wait forever on a pipe when their build was killed: now they end with it."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    for n in range(COPIES):
        for seed in sorted(CONTENT.glob("sources/*.txt")):
            shutil.copy(seed, content / "sources" / f"copy{n:02d}_{seed.name}")
    out = tmp_path / "site"
    proc = subprocess.Popen(_cmd(content, out, None), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_processes_of(str(content))) < 3:  # the build and two workers
        time.sleep(0.01)
    assert proc.poll() is None, "the analysis finished before it could be stopped"
    os.kill(proc.pid, signum)  # the build only, as a CI runner's timeout or the OOM killer would
    _, stderr = proc.communicate(timeout=60)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _processes_of(str(content)):
        time.sleep(0.05)
    leftovers = _processes_of(str(content))
    for pid in leftovers:  # so a failure here does not leave them running
        os.kill(pid, signal.SIGKILL)
    assert leftovers == []
    assert not out.exists()
    if signum == signal.SIGTERM:
        assert proc.returncode == 128 + signum
        assert f"SIGTERM received: {out}/ left as it was" in stderr and "Traceback" not in stderr
