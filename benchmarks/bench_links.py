"""Quote-matching benchmark: time `links.match` at growing numbers of quotes.

Quotes are real sentences (from ../shared corpora when present, else the shipped seeds),
each statement reported by two or three sources: verbatim, cut with an ellipsis, or with
a few words substituted, so the matcher has real work. Prints seconds per size and the
growth exponent of a log-log fit. Run: `python benchmarks/bench_links.py [sizes...]`.
"""

from __future__ import annotations

import math
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.corpus.links import match  # noqa: E402
from generator.model import Article, Metadata, Quote  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora" / "quotes-dev"


def sentences() -> list[str]:
    """Real sentences of 8 to 40 words."""
    folders = [SHARED / "polnear-train" / "txt", SHARED / "polnear-dev" / "txt", ROOT / "content" / "sources"]
    found: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            for sentence in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8", errors="replace")):
                if 8 <= len(sentence.split()) <= 40:
                    found.append(sentence.strip())
    return found


def variant(text: str, rng: random.Random) -> str:
    words = text.split()
    roll = rng.random()
    if roll < 0.4 or len(words) < 8:
        return text
    if roll < 0.7:
        i = rng.randrange(2, len(words) - 3)
        return " ".join(words[:i]) + " ... " + " ".join(words[i + 2:])
    for _ in range(2):
        words[rng.randrange(len(words))] = rng.choice(["said", "would", "major", "the", "new"])
    return " ".join(words)


def _pair(order: list[str], m: int) -> str:
    """The m-th statement past the pool: the first half of one sentence and the second half of another,
    a new statement that shares vocabulary with two others (a near miss the matcher must not link)."""
    n = len(order)
    first, second = order[m % n].split(), order[(m % n + 1 + m // n) % n].split()
    return " ".join(first[: len(first) // 2] + second[len(second) // 2:])


def corpus(n_quotes: int, pool: list[str], seed: int = 7) -> list[Article]:
    """Articles of 10 quotes each; every statement appears in one to three of them."""
    rng = random.Random(seed)
    order = pool[:]
    rng.shuffle(order)
    quotes: list[str] = []
    k = 0
    while len(quotes) < n_quotes:
        # each statement is drawn once; past the pool, two sentences make a new statement
        base = order[k] if k < len(order) else _pair(order, k - len(order))
        k += 1
        quotes.extend(variant(base, rng) for _ in range(rng.choice((1, 2, 3))))
    quotes = quotes[:n_quotes]
    rng.shuffle(quotes)
    articles = []
    for a in range(0, n_quotes, 10):
        aid = f"art{a // 10:06d}"
        items = [Quote(id=f"{aid}-{k}", text=t, speaker=None, kind="statement", paragraph=0, start=0, end=len(t))
                 for k, t in enumerate(quotes[a:a + 10])]
        articles.append(Article(source=aid, id=aid, kind="text", meta=Metadata(title=aid), paragraphs=[], removed=[],
                                quotes=items))
    return articles


def run(sizes: tuple[int, ...] = (1_000, 10_000, 100_000)) -> dict:
    """Seconds and link counts per size, and the growth exponent between the first and last size."""
    pool = sentences()
    rows = []
    for n in sizes:
        articles = corpus(n, pool)
        start = time.perf_counter()
        links = match(articles)
        rows.append({"quotes": n, "seconds": round(time.perf_counter() - start, 3), "links": len(links)})
    first, last = rows[0], rows[-1]
    exponent = (math.log(last["seconds"] / max(first["seconds"], 1e-9)) / math.log(last["quotes"] / first["quotes"])
                if len(rows) > 1 else None)
    return {"rows": rows, "growth_exponent": round(exponent, 3) if exponent is not None else None}


if __name__ == "__main__":
    sizes = tuple(int(x) for x in sys.argv[1:]) or (1_000, 10_000, 100_000)
    result = run(sizes)
    print(f"{'quotes':>8} {'seconds':>9} {'links':>8}")
    for row in result["rows"]:
        print(f"{row['quotes']:>8} {row['seconds']:>9.2f} {row['links']:>8}")
    print(f"growth exponent: {result['growth_exponent']}")
