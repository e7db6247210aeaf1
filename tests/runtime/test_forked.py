"""fork_map: results in order, failures reported, and a child never unwinds into the caller."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.commands import cli
from generator.runtime.forked import WorkerFailed, fork_map
from generator.site import pelican_plugin
from tests.conftest import copy_project

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork_map runs serially where fork does not exist")


def test_each_part_runs_once_in_its_own_process_and_results_keep_their_order():
    parent = os.getpid()
    results = fork_map(lambda k, n: (k, n, os.getpid() == parent, list(range(10))[k::n]), 3)
    assert [r[:3] for r in results] == [(0, 3, True), (1, 3, False), (2, 3, False)]
    assert sorted(x for r in results for x in r[3]) == list(range(10))


def test_one_worker_runs_the_task_here():
    assert fork_map(lambda k, n: (k, n, os.getpid()), 1) == [(0, 1, os.getpid())]


def test_an_exception_in_a_child_is_raised_in_the_parent_and_never_unwinds_the_callers_code(tmp_path):
    marker = tmp_path / "cleanups"

    def task(k: int, n: int) -> int:
        if k == 1:
            raise ValueError("bad page")
        return k

    with pytest.raises(WorkerFailed, match=r"ValueError: bad page \(worker 1 of 2\)"):
        try:
            fork_map(task, 2)
        finally:
            with marker.open("a") as handle:  # a child unwinding here would write a second line
                handle.write("cleanup\n")
    assert marker.read_text() == "cleanup\n"


def test_a_child_that_dies_is_reported():
    def task(k: int, n: int) -> int:
        if k == 1:
            os._exit(3)
        return k

    with pytest.raises(WorkerFailed, match="died"):
        fork_map(task, 2)


@pytest.fixture
def site_copy(tmp_path: Path, monkeypatch) -> Path:
    """The shipped content and theme in a folder of their own, rendered in parallel however small."""
    copy_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(pelican_plugin, "PARALLEL_PAGES", 1)
    return tmp_path


@pytest.mark.slow
def test_a_site_rendered_by_two_processes_is_the_site_one_process_renders(site_copy, tmp_path):
    for workers, out in (("1", "one"), ("2", "two")):
        assert cli.main(["--no-cache", "--workers", workers, "build", "--no-search", "--output", out]) == 0
    one, two = tmp_path / "one", tmp_path / "two"
    files = sorted(str(p.relative_to(one)) for p in one.rglob("*") if p.is_file())
    assert files == sorted(str(p.relative_to(two)) for p in two.rglob("*") if p.is_file())
    assert len(files) > 20
    assert [f for f in files if (one / f).read_bytes() != (two / f).read_bytes()] == []


@pytest.mark.slow
def test_a_warm_parallel_build_reuses_what_each_process_rendered(site_copy, capsys):
    assert cli.main(["--workers", "2", "build", "--no-search"]) == 0
    note = next(Path("content/notes").glob("*.md"))
    note.write_text(note.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--workers", "2", "build", "--no-search"]) == 0
    report = capsys.readouterr().err
    rendered, unchanged = (int(x) for x in
                           report[report.rfind("(") + 1:].replace(" pages rendered,", "").split()[:2])
    assert 0 < rendered < unchanged  # the manifest merged both processes' pages
