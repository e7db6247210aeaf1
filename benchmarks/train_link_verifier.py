"""Fit the cross-link verifier (generator/corpus/verifier.py) on the labelled dev pairs; write its trees.

Reads ../shared/corpora/links-dev/{mrpc-train,ted-zhen}.tsv (no download), computes the verifier's
features of each labelled pair exactly as matching does (links._features, verifier.features), and fits
gradient-boosted trees under the logistic loss (Newton leaves, histogram splits on at most BINS cut
points per feature): plain Python, no randomness, so the same files give the same trees, in under a
minute. The two files weigh the same (MRPC has four times TED's pairs).

Held-out check first: `--fit even` fits the pairs of even id number and prints precision/recall at
thresholds on the odd ones, and a reliability table (predicted vs observed share of positives);
`--fit odd` the converse. `--fit all --write` fits everything and writes
generator/data/link_verifier.yaml with the threshold chosen on held-out halves (choose_threshold):
precision first, so the highest threshold at which the trees still find, on every held-out half of
both files, at least the share of positives the lexical baseline finds (rapidfuzz token_sort_ratio
>= 80, the evaluator's baseline): above it they would buy precision with recall the baseline has.

Run: python benchmarks/train_link_verifier.py --fit even
     python benchmarks/train_link_verifier.py --fit all --write
"""

from __future__ import annotations

import argparse
import bisect
import csv
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.utils import default_process  # noqa: E402

from generator.corpus import links, verifier  # noqa: E402

DEV = ROOT.parent / "shared" / "corpora" / "links-dev"
FILES = ("mrpc-train.tsv", "ted-zhen.tsv")
ROUNDS, DEPTH, RATE, LAMBDA, MIN_HESSIAN, BINS = 150, 3, 0.1, 1.0, 2.0, 32
SCAN = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95)

Sample = tuple[int, list[float], float]  # label, features, weight


def rows(name: str) -> list[dict[str, str]]:
    with open(DEV / name, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def entry(text: str) -> links.Entry:
    return links.Entry("q", "a", None, *links._features(text))


def dataset(name: str) -> list[tuple[int, int, list[float], bool]]:
    """(id number, label, features, whether the lexical baseline links it) of each labelled pair."""
    out = []
    for row in rows(name):
        number = int("".join(c for c in row["id"] if c.isdigit()))
        baseline = fuzz.token_sort_ratio(row["text_a"], row["text_b"], processor=default_process) >= 80
        out.append((number, int(row["label"]), verifier.features(entry(row["text_a"]), entry(row["text_b"])), baseline))
    return out


Data = dict[str, list[tuple[int, int, list[float], bool]]]


def samples_of(data: Data, parity: int | None) -> list[Sample]:
    """The pairs of one half (or all), each file weighing the same."""
    out: list[Sample] = []
    for items in data.values():
        chosen = [(y, x) for n, y, x, _ in items if parity is None or n % 2 == parity]
        out += [(y, x, 1000 / len(chosen)) for y, x in chosen]
    return out


def choose_threshold(data: Data) -> float:
    """The highest threshold (0.80 to 0.97 by 0.01) at which, fitted on one half and checked on
    the other, both ways, the trees' recall on each file is at least the lexical baseline's."""
    checks = []
    for parity in (0, 1):
        model = fit(samples_of(data, parity))
        for items in data.values():
            held = [(prob(model, x), y, base) for n, y, x, base in items if n % 2 != parity]
            checks.append((held, sum(y for _, y, base in held if base)))
    for t in sorted((0.80 + k / 100 for k in range(18)), reverse=True):
        if all(sum(1 for p, y, _ in held if y and p >= t) >= floor for held, floor in checks):
            return round(t, 2)
    raise SystemExit("no threshold keeps the baseline's recall on every held-out half")


def _cuts(xs: list[list[float]]) -> list[list[float]]:
    """Per feature, up to BINS - 1 cut points at its quantiles."""
    out = []
    for f in range(len(xs[0])):
        values = sorted(x[f] for x in xs)
        out.append(sorted({values[len(values) * k // BINS] for k in range(1, BINS)}))
    return out


def _grow(idx: list[int], binned: list[list[int]], g: list[float], h: list[float], cuts: list[list[float]],
          depth: int) -> verifier.Tree:
    """One tree by greedy histogram splits; a leaf is the Newton step -G / (H + LAMBDA), times RATE."""
    G, H = sum(g[i] for i in idx), sum(h[i] for i in idx)
    if depth == 0 or H < 2 * MIN_HESSIAN:
        return RATE * -G / (H + LAMBDA)
    parent, best = G * G / (H + LAMBDA), (1e-6, -1, -1)
    for f, points in enumerate(cuts):
        hist_g, hist_h = [0.0] * (len(points) + 1), [0.0] * (len(points) + 1)
        for i in idx:
            hist_g[binned[i][f]] += g[i]
            hist_h[binned[i][f]] += h[i]
        gl = hl = 0.0
        for b in range(len(points)):
            gl, hl = gl + hist_g[b], hl + hist_h[b]
            if hl >= MIN_HESSIAN and H - hl >= MIN_HESSIAN:
                gain = gl * gl / (hl + LAMBDA) + (G - gl) ** 2 / (H - hl + LAMBDA) - parent
                if gain > best[0]:
                    best = (gain, f, b)
    _, f, b = best
    if f < 0:
        return RATE * -G / (H + LAMBDA)
    left = [i for i in idx if binned[i][f] <= b]
    right = [i for i in idx if binned[i][f] > b]
    return [f, cuts[f][b], _grow(left, binned, g, h, cuts, depth - 1), _grow(right, binned, g, h, cuts, depth - 1)]


def fit(samples: list[Sample]) -> tuple[float, list[verifier.Tree]]:
    """Boosted trees under the weighted logistic loss: (base log-odds, trees)."""
    xs = [x for _, x, _ in samples]
    cuts = _cuts(xs)
    binned = [[bisect.bisect_left(cuts[f], x[f]) for f in range(len(cuts))] for x in xs]
    positive = sum(w for y, _, w in samples if y)
    base = math.log(positive / (sum(w for _, _, w in samples) - positive))
    score = [base] * len(samples)
    trees: list[verifier.Tree] = []
    for _ in range(ROUNDS):
        p = [1 / (1 + math.exp(-z)) for z in score]
        g = [w * (pi - y) for (y, _, w), pi in zip(samples, p, strict=True)]
        h = [w * pi * (1 - pi) for (_, _, w), pi in zip(samples, p, strict=True)]
        tree = _grow(list(range(len(samples))), binned, g, h, cuts, DEPTH)
        trees.append(tree)
        score = [z + verifier.leaf(tree, x) for z, x in zip(score, xs, strict=True)]
    return base, trees


def prob(model: tuple[float, list[verifier.Tree]], x: list[float]) -> float:
    z = model[0] + sum(verifier.leaf(t, x) for t in model[1])
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def report(label: str, model: tuple[float, list[verifier.Tree]], data: list[tuple[int, list[float]]]) -> None:
    """Precision/recall at each threshold of SCAN, and observed vs predicted share by probability band."""
    positives = sum(y for y, _ in data)
    scored = [(prob(model, x), y) for y, x in data]
    cells = []
    for t in SCAN:
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        cells.append(f"{t:.2f}: P {tp / max(1, tp + fp):.3f} R {tp / max(1, positives):.3f}")
    print(f"{label:<22} " + " | ".join(cells))
    bands = []
    for low, high in ((0.0, 0.2), (0.2, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)):
        inside = [(p, y) for p, y in scored if low <= p < high]
        if inside:
            bands.append(f"[{low:.2f},{min(high, 1):.2f}) n={len(inside)} predicted {sum(p for p, _ in inside) / len(inside):.2f}"
                         f" observed {sum(y for _, y in inside) / len(inside):.2f}")
    print(f"{'':<22} reliability: " + "; ".join(bands))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fit", choices=("even", "odd", "all"), default="even")
    parser.add_argument("--threshold", type=float, help="instead of choose_threshold's")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    data = {name: dataset(name) for name in FILES}
    parity = {"even": 0, "odd": 1}.get(args.fit)
    model = fit(samples_of(data, parity))
    for name, items in data.items():
        halves = (("fit", parity), ("check", 1 - parity)) if parity is not None else (("all", None),)
        for half, keep in halves:
            chosen = [(y, x, base) for n, y, x, base in items if keep is None or n % 2 == keep]
            hits = [y for y, _, base in chosen if base]
            print(f"{name} {half}: baseline P {sum(hits) / max(1, len(hits)):.3f} "
                  f"R {sum(hits) / max(1, sum(y for y, _, _ in chosen)):.3f}")
            report(f"{name} {half}", model, [(y, x) for y, x, _ in chosen])
    if args.write:
        threshold = args.threshold if args.threshold is not None else choose_threshold(data)
        print(f"threshold {threshold}")
        write(model, threshold)


def _flow(tree: verifier.Tree) -> str:
    if isinstance(tree, list):
        return f"[{tree[0]}, {tree[1]!r}, {_flow(tree[2])}, {_flow(tree[3])}]"
    return f"{tree:.6g}"


def write(model: tuple[float, list[verifier.Tree]], threshold: float) -> None:
    lines = ["# Cross-link verifier: boosted trees over generator/corpus/verifier.py's features (logistic loss).",
             "# Written by benchmarks/train_link_verifier.py --fit all --write (fitted on links-dev: mrpc-train.tsv",
             "# and ted-zhen.tsv, each file weighing the same); do not edit by hand, retrain.",
             "# A tree is [feature index, cut, subtree if <= cut, subtree if >], or a leaf's log-odds.",
             f"threshold: {threshold}  # a pair links when its probability of being one statement reaches this",
             f"features: [{', '.join(verifier.FEATURES)}]",
             f"base: {model[0]:.6g}", "trees:"]
    lines += [f"  - {_flow(tree)}" for tree in model[1]]
    verifier.WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {verifier.WEIGHTS}")


if __name__ == "__main__":
    main()
