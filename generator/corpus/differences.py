"""Stage 6 (corpus): what differs between two quotes' words, read for the verifier (verifier.py).

Each quote gets a profile once (its figures as values, names, negation parity, modals, persons,
content stems and their words); a pair is then compared on it: content stems one side has and the
other lacks (a stem sharing its first PREFIX letters is one word inflected), which of those the other
side's explain in WordNet (synonyms.py: a synonym, or kin — "predict" / "prediction"), and the runs
they make (an added claim is a block, a translation's other words are scattered), and the largest
such block that reads as a clause of its own (added_clause: a connective opens it, a verb carries
it). The word lists are data/differences.yaml. verifier.py turns these into features and a
probability; links.py reads only the figures, to flag a link whose figures disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from generator import lexicon
from generator.text import numbers as figures
from generator.text import synonyms, vectors
from generator.text.normalise import GAP, STOPWORDS, stem, words

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_ENDS = (".", "!", "?", ":", '."', ".'", "?'", '?"')  # a word ending so ends its sentence
PREFIX = 5  # two content stems sharing their first 5 letters are one word inflected ("restate"/"restated")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The word lists of data/differences.yaml (each with its reason there), as sets."""

    negations: frozenset[str]
    modals: dict[str, str]  # a modal and the one it is (a reported-speech past is its present)
    persons: frozenset[str]
    connectives: frozenset[str]
    auxiliaries: frozenset[str]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = lexicon.data("differences")
    return Vocabulary(frozenset(data["negations"]), dict(data["modals"]), frozenset(data["persons"]),
                      frozenset(data["connectives"]), frozenset(data["auxiliaries"]))


class QuoteText(Protocol):
    """What the verifier reads of a quote (entries.Entry has it): its words as written and normalised."""

    display: list[str]
    tokens: list[str]
    stems: list[str]
    plain: tuple[str, ...]
    token_set: frozenset[str]
    stem_set: frozenset[str]
    profile: Profile | None


@dataclass(slots=True)
class Profile:
    """What the features read of one quote, computed once per quote, not once per pair."""

    numbers: tuple[figures.Amount, ...]  # the figures it states, as values (text/numbers.py)
    entities: frozenset[str]
    loose: frozenset[str]  # each word normalised alone, as entities are: what they are looked up in
    negation: int  # parity of the negations: "not … never" cancels
    modals: frozenset[str]
    joined: str
    sorted_joined: str
    prefixes: frozenset[str]
    persons: float  # share of the words that are first or second person
    words_of: dict[str, tuple[str, ...]]  # each content stem's words in the quote
    senses: dict[str, frozenset[int]]  # their WordNet synsets, looked up when a stem is unmatched (senses)
    kin: dict[str, frozenset[int]]  # and their kin (kin)
    sequence: Sequence | None = None  # its words as added_clause reads them, made on first need
    embedded: vectors.Embedded | None | bool = False  # its word-piece vectors (meaning), looked up on first need


def profile(q: QuoteText) -> Profile:
    """The quote's profile, kept on it (entries.Entry has the slot)."""
    found = q.profile
    if found is None:
        plain, joined, vocab = q.plain, " ".join(q.plain), vocabulary()
        entities, loose = _entities(q.display)
        found = q.profile = Profile(figures.amounts(" ".join(q.display)), entities, loose, sum(t in vocab.negations for t in plain) % 2,
                                    frozenset(vocab.modals[t] for t in q.token_set & vocab.modals.keys()), joined,
                                    " ".join(sorted(plain)),
                                    frozenset(s[:PREFIX] for s in q.stem_set if len(s) >= PREFIX),
                                    sum(t in vocab.persons for t in plain) / max(1, len(plain)), _words_of(q.token_set), {}, {})
    return found


def _words_of(tokens: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each content stem of a quote and the words it stems from ("stated" for "stat")."""
    out: dict[str, tuple[str, ...]] = {}
    for token in tokens:
        if token not in STOPWORDS and not token.isdigit():
            key = stem(token)
            out[key] = (*out[key], token) if key in out else (token,)
    return out


def senses(p: Profile, key: str) -> frozenset[int]:
    """A content stem's synsets, the union over its words' (synonyms.py), looked up on first need:
    only stems with no counterpart on the other side of a verified pair are ever asked for."""
    return _memo(p.senses, synonyms.synsets, p, key)


def kin(p: Profile, key: str) -> frozenset[int]:
    """A content stem's kin (synonyms.kin: its synsets and those WordNet's close pointers reach)."""
    return _memo(p.kin, synonyms.kin, p, key)


def _memo(store: dict[str, frozenset[int]], lookup: Callable[[str], frozenset[int]], p: Profile,
          key: str) -> frozenset[int]:
    """`lookup` over the stem's words, united, kept in the profile's `store`: a stem is asked for
    once per pair it is unmatched in, and a quote meets many pairs."""
    found = store.get(key)
    if found is None:
        words_of = p.words_of.get(key, ())
        found = store[key] = (lookup(words_of[0]) if len(words_of) == 1 else
                              frozenset().union(*map(lookup, words_of)))
    return found


Lookup = Callable[[Profile, str], frozenset[int]]


def explained(a: list[str], p_a: Profile, b: list[str], p_b: Profile, lookup: Lookup) -> tuple[int, int]:
    """How many of `a` (content stems with no counterpart on the other side) meet one of `b` (the
    other side's such stems) in WordNet, and how many of `b` one of `a`: another word for the same
    thing, as a translation or a paraphrase has it ("purchase" / "buy", "stated" / "said",
    "predict" / "prediction"). `lookup` is kin for the features, senses (synonyms only) where
    a pair of few words must agree (_few_agree)."""
    if not a or not b:
        return 0, 0
    senses_a = [lookup(p_a, s) for s in a]
    senses_b = [lookup(p_b, s) for s in b]
    pool_a, pool_b = frozenset().union(*senses_a), frozenset().union(*senses_b)
    if not pool_a or not pool_b:
        return 0, 0
    return (sum(1 for found in senses_a if not pool_b.isdisjoint(found)),
            sum(1 for found in senses_b if not pool_a.isdisjoint(found)))


@lru_cache(maxsize=1 << 16)
def _alone(part: str) -> tuple[str, ...]:
    """One word normalised by itself (no phrase joins it to the next): a vocabulary repeats."""
    return tuple(w for w in words(part) if w != GAP)


def _entities(display: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words that do not open a sentence (names of people, places, bodies), and all
    the quote's words, each normalised alone so that both sides read a name the same way
    ("Islamic State" is one token in matching, two words here on either side). A crude reading,
    but a name on one side only is what it catches."""
    found: set[str] = set()
    loose: set[str] = set()
    start = True
    for word in display:
        bare = word if word.isalnum() else _EDGE.sub("", word)  # most words: nothing to strip
        for part in bare.split("-") if "-" in bare else (bare,):
            normal = _alone(part)
            loose.update(normal)
            if not start and part and part[0].isupper():
                found.update(w for w in normal if not w.isdigit())
        start = not bare or word.endswith(_ENDS)
    return frozenset(found), frozenset(loose)


def unmatched(mine: frozenset[str], theirs: frozenset[str], prefixes: frozenset[str]) -> int:
    """How many of `mine`'s content stems have no counterpart in `theirs` (see unmatched_stems)."""
    return len(unmatched_stems(mine, theirs, prefixes))


def unmatched_stems(mine: frozenset[str], theirs: frozenset[str], prefixes: frozenset[str]) -> list[str]:
    """`mine`'s content stems with no counterpart in `theirs` (whose stems' first PREFIX letters
    are `prefixes`): a stem sharing its first letters counts as one word inflected ("restate" /
    "restated")."""
    numeric = number_stems()
    return [s for s in mine - theirs if (len(s) < PREFIX or s[:PREFIX] not in prefixes) and s not in numeric]


@lru_cache(maxsize=1)
def number_stems() -> frozenset[str]:
    """The stems of number words: figures are compared by value (text/numbers.py), so "seven"
    against "7" is neither unmatched content nor a figure apart."""
    return frozenset(stem(w) for w in figures.number_words())


def runs(stems: list[str], theirs: frozenset[str], prefixes: frozenset[str]) -> tuple[int, int]:
    """The longest run of consecutive content stems with no counterpart on the other side, and
    how many unmatched stems sit at the quote's two ends. An added claim is a block ("… and was
    endorsed by the White House"); a translation's other word choices are scattered."""
    numeric = number_stems()
    miss = [s not in theirs and (len(s) < PREFIX or s[:PREFIX] not in prefixes) and s not in numeric for s in stems]
    if not any(miss):
        return 0, 0
    best = run = 0
    for m in miss:
        run = run + 1 if m else 0
        if run > best:
            best = run
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


OTHER, AUXILIARY, CONNECTIVE, CONTENT, BREAK = range(5)
Sequence = tuple[tuple[int, str, str], ...]  # (kind, stem, word) of each word


def sequence(tokens: list[str]) -> Sequence:
    """A quote's words as added_clause reads them, once per quote: content words with their stems,
    connectives, auxiliaries, the rest; an ellipsis breaks a block, and so does the quote's end."""
    vocab = vocabulary()
    out = []
    for token in tokens:
        if token in vocab.connectives:
            out.append((CONNECTIVE, "", token))
        elif token == GAP:
            out.append((BREAK, "", token))
        elif token not in STOPWORDS and not token.isdigit():
            out.append((CONTENT, stem(token), token))
        else:
            out.append((AUXILIARY if token in vocab.auxiliaries else OTHER, "", token))
    out.append((BREAK, "", ""))
    return tuple(out)


def meaning(q: QuoteText) -> vectors.Embedded | None:
    """The quote's word-piece vectors (text/vectors.py), looked up once per quote on first need:
    only pairs that reach the verifier ask."""
    p = profile(q)
    if p.embedded is False:
        p.embedded = vectors.embed(q.display)
    return p.embedded if isinstance(p.embedded, vectors.Embedded) else None


def added_clause(q: QuoteText, unmatched: list[str]) -> int:
    """The content words of the largest block of `unmatched` (the quote's content stems with no
    counterpart on the other side, unmatched_stems) that a connective opens and a verb carries:
    an added claim ("… as she lay dead"), not another word for one thing."""
    if len(unmatched) < 2:
        return 0
    p = profile(q)
    if p.sequence is None:  # no connective, no clause: most quotes are read no further
        p.sequence = sequence(q.tokens) if not q.token_set.isdisjoint(vocabulary().connectives) else ()
    missing = frozenset(unmatched)
    best = count = 0
    opened = verb = False
    for kind, key, word in p.sequence:
        if kind == CONTENT and key in missing:
            count += 1
            verb = verb or synonyms.verbal(word)
        elif kind == CONNECTIVE:
            opened = opened or count == 0
            verb = verb or (count > 0 and synonyms.verbal(word))
        elif kind == AUXILIARY:
            verb = True
        elif kind != OTHER:  # a word the other side has, or the end
            if opened and verb and count > best and count >= 2:
                best = count
            count, opened, verb = 0, False, False
    return best
