"""Stage 6 (corpus): cross-links. Pair quotes in different sources that report one statement.

Candidate generation, then verification, so the work stays near-linear:
1. every quote is indexed under its content stems (posting lists capped), and looks up
   only its rarest ones; two quotes become candidates when they share enough of them;
2. each candidate pair is verified on the words themselves:
   - verbatim: the same words after normalisation (marks, case, spelling);
   - partial: the shorter quote's words, cut at its ellipses, appear in order in the
     longer one (a cut, an excerpt, a quote split by attribution);
   - paraphrase: same speaker (or one unknown), most content stems shared, similar
     length — another translation of the same statement.
Precision first: a wrong link is a published error, so anything in between is no link.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar

from .forked import fork_map
from .model import Article, Link
from .normalise import GAP, content_stems, words

_PUNCT = re.compile(r"[^\w']")
KEYS_PER_QUOTE = 5
POSTING_CAP = 64
MIN_PARTIAL_WORDS = 4
PARTIAL_COVERAGE = 0.9
PARAPHRASE_DICE = 0.55
PARAPHRASE_MIN_SHARED = 6
MAX_LINKS_PER_QUOTE = 12
PARALLEL_QUOTES = 20_000  # below this many quotes, forking costs more than it saves

T = TypeVar("T")
R = TypeVar("R")


def _shared_out(items: list[T], work: Callable[[list[T]], list[R]], workers: int) -> list[R]:
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


def _key(word: str) -> str:
    return _PUNCT.sub("", word.lower().replace("’", "'"))


def _features(text: str) -> tuple:
    """What verification needs of a quote's text, normalised once."""
    tokens = words(text)
    stems = content_stems(tokens)
    plain = tuple(t for t in tokens if t != GAP)
    display = text.split()
    return display, tokens, stems, plain, frozenset(plain), frozenset(stems), [_key(w) for w in display]


def _prepare(articles: list[Article], workers: int = 1) -> list[Entry]:
    """Entries in article order; a text many outlets carry verbatim is normalised once."""
    texts = list(dict.fromkeys(quote.text for article in articles for quote in article.quotes))
    made = _shared_out(texts, lambda part: [_features(text) for text in part], workers)
    features = {text: (*found, n) for n, (text, found) in enumerate(zip(texts, made, strict=True))}
    return [Entry(quote.id, article.id, quote.speaker, *features[quote.text], source=index)
            for index, article in enumerate(articles) for quote in article.quotes]


def _candidates(entries: list[Entry], workers: int = 1) -> set[tuple[int, int]]:
    """Pairs of entries (i < j, different articles) sharing enough rare content stems.

    Each entry's postings are counted in one C-level Counter pass; the article test runs
    only on the few entries that share enough keys, not on every posting. The index is
    built once; the lookups are dealt out over the workers."""
    df: Counter[str] = Counter()
    for entry in entries:
        df.update(entry.stem_set)
    keys: list[list[str]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        present = [s for s in entry.stem_set if df[s] > 1]
        keys.append(sorted(present, key=lambda s: (df[s], s))[:KEYS_PER_QUOTE])
        for key in present:
            posting = postings[key]
            if len(posting) < POSTING_CAP:
                posting.append(i)
    source = [entry.source for entry in entries]

    def lookups(mine: list[int]) -> list[list[tuple[int, int]]]:
        out = []
        for i in mine:
            chosen = keys[i]
            found: list[int] = []
            for key in chosen:
                found += postings[key]
            need = 1 if len(chosen) <= 2 else 2
            here = source[i]
            out.append([(i, j) if i < j else (j, i) for j, n in Counter(found).items() if n >= need and source[j] != here])
        return out

    pairs: set[tuple[int, int]] = set()
    for found_pairs in _shared_out([i for i, chosen in enumerate(keys) if chosen], lookups, workers):
        pairs.update(found_pairs)
    return pairs


def _segments(tokens: list[str]) -> list[list[str]]:
    out, current = [], []
    for token in tokens:
        if token == GAP:
            if current:
                out.append(current)
            current = []
        else:
            current.append(token)
    if current:
        out.append(current)
    return out


def _in_order(segments: list[list[str]], longer: list[str]) -> float:
    """Share of the segments' words found, each segment contiguous, in order, in `longer`."""
    total = sum(len(s) for s in segments)
    found, pos = 0, 0
    for segment in segments:
        matcher = SequenceMatcher(None, longer[pos:], segment, autojunk=False)
        block = max(matcher.get_matching_blocks(), key=lambda b: b.size)
        if block.size >= min(len(segment), 3) or block.size == len(segment):
            found += block.size
            pos += block.a + block.size
    return found / total if total else 0.0


def _dice(a: list[str], b: list[str]) -> tuple[float, int]:
    shared = sum((Counter(a) & Counter(b)).values())
    return (2 * shared / (len(a) + len(b)) if a and b else 0.0), shared


def verify(a: Entry, b: Entry) -> tuple[str, float] | None:
    """(kind, score) when the two quotes report one statement, else None.

    Cheap set bounds come first; the in-order and Counter checks run only on pairs that
    could pass them.
    """
    if not a.plain or not b.plain:
        return None
    if a.plain == b.plain and GAP not in a.tokens and GAP not in b.tokens:
        return "verbatim", 1.0
    short, long_ = (a, b) if len(a.plain) <= len(b.plain) else (b, a)
    if len(short.plain) >= MIN_PARTIAL_WORDS and len(short.token_set & long_.token_set) >= PARTIAL_COVERAGE * len(
            short.token_set) and sum(t in long_.token_set for t in short.plain) >= PARTIAL_COVERAGE * len(short.plain):
        coverage = _in_order(_segments(short.tokens), list(long_.plain))
        if coverage >= PARTIAL_COVERAGE:
            return "partial", round(coverage, 3)
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return None
    if len(a.stem_set & b.stem_set) < PARAPHRASE_MIN_SHARED:
        return None
    dice, shared = _dice(a.stems, b.stems)
    ratio = min(len(a.stems), len(b.stems)) / max(1, max(len(a.stems), len(b.stems)))
    if dice >= PARAPHRASE_DICE and shared >= PARAPHRASE_MIN_SHARED and ratio >= 0.6:
        return "paraphrase", round(dice, 3)
    return None


def align(a: list[str], b: list[str], key_a: list[str] | None = None,
          key_b: list[str] | None = None) -> list[tuple[str, str, str]]:
    """Word-level alignment of two quotes as written: what one outlet dropped, added or changed."""
    key_a = key_a if key_a is not None else [_key(w) for w in a]
    key_b = key_b if key_b is not None else [_key(w) for w in b]
    ops = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, key_a, key_b, autojunk=False).get_opcodes():
        ops.append((tag, " ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return ops


def _verdicts(entries: list[Entry], pairs: list[tuple[int, int]]) -> list[tuple[str, float] | None]:
    """verify() of each pair; a statement carried by many outlets is verified once per pair
    of texts, not per pair of copies."""
    memo: dict[tuple[int, int, bool], tuple[str, float] | None] = {}
    out = []
    for i, j in pairs:
        a, b = entries[i], entries[j]
        key = (a.text, b.text, bool(a.speaker and b.speaker and a.speaker != b.speaker))
        out.append(memo[key] if key in memo else memo.setdefault(key, verify(a, b)))
    return out


def match(articles: list[Article], workers: int = 1) -> list[Link]:
    """Links between quotes of different articles, in a deterministic order.

    A statement copied verbatim by many outlets would link every copy to every other
    (quadratic); each quote keeps its MAX_LINKS_PER_QUOTE best links instead, which
    still connects the whole group into one cluster on the site. With `workers` > 1 and
    PARALLEL_QUOTES quotes or more, each step's work is shared out over forked processes;
    the links are the same.
    """
    if sum(len(article.quotes) for article in articles) < PARALLEL_QUOTES:
        workers = 1
    entries = _prepare(articles, workers)
    pairs = sorted(_candidates(entries, workers))
    found = []
    for (i, j), verdict in zip(pairs, _shared_out(pairs, lambda part: _verdicts(entries, part), workers), strict=True):
        if verdict:
            a, b = (entries[i], entries[j]) if entries[i].quote_id <= entries[j].quote_id else (entries[j], entries[i])
            found.append((-verdict[1], a.quote_id, b.quote_id, verdict[0], a, b))
    degree: Counter[str] = Counter()
    kept = []
    for negative, qa, qb, kind, a, b in sorted(found, key=lambda f: f[:3]):
        if degree[qa] >= MAX_LINKS_PER_QUOTE or degree[qb] >= MAX_LINKS_PER_QUOTE:
            continue
        degree[qa] += 1
        degree[qb] += 1
        kept.append((negative, qa, qb, kind, a, b))
    texts = list(dict.fromkeys((a.text, b.text) for *_, a, b in kept))
    by_text = {(a.text, b.text): (a, b) for *_, a, b in kept}
    ops = _shared_out(texts, lambda part: [align(by_text[t][0].display, by_text[t][1].display, by_text[t][0].keys,
                                                 by_text[t][1].keys) for t in part], workers)
    alignments = dict(zip(texts, ops, strict=True))
    links = [Link(a=qa, b=qb, kind=kind, score=-negative, ops=alignments[a.text, b.text]) for negative, qa, qb, kind, a, b in kept]
    return sorted(links, key=lambda link: (link.a, link.b))
