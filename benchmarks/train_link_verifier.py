"""Fit the cross-link verifier (generator/corpus/verifier.py) on the labelled dev pairs; write its weights.

Reads ../shared/corpora/links-dev/{mrpc-train,ted-zhen}.tsv (no download), computes the verifier's
features of each labelled pair exactly as matching does (links._features, verifier.features), and fits
a logistic regression by Newton's method with a small L2 penalty: plain Python, deterministic, seconds.
The two files are weighted equally (MRPC has four times TED's pairs; each file's positives and
negatives weigh as they come). Held-out check first: `--fit even` fits the pairs of even id number and
prints precision/recall at thresholds on the odd ones (and `--fit odd` the converse); `--fit all
--write` fits everything and writes generator/data/link_verifier.yaml with the threshold given.

Run: python benchmarks/train_link_verifier.py --fit even
     python benchmarks/train_link_verifier.py --fit all --threshold 0.85 --write
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.corpus import links, verifier  # noqa: E402

DEV = ROOT.parent / "shared" / "corpora" / "links-dev"
FILES = ("mrpc-train.tsv", "ted-zhen.tsv")
L2 = 1e-3
SCAN = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97)


def rows(name: str) -> list[dict[str, str]]:
    with open(DEV / name, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def entry(text: str) -> links.Entry:
    return links.Entry("q", "a", None, *links._features(text))


def dataset(name: str) -> list[tuple[int, int, list[float]]]:
    """(id number, label, features) of each labelled pair of a dev file."""
    out = []
    for row in rows(name):
        number = int("".join(c for c in row["id"] if c.isdigit()))
        out.append((number, int(row["label"]), verifier.features(entry(row["text_a"]), entry(row["text_b"]))))
    return out


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gauss-Jordan elimination with partial pivoting: the Newton step."""
    n = len(vector)
    aug = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(n):
            if r != col and aug[r][col]:
                factor = aug[r][col] / aug[col][col]
                aug[r] = [x - factor * y for x, y in zip(aug[r], aug[col], strict=True)]
    return [aug[i][n] / aug[i][i] for i in range(n)]


def fit(samples: list[tuple[int, list[float], float]]) -> list[float]:
    """Weighted L2 logistic regression; returns [bias, *weights]."""
    dim = len(samples[0][1]) + 1
    beta = [0.0] * dim
    for _ in range(30):
        grad = [0.0] * dim
        hess = [[0.0] * dim for _ in range(dim)]
        for label, x, weight in samples:
            xs = [1.0, *x]
            z = sum(b * v for b, v in zip(beta, xs, strict=True))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = weight * (p - label), weight * p * (1 - p)
            for i in range(dim):
                grad[i] += g * xs[i]
                row = hess[i]
                for j in range(i, dim):
                    row[j] += h * xs[i] * xs[j]
        for i in range(dim):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i:
                grad[i] += L2 * beta[i]
                hess[i][i] += L2
        step = _solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return beta


def prob(beta: list[float], x: list[float]) -> float:
    z = beta[0] + sum(b * v for b, v in zip(beta[1:], x, strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def report(label: str, beta: list[float], data: list[tuple[int, list[float]]]) -> None:
    positives = sum(y for y, _ in data)
    scored = [(prob(beta, x), y) for y, x in data]
    cells = []
    for t in SCAN:
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        cells.append(f"{t:.2f}: P {tp / max(1, tp + fp):.3f} R {tp / max(1, positives):.3f}")
    print(f"{label:<22} " + " | ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fit", choices=("even", "odd", "all"), default="even")
    parser.add_argument("--threshold", type=float, default=0.85)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    data = {name: dataset(name) for name in FILES}
    parity = {"even": 0, "odd": 1}.get(args.fit)
    samples = []
    for items in data.values():
        chosen = [(y, x) for n, y, x in items if parity is None or n % 2 == parity]
        weight = 1000 / len(chosen)  # each file weighs the same
        samples += [(y, x, weight) for y, x in chosen]
    beta = fit(samples)
    for name, items in data.items():
        for half, keep in (("fit", 0), ("check", 1)) if parity is not None else (("all", None),):
            chosen = [(y, x) for n, y, x in items if keep is None or (n + parity) % 2 == keep]
            report(f"{name} {half}", beta, chosen)
    for name, weight in zip(verifier.FEATURES, beta[1:], strict=True):
        print(f"  {name:<18} {weight:+.3f}")
    print(f"  {'bias':<18} {beta[0]:+.3f}")
    if args.write:
        write(beta, args.threshold)


def write(beta: list[float], threshold: float) -> None:
    lines = ["# Cross-link verifier: logistic weights over generator/corpus/verifier.py's features.",
             "# Written by benchmarks/train_link_verifier.py --fit all --write (fitted on links-dev: mrpc-train.tsv",
             "# and ted-zhen.tsv, each file weighing the same); do not edit by hand, retrain.",
             f"threshold: {threshold}  # a pair links when its probability of being one statement reaches this",
             f"bias: {beta[0]:.6f}", "weights:"]
    lines += [f"  {name}: {weight:.6f}" for name, weight in zip(verifier.FEATURES, beta[1:], strict=True)]
    verifier.WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {verifier.WEIGHTS}")


if __name__ == "__main__":
    main()
