"""`make bench`: build-time benchmarks, side by side in one run, written to benchmarks/results.json.

For N sources (default 100, 1,000, 10,000; override with BENCH_SIZES="100 1000") it
generates a digest from the shipped seeds and the ../shared corpora (HTML and text,
paragraphs shuffled, quotes re-used across sources with ellipsis cuts so linking has
real work), then times, each as its own process:
  - cold `digest build` (empty cache) and plain Pelican building the same articles (title
    and the body our cleaner kept) as Markdown with its stock theme (the anchor);
  - warm rebuild with nothing changed, after editing one note, after adding one source;
  - peak RSS of the cold build.
Then cleaning pages/s against trafilatura on the same HTML pages, and quote matching
at 1k/10k/100k quotes (benchmarks/bench_links.py). A script, not a timed test.

Then the real-page benchmark (benchmarks/real.py; BENCH_REAL=0 skips it): real, distinct pages
beside plain Pelican and trafilatura, with a per-stage CPU breakdown. `run.py --real`
(`make bench-real`) runs it alone, written to benchmarks/results-real.json.
"""

from __future__ import annotations

import json
import math
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "corpora"
WORK = ROOT / "benchmarks" / "work"
PY = sys.executable
TARGETS = {"clean_time_vs_trafilatura": 1.0, "cold_vs_pelican": 2.0, "warm_vs_cold": 0.15, "note_vs_cold": 0.25, "growth": 1.15, "rss_mb": 2048,
           "bench_minutes": 10}


def base_documents() -> list[tuple[str, str]]:
    """(suffix, text) of every real page available: seeds, then the shared corpora when present."""
    docs = [(".txt", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "content" / "sources").glob("*.txt"))]
    for folder, suffix in ((SHARED / "aeb-dev" / "html", ".html"), (SHARED / "paste-dev" / "txt", ".txt"),
                           (SHARED / "quotes-dev" / "polnear-train" / "txt", ".txt")):
        if folder.is_dir():
            docs += [(suffix, p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.glob(f"*{suffix}"))]
    if len(docs) <= 5:
        print("note: ../shared/corpora not found; the corpus is built from the five seeds only")
    return docs


def variant(text: str, suffix: str, rng: random.Random, quote: str) -> str:
    """A new source from a real one: paragraphs shuffled, a quote of another source re-used, cut."""
    if suffix == ".html":
        return text.replace("</body>", f"<p>“{quote}”, an official said.</p></body>", 1)
    lines = text.split("\n")
    head, body = lines[:3], lines[3:]
    rng.shuffle(body)
    return "\n".join(head + body + [f"“{quote}”, the minister said."])


def make_corpus(n: int, folder: Path) -> None:
    rng = random.Random(n)
    docs = base_documents()
    sources = folder / "content" / "sources"
    shutil.rmtree(folder, ignore_errors=True)
    sources.mkdir(parents=True)
    for sub in ("notes", "topics"):
        shutil.copytree(ROOT / "content" / sub, folder / "content" / sub)
    for name in ("000_385545522f94976e.txt", "001_a6332ebc66c091c0.txt"):
        shutil.copy(ROOT / "content" / "sources" / name, sources / name)  # the notes' targets
    sentences = [s for _, t in docs[:50] for s in t.replace("\n", " ").split(". ") if 10 <= len(s.split()) <= 30]
    for i in range(n - 2):
        suffix, text = docs[i % len(docs)]
        if i >= len(docs):
            words = rng.choice(sentences).split()
            cut = rng.randrange(3, len(words) - 3)
            text = variant(text, suffix, rng, " ".join(words[:cut]) + " ... " + " ".join(words[cut + 2:]))
        (sources / f"s{i:05d}{suffix}").write_text(text, encoding="utf-8")


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of a command and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=dict(os.environ, CI="true"))
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])}… failed:\n{result.stderr[-2000:]}")
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return seconds, peak


def digest_build(folder: Path) -> tuple[float, float]:
    return timed([PY, "-m", "generator.commands.cli", "--content", str(folder / "content"), "--cache-dir", str(folder / "cache"),
                  "build", "--config", str(ROOT / "pelicanconf.py"), "--output", str(folder / "output")], ROOT)


def plain_pelican(folder: Path) -> float:
    """The anchor: stock Pelican, the same N articles as Markdown, its default theme."""
    seconds, _ = timed([PY, "-m", "pelican", "content", "-o", "output", "-s", "conf.py", "-q"], pelican_project(folder))
    return seconds


def pelican_project(folder: Path) -> Path:
    """folder/pelican: a stock Pelican project of the digest's articles as Markdown.

    Each article is the title and the body paragraphs our cleaner kept (read back from the
    cold build's cache, which costs no analysis), so both builds publish the same text:
    raw pages would hand Pelican menus, scripts and comment threads to convert as well.
    Titles repeat (a page saved twice), so each article gets its own slug.
    """
    from generator.pipeline import Settings, analyze_paths, source_paths

    md = folder / "pelican" / "content"
    shutil.rmtree(folder / "pelican", ignore_errors=True)
    md.mkdir(parents=True)
    settings = Settings(content=folder / "content", cache_dir=folder / "cache", workers=1)
    articles, _ = analyze_paths(source_paths(settings.sources), settings)
    for i, article in enumerate(articles):
        body = "\n\n".join(p.text for p in article.paragraphs)
        title = " ".join((article.meta.title or f"Article {i}").split())
        (md / f"a{i:05d}.md").write_text(f"Title: {title}\nSlug: a{i:05d}\nDate: 2020-01-01\n\n{body}\n", encoding="utf-8")
    conf = folder / "pelican" / "conf.py"
    conf.write_text("SITENAME = 'anchor'\nPATH = 'content'\nTIMEZONE = 'UTC'\nDEFAULT_PAGINATION = 10\n"
                    "FEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\nAUTHOR_FEED_ATOM = None\nAUTHOR_FEED_RSS = None\n",
                    encoding="utf-8")
    return folder / "pelican"


def build_row(n: int) -> dict:
    folder = WORK / str(n)
    make_corpus(n, folder)
    cold, rss = digest_build(folder)
    anchor = plain_pelican(folder)  # right after the cold build: the two are compared, so both see the same machine
    warm, _ = digest_build(folder)
    note = next((folder / "content" / "notes").glob("*.md"))
    note.write_text(note.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    note_edit, _ = digest_build(folder)
    shutil.copy(ROOT / "content" / "sources" / "004_108c21f97da4cd17.txt", folder / "content" / "sources" / "new.txt")
    add_source, _ = digest_build(folder)
    return {"sources": n, "cold_s": round(cold, 2), "pelican_s": round(anchor, 2), "warm_s": round(warm, 2),
            "note_edit_s": round(note_edit, 2), "add_source_s": round(add_source, 2), "peak_rss_mb": round(rss)}


def cleaning_speed(rounds: int = 3) -> dict:
    """Pages per CPU second, ours vs trafilatura, on the same saved HTML pages, in one process.

    CPU time, not wall time. Each page is timed on its own, the two extractors one after the
    other, in every round, and each page counts with its fastest round: on a machine whose
    speed drifts, a slow spell then costs a page one round, not a whole round its total.
    """
    import trafilatura

    from generator.cleaning.html_page import clean_html

    folder = SHARED / "aeb-dev" / "html"
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.html"))] if folder.is_dir() else []
    if not pages:
        return {"note": "no HTML corpus in ../shared"}
    extractors = {"ours": clean_html, "trafilatura": lambda raw: trafilatura.extract(raw)}
    fastest = {name: [math.inf] * len(pages) for name in extractors}
    for _ in range(rounds):
        for i, raw in enumerate(pages):
            for name, fn in extractors.items():
                start = time.process_time()
                fn(raw)
                fastest[name][i] = min(fastest[name][i], time.process_time() - start)
    return {f"{name}_pages_per_s": round(len(pages) / sum(times), 1) for name, times in fastest.items()} | {"pages": len(pages)}


def verdicts(rows: list[dict], growth: float | None, cleaning: dict) -> dict:
    big = rows[-1]
    ours, theirs = cleaning.get("ours_pages_per_s"), cleaning.get("trafilatura_pages_per_s")
    return {
        "clean_time_vs_trafilatura": (round(theirs / ours, 3) if ours and theirs else None,
                                      TARGETS["clean_time_vs_trafilatura"]),
        "cold_vs_pelican": (round(big["cold_s"] / big["pelican_s"], 3), TARGETS["cold_vs_pelican"]),
        "warm_vs_cold": (round(big["warm_s"] / big["cold_s"], 3), TARGETS["warm_vs_cold"]),
        "note_vs_cold": (round(big["note_edit_s"] / big["cold_s"], 3), TARGETS["note_vs_cold"]),
        "growth": (growth, TARGETS["growth"]),
        "rss_mb": (big["peak_rss_mb"], TARGETS["rss_mb"]),
    }


def main() -> None:
    started = time.perf_counter()
    sizes = [int(x) for x in os.environ.get("BENCH_SIZES", "100 1000 10000").split()]
    rows = []
    for n in sizes:
        print(f"building {n} sources…", flush=True)
        rows.append(build_row(n))
    growth = None
    if len(rows) >= 2 and rows[-2]["cold_s"] > 0:
        growth = round(math.log(rows[-1]["cold_s"] / rows[-2]["cold_s"]) / math.log(rows[-1]["sources"] / rows[-2]["sources"]), 3)
    from bench_links import run as bench_links

    links = bench_links(tuple(int(x) for x in os.environ.get("BENCH_QUOTES", "1000 10000 100000").split()))
    result = {"builds": rows, "build_growth_exponent": growth, "cleaning": cleaning_speed(), "quote_matching": links}
    result["targets"] = verdicts(rows, growth, result["cleaning"])
    if os.environ.get("BENCH_REAL", "1") != "0":  # the real-page corpus (real.py), BENCH_REAL=0 to skip
        import real

        result["real"] = real.run([int(x) for x in os.environ.get("BENCH_REAL_SIZES", "1000").split()],
                                  int(os.environ.get("BENCH_REAL_ROUNDS", "3")))
    result["bench_minutes"] = round((time.perf_counter() - started) / 60, 1)
    result["targets"]["bench_minutes"] = (result["bench_minutes"], TARGETS["bench_minutes"])
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"\n{'sources':>8} {'cold s':>8} {'pelican s':>10} {'warm s':>8} {'note s':>8} {'add s':>8} {'RSS MiB':>8}")
    for r in rows:
        print(f"{r['sources']:>8} {r['cold_s']:>8} {r['pelican_s']:>10} {r['warm_s']:>8} {r['note_edit_s']:>8} "
              f"{r['add_source_s']:>8} {r['peak_rss_mb']:>8}")
    print(f"build growth exponent ({rows[-2]['sources'] if len(rows) > 1 else '-'}→{rows[-1]['sources']}): {growth}")
    print(f"cleaning: {result['cleaning']}")
    print("quote matching: " + ", ".join(f"{r['quotes']}: {r['seconds']} s" for r in links["rows"])
          + f"; growth exponent {links['growth_exponent']}")
    if "real" in result:
        import real

        real.report(result["real"])
    print("\ntargets (measured / target):")
    for name, (value, target) in result["targets"].items():
        ok = value is not None and value <= target
        print(f"  {name:<26} {value!s:>8} / {target:<6} {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    if "--real" in sys.argv[1:]:
        from real import main as real_main

        real_main()
    else:
        main()
