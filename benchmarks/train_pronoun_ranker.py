"""Fit the he/she antecedent ranker on polnear-train, check it on polnear-dev, and (with --write)
write generator/data/pronoun_ranker.yaml. Deterministic: same corpora, same code, same file.

Each he/she a quote's cue names (`,” he said`) is one instance: the options coref.options lists
for it (nearest first, with their features) and which of them eval_quotes.py would score right
against the gold mention. The ranker is a conditional logit: P(option) ∝ exp(w·features), fitted
by full-batch gradient descent on the log-probability of the right options with an L2 penalty,
on the train instances where some option is right and some wrong (the others teach nothing). The
nearest-first order is the baseline (weight rank:0 alone); the fitted weights are shipped only when
neither split agrees with the gold less often than the baseline and both give the right options a
higher probability (the winner's margin is evidence for the confidence model: ev:margin_close),
and when a fit on either half of train (its articles alternately, by sorted file name) agrees with the
gold no less often than the baseline on the other half: a gain one half cannot carry to the other is
the noise of one half's gold.

The gold of pronoun quotes is the corpus's automatic coreference (noisy): read the flips it
prints (--show N) before trusting a gain.

    python benchmarks/train_pronoun_ranker.py             # fit, print train/dev agreement
    python benchmarks/train_pronoun_ranker.py --show 20   # and 20 dev instances where the pick changes
    python benchmarks/train_pronoun_ranker.py --disagree 20  # 20 train he/she whose gold is a later option
    python benchmarks/train_pronoun_ranker.py --write     # and write the weights when dev does not drop
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_speakers  # noqa: E402

from generator.lexicon.load import DATA  # noqa: E402
from generator.speakers import antecedents, coref, in_sentence  # noqa: E402
from generator.speakers.antecedents import Option  # noqa: E402

TABLE = DATA / f"{antecedents.NAME}.yaml"
BASELINE = {"rank:0": 1.0}
L2 = 4.0
STEPS = 300
RATE = 1.0
MIN_FEATURE = 10  # a feature seen on fewer train options gets no weight of its own


@dataclass
class Instance:
    """One he/she: its options and which are right; the quote, for --show."""

    options: list[Option]
    right: list[bool]
    text: str
    gold: str
    article: str = ""


def collect(split: str) -> list[Instance]:
    """The split's he/she instances, recorded while eval_speakers reads it."""
    recorded: dict[str, list[Option] | None] = {}
    real = in_sentence.pronoun

    def recording(mention, texts, index, quote, people, spoken, titled, split=None):  # type: ignore[no-untyped-def]
        if mention and mention.lower() in {"he", "she"}:
            at = in_sentence.pronoun_at(mention, texts[index], quote)
            found = coref.options(mention.lower(), texts, index, at, people, spoken, titled, split)
            recorded[quote.text] = None if quote.text in recorded else found  # a text seen twice: no key
        return real(mention, texts, index, quote, people, spoken, titled, split)

    with mock.patch.object(in_sentence, "pronoun", recording):
        rows = eval_speakers.score(split)
    out = []
    for row in rows:
        found = recorded.get(row.text)
        if found and "/pronoun" in (row.rule or ""):
            out.append(Instance(found, [eval_speakers._right(o.name, row.mention) for o in found], row.text, row.mention,
                                row.article))
    return out


def halves(instances: list[Instance], split: str) -> tuple[list[Instance], list[Instance]]:
    """A split's instances in two halves by article: the articles alternately, by sorted file name."""
    names = sorted(p.stem for p in (eval_speakers.CORPORA / split / "txt").glob("*.txt"))
    half = {name: k % 2 for k, name in enumerate(names)}
    return [i for i in instances if half.get(i.article) == 0], [i for i in instances if half.get(i.article) == 1]


def picked(instances: list[Instance], table: dict[str, float]) -> list[str | None]:
    """The name each instance's pick is (None: no option)."""
    return [chosen.name if (chosen := antecedents.rank(i.options, table)) else None for i in instances]


def fit(instances: list[Instance]) -> dict[str, float]:
    """The conditional logit's weights (rank:0 starts at 1: the baseline order is the prior)."""
    useful = [i for i in instances if any(i.right) and not all(i.right)]
    seen = Counter(f for i in useful for o in i.options for f in o.features)
    names = sorted(f for f, n in seen.items() if n >= MIN_FEATURE)
    index = {f: k for k, f in enumerate(names)}
    rows = [([[index[f] for f in o.features if f in index] for o in i.options], i.right) for i in useful]
    w = [BASELINE.get(f, 0.0) for f in names]
    for _ in range(STEPS):
        grad = [0.0] * len(names)
        for options, right in rows:
            scores = [sum(w[k] for k in active) for active in options]
            top = max(scores)
            p = [math.exp(s - top) for s in scores]
            total, good = sum(p), sum(q for q, r in zip(p, right, strict=True) if r)
            for active, q, r in zip(options, p, right, strict=True):
                g = q / total - (q / good if r else 0.0)  # d(-log P(right)) / d score
                for k in active:
                    grad[k] += g
        w = [x - RATE * (g + L2 * (x - BASELINE.get(f, 0.0))) / len(rows)
             for x, g, f in zip(w, grad, names, strict=True)]
    return {f: round(x, 4) for f, x in zip(names, w, strict=True) if abs(x) >= 1e-4}


def agreement(instances: list[Instance], table: dict[str, float]) -> tuple[int, int]:
    """(instances whose pick the gold scores right, instances)."""
    right = 0
    for i in instances:
        chosen = antecedents.rank(i.options, table)
        right += bool(chosen) and i.right[[o.name for o in i.options].index(chosen.name)]  # type: ignore[union-attr]
    return right, len(instances)


def log_likelihood(instances: list[Instance], table: dict[str, float]) -> float:
    """The mean log-probability of the right options, over instances where some option is right."""
    total, n = 0.0, 0
    for i in instances:
        if not any(i.right):
            continue
        scores = [antecedents.score(o, table) for o in i.options]
        top = max(scores)
        p = [math.exp(x - top) for x in scores]
        total += math.log(sum(q for q, r in zip(p, i.right, strict=True) if r) / sum(p))
        n += 1
    return total / max(1, n)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="list N dev instances whose pick the fit changes")
    ap.add_argument("--disagree", type=int, default=0,
                    help="list N train instances where the gold prefers a later option (read them: is it the gold?)")
    args = ap.parse_args()
    with mock.patch.object(antecedents, "weights", lambda: BASELINE):
        data = {split: collect(split) for split in eval_speakers.SPLITS}
    fitted = fit(data["polnear-train"])
    print("weights:", ", ".join(f"{f} {w:+.2f}" for f, w in sorted(fitted.items(), key=lambda kv: -kv[1])))
    gains, fits = {}, {}
    for split, instances in data.items():
        base, new = agreement(instances, BASELINE), agreement(instances, fitted)
        gains[split] = new[0] - base[0]
        oracle = sum(any(i.right) for i in instances)
        ll = log_likelihood(instances, BASELINE), log_likelihood(instances, fitted)
        fits[split] = ll[1] - ll[0]
        print(f"{split:14} {len(instances):4d} he/she  agreeing with the gold: nearest-first {base[0]}, ranker "
              f"{new[0]} (some option right: {oracle}); mean log P(right) {ll[0]:.3f} -> {ll[1]:.3f}")
    crossed = []
    for fit_on, check in zip(halves(data["polnear-train"], "polnear-train"),
                             reversed(halves(data["polnear-train"], "polnear-train")), strict=True):
        table = fit(fit_on)
        base, new = agreement(check, BASELINE), agreement(check, table)
        crossed.append(new[0] - base[0])
        print(f"fit on one half of train ({len(fit_on)} he/she), checked on the other ({len(check)}): "
              f"nearest-first {base[0]}, ranker {new[0]}")
    dev = data["polnear-dev"]
    changed = [(i, b, n) for i, b, n in zip(dev, picked(dev, BASELINE), picked(dev, fitted), strict=True) if b != n]
    for i, base_name, new_name in changed[:args.show]:  # the picked name, not the evidence, changes
        print(" | ".join(f"{o.name}{'*' if r else ''}" for o, r in zip(i.options, i.right, strict=True)),
              f"| base {base_name} -> {new_name} | gold {i.gold} | {i.text[:60]}")
    for i in [i for i in data["polnear-train"] if any(i.right) and not i.right[0]][:args.disagree]:
        print(" | ".join(f"{o.name}{'*' if r else ''}" for o, r in zip(i.options, i.right, strict=True)),
              f"| gold {i.gold} | {i.text[:80]}")
    if args.write:
        keep = min(gains.values()) >= 0 and min(fits.values()) > 0 and min(crossed) >= 0  # and on the other half
        table = fitted if keep else BASELINE
        header = ("# He/she antecedent ranker: feature weights of generator/speakers/antecedents.py, written by\n"
                  "# benchmarks/train_pronoun_ranker.py --write (a conditional logit fitted on polnear-train, kept only\n"
                  "# when no split agrees with the gold less often than the nearest-first order and both fit better,\n"
                  "# nor either half of train when fitted on the other;\n"
                  "# else that order, rank:0 alone). Do not edit by hand, retrain.\n")
        TABLE.write_text(header + yaml.safe_dump({"weights": table}, sort_keys=True), encoding="utf-8")
        print(f"wrote {TABLE} ({'fitted' if keep else 'baseline: the fit did not hold on dev or on the other half'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
