"""Fit the speaker fallback (generator/speakers/fallback.py) on polnear-train and write
generator/data/speaker_fallback.yaml. Deterministic: same corpora, same code, same file.

The corpora are read once with the fallback recording instead of naming: each quote no strategy
read a mention for gets its candidates and their features (fallback.choices), and each candidate
is labelled right or wrong against the gold mention as eval_quotes.py scores a speaker
(eval_speakers.py). A logistic regression over the features (train_speaker_confidence.fit: plain
Python, full-batch gradient descent, L2) is fitted on the candidates of polnear-train's scored
quotes. The threshold is the lowest probability at which the best candidates of train at or above
it are right >= MIN_PRECISION of the time; dev is only read for its figures. To estimate what the
fallback does on articles it was not fitted on, the same fit and choice is made on the even train
articles (sorted ids) and reported on the odd ones, and the other way round.

    python benchmarks/train_speaker_fallback.py            # fit, choose, write, print
    python benchmarks/train_speaker_fallback.py --dry-run  # fit and print only
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_speakers  # noqa: E402
import train_speaker_confidence  # noqa: E402  (its fit: one logistic regression for both models)

from generator.lexicon.load import DATA  # noqa: E402
from generator.speakers import cascade, fallback, strategies  # noqa: E402

TABLE = DATA / f"{fallback.NAME}.yaml"
MIN_PRECISION = 0.98  # a name the text does not tie to the quote: wrong at most one time in fifty on train


@dataclass
class Case:
    """A scored quote no strategy read a mention for: its article, and each candidate with its label."""

    article: str
    choices: list[fallback.Choice]
    right: list[bool]
    reached: bool  # no strategy read a mention: a case the fallback decides as shipped
    text: str = ""  # the quote and its gold mention, for --show
    gold: str = ""


def _key(article: str, text: str) -> tuple[str, str]:
    """A quote by its article's letters and digits and the hash of its words, as quotes/find.py's id
    has them (the id's slug writes the file name's _ as -)."""
    return re.sub(r"[^a-z0-9]", "", article.lower()), hashlib.sha1(" ".join(text.lower().split()).encode()).hexdigest()[:8]


def _id_key(quote_id: str) -> tuple[str, str]:
    slug, digest = _ID.fullmatch(quote_id).groups()  # type: ignore[union-attr]
    return re.sub(r"[^a-z0-9]", "", slug.lower()), digest


_ID = re.compile(r"(.*)-([0-9a-f]{8})(?:-\d+)?")


def record() -> dict[str, list[Case]]:
    """Read both splits with the rules as shipped and the fallback naming nobody, listing the
    candidates of every statement (`reached`: no strategy read a mention for it, the fallback's cases)."""
    seen: dict[tuple[str, str], tuple[list[fallback.Choice], bool]] = {}
    original = cascade.read

    def reading(turn: strategies.Turn) -> strategies.Candidate:
        found = original(turn)
        if turn.quote.kind != "fragment":
            r = turn.reading
            around = fallback.around_of(r.texts, turn.index, turn.quote, r.people, r.split, r.titled, r.spoken)
            seen.setdefault(_id_key(turn.quote.id), (fallback.choices(around), found.mention is None))
        return found

    out: dict[str, list[Case]] = {}
    with mock.patch.object(fallback, "pick", lambda *args: None), mock.patch.object(cascade, "read", reading):
        for split in eval_speakers.SPLITS:
            out[split] = []
            for r in eval_speakers.score(split):
                found = seen.get(_key(r.article, r.text))
                if found is not None:
                    out[split].append(Case(r.article, found[0], [eval_speakers._right(c.name, r.mention) for c in found[0]],
                                           found[1] and not r.speaker, r.text, r.mention))
    return out


def data(cases: list[Case]) -> list[tuple[list[str], int]]:
    return [(list(c.features), int(y)) for case in cases for c, y in zip(case.choices, case.right, strict=True)]


def tops(cases: list[Case], fitted: dict[str, object]) -> list[tuple[float, bool]]:
    """Each case's best candidate's probability and whether it is right (cases with no candidate: none)."""
    out = []
    for case in cases:
        found = fallback.top(case.choices, fitted)
        if found is not None:
            out.append((found[1], case.right[found[0]]))
    return out


def precise(cases: list[Case], fitted: dict[str, object], cut: float) -> bool:
    at = [ok for p, ok in tops(cases, fitted) if p >= cut]
    return not at or sum(at) / len(at) >= MIN_PRECISION


def choose(cases: list[Case], fitted: dict[str, object]) -> float:
    """The lowest threshold whose fires are right >= MIN_PRECISION of the time both on every
    statement (the rules off) and on the cases the fallback decides as shipped (2.0: never fire)."""
    shipped = [c for c in cases if c.reached]
    for cut in sorted({round(p, 4) for p, _ in tops(cases, fitted)}):
        if precise(cases, fitted, cut) and precise(shipped, fitted, cut):
            return cut
    return 2.0


def fires(cases: list[Case], fitted: dict[str, object]) -> str:
    at = [(p, ok) for p, ok in tops(cases, fitted) if p >= float(fitted["threshold"])]  # type: ignore[arg-type]
    right = sum(ok for _, ok in at)
    return f"{len(cases):4d} reach it, {len(at):3d} fires, P {right / max(1, len(at)):.3f} (right {right})"


def fit(cases: list[Case]) -> dict[str, object]:
    bias, weights = train_speaker_confidence.fit(data(cases))
    fitted: dict[str, object] = {"bias": round(bias, 4), "weights": weights, "threshold": 2.0}
    fitted["threshold"] = choose(cases, fitted)
    return fitted


def report(label: str, cases: list[Case], fitted: dict[str, object]) -> None:
    """The fires on every statement (the rules off: the thinnest rules) and on the fallback's own cases."""
    print(f"  {label:22} rules off: {fires(cases, fitted)} | as shipped: {fires([c for c in cases if c.reached], fitted)}")


def held_out(cases: list[Case]) -> None:
    """Fit and choose on the even train articles, report on the odd ones, and the other way round."""
    articles = sorted({c.article for c in cases})
    half = {a: i % 2 for i, a in enumerate(articles)}
    for k, name in ((0, "even"), (1, "odd")):
        fitted = fit([c for c in cases if half[c.article] == k])
        print(f"  fit on the {name} articles, threshold {fitted['threshold']}:")
        report(f"{name} (fitted)", [c for c in cases if half[c.article] == k], fitted)
        report(f"{'odd' if k == 0 else 'even'} (held out)", [c for c in cases if half[c.article] != k], fitted)


THINNED = {  # the rules thinned, as on text they were not fitted to: strategies left out
    "no discourse strategies": {"resumed", "listed", "signed", "subject", "ad_voice", "paraphrased", "carry", "same_paragraph"},
    "no cue strategy": {"cue"},
}


def thinned(train: list[Case]) -> None:
    """The four figures on the odd train articles with the rules thinned, the fallback fitted on the even
    ones on and off: what it adds where the rules fire less."""
    articles = sorted({c.article for c in train})
    odd = {a for i, a in enumerate(articles) if i % 2}
    fitted = fit([c for c in train if c.article not in odd])
    print(f"rules thinned, odd train articles, the fallback fitted on the even ones (threshold {fitted['threshold']}):")
    for label, left_out in THINNED.items():
        for on in (False, True):
            kept = tuple(s for s in strategies.STRATEGIES if s.name not in left_out and (on or s.name != "fallback"))
            with mock.patch.object(strategies.read, "__defaults__", (kept,)), mock.patch.object(fallback, "model", lambda: fitted):
                rows = [r for r in eval_speakers.score("polnear-train") if r.article in odd]
            fired = [r for r in rows if r.rule == fallback.RULE and r.speaker]
            print(f" {label}, fallback {'on' if on else 'off'}: fallback fires {len(fired)}, right {sum(r.right for r in fired)}")
            eval_speakers.print_summary({"train-odd": rows}, 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--thinned", action="store_true", help="also measure with the rules thinned (slower)")
    args = ap.parse_args()
    cases = record()
    train = cases["polnear-train"]
    if args.thinned:
        thinned(train)
    for split, rows in cases.items():
        reached = [c for c in rows if c.reached]
        print(f"{split}: {len(rows)} scored statements, the right person among the candidates of {sum(any(c.right) for c in rows)};"
              f" no strategy read a mention for {len(reached)}, right among them {sum(any(c.right) for c in reached)}")
    print("held out (train halves):")
    held_out(train)
    fitted = fit(train)
    print(f"fitted on train, threshold {fitted['threshold']}:")
    for split, rows in cases.items():
        report(split, rows, fitted)
    weights: dict[str, float] = fitted["weights"]  # type: ignore[assignment]
    train_speaker_confidence.print_weights(weights)
    if not args.dry_run:
        train_speaker_confidence.write_model(
            TABLE, fitted,
            "# Written by benchmarks/train_speaker_fallback.py: do not edit by hand. Logistic regression of\n"
            "# whether a candidate person is the speaker of a quote no strategy read a mention for, fitted on\n"
            f"# polnear-train; threshold: the lowest probability whose train fires are right >= {MIN_PRECISION}.\n"
            "# Read by generator/speakers/fallback.py\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
