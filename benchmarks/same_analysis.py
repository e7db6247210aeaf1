"""Does a change keep the analysis the same? `digest analyze --json` over the shipped sources and the
shared corpora, written to a folder (`--save DIR`) or compared with one saved before (`--against DIR`).

A restructuring (issue #24) must change no reading: run `--save` on the old tree, `--against` on the new
one. Each corpus is one analyze call without the cache, so the comparison sees the code, not old results.

    python benchmarks/same_analysis.py --save /tmp/before
    python benchmarks/same_analysis.py --against /tmp/before
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
CORPORA = {
    "sources": (ROOT / "content" / "sources", "*"),
    "aeb-dev": (SHARED / "aeb-dev" / "html", "*.html"),
    "paste-dev": (SHARED / "paste-dev" / "txt", "*.txt"),
    "polnear-dev": (SHARED / "quotes-dev" / "polnear-dev" / "txt", "*.txt"),
    "polnear-train": (SHARED / "quotes-dev" / "polnear-train" / "txt", "*.txt"),
}


def analyze(folder: Path, pattern: str) -> dict:
    files = sorted(str(p) for p in folder.glob(pattern) if p.is_file())
    # this interpreter, run from this checkout: its code, whether or not the checkout has a .venv of its own
    cmd = [sys.executable, "-m", "generator.commands.cli", "--no-cache", "analyze", "--json", *files]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"analyze failed on {folder}: {out.stderr[-800:]}")
    return json.loads(out.stdout)


def _by_name(doc: dict) -> dict[str, dict]:
    """Articles by file name, their `source` cut to it: a save made in another checkout
    (/work/main against a worktree) holds the same files under another absolute path."""
    out = {}
    for article in doc["articles"]:
        name = Path(article.get("source") or article.get("id")).name
        out[name] = article | {"source": name}
    return out


def differences(old: dict, new: dict) -> list[str]:
    """Names of the articles (and the links) whose reading differs."""
    before, after = _by_name(old), _by_name(new)
    diffs = [f"article {k}" for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
    if old["links"] != new["links"]:
        diffs.append(f"links ({len(old['links'])} before, {len(new['links'])} after)")
    return diffs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write each corpus's analysis here")
    group.add_argument("--against", type=Path, help="compare with the analyses saved here")
    ap.add_argument("--only", nargs="*", default=list(CORPORA), help="corpora to run")
    args = ap.parse_args()
    failed = False
    for name in args.only:
        folder, pattern = CORPORA[name]
        if not folder.is_dir():
            print(f"{name}: skipped ({folder} is absent)")
            continue
        doc = analyze(folder, pattern)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, sort_keys=True))
            print(f"{name}: {len(doc['articles'])} articles saved")
            continue
        diffs = differences(json.loads((args.against / f"{name}.json").read_text()), doc)
        failed |= bool(diffs)
        print(f"{name}: {'same' if not diffs else f'{len(diffs)} differ'}")
        for line in diffs[:20]:
            print("   ", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
