"""`make bench-real` (`benchmarks/run.py --real`): the build on real pages beside the pipeline a
newsroom would script instead, in one run.

The corpus is real and distinct: the shipped seeds, then the shared corpora (aeb-dev saved
HTML pages, paste-dev browser copy-pastes, PolNeAR dev and train articles), each page used
once, never a synthetic copy (copies of one text share their features and take the cheap
path). meta-dev is the aeb-dev pages again (its html/ and txt/ are links), so it adds
nothing. There are 5 + 61 + 61 + 84 + 840 = 1,051 distinct sources; a size of N takes the
first N in that order (all the HTML pages are in every size from 200 up).

Each round times, one after the other so all three see the same machine:
  - our cold `digest build` (empty cache), with peak RSS and CPU seconds;
  - plain Pelican on the same bodies as Markdown (the title and body our cleaner kept);
  - trafilatura extracting the same HTML pages, in one process (its start-up included);
then the peer pipeline (trafilatura + Pelican) and our warm rebuild (nothing changed); with
BENCH_REAL_OTHER=<checkout>, that checkout's cold build too (before/after a change, same rounds).
Nothing is deleted while rounds run: the previous folders are renamed aside and deleted at the
end (stages.set_aside), since on this machine's file system a build right after deleting the last
one's ~9,000 files paid 3-6 s of kernel time for the benchmark's own cleanup.
Ratios are taken within a round and their median reported, so a slow spell of the shared
machine costs one round, not the comparison. The per-stage CPU of our build is measured
after the rounds, in one process (benchmarks/stages.py), and so is the CPU per saved HTML page,
ours (the whole analysis) beside trafilatura.extract's (stages.py --html-pages).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from stages import empty_trash, set_aside  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
WORK = ROOT / "benchmarks" / "work" / "real"
PY = sys.executable
TARGETS = {"cold_vs_peers": 0.75, "cold_vs_pelican": 2.5, "warm_vs_cold": 0.05}
# (folder, suffix) in the order a size takes them
FOLDERS = ((ROOT / "content" / "sources", ".txt"), (SHARED / "aeb-dev" / "html", ".html"),
           (SHARED / "paste-dev" / "txt", ".txt"), (SHARED / "quotes-dev" / "polnear-dev" / "txt", ".txt"),
           (SHARED / "quotes-dev" / "polnear-train" / "txt", ".txt"))
NOTE_TARGETS = ("000_385545522f94976e.txt", "001_a6332ebc66c091c0.txt")  # the shipped notes cite these seeds

# The peer's extraction step, run as its own process: every HTML page through trafilatura.
TRAFILATURA = """
import sys, time, trafilatura
paths = sys.argv[1:]
start = time.process_time()
for p in paths:
    with open(p, encoding="utf-8", errors="replace") as handle:
        trafilatura.extract(handle.read())
print(time.process_time() - start)
"""
# Runs a command and reports its children's CPU and peak RSS (ru_maxrss of the largest process).
MEASURE = """
import json, resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": code.returncode, "cpu": use.ru_utime + use.ru_stime, "rss_mb": use.ru_maxrss / 1024,
                  "err": code.stderr[-2000:]}))
"""


def real_pages() -> list[Path]:
    """Every distinct real source available, in the fixed order of FOLDERS."""
    pages: list[Path] = []
    for folder, suffix in FOLDERS:
        if folder.is_dir():
            pages += sorted(p for p in folder.glob(f"*{suffix}") if p.is_file())
    return pages


def make_corpus(n: int, folder: Path) -> list[Path]:
    """content/ with the first n real pages (names keep their corpus, so slugs never collide);
    returns the HTML pages among them, which the peer pipeline must extract."""
    set_aside(folder)
    sources = folder / "content" / "sources"
    sources.mkdir(parents=True)
    for sub in ("notes", "topics"):
        shutil.copytree(ROOT / "content" / sub, folder / "content" / sub)
    html = []
    for i, page in enumerate(real_pages()[:n]):
        name = page.name if page.parent == ROOT / "content" / "sources" else f"r{i:04d}-{page.parent.parent.name}-{page.name[:16]}{page.suffix}"
        shutil.copy(page, sources / name)
        if page.suffix == ".html":
            html.append(page)
    return html


def measured(cmd: list[str], cwd: Path, root: Path = ROOT) -> dict:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one command (`root`: the checkout it imports)."""
    start = time.perf_counter()
    out = subprocess.run([PY, "-c", MEASURE, *cmd], cwd=cwd, capture_output=True, text=True,
                         env=dict(os.environ, CI="true", PYTHONPATH=str(root)))
    wall = time.perf_counter() - start
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if result["rc"] != 0:
        raise SystemExit(f"{' '.join(cmd[:5])}… failed:\n{result['err']}")
    return {"wall": wall, "cpu": result["cpu"], "rss_mb": result["rss_mb"]}


def build_cmd(folder: Path, root: Path = ROOT, name: str = "") -> list[str]:
    return [PY, "-m", "generator.commands.cli", "--content", str(folder / "content"), "--cache-dir",
            str(folder / f"cache{name}"), "build", "--config", str(root / "pelicanconf.py"), "--output",
            str(folder / f"output{name}")]


def markdown_bodies(folder: Path) -> Path:
    """The Pelican project of the same articles as Markdown (run.py's, from the cold build's cache)."""
    sys.path.insert(0, str(ROOT))
    from run import pelican_project

    return pelican_project(folder)


def one_round(folder: Path, project: Path, html: list[Path], other: Path | None) -> dict:
    """Cold build, plain Pelican, trafilatura, warm build (and the other checkout's cold build):
    one after the other, with the machine's load before the round."""
    load = os.getloadavg()[0]
    for name in ("", "-other"):  # nothing is deleted while the rounds run (stages.set_aside)
        set_aside(folder / f"cache{name}")
        set_aside(folder / f"output{name}")
    cold = measured(build_cmd(folder), ROOT)
    set_aside(project / "output")
    pelican = measured([PY, "-m", "pelican", "content", "-o", "output", "-s", "conf.py", "-q"], project)
    traf = measured([PY, "-c", TRAFILATURA, *map(str, html)], ROOT) if html else {"wall": 0.0, "cpu": 0.0, "rss_mb": 0}
    warm = measured(build_cmd(folder), ROOT)
    row = {"cold": cold, "pelican": pelican, "trafilatura": traf, "warm": warm}
    if other is not None:
        row["cold_other"] = measured(build_cmd(folder, other, "-other"), other, other)
    return row | {"load": load}


def ratios(r: dict) -> dict:
    """The bar's ratios in wall time, and the same in CPU time (which a busy machine inflates
    far less: the peers use one core, our build two)."""
    peers = r["pelican"]["wall"] + r["trafilatura"]["wall"]
    out = {"cold_vs_peers": r["cold"]["wall"] / peers, "cold_vs_pelican": r["cold"]["wall"] / r["pelican"]["wall"],
           "warm_vs_cold": r["warm"]["wall"] / r["cold"]["wall"],
           "cold_cpu_vs_peers_cpu": r["cold"]["cpu"] / (r["pelican"]["cpu"] + r["trafilatura"]["cpu"]),
           "cold_cpu_vs_pelican_cpu": r["cold"]["cpu"] / r["pelican"]["cpu"]}
    if "cold_other" in r:
        out["cold_vs_other_checkout"] = r["cold"]["wall"] / r["cold_other"]["wall"]
        out["cold_cpu_vs_other_checkout"] = r["cold"]["cpu"] / r["cold_other"]["cpu"]
    return out


def run(sizes: list[int], rounds: int, stages: bool = True, other: Path | None = None) -> dict:
    pages = real_pages()
    print(f"real pages available: {len(pages)} distinct sources", flush=True)
    out: dict = {"distinct_pages": len(pages), "sizes": []}
    for n in sizes:
        folder = WORK / str(n)
        html = make_corpus(n, folder)
        used = min(n, len(pages))
        measured(build_cmd(folder), ROOT)  # fills the cache the Markdown bodies are read from
        project = markdown_bodies(folder)
        rows = []
        for k in range(rounds):
            print(f"{used} sources, round {k + 1}/{rounds}…", flush=True)
            rows.append(one_round(folder, project, html, other))
        out["sizes"].append(summary(used, len(html), rows))
    if stages:
        from stages import html_page_cpu, stage_cpu

        out["stages"] = stage_cpu(WORK / str(sizes[-1]), ROOT / "pelicanconf.py")
        out["html_pages"] = html_page_cpu(WORK / str(sizes[-1]))
    for n in sizes:
        empty_trash(WORK / str(n))
        empty_trash(WORK / str(n) / "pelican")
    empty_trash(WORK)
    return out


def summary(n: int, html: int, rows: list[dict]) -> dict:
    med = statistics.median
    table = {name: {"wall_s": round(med(r[name]["wall"] for r in rows), 2), "cpu_s": round(med(r[name]["cpu"] for r in rows), 2),
                    "rss_mb": round(max(r[name]["rss_mb"] for r in rows))} for name in rows[0] if name != "load"}
    table["peers"] = {"wall_s": round(med(r["pelican"]["wall"] + r["trafilatura"]["wall"] for r in rows), 2),
                      "cpu_s": round(med(r["pelican"]["cpu"] + r["trafilatura"]["cpu"] for r in rows), 2)}
    rs = [ratios(r) for r in rows]
    verdict = {k: (round(med(x[k] for x in rs), 3), [round(x[k], 3) for x in rs], TARGETS.get(k)) for k in rs[0]}
    return {"sources": n, "html_pages": html, "rounds": len(rows), "load": [round(r["load"], 1) for r in rows],
            "table": table, "targets": verdict}


def report(result: dict) -> None:
    print(f"\nreal pages: {result['distinct_pages']} distinct sources available (no copies used)")
    for size in result["sizes"]:
        print(f"\n{size['sources']} sources ({size['html_pages']} HTML), median of {size['rounds']} interleaved rounds"
              f" (1-minute load average before each: {size['load']} on {os.cpu_count()} cores):")
        print(f"  {'':<14} {'wall s':>8} {'CPU s':>8} {'RSS MiB':>8}")
        for name, row in size["table"].items():
            print(f"  {name:<14} {row['wall_s']:>8} {row['cpu_s']:>8} {row.get('rss_mb', ''):>8}")
        for name, (value, each, target) in size["targets"].items():
            verdict = "" if target is None else f" / {target:<5} {'met' if value <= target else 'NOT met'}"
            print(f"  {name:<26} {value:>7} (rounds {each}){verdict}")
    if "stages" in result:
        print("\nour build, CPU seconds by stage (one process):")
        for name, seconds in result["stages"].items():
            print(f"  {name:<14} {seconds:>7}")
    if "html_pages" in result:
        pages = result["html_pages"]
        print(f"\nper saved HTML page ({pages['pages']} pages, CPU ms, best of 3 passes in one process): ours "
              f"{pages['ours_ms_per_page']} (whole analysis), trafilatura.extract {pages['trafilatura_ms_per_page']}"
              f" ({pages['ours_vs_trafilatura']}x)")


def main() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sizes = [int(x) for x in os.environ.get("BENCH_REAL_SIZES", "1000").split()]
    rounds = int(os.environ.get("BENCH_REAL_ROUNDS", "3"))
    other = os.environ.get("BENCH_REAL_OTHER")  # another checkout (say, before a change), timed in the same rounds
    result = run(sizes, rounds, other=Path(other).resolve() if other else None)
    (ROOT / "benchmarks" / "results-real.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    report(result)
