"""How the pipeline shares work out over the cores changes no result (pipeline.py).

In parallel, the first source of each kind is analysed in the main process (the workers
inherit its loaded rules) and the rest go to the workers largest first; the corpus stage
places articles in dossiers in a forked process while the main one links quotes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.pipeline import Settings, analyze_paths, build_digest, source_paths
from generator.runtime.serialize import article_contract, link_contract

ROOT = Path(__file__).resolve().parent.parent.parent
HTML = ROOT.parent / "shared" / "corpora" / "aeb-dev" / "html"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The shipped content, its sources copied so there are enough to go parallel."""
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    seeds = sorted((target / "sources").glob("*.txt"))
    for i in range(PARALLEL_COPIES):
        shutil.copy(seeds[i % len(seeds)], target / "sources" / f"copy{i:02d}.txt")
    return target


PARALLEL_COPIES = pipeline.PARALLEL_THRESHOLD + 2


def _with_html(content: Path, count: int = 2) -> None:
    if not HTML.is_dir():
        pytest.skip(f"{HTML} is absent (the shared corpora)")
    for page in sorted(HTML.glob("*.html"))[:count]:
        shutil.copy(page, content / "sources" / page.name)


def test_parallel_analysis_gives_what_serial_does_problems_in_path_order(content):
    _with_html(content)
    (content / "sources" / "b-empty.txt").write_text("  \n", encoding="utf-8")
    (content / "sources" / "z-binary.html").write_bytes(b"\x00\x01\x02" * 100)
    paths = source_paths(content / "sources")
    serial = analyze_paths(paths, Settings(content=content, cache_dir=None, workers=1))
    parallel = analyze_paths(paths, Settings(content=content, cache_dir=None, workers=2))
    assert [article_contract(a) for a in parallel[0]] == [article_contract(a) for a in serial[0]]
    assert [str(p) for p in parallel[1]] == [str(p) for p in serial[1]]
    assert [Path(p.path).name for p in parallel[1]] == ["b-empty.txt", "z-binary.html"]


_CALLS: list[str] = []
_REAL = pipeline._analyze_path


def _spy(job: tuple[str, str | None, str | None]):
    """Module-level, so the process pool can pickle it by name; a worker appends to its own copy."""
    _CALLS.append(Path(job[0]).name)
    return _REAL(job)


def _main_process_jobs(monkeypatch, content: Path) -> list[str]:
    """Sources the main process analysed itself in a parallel run (the workers' calls
    happen in their own processes, so the list never sees them)."""
    _CALLS.clear()
    monkeypatch.setattr(pipeline, "_analyze_path", _spy)
    analyze_paths(source_paths(content / "sources"), Settings(content=content, cache_dir=None, workers=2))
    return list(_CALLS)


def test_the_main_process_analyses_the_first_source_of_each_kind(monkeypatch, content):
    _with_html(content)
    first_html = sorted(p.name for p in (content / "sources").glob("*.html"))[0]
    assert _main_process_jobs(monkeypatch, content) == ["000_385545522f94976e.txt", first_html]


def test_with_one_kind_of_source_the_main_process_analyses_one(monkeypatch, content):
    assert _main_process_jobs(monkeypatch, content) == ["000_385545522f94976e.txt"]


def test_the_largest_sources_go_to_the_workers_first(content):
    _with_html(content)
    jobs = [(str(p), None, None) for p in source_paths(content / "sources")]
    sizes = [pipeline._size(job) for job in sorted(jobs, key=pipeline._size, reverse=True)]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]
    assert pipeline._size(("/no/such/file.txt", None, None)) == 0


def _corpus(content: Path, workers: int, cache: Path | None) -> tuple[list, list, list]:
    digest = build_digest(Settings(content=content, cache_dir=cache, workers=workers))
    return ([link_contract(link) for link in digest.links], [article_contract(a)["placements"] for a in digest.articles],
            [str(p) for p in digest.problems])


def test_links_and_placements_side_by_side_give_what_one_after_the_other_does(content, tmp_path, monkeypatch):
    forks: list[int] = []
    real = pipeline.fork_map
    monkeypatch.setattr(pipeline, "fork_map", lambda task, workers: forks.append(workers) or real(task, workers))
    serial = _corpus(content, 1, None)
    assert forks == [1]  # placements in this process; no links task forked
    side_by_side = _corpus(content, 2, tmp_path / "cache")
    assert forks[1:] == [2]  # the one fork: links here, placements in the child
    assert side_by_side == serial
    assert serial[0] and any(serial[1])  # the seeds have cross-links and dossier placements


def test_cached_links_are_not_matched_again_and_placements_run_here(content, tmp_path, monkeypatch):
    _corpus(content, 2, tmp_path / "cache")
    expected = _corpus(content, 1, None)
    for path in (tmp_path / "cache" / "corpus").glob("placements-*.pickle"):
        path.unlink()  # the placements must be made again, the links not
    forks: list[int] = []
    real = pipeline.fork_map
    monkeypatch.setattr(pipeline, "fork_map", lambda task, workers: forks.append(workers) or real(task, workers))
    monkeypatch.setattr(pipeline.links, "match_all", lambda *args: pytest.fail("links matched again"))
    again = _corpus(content, 2, tmp_path / "cache")
    assert forks == [1]  # too few articles to share the placing out
    assert again == expected


def _build(*extra: str) -> None:
    import io
    from contextlib import redirect_stderr

    from generator.commands import cli

    with redirect_stderr(io.StringIO()) as err:
        assert cli.main(["--workers", "2", "build", *extra]) == 0, err.getvalue()


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_a_cold_build_indexes_the_twins_its_renderers_made_and_a_warm_one_makes_none(tmp_path, monkeypatch):
    from generator.site import pelican_plugin
    from generator.site.search import index as search_index
    from tests.conftest import copy_project

    copy_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    made: list[str] = []
    real = pelican_plugin.page_twin
    monkeypatch.setattr(pelican_plugin, "page_twin", lambda page: made.append(page.name) or real(page))
    real_rendered = pelican_plugin.rendered_twin  # from the rendered text, not the file read back
    monkeypatch.setattr(pelican_plugin, "rendered_twin", lambda text: made.append(text) or real_rendered(text))
    staged_afresh: list[str] = []
    real_twin = search_index.page_twin
    monkeypatch.setattr(search_index, "page_twin", lambda page: staged_afresh.append(page.name) or real_twin(page))
    _build()
    site = tmp_path / "output"
    searchable = sorted(str(p.relative_to(site)) for p in site.rglob("index.html")
                        if "data-pagefind-body" in p.read_text(encoding="utf-8"))
    assert len(made) == len(searchable) > 5 and staged_afresh == []
    # The same index as the search stage makes from the pages themselves
    again = tmp_path / "again"
    shutil.copytree(site, again, ignore=shutil.ignore_patterns("pagefind"))
    search_index.index_search(again, searchable, None, {}, {}, stage=tmp_path / "stage")
    assert _tree(again / "pagefind") == _tree(site / "pagefind") and len(staged_afresh) == len(searchable)
    # A warm build may keep the previous shards: no twin is made while rendering
    made.clear()
    note = sorted((tmp_path / "content" / "notes").glob("*.md"))[0]
    note.write_text(note.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    _build()
    assert made == []
    # Without a search index, none either
    shutil.rmtree(tmp_path / ".cache")
    _build("--no-search", "--output", str(tmp_path / "preview"))
    assert made == []
