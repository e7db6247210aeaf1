"""`make eval`: every evaluator of ../shared/tools over the shared corpora, as one table.

Seeds (all stages), quotes on polnear-dev and polnear-train, body extraction on aeb-dev and
paste-dev, metadata on meta-dev (html and txt), cross-links on MRPC-train and TED pairs; then the
per-strategy speaker table (benchmarks/eval_speakers.py). Each evaluator runs this tree's
`digest analyze` without the cache (so the figures are the code's, not old results), prints its own
report to a log folder, and gives its headline figures to the table. The evaluators are run, not
copied: their reports are parsed for the lines they print.

    python benchmarks/eval_all.py                    # everything (about two minutes on two cores)
    python benchmarks/eval_all.py --only quotes seeds
    python benchmarks/eval_all.py --logs /tmp/eval   # keep each evaluator's full report there
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DIGEST_SHARED", ROOT.parent / "shared"))
TOOLS = SHARED / "tools"
CORPORA = SHARED / "corpora"


@dataclass(frozen=True)
class Run:
    """One evaluator on one corpus, and the figures read from its report: (label, pattern, group)."""

    group: str
    corpus: str
    argv: tuple[str, ...]
    figures: tuple[tuple[str, str], ...]


_QUOTES = (("P", r"quotes: precision=(\S+)"), ("R", r"quotes: precision=\S+ recall=(\S+)"),
           ("F1", r"recall=\S+ F1=(\S+)"), ("speaker acc", r"speaker=\d+/\d+=(\S+)"),
           ("name acc", r"is a name: \d+ quotes, accuracy (\S+),"),
           ("name rwn", r"is a name: .*?right when named \d+/\d+=(\S+)"),
           ("all rwn", r"speakers: .*?right when named \d+/\d+=(\S+);"),
           ("wrong", r"wrong names (\d+)"), ("unnamed", r"unnamed (\d+)"))
_EXTRACTION = (("P", r"ours \(analyze\)\s+P=(\S+)"), ("R", r"ours \(analyze\).*?R=(\S+)"),
               ("F1", r"ours \(analyze\).*?F1=(\S+)"))
_META = (("title", r"title exact \(normalised\)\s+\S+\s+(\d+%)"), ("authors", r"authors = byline persons\s+\S+\s+(\d+%)"),
         ("outlet", r"outlet = siteName\s+\S+\s+(\d+%)"), ("published", r"published same day\s+\S+\s+(\d+%)"),
         ("body F1", r"ours\s+body P=\S+ R=\S+ F1=(\S+)"))
_LINKS = (("P", r"ours: precision=(\S+)"), ("R", r"ours: precision=\S+ recall=(\S+)"),
          ("F1", r"ours: precision=\S+ recall=\S+ F1=(\S+)"))


def _meta_corpus(folder: Path) -> Path:
    """meta-dev's html/ and txt/ are links to aeb-dev and paste-dev, which a copy may keep as text
    files naming their target: a folder of real symlinks the evaluator can read."""
    tmp = Path(tempfile.mkdtemp(prefix="meta-dev-"))
    for name in ("gold", "html", "txt"):
        path = folder / name
        target = path if path.is_dir() else (folder / path.read_text(encoding="utf-8").strip()).resolve()
        (tmp / name).symlink_to(target.resolve())
    return tmp


def runs(analyze: str) -> list[Run]:
    py, quotes = sys.executable, CORPORA / "quotes-dev"
    meta = _meta_corpus(CORPORA / "meta-dev") if (CORPORA / "meta-dev").is_dir() else CORPORA / "meta-dev"
    out = [Run("seeds", "seeds", (py, str(TOOLS / "eval_seeds.py"), "--cmd", analyze, "--what", "all"),
               (("quotes", r"quotes: recall=\S+ \((\d+/\d+)\)"), ("speakers", r"speaker=(\d+/\d+)"),
                ("links", r"links: recall=(\d+/\d+)"), ("topics", r"topics: (\d+/\d+)"),
                ("verdict", r"seeds: .* (OK|FAIL\w*)")))]
    out += [Run("quotes", split, (py, str(TOOLS / "eval_quotes.py"), str(quotes / split), "--analyze", analyze), _QUOTES)
            for split in ("polnear-dev", "polnear-train")]
    out += [Run("extraction", name, (py, str(TOOLS / "eval_extraction.py"), str(CORPORA / name), "--analyze", analyze),
                _EXTRACTION) for name in ("aeb-dev", "paste-dev")]
    out += [Run("meta", f"meta-dev {kind}", (py, str(TOOLS / "eval_meta.py"), "--kind", kind, "--no-baseline",
                                             "--corpus", str(meta), "--analyze", analyze), _META)
            for kind in ("html", "txt")]
    out += [Run("links", name, (py, str(TOOLS / "eval_links_pairs.py"), str(CORPORA / "links-dev" / f"{name}.tsv"),
                                "--cmd", analyze), _LINKS) for name in ("mrpc-train", "ted-zhen")]
    return out


def read_figures(report: str, figures: tuple[tuple[str, str], ...]) -> str:
    cells = []
    for label, pattern in figures:
        found = re.search(pattern, report)
        cells.append(f"{label} {found.group(1) if found else '?'}")
    return "  ".join(cells)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="groups to run: seeds quotes extraction meta links speakers")
    ap.add_argument("--logs", type=Path, help="keep each evaluator's report in this folder")
    args = ap.parse_args()
    if not TOOLS.is_dir():
        sys.exit(f"{TOOLS} is absent (set DIGEST_SHARED)")
    env = f"env PYTHONPATH={shlex.quote(str(ROOT))}"
    analyze = f"{env} {shlex.quote(sys.executable)} -m generator.commands.cli --no-cache analyze"
    logs = args.logs or Path(tempfile.mkdtemp(prefix="digest-eval-"))
    logs.mkdir(parents=True, exist_ok=True)
    rows, failed = [], False
    for run in runs(analyze):
        if args.only and run.group not in args.only:
            continue
        started = time.perf_counter()
        done = subprocess.run(run.argv, capture_output=True, text=True, cwd=ROOT, check=False)
        seconds = time.perf_counter() - started
        report = done.stdout + done.stderr
        (logs / f"{run.group}-{run.corpus.replace(' ', '-')}.txt").write_text(report, encoding="utf-8")
        failed |= done.returncode != 0
        figures = read_figures(report, run.figures) if done.returncode == 0 else f"FAILED ({done.returncode})"
        rows.append((run.group, run.corpus, f"{seconds:5.1f}s", figures))
        print(f"  {run.group} {run.corpus}: done in {seconds:.1f}s", file=sys.stderr)
    width = max((len(r[0]) + len(r[1]) for r in rows), default=10) + 3
    print(f"\n{'evaluator / corpus':<{width}} {'time':>6}  figures")
    for group, corpus, seconds, figures in rows:
        print(f"{group + ' / ' + corpus:<{width}} {seconds:>6}  {figures}")
    print(f"(reports in {logs})")
    if not args.only or "speakers" in args.only:
        print("\nspeakers by strategy (benchmarks/eval_speakers.py):")
        sys.stdout.flush()
        failed |= subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval_speakers.py")], cwd=ROOT,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
