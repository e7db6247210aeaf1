"""Stage 6 (corpus): does a candidate pair of quotes report one statement? A calibrated answer.

Sharing words is not enough: two wire reports of one market close share nearly all their words
and differ in the one thing that matters, the numbers; one sentence may carry the other's whole
claim and add another ("… and was endorsed by the White House"); the same two astronauts may do
different things. So the verifier reads what differs as well as what is shared:
- content one side has and the other lacks (soft-matched, so "activity"/"activities" and
  British/American spellings, already unified by normalise.words, are not a difference);
- figures and named entities on one side only, a negation or a modal on one side only; figures are
  read as values (text/numbers.py: "seven cents" is "7 cents", "$6.3 billion" a rounding of
  "$6.32 billion"), so one figure written two ways is no difference;
- a clause of its own one side adds ("… as she lay dead", "… but declined to elaborate"): a block
  of unmatched content that a connective opens and a verb carries;
- how much of the shared content keeps its order;
- how near in meaning the words are (text/vectors.py, word-piece vectors distilled from a sentence
  model): "Even after he turned 94" / "Even into his 90s"; and the words with nothing near them on
  the other side. Not read on phrases (MEANING_STEMS);
- the register the pair is in (how many names and numbers, how much first and second person), since
  what a difference means depends on it: a changed detail in news prose, a translator's other words
  in a spoken, first-person quote;
(each quote's profile and these comparisons are differences.py), and turns these features into
the probability that the pair is the same statement with small boosted decision trees fitted on
labelled pairs (benchmarks/train_link_verifier.py writes them to generator/data/link_verifier.yaml). Trees, not one weighted sum, because what a difference means
depends on the rest: an unmatched block is an added claim when all else matches and a
translator's other wording when little does. Plain Python and rapidfuzz; numpy only for the one
product of two quotes' vectors (text/vectors.py): it runs on every candidate pair of a digest.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from generator import lexicon
from generator.corpus.differences import (
    QuoteText,
    added_clause,
    explained,
    kin,
    meaning,
    profile,
    runs,
    senses,
    unmatched,
    unmatched_stems,
)
from generator.text import numbers as figures
from generator.text import vectors
from generator.text.normalise import GAP, words

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "link_verifier.yaml"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")


Tree = list | float  # [feature index, threshold, left (<=), right (>)] or a leaf's value


@dataclass(frozen=True, slots=True)
class Model:
    """Boosted trees over FEATURES: the log-odds are `base` plus each tree's leaf; `calibration`
    (scale, shift) maps them to the probability measured on pairs the trees were not fitted on
    (trees are over-sure of the pairs they were fitted on); one threshold on that probability
    decides a link. `log_odds` is the trees compiled into one Python expression (see _compile):
    walking 150 trees node by node cost more than the features."""

    names: tuple[str, ...]
    base: float
    trees: tuple[Tree, ...]
    threshold: float
    log_odds: Callable[[list[float]], float]
    calibration: tuple[float, float] = (1.0, 0.0)
    ceiling: Callable[[list[float]], float] | None = None  # the log-odds' bound over any meaning (MEANING)

    def probability(self, x: list[float]) -> float:
        """The calibrated probability of one statement for a pair's features."""
        return self.calibrated(self.log_odds(x))

    def calibrated(self, log_odds: float) -> float:
        """The probability for the trees' log-odds (or a bound on them: the map is increasing)."""
        z = self.calibration[0] * log_odds + self.calibration[1]
        return 1 / (1 + math.exp(-z)) if z > -30 else 0.0


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped trees (generator/data/link_verifier.yaml, written by the training script)."""
    return build_model(lexicon.data("link_verifier"))


def build_model(data: dict[str, Any]) -> Model:
    """The trees of a verifier file as written, refused when they read other features than these."""
    names = tuple(data["features"])
    if names != FEATURES:
        raise ValueError(f"{WEIGHTS}:1: error: the trees read features {names}, the verifier computes {FEATURES} — "
                         "retrain with benchmarks/train_link_verifier.py --fit all --write")
    base, trees = float(data["base"]), tuple(data["trees"])
    scale, shift = (float(v) for v in data["calibration"])
    if scale <= 0:
        raise ValueError(f"{WEIGHTS}: error: calibration scale {scale} must be positive — retrain")
    return Model(names, base, trees, float(data["threshold"]), _compile(base, trees), (scale, shift),
                 _compile(base, trees, frozenset(MEANING)))


def _expression(tree: Tree, free: frozenset[int]) -> str:
    """A tree as a conditional expression; every number passes int() or float() first, so the
    source holds nothing but numbers, x[...], comparisons, if/else and max. At a node that reads a
    `free` feature, the expression takes the larger branch: the tree's bound over any value of it."""
    if isinstance(tree, list):
        feature, cut = int(tree[0]), float(tree[1])
        if not 0 <= feature < len(FEATURES):
            raise ValueError(f"{WEIGHTS}: error: a tree reads feature {feature}, there are {len(FEATURES)} — retrain")
        left, right = _expression(tree[2], free), _expression(tree[3], free)
        return f"max({left}, {right})" if feature in free else f"({left} if x[{feature}] <= {cut!r} else {right})"
    return repr(float(tree))


def _compile(base: float, trees: tuple[Tree, ...], free: frozenset[int] = frozenset()) -> Callable[[list[float]], float]:
    source = f"lambda x: {float(base)!r} + " + (" + ".join(_expression(t, free) for t in trees) or "0.0")
    return eval(compile(source, str(WEIGHTS), "eval"), {"__builtins__": {}, "max": max})  # noqa: S307 (numbers only, above)


def leaf(tree: Tree, x: list[float]) -> float:
    """The value of the leaf `x` falls in (training walks trees; matching runs Model.log_odds)."""
    while isinstance(tree, list):
        tree = tree[2] if x[tree[0]] <= tree[1] else tree[3]
    return float(tree)


def sentences(text: str) -> list[tuple[str, ...]]:
    """The plain words of each sentence of a quote, to tell a whole-sentence excerpt from a cut
    inside a sentence (the second may drop a claim's qualifier; the first is a quote split)."""
    return [tuple(w for w in words(part) if w != GAP) for part in _SENTENCE_END.split(text)]


FEATURES = ("dice_stems", "dice_words", "cover_short", "cover_long", "short_len",
            "numbers_differ", "numbers_same", "entities_differ", "negation_differs", "modal_differs", "order",
            "char_ratio", "sort_ratio", "run_max", "run_min", "edge_max",
            "words_differ", "any_number_differs", "cover_product", "balance",
            "entities_total", "numbers_total", "persons",
            "synonym_cover_short", "synonym_cover_long", "synonym_share", "added_clause",
            "meaning_cosine", "meaning_alignment", "meaning_weakest")


# The vectors are read only when each quote has MEANING_STEMS content words or more. On a phrase, one word
# carries the statement, and words near in meaning are what misleads: with the vectors read on phrases,
# polnear-train published two wrong links, both at 0.9 or more ("the worst thing that ever happened to the
# establishment" / "... to Israel"; "in this case I think he's right" / "I think that's probably right").
# At 6 the dev gain stays (10 half-splits, MRPC R at P 0.95: 0.459 without vectors, 0.466 read on every pair,
# 0.465 at 6, 0.462 at 8). A pair below it reads UNREAD, and the trees fall back on the other features.
MEANING_STEMS = 6
UNREAD = (-1.0, -1.0, -1.0)
MEANING = tuple(FEATURES.index(name) for name in ("meaning_cosine", "meaning_alignment", "meaning_weakest"))
if tuple(range(len(FEATURES) - len(UNREAD), len(FEATURES))) != MEANING:
    raise RuntimeError("the meaning features must be the last of FEATURES: features() sets them with one slice")


def features(a: QuoteText, b: QuoteText) -> list[float]:
    """The pair's features in FEATURES' order; symmetric in a and b."""
    x, read = _all_but_meaning(a, b)
    if read:
        x[MEANING[0]:] = vectors.alignment(meaning(a), meaning(b))
    return x


def _all_but_meaning(a: QuoteText, b: QuoteText) -> tuple[list[float], bool]:
    """The features but meaning (left UNREAD), and whether meaning is to be read (MEANING_STEMS)."""
    pa, pb = profile(a), profile(b)
    short, long_ = (a, b) if (len(a.stem_set), a.plain) <= (len(b.stem_set), b.plain) else (b, a)
    p_short, p_long = (pa, pb) if short is a else (pb, pa)
    unmatched_short = unmatched_stems(short.stem_set, long_.stem_set, p_long.prefixes)
    unmatched_long = unmatched_stems(long_.stem_set, short.stem_set, p_short.prefixes)
    extra_short, extra_long = len(unmatched_short), len(unmatched_long)
    soft_short, soft_long = explained(unmatched_short, p_short, unmatched_long, p_long, kin)
    set_a, set_b = a.token_set, b.token_set
    num_a, num_b = pa.numbers, pb.numbers
    same_numbers, other_numbers = figures.compare(num_a, num_b) if num_a or num_b else (0, 0)
    entities_differ = len(pa.entities - pb.loose) + len(pb.entities - pa.loose)
    n_short, n_long = max(1, len(short.stem_set)), max(1, len(long_.stem_set))
    run_a, edge_a = runs(a.stems, b.stem_set, pb.prefixes)
    run_b, edge_b = runs(b.stems, a.stem_set, pa.prefixes)
    len_a, len_b = max(1, len(a.stems)), max(1, len(b.stems))
    return [
        2 * len(a.stem_set & b.stem_set) / max(1, len(a.stem_set) + len(b.stem_set)),
        2 * len(set_a & set_b) / max(1, len(set_a) + len(set_b)),
        1 - extra_short / n_short,
        1 - extra_long / n_long,
        math.log1p(len(short.stem_set)),
        math.log1p(other_numbers),
        math.log1p(same_numbers),
        math.log1p(entities_differ),
        float(pa.negation != pb.negation),
        float(len(pa.modals ^ pb.modals)),
        LCSseq.similarity(a.stems, b.stems) / max(1, min(len(a.stems), len(b.stems))),
        fuzz.ratio(pa.joined, pb.joined) / 100,
        fuzz.ratio(pa.sorted_joined, pb.sorted_joined) / 100,
        max(run_a / len_a, run_b / len_b),
        min(run_a / len_a, run_b / len_b),
        max(edge_a / len_a, edge_b / len_b),
        abs(len(a.plain) - len(b.plain)) / max(len(a.plain), len(b.plain)),
        float(other_numbers > 0),
        (1 - extra_short / n_short) * (1 - extra_long / n_long),
        min(extra_short, extra_long) / max(extra_short, extra_long) if extra_short or extra_long else 1.0,
        # the register: what a difference means depends on it (a number changed in news prose, other
        # words for one thought in a translated talk); the trees read the differences beside these
        math.log1p(len(pa.entities | pb.entities)),
        math.log1p(len({x.value for x in (*num_a, *num_b) if not x.soft})),
        (pa.persons + pb.persons) / 2,
        # another word for the same thing (WordNet): unmatched content a synonym or kin on the other side explains
        1 - (extra_short - soft_short) / n_short,
        1 - (extra_long - soft_long) / n_long,
        (soft_short + soft_long) / (extra_short + extra_long) if extra_short or extra_long else 1.0,
        # a claim of its own one side adds: an unmatched block a connective opens and a verb carries
        math.log1p(max(added_clause(short, unmatched_short), added_clause(long_, unmatched_long))),
        # near in meaning (text/vectors.py): the topic, the words' soft alignment, and the words with
        # nothing like them on the other side; read by features() (MEANING)
        *UNREAD,
    ], n_short >= MEANING_STEMS


# A phrase: a quote of fewer words than SHORT_WORDS and content stems than SHORT_STEMS. The trees were
# fitted on sentence pairs, where two short sentences alike are one translated; quotes also come as
# phrases, alike by one frame and apart by the one word that matters (PolNeAR: "a terrible mistake" /
# "a terrible deal", "the best in the world" / "the best of both worlds", "No boots on the ground" /
# "boots on the ground", all scored >= 0.92). A pair with a phrase needs the same content words.
SHORT_WORDS, SHORT_STEMS = 7, 5
SHORT_WORD_DICE = 0.75
# A quote of at most FEW_STEMS content words, each side with one the other lacks, differs in half its
# content: "You don't want to be the story" / "I don't want to have fisticuffs" (PolNeAR, two
# speakers' words in two articles, 0.91 and linked). Of such links-dev pairs (TED, 20) 15 are two
# statements; the trees, which saw few, put 2 of the 5 others over the threshold and could not be
# calibrated there.
FEW_STEMS = 2


def _few_agree(a: QuoteText, b: QuoteText) -> bool:
    """Whether one side's content words all have a counterpart in the other's (as inflected, or a
    WordNet synonym): the test a pair with a quote of FEW_STEMS content words must pass."""
    pa, pb = profile(a), profile(b)
    only_a = unmatched_stems(a.stem_set, b.stem_set, pb.prefixes)
    only_b = unmatched_stems(b.stem_set, a.stem_set, pa.prefixes)
    if not only_a or not only_b:
        return True
    explained_a, explained_b = explained(only_a, pa, only_b, pb, senses)
    return explained_a == len(only_a) or explained_b == len(only_b)


def short_agrees(a: QuoteText, b: QuoteText) -> bool:
    """Whether a pair with a phrase (see SHORT_WORDS) may be one statement at all: every content
    word has a counterpart on the other side (as inflected), most words are shared, and no negation
    or number differs. The verifier's probability reads nothing more of so few words. And a quote
    of FEW_STEMS content words (see _few_agree) needs one side's content all found in the other's."""
    if min(len(a.stem_set), len(b.stem_set)) <= FEW_STEMS and not _few_agree(a, b):
        return False
    if min(len(a.plain), len(b.plain)) >= SHORT_WORDS or min(len(a.stem_set), len(b.stem_set)) >= SHORT_STEMS:
        return True
    pa, pb = profile(a), profile(b)
    if pa.negation != pb.negation or figures.compare(pa.numbers, pb.numbers)[1]:
        return False
    if unmatched(a.stem_set, b.stem_set, pb.prefixes) or unmatched(b.stem_set, a.stem_set, pa.prefixes):
        return False
    return 2 * len(a.token_set & b.token_set) >= SHORT_WORD_DICE * (len(a.token_set) + len(b.token_set))


def probability(a: QuoteText, b: QuoteText, floor: float = 0.0) -> float:
    """The measured probability that the two quotes report one statement; or, given a `floor`, a
    bound under it when no meaning could bring the pair to it. Most candidate pairs are that far
    from a link: the trees' bound with the meaning features free (Model.ceiling) tells so without
    reading the vectors, which were a third of matching's time (100,000 quotes)."""
    m = model()
    x, read = _all_but_meaning(a, b)
    if read:
        if floor > 0 and m.ceiling is not None:
            bound = m.calibrated(m.ceiling(x))
            if bound < floor:
                return bound
        x[MEANING[0]:] = vectors.alignment(meaning(a), meaning(b))
    return m.probability(x)
