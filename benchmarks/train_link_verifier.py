"""Fit the cross-link verifier (generator/corpus/verifier.py) on the labelled dev pairs; write its trees.

Reads ../shared/corpora/links-dev/{mrpc-train,ted-zhen}.tsv (no download), computes the verifier's
features of each labelled pair exactly as matching does (entries.features, verifier.features), and fits
gradient-boosted trees under the logistic loss (Newton leaves, histogram splits on at most BINS cut
points per feature): plain Python, no randomness, so the same files give the same trees, in under a
minute. The two files weigh the same (MRPC has four times TED's pairs).

Held-out check first: `--fit even` fits the pairs of even id number and prints precision/recall at
thresholds on the odd ones, and a reliability table (predicted vs observed share of positives);
`--fit odd` the converse. Calibration and threshold are measured out of fold: each pair is scored by
the trees fitted on the other half (cross_fit); Platt scaling of those log-odds (calibrate) makes the
score the measured probability of one statement, and choose_threshold takes, on that probability,
precision first: the highest threshold at which every held-out half of both files still has at least
the share of positives the lexical baseline finds (rapidfuzz token_sort_ratio >= 80, the evaluator's
baseline): above it the trees would buy precision with recall the baseline has. `--fit all --write`
fits everything and writes generator/data/link_verifier.yaml with that calibration and threshold.

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

from generator.corpus import entries, verifier  # noqa: E402

DEV = ROOT.parent / "shared" / "corpora" / "links-dev"
FILES = ("mrpc-train.tsv", "ted-zhen.tsv")
ROUNDS, DEPTH, RATE, LAMBDA, MIN_HESSIAN, BINS = 150, 3, 0.1, 1.0, 2.0, 32
SCAN = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95)

Sample = tuple[int, list[float], float]  # label, features, weight


def rows(name: str) -> list[dict[str, str]]:
    with open(DEV / name, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def entry(text: str) -> entries.Entry:
    return entries.Entry("q", "a", None, *entries.features(text))


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


Model = tuple[float, list[verifier.Tree], tuple[float, float]]  # base, trees, calibration (scale, shift)
Held = list[tuple[int, float, int, bool]]  # per pair of a file: id number, raw log-odds out of fold, label, baseline


def cross_fit(data: Data) -> dict[str, Held]:
    """Each pair's raw log-odds from the trees fitted on the other half (ids by parity), so that
    calibration and threshold are measured on pairs the trees never saw."""
    out: dict[str, Held] = {name: [] for name in data}
    for parity in (0, 1):
        model = fit(samples_of(data, parity))
        for name, items in data.items():
            out[name] += [(n, log_odds(model, x), y, base) for n, y, x, base in items if n % 2 != parity]
    return out


def calibrate(held: dict[str, Held]) -> tuple[float, float]:
    """Platt scaling: (scale, shift) so that sigmoid(scale * z + shift) is the share of positives
    among held-out pairs of raw log-odds z (each file weighing the same); Newton's method on the
    weighted logistic loss of two parameters, from (1, 0)."""
    points = [(z, y, 1000 / len(items)) for items in held.values() for _, z, y, _ in items]
    a, b = 1.0, 0.0
    for _ in range(50):
        ga = gb = haa = hab = hbb = 0.0
        for z, y, w in points:
            p = sigmoid(a * z + b)
            r, v = w * (p - y), w * p * (1 - p)
            ga, gb, haa, hab, hbb = ga + r * z, gb + r, haa + v * z * z, hab + v * z, hbb + v
        det = haa * hbb - hab * hab
        step_a, step_b = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        a, b = a - step_a, b - step_b
        if abs(step_a) + abs(step_b) < 1e-9:
            break
    return round(a, 6), round(b, 6)


def choose_threshold(held: dict[str, Held], calibration: tuple[float, float]) -> float:
    """The highest threshold (0.70 to 0.97 by 0.01) on the calibrated held-out probability at which
    the trees' recall on each half of each file is at least the lexical baseline's: precision
    first, but not bought with recall the baseline has."""
    checks = []
    for items in held.values():
        for parity in (0, 1):
            half = [(sigmoid(calibration[0] * z + calibration[1]), y) for n, z, y, _ in items if n % 2 == parity]
            checks.append((half, sum(y for n, _, y, base in items if n % 2 == parity and base)))
    for t in sorted((0.70 + k / 100 for k in range(28)), reverse=True):
        if all(sum(1 for p, y in half if y and p >= t) >= floor for half, floor in checks):
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


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def log_odds(model: tuple[float, list[verifier.Tree]], x: list[float]) -> float:
    return model[0] + sum(verifier.leaf(t, x) for t in model[1])


def prob(model: Model, x: list[float]) -> float:
    """The calibrated probability, as verifier.Model.probability computes it."""
    return sigmoid(model[2][0] * log_odds(model[:2], x) + model[2][1])  # type: ignore[arg-type]


def report(label: str, model: Model, data: list[tuple[int, list[float]]]) -> None:
    """Precision/recall at each threshold of SCAN, and observed vs predicted share by probability band."""
    report_scored(label, [(prob(model, x), y) for y, x in data])


def report_scored(label: str, scored: list[tuple[float, int]]) -> None:
    positives = sum(y for _, y in scored)
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
    held = cross_fit(data)
    calibration = calibrate(held)
    print(f"calibration (scale, shift) on held-out log-odds: {calibration}")
    for name, items in held.items():
        report_scored(f"{name} out of fold", [(sigmoid(calibration[0] * z + calibration[1]), y) for _, z, y, _ in items])
    parity = {"even": 0, "odd": 1}.get(args.fit)
    model: Model = (*fit(samples_of(data, parity)), calibration)
    for name, items in data.items():
        halves = (("fit", parity), ("check", 1 - parity)) if parity is not None else (("all", None),)
        for half, keep in halves:
            chosen = [(y, x, base) for n, y, x, base in items if keep is None or n % 2 == keep]
            hits = [y for y, _, base in chosen if base]
            print(f"{name} {half}: baseline P {sum(hits) / max(1, len(hits)):.3f} "
                  f"R {sum(hits) / max(1, sum(y for y, _, _ in chosen)):.3f}")
            report(f"{name} {half}", model, [(y, x) for y, x, _ in chosen])
    if args.write:
        threshold = args.threshold if args.threshold is not None else choose_threshold(held, calibration)
        print(f"threshold {threshold}")
        at_threshold(held, calibration, threshold)
        write(model, threshold)


def at_threshold(held: dict[str, Held], calibration: tuple[float, float], threshold: float) -> None:
    """Precision and recall out of fold at the threshold, per half (by id parity) of each file."""
    for name, items in held.items():
        cells = []
        for parity, half in ((0, "even"), (1, "odd")):
            scored = [(sigmoid(calibration[0] * z + calibration[1]), y) for n, z, y, _ in items if n % 2 == parity]
            tp = sum(1 for p, y in scored if p >= threshold and y)
            fp = sum(1 for p, y in scored if p >= threshold and not y)
            cells.append(f"{half} P {tp / max(1, tp + fp):.3f} R {tp / max(1, sum(y for _, y in scored)):.3f}")
        print(f"{name} out of fold at {threshold}: " + "; ".join(cells))


def _flow(tree: verifier.Tree) -> str:
    if isinstance(tree, list):
        return f"[{tree[0]}, {tree[1]!r}, {_flow(tree[2])}, {_flow(tree[3])}]"
    return f"{tree:.6g}"


def train() -> tuple[Model, float]:
    """What `--fit all --write` ships: the trees fitted on every pair, the out-of-fold calibration and
    the threshold choose_threshold takes (tests/corpus/test_verifier_refit.py holds the file to it)."""
    data = {name: dataset(name) for name in FILES}
    held = cross_fit(data)
    calibration = calibrate(held)
    return (*fit(samples_of(data, None)), calibration), choose_threshold(held, calibration)


def model_text(model: Model, threshold: float) -> str:
    """The verifier file's text for a fitted model and its threshold."""
    lines = ["# Cross-link verifier: boosted trees over generator/corpus/verifier.py's features (logistic loss).",
             "# Written by benchmarks/train_link_verifier.py --fit all --write (fitted on links-dev: mrpc-train.tsv",
             "# and ted-zhen.tsv, each file weighing the same); do not edit by hand, retrain.",
             "# A tree is [feature index, cut, subtree if <= cut, subtree if >], or a leaf's log-odds.",
             f"threshold: {threshold}  # a pair links when its probability of being one statement reaches this",
             f"features: [{', '.join(verifier.FEATURES)}]",
             f"base: {model[0]:.6g}",
             f"calibration: [{model[2][0]!r}, {model[2][1]!r}]  # scale, shift: sigmoid(scale * log-odds + shift)",
             "trees:"]
    lines += [f"  - {_flow(tree)}" for tree in model[1]]
    return "\n".join(lines) + "\n"


def write(model: Model, threshold: float) -> None:
    verifier.WEIGHTS.write_text(model_text(model, threshold), encoding="utf-8")
    print(f"wrote {verifier.WEIGHTS}")


if __name__ == "__main__":
    main()
