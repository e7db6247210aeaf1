"""Speakers per strategy: how often each rule names a speaker and how often it is right, on
polnear-train and polnear-dev, and what abstention below a confidence threshold does.

Quotes are matched to gold and speakers scored as ../shared/tools/eval_quotes.py does (its
`same`, `named` and `words` are imported from there, not copied): a gold quote takes the first
unused predicted quote of its article with the same words; it is scored when its mention is a
name (or a pronoun/title the corpus's coreference resolves to one); a speaker is right when its
last word is in the mention or a name of the mention is in it.

The analysis runs in this process, as `digest analyze` does (analyze_paths, then link_corpus for
one name per person), once with abstention off: each scored quote keeps the speaker its rule
read, so any threshold can be applied afterwards and the shipped one is shown beside the others.

    python benchmarks/eval_speakers.py                 # the table, train and dev
    python benchmarks/eval_speakers.py --show 20       # and 20 wrong names of dev, with their rule
    python benchmarks/eval_speakers.py --save F.json   # the scored quotes, for train_speaker_confidence.py
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DIGEST_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora" / "quotes-dev"
SPLITS = ("polnear-train", "polnear-dev")
sys.path.insert(0, str(SHARED / "tools"))
sys.path.insert(0, str(ROOT))

import eval_quotes  # noqa: E402  (../shared/tools: the evaluator's own matching)

from generator.pipeline import Settings, analyze_paths, link_corpus  # noqa: E402
from generator.speakers import confidence  # noqa: E402
from generator.speakers.in_sentence import shown_description  # noqa: E402
from generator.speakers.media_owners import media as descriptions_media  # noqa: E402
from generator.text.normalise import without_accents  # noqa: E402


@dataclass
class Scored:
    """One gold quote with a scorable speaker, and the reading of the quote matched to it."""

    article: str
    kind: str  # "name": the gold mention is a name; "coref": a pronoun/title the corpus resolved
    mention: str
    rule: str | None
    confidence: float | None
    speaker: str | None  # as read, before abstention
    right: bool
    text: str = ""  # the quote, and the mention the reading found, for --show
    read_mention: str | None = None
    evidence: tuple[str, ...] = ()
    fragment: bool = False
    fallback_right: bool | None = None  # left unnamed, the description shown instead is right (None: none shown)
    described: bool = False  # the reading is a described speaker, never left unnamed


def analyze(split: str) -> dict[str, list]:
    """The quotes of each article of a split, read with abstention off."""
    folder = CORPORA / split / "txt"
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    settings = Settings(content=ROOT / "content", cache_dir=None, workers=1)
    with mock.patch.object(confidence, "threshold", lambda: float("-inf")):
        articles, _ = analyze_paths(paths, settings)
    digest = link_corpus(articles, settings)
    return {Path(a.source).stem: a.quotes for a in digest.articles}


def score(split: str) -> list[Scored]:
    """Every scored gold quote of the split that a predicted quote matches."""
    gold_dir = CORPORA / split / "gold-names"
    predicted = analyze(split)
    out: list[Scored] = []
    for path in sorted(gold_dir.glob("*.json")):
        quotes = predicted.get(path.stem, [])
        used: set[int] = set()
        for gold in json.loads(path.read_text(encoding="utf-8"))["quotes"]:
            hit = next((i for i, q in enumerate(quotes) if i not in used and eval_quotes.same(q.text, gold["text"])), None)
            if hit is None:
                continue
            used.add(hit)
            mention, kind = gold.get("speaker_mention"), "name"
            if not eval_quotes.named(mention) and gold.get("resolved") and eval_quotes.named(gold.get("speaker")):
                mention, kind = gold["speaker"], "coref"
            if not eval_quotes.named(mention):
                continue
            quote = quotes[hit]
            fallback = shown_description(quote.mention) if quote.speaker else None
            out.append(Scored(path.stem, kind, mention, quote.speaker_rule, quote.speaker_confidence,
                              quote.said_by, _right(quote.said_by, mention), quote.text, quote.mention,
                              quote.speaker_evidence, quote.kind == "fragment",
                              _right(fallback, mention) if fallback else None, quote.speaker is None))
    return out


def _right(said_by: str | None, mention: str) -> bool:
    """eval_quotes.py's test: the speaker's last word is in the mention, or a name of the mention in it."""
    said = eval_quotes.words(said_by or "")
    return bool(said) and (said[-1] in eval_quotes.words(mention) or any(
        w in said for w in eval_quotes.words(" ".join(eval_quotes.named(mention)))))


@dataclass
class Figures:
    n: int
    named: int
    right: int

    @property
    def accuracy(self) -> float:
        return self.right / max(1, self.n)

    @property
    def right_when_named(self) -> float:
        return self.right / max(1, self.named)


def outcome(row: Scored, threshold: float) -> bool | None:
    """Right (True), wrong (False) or unnamed (None) when readings below `threshold` are left
    unnamed: a described speaker stays; an abstained reading shows its description if it has one."""
    if not row.speaker:
        return None
    if row.described or row.confidence is None or row.confidence >= threshold:
        return row.right
    return row.fallback_right


def figures(rows: list[Scored], threshold: float, kind: str | None = None) -> Figures:
    """Accuracy and right-when-named when readings below `threshold` are left unnamed."""
    outcomes = [outcome(r, threshold) for r in rows if kind is None or r.kind == kind]
    return Figures(len(outcomes), sum(o is not None for o in outcomes), sum(o is True for o in outcomes))


def per_rule(rows: list[Scored]) -> dict[str, tuple[int, int]]:
    """rule -> (quotes it named, right)."""
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for r in rows:
        if r.speaker:
            fired[r.rule or "?"] += 1
            right[r.rule or "?"] += r.right
    return {rule: (fired[rule], right[rule]) for rule in fired}


def print_rules(results: dict[str, list[Scored]]) -> None:
    tables = {split: per_rule(rows) for split, rows in results.items()}
    rules = sorted({r for t in tables.values() for r in t}, key=lambda r: -sum(t.get(r, (0, 0))[0] for t in tables.values()))
    head = "".join(f" | {split:>22}" for split in results)
    print(f"{'rule':28}{head}   confidence")
    for rule in rules:
        cells = ""
        for split in results:
            fired, right = tables[split].get(rule, (0, 0))
            cells += f" | {fired:5d} fires, P {right / fired:.3f}" if fired else f" | {'-':>22}"
        shipped = confidence.of(rule)
        print(f"{rule:28}{cells}   {'-' if shipped is None else f'{shipped:.3f}'}")


def print_summary(results: dict[str, list[Scored]], threshold: float) -> None:
    for label, kind in (("name mention", "name"), ("all scored", None)):
        for split, rows in results.items():
            f = figures(rows, threshold, kind)
            print(f"  {label:13} {split:14} {f.n:5d} quotes  accuracy {f.accuracy:.3f}  right when named "
                  f"{f.right}/{f.named}={f.right_when_named:.3f}  named wrong {f.named - f.right:4d}  "
                  f"unnamed {f.n - f.named:4d}")


_OUTLET_WORDS = frozenset({"news", "times", "post", "journal", "radio", "magazine", "star", "sun", "edition", "watch",
                           "press", "examiner", "tribune", "herald", "reuters", "blaze", "register", "daily", "gazette"})


def error_kind(row: Scored, threshold: float) -> str | None:
    """Why a scored quote is not right, roughly: a kind per wrong name or missing one (None: right)."""
    result = outcome(row, threshold)
    if result is True:
        return None
    if result is None:
        if not row.speaker:
            return "unnamed: no strategy read a mention" if not row.rule else "unnamed: the mention names nobody known"
        return "unnamed: left unnamed below the threshold"
    gold = set(eval_quotes.words(row.mention))
    if (row.rule or "").endswith("/description"):
        return "wrong: a description resolved to a person (the gold mention is the description)"
    if gold & (_OUTLET_WORDS | descriptions_media()):
        return "wrong: the gold source is the outlet or document that reported the words"
    said = eval_quotes.words(row.speaker or "")
    if said and without_accents(said[-1]) in {without_accents(w) for w in gold}:
        return "wrong: the same name spelt otherwise (accents, mojibake)"
    if "/pronoun" in (row.rule or ""):
        return f"wrong: he/she resolved to another person ({row.kind} gold)"
    return f"wrong: another person ({row.kind} gold)"


def print_errors(results: dict[str, list[Scored]], threshold: float) -> None:
    kinds = {split: Counter(k for r in rows if (k := error_kind(r, threshold))) for split, rows in results.items()}
    print("\nremaining errors by kind, as shipped:  " + "  ".join(f"{s:>14}" for s in results))
    for kind in sorted({k for c in kinds.values() for k in c}, key=lambda k: -sum(c[k] for c in kinds.values())):
        print(f"  {kind:82}" + "  ".join(f"{kinds[s][kind]:>14}" for s in results))


def print_curve(results: dict[str, list[Scored]]) -> None:
    """Accuracy / right-when-named on all scored quotes at each confidence that occurs."""
    cuts = sorted({r.confidence for rows in results.values() for r in rows if r.confidence is not None})
    print("threshold  " + "  ".join(f"{s:>30}" for s in results))
    for cut in [float("-inf"), *cuts]:
        cells = []
        for rows in results.values():
            f = figures(rows, cut)
            cells.append(f"acc {f.accuracy:.3f} rwn {f.right_when_named:.3f} unn {f.n - f.named:4d}")
        print(f"{cut:9.3f}  " + "  ".join(f"{c:>30}" for c in cells))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", nargs="*", default=list(SPLITS))
    ap.add_argument("--show", type=int, default=0, help="list N wrong names and N unnamed of the last split")
    ap.add_argument("--curve", action="store_true", help="print the abstention curve")
    ap.add_argument("--save", type=Path, help="write the scored quotes as JSON")
    args = ap.parse_args()
    if not CORPORA.is_dir():
        sys.exit(f"{CORPORA} is absent (set DIGEST_SHARED)")
    results = {split: score(split) for split in args.split}
    print_rules(results)
    shipped = confidence.threshold()
    print("\nno abstention:")
    print_summary(results, float("-inf"))
    print(f"abstention below {shipped:.3f} (as shipped):")
    print_summary(results, shipped)
    print_errors(results, shipped)
    if args.curve:
        print()
        print_curve(results)
    for what, rows in (("wrong", [r for r in results[args.split[-1]] if r.speaker and not r.right]),
                       ("unnamed", [r for r in results[args.split[-1]] if not r.speaker])):
        for r in rows[: args.show]:
            print(what, r.kind, r.article[:30], r.rule, r.read_mention, f"gold {r.mention}", f"ours {r.speaker}",
                  r.text[:60], sep=" | ")
    if args.save:
        args.save.write_text(json.dumps({s: [asdict(r) for r in rows] for s, rows in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
