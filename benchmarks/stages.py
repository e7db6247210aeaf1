"""Where a cold build's CPU goes, stage by stage: one `digest build` run in this process with one
worker, each stage's entry point wrapped in a timer (and, with --profile, its own cProfile).

    python benchmarks/stages.py benchmarks/work/real/1000            # CPU seconds by stage
    python benchmarks/stages.py benchmarks/work/real/1000 --profile 15  # and each stage's top functions
    DIGEST_TREE=/path/to/other/checkout python benchmarks/stages.py …   # that checkout's build
    python benchmarks/stages.py benchmarks/work/real/1000 --html-pages  # per saved page: ours beside trafilatura

A stage's time is its own: a stage called inside another (links inside the corpus stage) is
taken out of the outer one. "search index" counts the Pagefind processes it starts; "other" is
the rest of the build (fingerprints, the freshness key, the swap); "analysis" is what the
per-source stages leave of analyze_paths (cache keys, results read back). With one worker (the
default) the sum is the build's CPU; with --workers 2 the per-source stages run in the workers
(so "analysis" holds them all) and the wall column shows how well each phase uses the cores.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREE = Path(os.environ.get("DIGEST_TREE", ROOT))  # the checkout to measure (another one: before a change)
sys.path.insert(0, str(TREE))

# stage name -> (module, attribute) of the function that runs it, in pipeline order
STAGES = {
    "analysis": ("generator.pipeline", "analyze_paths"),
    "read": ("generator.pipeline", "read_source"),
    "clean": ("generator.cleaning.registry", "clean"),
    "metadata": ("generator.metadata.fields", "extract"),
    "quotes": ("generator.quotes.find", "find_quotes"),
    "speakers": ("generator.speakers.cascade", "attribute"),
    "cache write": ("generator.pipeline", "article_to_cache"),
    "corpus": ("generator.pipeline", "link_corpus"),
    "links": ("generator.corpus.links", "match"),
    "check": ("generator.commands.build", "check_digest"),
    "render": ("generator.commands.build", "run_pelican"),
    "search index": ("generator.commands.build", "index_search"),
}


def _cpu() -> float:
    """This process's CPU and that of the children it waited for (Pagefind)."""
    own = time.process_time()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + kids.ru_utime + kids.ru_stime


class Stages:
    """Accumulates each stage's own CPU (and profile); nested stages are charged to the inner one."""

    def __init__(self, profile: bool) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self.wall: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self.profiles = {name: cProfile.Profile() for name in STAGES} if profile else {}
        self.stack: list[tuple[str, float, float]] = []  # (stage, CPU and wall clock since it last resumed)

    def _pause(self, now: float, clock: float) -> None:
        outer, since, wall_since = self.stack[-1]
        self.seconds[outer] += now - since
        self.wall[outer] += clock - wall_since
        if self.profiles:
            self.profiles[outer].disable()

    def wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            if self.stack:
                self._pause(_cpu(), time.perf_counter())
            self.stack.append((name, _cpu(), time.perf_counter()))
            if self.profiles:
                self.profiles[name].enable()
            try:
                return fn(*args, **kwargs)
            finally:
                self._pause(_cpu(), time.perf_counter())
                self.stack.pop()
                if self.stack:
                    self.stack[-1] = (self.stack[-1][0], _cpu(), time.perf_counter())
                    if self.profiles:
                        self.profiles[self.stack[-1][0]].enable()
        return timed

    def install(self) -> None:
        import importlib

        for name, (module, attribute) in STAGES.items():
            target = importlib.import_module(module)
            setattr(target, attribute, self.wrap(name, getattr(target, attribute)))

    def top(self, name: str, limit: int) -> str:
        out = io.StringIO()
        try:
            stats = pstats.Stats(self.profiles[name], stream=out)
        except TypeError:  # the stage never ran in this process (links run inside corpus): nothing to show
            return "  (not called)"
        stats.sort_stats("tottime").print_stats(limit)
        return "\n".join(line for line in out.getvalue().splitlines() if line.strip()
                         and not line.lstrip().startswith(("Ordered by", "List reduced")))


def set_aside(path: Path) -> None:
    """Move a previous run's folder out of the way, to be deleted once the measuring is done
    (empty_trash): on this machine's file system (ext4 without a journal) a file created soon after many
    were deleted costs kernel time that grows with how many were (each creation skips the freshly freed
    inodes), so deleting the last build's ~9,000 files right before a cold build billed it 3-6 s of
    system time for the benchmark's own cleanup. A build into a fresh folder, as CI's is, pays none."""
    if path.exists():
        trash = path.parent / TRASH
        trash.mkdir(exist_ok=True)
        path.rename(trash / f"{path.name}-{time.time_ns()}")


TRASH = ".trash"


def empty_trash(folder: Path) -> None:
    """Delete what set_aside moved under folder (after the last measurement)."""
    shutil.rmtree(folder / TRASH, ignore_errors=True)


def stage_cpu(folder: Path, config: Path, profile: int = 0, workers: int = 1) -> dict[str, float]:
    """CPU seconds by stage of a cold `digest build` of folder/content (cache and output of its own);
    with several workers, (CPU, wall) seconds by stage."""
    from generator.commands import build
    from generator.pipeline import Settings

    stages = Stages(profile > 0)
    stages.install()
    cache, output = folder / "stages-cache", folder / "stages-output"
    set_aside(cache)
    set_aside(output)
    settings = Settings(content=folder / "content", cache_dir=cache, workers=workers)

    class _NoBar:
        def __enter__(self):
            return None

        def __exit__(self, *exc):
            return False

    start, clock = _cpu(), time.perf_counter()
    status = build.build_site(settings, config, output, lambda total, label: _NoBar())
    total, wall = _cpu() - start, time.perf_counter() - clock
    if status != 0:
        raise SystemExit(f"the build of {folder} failed")
    result: dict = {name: round(seconds, 2) for name, seconds in stages.seconds.items()}
    result["other"] = round(total - sum(stages.seconds.values()), 2)
    result["total"] = round(total, 2)
    if workers > 1:
        walls = {name: round(seconds, 2) for name, seconds in stages.wall.items()}
        walls |= {"other": round(wall - sum(stages.wall.values()), 2), "total": round(wall, 2)}
        result = {name: (seconds, walls[name]) for name, seconds in result.items()}
    for name in STAGES if profile else ():
        print(f"\n=== {name}: {stages.seconds[name]:.2f} CPU s (profiled, so slower) ===")
        print(stages.top(name, profile))
    return result


def html_page_cpu(folder: Path, rounds: int = 3) -> dict[str, float]:
    """CPU milliseconds per saved HTML page of folder/content/sources: our whole analysis
    (read, clean, metadata, quotes, speakers) beside trafilatura.extract on the same markup
    (what the peer pipeline runs per page), in this process, both warmed up first (imports,
    rule files), the best of `rounds` passes over the pages for each."""
    import trafilatura

    from generator.ingest.read import read_source
    from generator.pipeline import analyze_source

    pages = sorted(str(p) for p in (folder / "content" / "sources").glob("*.htm*"))
    markup = {}
    for path in pages:
        with open(path, encoding="utf-8", errors="replace") as handle:
            markup[path] = handle.read()

    def ours(path: str) -> None:
        analyze_source(read_source(path))

    def peer(path: str) -> None:
        trafilatura.extract(markup[path])

    result: dict[str, float] = {"pages": len(pages)}
    for name, fn in (("ours", ours), ("trafilatura", peer)):
        fn(pages[0])  # imports and rule files, not counted
        best = float("inf")
        for _ in range(rounds):
            start = time.process_time()
            for path in pages:
                fn(path)
            best = min(best, time.process_time() - start)
        result[f"{name}_ms_per_page"] = round(1000 * best / max(1, len(pages)), 1)
    result["ours_vs_trafilatura"] = round(result["ours_ms_per_page"] / result["trafilatura_ms_per_page"], 2)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="a folder holding content/ (benchmarks/work/real/N after a --real run)")
    ap.add_argument("--config", type=Path, default=ROOT / "pelicanconf.py")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print each stage's N costliest functions")
    ap.add_argument("--workers", type=int, default=1, help="processes (more than one: CPU and wall by phase)")
    ap.add_argument("--html-pages", action="store_true",
                    help="only CPU per saved HTML page, ours beside trafilatura's (no build)")
    args = ap.parse_args()
    if args.html_pages:
        for name, value in html_page_cpu(args.folder).items():
            print(f"  {name:<22} {value:>7}")
        return
    result = stage_cpu(args.folder, args.config, args.profile, args.workers)
    print()
    print(f"  {'stage':<14} {'CPU s':>7} {'wall s':>7}" if args.workers > 1 else f"  {'stage':<14} {'CPU s':>7}")
    for name, value in result.items():
        print(f"  {name:<14} " + (f"{value[0]:>7} {value[1]:>7}" if isinstance(value, tuple) else f"{value:>7}"))


if __name__ == "__main__":
    main()
