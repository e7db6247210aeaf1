"""Stage 6 (corpus): does a candidate pair of quotes report one statement? A calibrated answer.

Sharing words is not enough: two wire reports of one market close share nearly all their words
and differ in the one thing that matters, the numbers; one sentence may carry the other's whole
claim and add another ("… and was endorsed by the White House"); the same two astronauts may do
different things. So the verifier reads what differs as well as what is shared:
- content one side has and the other lacks (soft-matched, so "activity"/"activities" and
  British/American spellings, already unified by normalise.words, are not a difference);
- numbers and named entities on one side only, a negation or a modal on one side only;
- how much of the shared content keeps its order;
and turns these features into the probability that the pair is the same statement with a
logistic model fitted on labelled pairs (benchmarks/train_link_verifier.py writes its weights to
generator/data/link_verifier.yaml). Plain Python and rapidfuzz, no numpy: it runs on every
candidate pair of a digest.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import yaml
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from generator.text.normalise import GAP, words

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "link_verifier.yaml"
NEGATIONS = frozenset(["not", "no", "never", "nor", "none", "nothing", "nobody", "neither", "without", "cannot",
                       "dont", "doesnt", "didnt", "wont", "wouldnt", "cant", "couldnt", "isnt", "arent", "wasnt",
                       "werent", "shouldnt", "havent", "hasnt", "hadnt", "aint"])
MODALS = frozenset(["will", "would", "may", "might", "could", "can", "should", "must", "shall", "wont", "cant",
                    "wouldnt", "couldnt", "shouldnt", "cannot"])
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")
_DIGIT = re.compile(r"\d")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
PREFIX = 5  # two content stems sharing their first 5 letters are one word inflected ("restate"/"restated")


class QuoteText(Protocol):
    """What the verifier reads of a quote (links.Entry has it): its words as written and normalised."""

    display: list[str]
    tokens: list[str]
    stems: list[str]
    plain: tuple[str, ...]
    stem_set: frozenset[str]


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic model: feature names, their weights, the bias, and the one link threshold."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped weights (generator/data/link_verifier.yaml, written by the training script)."""
    data = yaml.safe_load(WEIGHTS.read_text(encoding="utf-8"))
    names = tuple(data["weights"])
    weights = tuple(float(data["weights"][n]) for n in names)
    if names != FEATURES:
        raise ValueError(f"{WEIGHTS}:1: error: weights name {names}, the verifier computes {FEATURES} — "
                         "retrain with benchmarks/train_link_verifier.py")
    return Model(names, weights, float(data["bias"]), float(data["threshold"]))


def _numbers(tokens: tuple[str, ...]) -> Counter[str]:
    return Counter(t for t in tokens if not t.isalpha() and _DIGIT.search(t))


@lru_cache(maxsize=1 << 16)
def _entities(display: tuple[str, ...]) -> frozenset[str]:
    """Capitalised words that do not open a sentence, normalised as matching reads them: names
    of people, places, bodies. A crude reading, but a name on one side only is what it catches."""
    found: set[str] = set()
    start = True
    for word in display:
        bare = _EDGE.sub("", word)
        if bare and bare[0].isupper() and not start:
            found.update(w for w in words(bare) if w != GAP and not w.isdigit())
        start = word.endswith((".", "!", "?", ":", '."', ".'", "?'", '?"')) or not bare
    return frozenset(found)


def _unmatched(mine: frozenset[str], theirs: frozenset[str]) -> int:
    """How many of `mine`'s content stems have no counterpart in `theirs`, a stem sharing its
    first PREFIX letters counting as one ("activ" / "activities")."""
    left = mine - theirs
    if not left:
        return 0
    prefixes = {s[:PREFIX] for s in theirs - mine if len(s) >= PREFIX}
    return sum(1 for s in left if len(s) < PREFIX or s[:PREFIX] not in prefixes)


def _runs(stems: list[str], theirs: frozenset[str]) -> tuple[int, int]:
    """The longest run of consecutive content stems with no counterpart on the other side, and
    how many unmatched stems sit at the quote's two ends. An added claim is a block ("… and was
    endorsed by the White House"); a translation's other word choices are scattered."""
    prefixes = {s[:PREFIX] for s in theirs if len(s) >= PREFIX}
    miss = [s not in theirs and (len(s) < PREFIX or s[:PREFIX] not in prefixes) for s in stems]
    best = run = 0
    for m in miss:
        run = run + 1 if m else 0
        best = max(best, run)
    edge = 0
    for m in miss:
        if not m:
            break
        edge += 1
    for m in reversed(miss):
        if not m or edge >= len(miss):
            break
        edge += 1
    return best, edge


def sentences(text: str) -> list[tuple[str, ...]]:
    """The plain words of each sentence of a quote, to tell a whole-sentence excerpt from a cut
    inside a sentence (the second may drop a claim's qualifier; the first is a quote split)."""
    return [tuple(w for w in words(part) if w != GAP) for part in _SENTENCE_END.split(text)]


FEATURES = ("dice_stems", "dice_words", "cover_short", "cover_long", "extra_long", "extra_short", "short_len",
            "numbers_differ", "numbers_same", "entities_differ", "negation_differs", "modal_differs", "order",
            "char_ratio", "sort_ratio", "run_max", "run_min", "edge_max",
            "words_differ", "any_number_differs", "cover_product")


def features(a: QuoteText, b: QuoteText) -> list[float]:
    """The pair's features in FEATURES' order; symmetric in a and b."""
    short, long_ = (a, b) if (len(a.stem_set), a.plain) <= (len(b.stem_set), b.plain) else (b, a)
    shared = len(a.stem_set & b.stem_set)
    extra_short = _unmatched(short.stem_set, long_.stem_set)
    extra_long = _unmatched(long_.stem_set, short.stem_set)
    set_a, set_b = frozenset(a.plain), frozenset(b.plain)
    num_a, num_b = _numbers(a.plain), _numbers(b.plain)
    same_numbers = sum((num_a & num_b).values())
    ent_a, ent_b = _entities(tuple(a.display)), _entities(tuple(b.display))
    entities_differ = len(ent_a - set_b) + len(ent_b - set_a)
    neg_a, neg_b = sum(t in NEGATIONS for t in a.plain), sum(t in NEGATIONS for t in b.plain)
    modal_a, modal_b = set_a & MODALS, set_b & MODALS
    ja, jb = " ".join(a.plain), " ".join(b.plain)
    lcs = LCSseq.similarity(a.stems, b.stems)
    n_short = max(1, len(short.stem_set))
    run_a, edge_a = _runs(a.stems, b.stem_set)
    run_b, edge_b = _runs(b.stems, a.stem_set)
    return [
        2 * shared / max(1, len(a.stem_set) + len(b.stem_set)),
        2 * len(set_a & set_b) / max(1, len(set_a) + len(set_b)),
        1 - extra_short / n_short,
        1 - extra_long / max(1, len(long_.stem_set)),
        math.log1p(extra_long),
        math.log1p(extra_short),
        math.log1p(len(short.stem_set)),
        math.log1p(sum((num_a - num_b).values()) + sum((num_b - num_a).values())),
        math.log1p(same_numbers),
        math.log1p(entities_differ),
        float((neg_a % 2) != (neg_b % 2)),
        float(len(modal_a ^ modal_b)),
        lcs / max(1, min(len(a.stems), len(b.stems))),
        fuzz.ratio(ja, jb) / 100,
        fuzz.token_sort_ratio(ja, jb) / 100,
        math.log1p(max(run_a, run_b)),
        math.log1p(min(run_a, run_b)),
        math.log1p(max(edge_a, edge_b)),
        math.log1p(abs(len(a.plain) - len(b.plain))),
        float(num_a != num_b),
        (1 - extra_short / n_short) * (1 - extra_long / max(1, len(long_.stem_set))),
    ]


def probability(a: QuoteText, b: QuoteText) -> float:
    """The measured probability that the two quotes report one statement."""
    m = model()
    z = m.bias + sum(w * x for w, x in zip(m.weights, features(a, b), strict=True))
    return 1 / (1 + math.exp(-z)) if z > -30 else 0.0
