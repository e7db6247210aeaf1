"""Stage 6 (corpus), matching's first half: each quote prepared once (`Entry`: its words as written,
normalised and stemmed, what the verifier reads of it made on first use), and the candidate pairs,
quotes of different articles sharing enough rare content stems, found through an inverted index in
sub-quadratic time. links.py judges the candidates; nothing here decides a link.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from generator.corpus.differences import Profile
from generator.model import Article
from generator.runtime.forked import fork_map
from generator.text.normalise import GAP, content_stems, words

_PUNCT = re.compile(r"[^\w']")
KEYS_PER_QUOTE = 6  # links-dev TED positives never candidates: 65 of 562 with 5 keys, 49 with 6, 42 with 8 (double the pairs at 100k)
POSTING_CAP = 64

T = TypeVar("T")
R = TypeVar("R")


def shared_out(items: list[T], work: Callable[[list[T]], list[R]], workers: int) -> list[R]:
    """`work(items)`, the items dealt out over `workers` forked processes (forked.py) that
    share the entries already in memory; results come back in the items' order."""
    if workers <= 1:
        return work(items)
    parts = fork_map(lambda k, n: work(items[k::n]), workers)
    out: list = [None] * len(items)
    for k, part in enumerate(parts):
        out[k::len(parts)] = part
    return out


@dataclass(slots=True)
class Entry:
    """One quote prepared for matching: everything verification needs, computed once."""

    quote_id: str
    article: str
    speaker: str | None
    display: list[str]
    tokens: list[str]
    stems: list[str]
    plain: tuple[str, ...] = ()
    token_set: frozenset[str] = frozenset()
    stem_set: frozenset[str] = frozenset()
    keys: list[str] | None = None
    text: int = -1  # which distinct quote text: copies of one text share their features
    source: int = -1  # the article's position: one int comparison tells two articles apart
    profile: Profile | None = None  # what the verifier reads of the quote, made on first use


def key(word: str) -> str:
    """A word as alignment compares it: lower case, punctuation but apostrophes dropped."""
    lower = word.lower()
    if lower.isalnum():  # most words: nothing for the pattern to drop (isalnum is what \w matches, less "_")
        return lower
    return _PUNCT.sub("", lower.replace("’", "'"))


def features(text: str) -> tuple:
    """What verification needs of a quote's text, normalised once."""
    tokens = words(text)
    stems = content_stems(tokens)
    plain = tuple(t for t in tokens if t != GAP)
    display = text.split()
    return display, tokens, stems, plain, frozenset(plain), frozenset(stems), [key(w) for w in display]


def prepare(articles: list[Article], workers: int = 1) -> list[Entry]:
    """Entries in article order; a text many outlets carry verbatim is normalised once."""
    texts = list(dict.fromkeys(quote.text for article in articles for quote in article.quotes))
    made = shared_out(texts, lambda part: [features(text) for text in part], workers)
    by_text = {text: (*found, n) for n, (text, found) in enumerate(zip(texts, made, strict=True))}
    return [Entry(quote.id, article.id, quote.speaker, *by_text[quote.text], source=index)  # type: ignore[misc]
            for index, article in enumerate(articles) for quote in article.quotes]


def candidates(entries: list[Entry], workers: int = 1) -> list[int]:
    """Pairs of entries (i < j, different articles) sharing enough rare content stems, each
    coded as one int, i * len(entries) + j, in ascending order (that is, by (i, j)).

    Each entry's postings are counted in one C-level Counter pass; the article test runs
    only on the few entries that share enough keys, not on every posting. The index is
    built once; the lookups are dealt out over the workers. A million pairs are a million
    ints rather than tuples: sorting tuples compares them element by element, in Python,
    and was longer than finding them."""
    df: Counter[str] = Counter()
    for entry in entries:
        df.update(entry.stem_set)
    keys: list[list[str]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    by_text: dict[int, tuple[list[str], list[str]]] = {}  # copies of one text have the same keys
    for i, entry in enumerate(entries):
        known = by_text.get(entry.text)
        if known is None:
            present = [s for s in entry.stem_set if df[s] > 1]
            known = by_text[entry.text] = (present, sorted(present, key=lambda s: (df[s], s))[:KEYS_PER_QUOTE])
        keys.append(known[1])
        for key in known[0]:
            posting = postings[key]
            if len(posting) < POSTING_CAP:
                posting.append(i)
    source = [entry.source for entry in entries]
    size = len(entries)

    def lookups(mine: list[int]) -> list[list[int]]:
        near: dict[int, list[int]] = {}  # by text: the entries sharing enough of its keys
        out = []
        for i in mine:
            shared = near.get(entries[i].text)
            if shared is None:
                chosen = keys[i]
                found: list[int] = []
                for key in chosen:
                    found += postings[key]
                need = 1 if len(chosen) <= 2 else 2
                shared = near[entries[i].text] = [j for j, n in Counter(found).items() if n >= need]
            here, row = source[i], i * size
            out.append([row + j if i < j else j * size + i for j in shared if source[j] != here])
        return out

    pairs: set[int] = set()
    for found_pairs in shared_out([i for i, chosen in enumerate(keys) if chosen], lookups, workers):
        pairs.update(found_pairs)
    return sorted(pairs)
