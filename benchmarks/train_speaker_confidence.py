"""Fit the speaker confidence on polnear-train, choose the abstention threshold on polnear-dev, and
write generator/data/speaker_confidence.yaml. Deterministic: same corpora, same code, same file.

The model is a logistic regression (plain Python, no dependency) over each reading's features
(confidence.features: reader, resolution, evidence flags, fragment), fitted by full-batch gradient
descent with an L2 penalty on the readings of polnear-train that name somebody, labelled right or
wrong as eval_quotes.py scores them (benchmarks/eval_speakers.py). Every feature seen MIN_FEATURE
times takes part; the penalty, not a selection, keeps the rare ones small. (A greedy pass that left
out whole families of features when the halves of train predicted each other better was dropped: its
gains were in the fourth decimal of the log loss, so each change of the readings shipped another set
of families, and the script no longer reproduced its own file.) The threshold is the lowest cut at
which right-when-named on all scored quotes reaches the issue's floor on dev and on train, accuracy
staying above its floor: the reader is abstained only as far as the published-error floor needs,
since every abstention is work for the desk. Dev is not fitted, only read for that cut; the held-out
log loss of each half of train fitted on the other, and both curves, are printed.

    python benchmarks/train_speaker_confidence.py            # fit, choose, write, print
    python benchmarks/train_speaker_confidence.py --dry-run  # fit and print only
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from unittest import mock

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_speakers  # noqa: E402

from generator.lexicon.load import DATA  # noqa: E402
from generator.speakers import confidence  # noqa: E402

TABLE = DATA / f"{confidence.NAME}.yaml"

L2 = 5.0  # the penalty on each weight, in readings: a feature seen a few times moves little
STEPS = 400
RATE = 0.5
MIN_RIGHT_WHEN_NAMED = 0.94  # the floors on all scored quotes
MIN_ACCURACY = 0.90
# ... accuracy kept with a margin: abstaining more only lowers it, so the cut stops before it is met by one reading
MARGIN = 0.005
MIN_FEATURE = 3  # a feature seen fewer times on train gets no weight of its own


def rows_features(rows: list[eval_speakers.Scored]) -> list[tuple[list[str], int]]:
    """The training readings: those that name somebody, but not a description resolved to a person
    ("the Florida senator" -> Marco Rubio). Its gold mention is the description itself, which
    eval_quotes.py can only score right when the speaker repeats its words: the label says nothing
    about whether the person is right (looked at, most are), so it is not learnt from."""
    return [(confidence.features(r.rule or "", r.evidence, r.fragment), int(r.right))
            for r in rows if r.speaker and r.rule and not r.described and not r.rule.endswith("/description")]


def fit(data: list[tuple[list[str], int]]) -> tuple[float, dict[str, float]]:
    """Logistic regression by gradient descent on the mean log loss plus L2 / n on the weights."""
    seen = Counter(f for feats, _ in data for f in feats)
    names = sorted(f for f, n in seen.items() if n >= MIN_FEATURE)
    index = {f: i for i, f in enumerate(names)}
    rows = [([index[f] for f in feats if f in index], y) for feats, y in data]
    bias, weights, n = 0.0, [0.0] * len(names), len(rows)
    for _ in range(STEPS):
        grad_b, grad = 0.0, [0.0] * len(names)
        for active, y in rows:
            p = 1.0 / (1.0 + math.exp(-(bias + sum(weights[i] for i in active))))
            grad_b += p - y
            for i in active:
                grad[i] += p - y
        bias -= RATE * grad_b / n
        weights = [w - RATE * (g + L2 * w) / n for w, g in zip(weights, grad, strict=True)]
    return bias, {f: round(w, 4) for f, w in zip(names, weights, strict=True) if abs(w) >= 1e-4}


def held_out_loss(rows: list[eval_speakers.Scored]) -> float:
    """The mean log loss on each half of train (articles even/odd by sorted id) of the model fitted on
    the other half: how well the confidence predicts readings it was not fitted on."""
    articles = sorted({r.article for r in rows})
    half = {a: i % 2 for i, a in enumerate(articles)}
    folds = [rows_features([r for r in rows if half[r.article] == k]) for k in (0, 1)]
    total = 0.0
    for k, test in enumerate(folds):
        bias, weights = fit([row for j, fold in enumerate(folds) if j != k for row in fold])
        for feats, y in test:
            p = 1.0 / (1.0 + math.exp(-(bias + sum(weights.get(f, 0.0) for f in feats))))
            total -= math.log(max(1e-6, p if y else 1 - p)) / len(test) / len(folds)
    return total


def rescore(rows: list[eval_speakers.Scored]) -> None:
    """Each reading's confidence under the model now loaded (confidence.model)."""
    for r in rows:
        r.confidence = confidence.of(r.rule, r.evidence, r.fragment) if r.speaker and r.rule else None


def choose(dev: list[eval_speakers.Scored], train: list[eval_speakers.Scored]) -> float:
    """The lowest cut at which right-when-named on all scored quotes is >= MIN_RIGHT_WHEN_NAMED on dev
    and on train, accuracy staying >= MIN_ACCURACY + MARGIN on both; the candidates are the readings'
    confidences. (The highest dev right-when-named above the accuracy floor, chosen before, put the cut
    where one dev reading decided it, abstaining whole families of readings the floor did not need.)"""
    # each reading's own confidence, written down to 4 decimals rounded down: a cut rounded up to the next
    # decimal would abstain the very readings it was taken from (a family of readings shares one confidence)
    cuts = sorted({math.floor(r.confidence * 1e4) / 1e4 for r in dev + train if r.confidence is not None})
    for cut in [0.0, *cuts]:
        figures = [eval_speakers.figures(rows, cut) for rows in (dev, train)]
        if all(f.right_when_named >= MIN_RIGHT_WHEN_NAMED and f.accuracy >= MIN_ACCURACY + MARGIN for f in figures):
            return cut
    raise SystemExit("no threshold meets the floors on dev and train: the readings need work, not the model")


def log_loss(rows: list[eval_speakers.Scored]) -> float:
    """The mean log loss of the confidences now computed, on the readings the model is fitted to."""
    data = [(r.confidence, r.right) for r in rows if r.confidence is not None and r.speaker and r.rule
            and not r.described and not r.rule.endswith("/description")]
    eps = 1e-6
    return -sum(math.log(max(eps, p if y else 1 - p)) for p, y in data) / max(1, len(data))


def print_reliability(results: dict[str, list[eval_speakers.Scored]]) -> None:
    """Calibration: in each band of confidence, how many readings and how many the gold scores right."""
    bands = (0.0, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
    print("confidence band   " + "  ".join(f"{s:>28}" for s in results))
    for low, high in zip(bands, bands[1:], strict=False):
        cells = []
        for rows in results.values():
            band = [r for r in rows if r.confidence is not None and low <= r.confidence < high and not r.described]
            mean = sum(r.confidence for r in band) / max(1, len(band))  # type: ignore[misc]
            cells.append(f"{len(band):5d} mean {mean:.3f} right {sum(r.right for r in band) / max(1, len(band)):.3f}")
        print(f"[{low:.2f}, {min(high, 1.0):.2f})     " + "  ".join(f"{c:>28}" for c in cells))


def train(results: dict[str, list[eval_speakers.Scored]]) -> dict[str, Any]:
    """The model this script ships, from the readings scored on each split: fitted on train, its
    threshold chosen with dev. The readings are left with the fitted model's confidences."""
    bias, weights = fit(rows_features(results["polnear-train"]))
    fitted: dict[str, Any] = {"threshold": 0.0, "bias": round(bias, 4), "weights": weights}
    with mock.patch.object(confidence, "model", lambda: fitted):
        confidence.forget()
        for rows in results.values():
            rescore(rows)
        fitted["threshold"] = choose(results["polnear-dev"], results["polnear-train"])
    confidence.forget()
    return fitted


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    results = {split: eval_speakers.score(split) for split in eval_speakers.SPLITS}
    shipped = {split: log_loss(rows) for split, rows in results.items()}
    print(f"held-out log loss (each half of train fitted on the other): {held_out_loss(results['polnear-train']):.4f}")
    fitted = train(results)
    eval_speakers.print_curve(results)
    print()
    print_reliability(results)
    print("log loss, shipped -> fitted: " + ", ".join(
        f"{split} {shipped[split]:.4f} -> {log_loss(rows):.4f}" for split, rows in results.items()))
    print(f"\nthreshold chosen on dev: {fitted['threshold']}")
    eval_speakers.print_summary(results, fitted["threshold"])
    print_weights(fitted["weights"])
    if not args.dry_run:
        write_model(TABLE, fitted, HEADER)
    return 0


HEADER = ("# Written by benchmarks/train_speaker_confidence.py: do not edit by hand. Logistic regression of\n"
          "# whether a speaker reading is right, fitted on polnear-train; threshold chosen on polnear-dev\n"
          "# (the lowest cut with right-when-named >= 0.94 on dev and train, accuracy >= 0.905).\n"
          "# Read by generator/speakers/confidence.py\n")


def print_weights(weights: dict[str, float]) -> None:
    """The fitted weights, most negative first: what the model learnt, for the commit message."""
    print("weights:", ", ".join(f"{f} {w:+.2f}" for f, w in sorted(weights.items(), key=lambda kv: kv[1])))


def model_text(fitted: dict, header: str) -> str:
    """A learned model's data file: the header that says who writes it and how, then the model."""
    header += "# through the lexicon (schema: generator/lexicon/schema.py).\n"
    return header + yaml.safe_dump(fitted, sort_keys=True)


def write_model(table: Path, fitted: dict, header: str) -> None:
    table.write_text(model_text(fitted, header), encoding="utf-8")
    print(f"wrote {table}")


if __name__ == "__main__":
    sys.exit(main())
