"""The last resort: a quote no strategy read a mention for, given the person the text around it
most likely has speaking — or, below a calibrated probability, nobody.

The rules of strategies.py each read one shape of sentence; on text they were not fitted to they
fire less. This strategy reads no shape. It lists the people the article names around the quote
(the quote's sentence and paragraph, the paragraph before and after, whoever spoke last) and
describes each by general features only: how many sentences away and on which side it is named,
whether it is the subject of a speech verb there (coref's cue reading), whether it spoke before
in the article, how often it is named, whether a rival is named as near. A person named inside
the quote itself is never a candidate. A logistic regression over those features (fitted on
polnear-train by benchmarks/train_speaker_fallback.py, shipped as generator/data/speaker_fallback.yaml)
gives each candidate the probability that it is the speaker; the best one is named when that
probability reaches the threshold chosen for a precision of 0.95 on train, and the probability is
the reading's confidence. Cost: only quotes every other strategy left unnamed reach it, and it
reads the sentences coref has already split (Split is memoised).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from generator import lexicon
from generator.model import Quote
from generator.speakers.coref import Sentence, Split
from generator.speakers.people import People

NAME = "speaker_fallback"  # generator/data/speaker_fallback.yaml, read through the lexicon
RULE = "fallback"

# Where a person is named relative to the quote, nearest first: the quote's own sentence before or
# after it (s0b, s0a), one or two sentences before or after in its paragraph (s1b …), further in the
# paragraph (far), the previous paragraph's last sentence or the next one's first (p1b_last,
# p1a_first), elsewhere in them (p1b, p1a), or only as the article's last speaker (spoke).
PLACES = ("s0b", "s0a", "s1b", "s1a", "p1b_last", "s2b", "s2a", "p1a_first", "far", "p1b", "p1a", "spoke")
_OWN_PARAGRAPH = frozenset({"s0b", "s0a", "s1b", "s1a", "s2b", "s2a", "far"})


@dataclass(frozen=True)
class Choice:
    """A person the quote may be spoken by, and the features the model weighs it by."""

    name: str
    features: tuple[str, ...]
    in_paragraph: bool  # named in the quote's own paragraph: only such a person may be named


@dataclass
class _Seen:
    """What the walk around the quote found for one person."""

    places: set[str]
    cued: set[str]
    plain: set[str]  # places where it is named as somebody, not only as a modifier ("a senior Cruz adviser")


@dataclass(frozen=True)
class Around:
    """The text around a quote, as the fallback reads it: its paragraph's sentences (and where each
    starts), the paragraphs before and after (None at the article's edges), the quote's span and
    words, who spoke where (paragraph -> [(offset, speaker)]) and who spoke in the article, in order."""

    sentences: list[Sentence]
    starts: list[int]
    before: list[Sentence] | None
    after: list[Sentence] | None
    start: int
    end: int
    words: str
    spoken_here: list[tuple[int, str]]
    spoken_before: list[tuple[int, str]]
    spoke: list[str]
    last_speaker: str | None
    mentions: dict[str, int]
    text: str  # the quote's paragraph
    opens_paragraph: bool
    verb_here: bool  # the quote's sentence has a speech verb outside the quote


def _place_in_paragraph(around: Around, offset: int) -> str:
    """The place (PLACES) of a name at `offset` of the quote's own paragraph."""
    k = bisect_right(around.starts, around.start) - 1
    j = bisect_right(around.starts, offset) - 1
    if j == k:
        return "s0b" if offset < around.start else "s0a"
    distance = abs(j - k)
    side = "b" if j < k else "a"
    return f"s{distance}{side}" if distance <= 2 else "far"


def _walk(around: Around) -> dict[str, _Seen]:
    """Every person named in the narration around the quote, with the places it is named and cued."""
    seen: dict[str, _Seen] = {}

    def note(name: str, place: str, cued: bool, modifier: bool = False) -> None:
        entry = seen.setdefault(name, _Seen(set(), set(), set()))
        entry.places.add(place)
        if cued:
            entry.cued.add(place)
        if not modifier:
            entry.plain.add(place)

    for sentence in around.sentences:
        for offset, name in sentence.people:
            note(name, _place_in_paragraph(around, offset), False, modifies(around.text, offset))
        for offset, name in sentence.cued:
            note(name, _place_in_paragraph(around, offset), True)
    for sentences, side, edge in ((around.before or [], "b", "_last"), (around.after or [], "a", "_first")):
        nearest = len(sentences) - 1 if side == "b" else 0
        for i, sentence in enumerate(sentences):
            place = f"p1{side}{edge if i == nearest else ''}"
            for _, name in sentence.people:
                note(name, place, False)
            for _, name in sentence.cued:
                note(name, place, True)
    if around.last_speaker:
        note(around.last_speaker, "spoke", False)
    return seen


_RUN_AT = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")
_POSSESSIVE = re.compile(r"[’']s?\s")
_DETERMINED = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome)\s+(?:[a-z][\w-]*\s+){0,2}$")
_NOUN_NEXT = re.compile(r"\s+[a-z]")


def modifies(text: str, offset: int) -> bool:
    """Whether the name at `offset` only modifies another noun phrase: a possessive ("Cruz’s advisers")
    or a name between a determiner and a common noun ("a senior Cruz adviser", "the Sanders campaign").
    Such a person is what the speaker is described by, not the speaker."""
    run = _RUN_AT.match(text, offset)
    if not run:
        return False
    end = run.end()
    if _POSSESSIVE.match(text, end):
        return True
    return bool(_DETERMINED.search(text, max(0, offset - 40), offset)) and bool(_NOUN_NEXT.match(text, end))


def _in_quote(name: str, words: str) -> bool:
    """Whether the quote's own words name the person (its surname as a word): then it is not the speaker."""
    surname = name.split()[-1]
    return bool(re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", words))


def _nearest(places: set[str]) -> int:
    return min(PLACES.index(p) for p in places)


def choices(around: Around) -> list[Choice]:
    """The candidates of a quote, nearest first, each with its features."""
    walked = _walk(around)
    cued_here = any(p in ("s0b", "s0a") for s in walked.values() for p in s.cued)  # "he said" too
    seen = {name: s for name, s in walked.items() if " " in name and not _in_quote(name, around.words)}
    order = sorted(seen, key=lambda n: (_nearest(seen[n].places), n))
    counts = {name: around.mentions.get(name.split()[-1].lower(), 0) for name in order}
    top = max(counts.values(), default=0)
    here = {name for _, name in around.spoken_here}
    before = {name for _, name in around.spoken_before}
    out = []
    for rank, name in enumerate(order):
        entry, nearest = seen[name], _nearest(seen[name].places)
        features = [f"near:{PLACES[nearest]}", f"rank:{min(rank, 2)}", f"count:{min(counts[name], 4)}"]
        features += [f"cued:{p}" for p in sorted(entry.cued, key=PLACES.index)[:1]]
        if any(_nearest(seen[o].places) <= nearest for o in order if o != name):
            features.append("rival_as_near")
        if any(seen[o].cued for o in order if o != name):
            features.append("rival_cued")
        if PLACES[nearest] not in entry.plain:
            features.append("modifier")  # nearest, it is only what somebody else is described by
        if around.verb_here and not cued_here:
            features.append("uncued_verb")  # "…,” a senior adviser said": somebody the article does not name speaks
        if len(order) > 1 and counts[name] == top:
            features.append("most_mentioned")
        features += [flag for flag, on in (
            ("spoke_here", name in here), ("spoke_prev_paragraph", name in before),
            ("last_speaker", name == around.last_speaker), ("spoke_before", name in around.spoke),
            ("opens_paragraph", around.opens_paragraph)) if on]
        out.append(Choice(name, tuple(features), PLACES[nearest] in _OWN_PARAGRAPH))
    return out


@cache
def model() -> dict[str, object]:
    """The shipped model: {"threshold": float, "bias": float, "weights": {feature: weight}}."""
    return dict(lexicon.data(NAME))  # the schema checks its keys


def probability(choice: Choice, fitted: dict[str, object] | None = None) -> float:
    """The model's probability that `choice` is the quote's speaker."""
    table = fitted or model()
    weights: dict[str, float] = table["weights"]  # type: ignore[assignment]
    z = float(table["bias"]) + sum(float(weights.get(f, 0.0)) for f in choice.features)  # type: ignore[arg-type]
    return 1.0 / (1.0 + math.exp(-z))


def top(found: list[Choice], fitted: dict[str, object] | None = None) -> tuple[int, float] | None:
    """The most probable candidate named in the quote's paragraph (the nearest among equals) and its
    probability; the people named only around it are its rivals, never the speaker."""
    scored = [(probability(c, fitted), -i) for i, c in enumerate(found) if c.in_paragraph]
    if not scored:
        return None
    p, i = max(scored)
    return -i, p


def best(found: list[Choice], fitted: dict[str, object] | None = None) -> tuple[Choice, float] | None:
    """The top candidate and its probability, when it reaches the threshold; else None."""
    pick = top(found, fitted)
    if pick is None or pick[1] < float((fitted or model())["threshold"]):  # type: ignore[arg-type]
        return None
    return found[pick[0]], pick[1]


@dataclass(frozen=True)
class Named:
    """The fallback's reading: the person, its probability (the reading's confidence) and its features."""

    name: str
    probability: float
    evidence: tuple[str, ...]


def around_of(texts: list[str], index: int, quote: Quote, people: People, split: Split | None,
              titled: set[str], spoken: dict[int, list[tuple[int, str]]]) -> Around:
    """The text around `quote` (paragraph `index`) as the reading so far has it (`split`: the
    reading's memoised sentence splitter, made here when there is none)."""
    split = split or Split(texts, people)
    sentences, starts = split(index, titled)
    own = sentences[bisect_right(starts, quote.start) - 1]
    text = texts[index]
    return Around(
        sentences, starts, split(index - 1, titled)[0] if index else None,
        split(index + 1, titled)[0] if index + 1 < len(texts) else None,
        quote.start, quote.end, texts[index][quote.start:quote.end],
        [(o, s) for o, s in spoken.get(index, []) if o < quote.start], spoken.get(index - 1, []),
        people.spoke, people.last_speaker, people.mentions, text, quote.start <= 2,
        lexicon.has_speech_verb(text[own.start:quote.start] + " " + text[quote.end:own.end]))


def pick(texts: list[str], index: int, quote: Quote, people: People, split: Split | None,
         titled: set[str], spoken: dict[int, list[tuple[int, str]]]) -> Named | None:
    """The speaker of a quote no strategy read a mention for, when the model is sure enough; else None."""
    split = split or Split(texts, people)
    if not people.order or not any(s.people or s.cued for s in split(index, titled)[0]):
        return None  # nobody named in the quote's paragraph: no candidate it may name, nothing to read around
    found = best(choices(around_of(texts, index, quote, people, split, titled, spoken)))
    if found is None:
        return None
    choice, p = found
    return Named(choice.name, round(p, 4), tuple(f.replace(":", "_") for f in choice.features))
