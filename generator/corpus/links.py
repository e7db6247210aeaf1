"""Stage 6 (corpus): cross-links. Pair quotes in different sources that report one statement.

Candidate generation, then verification, so the work stays near-linear:
1. every quote is indexed under its content stems (posting lists capped), and looks up
   only its rarest ones; two quotes become candidates when they share enough of them;
2. each candidate pair is verified: linked when the words are the same after
   normalisation (marks, case, spelling, contractions), when an outlet marks its cut or
   prints whole sentences of the other's quote, or when verifier.py's calibrated
   probability that the two are one statement reaches its threshold (what differs counts:
   numbers, names, an added claim, a negation); two different speakers only by the same words;
3. the kind is then read from the words, apart from that decision: verbatim (the same words),
   partial (the shorter quote's words, cut at its ellipses, in order in the longer one: a cut,
   an excerpt, a quote split by attribution), else paraphrase (another wording or translation).
Precision first: a wrong link is a published error, so a pair merely related is no link; a
likely pair below the threshold (same named speaker, whole sentences) is returned apart by
match_all, for pages to show as related, never as the same statement.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from difflib import SequenceMatcher
from itertools import accumulate
from operator import itemgetter
from typing import Any, Literal

from generator.corpus.differences import profile
from generator.corpus.entries import Entry, candidates, key, prepare, shared_out
from generator.corpus.verifier import FEW_STEMS, probability, sentences, short_agrees
from generator.corpus.verifier import model as verifier_model
from generator.model import Article, Link
from generator.runtime.forked import fork_map
from generator.runtime.heap import full_collections_paused
from generator.text import numbers as figures
from generator.text.normalise import GAP

MIN_PARTIAL_WORDS = 4
PARTIAL_COVERAGE = 0.9
EXCERPT_SHARE = 0.5  # a contained quote this much shorter is an excerpt ("did not receive proper attention")
MIN_WORD_DICE = 0.25  # a speed bound: of the 1,714 links-dev pairs the verifier links, one shares fewer of its words
MAX_LINKS_PER_QUOTE = 12
# below the threshold but at least this likely to be one statement: shown apart as related, never
# as the same statement (on links-dev, out of fold, about 0.7-0.85 of such pairs are one statement).
# Fitted on sentence pairs about one event, the verifier also meets quotes merely sharing common words
# (PolNeAR: "people like me could make a lot of money" / "Three people who aren't happy doesn't seem like
# a lot to me", 0.78, an unnamed speaker), so a related pair also needs one named speaker on both sides
# and RELATED_MIN_STEMS content stems a side ("directly to white people" / "white people": a guess).
RELATED_FLOOR = 0.7
RELATED_MIN_STEMS = 5
MAX_RELATED_PER_QUOTE = 3
PARALLEL_QUOTES = 20_000  # below this many quotes, forking costs more than it saves

Kind = Literal["verbatim", "partial", "paraphrase"]
def _segments(tokens: list[str]) -> list[list[str]]:
    out: list[Any] = []
    current: list[Any] = []
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


def in_order(segments: list[list[str]], longer: list[str]) -> float:
    """Share of the segments' words found, each segment contiguous, in order, in `longer`.

    Each segment counts by its longest block in what is left of `longer` (difflib's longest
    match: the longest, then the earliest). A segment found whole, the usual case of an
    ellipsis cut, is that block; str.find spots it in C, and difflib runs only for the rest.
    """
    total = sum(len(s) for s in segments)
    hay = "\0" + "\0".join(longer) + "\0"
    starts = list(accumulate((len(word) + 1 for word in longer), initial=1))  # where each word begins in hay
    found, pos = 0, 0
    for segment in segments:
        at = hay.find("\0" + "\0".join(segment) + "\0", starts[pos] - 1)
        if at >= 0:
            size, end = len(segment), bisect_left(starts, at + 1) + len(segment)
        else:
            block = SequenceMatcher(None, longer[pos:], segment, autojunk=False).find_longest_match()
            if not (block.size >= min(len(segment), 3) or block.size == len(segment)):
                continue
            size, end = block.size, pos + block.a + block.size
        found, pos = found + size, end
    return found / total if total else 0.0


def _contained(short: Entry, long_: Entry) -> float:
    """Share of the shorter quote's words found in order in the longer one (0 when plainly not):
    the set bounds first, the in-order check only on pairs that could pass them."""
    if len(short.plain) < MIN_PARTIAL_WORDS or len(short.token_set & long_.token_set) < PARTIAL_COVERAGE * len(
            short.token_set) or sum(t in long_.token_set for t in short.plain) < PARTIAL_COVERAGE * len(short.plain):
        return 0.0
    return in_order(_segments(short.tokens), list(long_.plain))


def _whole_sentences(short: Entry, long_: Entry) -> bool:
    """Whether the shorter quote is one or more whole sentences of the longer (`text`): a
    quote split by attribution or an outlet printing its first sentence only, not a cut that
    may drop a clause inside a sentence."""
    parts = sentences(" ".join(long_.display))
    if len(parts) < 2:
        return False
    for i in range(len(parts)):
        run: tuple[str, ...] = ()
        for part in parts[i:]:
            run += part
            if run == short.plain:
                return True
            if len(run) >= len(short.plain):
                break
    return False


def verify(a: Entry, b: Entry) -> tuple[Kind, float] | None:
    """(kind, score) when the two quotes report one statement, else None (see judge)."""
    verdict = judge(a, b)
    return verdict if verdict is not None and verdict[1] >= verifier_model().threshold else None


def judge(a: Entry, b: Entry) -> tuple[Kind, float] | None:
    """(kind, score) when the two quotes report one statement (score >= the verifier's
    threshold) or are related, likely but not enough to say so (RELATED_FLOOR <= score <
    threshold); else None.

    Whether to link and which kind are decided apart. A link is made when the same words are
    printed (verbatim), when an outlet marks its cut (an ellipsis) or prints whole sentences of
    the other's quote, when one quotes a fragment (at most half) of the other's words (same
    speaker), or when the verifier's calibrated probability that the two are one
    statement reaches its threshold (verifier.py); those by rule score 1.0, the rest their
    probability. A quote that holds most of the other's words and adds some is left to the
    verifier: "won House approval" and "won House approval and was endorsed by the White House"
    are two claims. The kind then says how they relate: partial when the shorter's words are in
    order in the longer, else paraphrase. Two different speakers link only by their same words
    (verbatim, a marked cut, whole sentences): that is a finding (Link.speakers_differ); words
    merely alike from two people are not one statement; nor, without one named speaker on both sides,
    is a quote of FEW_STEMS content words, even word for word ("top secret", "a lot of people").
    """
    if not a.plain or not b.plain or a.stem_set.isdisjoint(b.stem_set) and a.token_set.isdisjoint(b.token_set):
        return None
    if min(len(a.stem_set), len(b.stem_set)) <= FEW_STEMS and not (a.speaker and a.speaker == b.speaker):
        return None  # "top secret", "We'll see", "a lot of people": anyone's words, or repeated from another
    if a.plain == b.plain and GAP not in a.tokens and GAP not in b.tokens:
        return "verbatim", 1.0
    short, long_ = (a, b) if len(a.plain) <= len(b.plain) else (b, a)
    contained = _contained(short, long_)
    if contained >= PARTIAL_COVERAGE and (GAP in short.tokens or _whole_sentences(short, long_)):
        return "partial", 1.0
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return None  # two people: only their same words are a finding, not words alike
    if contained >= PARTIAL_COVERAGE and len(short.plain) <= EXCERPT_SHARE * len(long_.plain):
        return "partial", 1.0  # a fragment the other outlet quotes whole, not a sentence it extends
    if 2 * len(a.token_set & b.token_set) < MIN_WORD_DICE * (len(a.token_set) + len(b.token_set)):
        return None  # too few words shared for any probability near the threshold: no features to compute
    if not short_agrees(a, b):
        return None  # a short phrase alike but for a word: nothing the probability could tell apart
    score = probability(a, b, RELATED_FLOOR)  # below it: no link, nothing related, the exact score unneeded
    if score < RELATED_FLOOR:
        return None
    kind: Kind = "partial" if contained >= PARTIAL_COVERAGE else "paraphrase"
    if score < verifier_model().threshold:  # related: cut, not rounded, so that it stays below the threshold
        return kind, math.floor(score * 1000) / 1000
    return kind, round(score, 3)


def align(a: list[str], b: list[str], key_a: list[str] | None = None,
          key_b: list[str] | None = None) -> list[tuple[str, str, str]]:
    """Word-level alignment of two quotes as written: what one outlet dropped, added or changed."""
    key_a = key_a if key_a is not None else [key(w) for w in a]
    key_b = key_b if key_b is not None else [key(w) for w in b]
    if key_a == key_b and key_a:  # the same words: difflib's one "equal" opcode, without difflib
        return [("equal", " ".join(a), " ".join(b))]
    ops: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, key_a, key_b, autojunk=False).get_opcodes():
        ops.append((tag, " ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return ops


def _verdicts(entries: list[Entry], pairs: list[int]) -> list[tuple[int, str, float]]:
    """(pair, kind, score) of each coded pair (see `candidates`) that judge() accepts; a
    statement carried by many outlets is verified once per pair of texts, not per pair of
    copies. Most candidates fail, so only the links travel back from a worker."""
    memo: dict[int, tuple[str, float] | None] = {}
    size, texts = len(entries), 1 + max((entry.text for entry in entries), default=0)
    out = []
    for code in pairs:
        i, j = divmod(code, size)
        a, b = entries[i], entries[j]
        key = (a.text * texts + b.text) * 2 + bool(a.speaker and b.speaker and a.speaker != b.speaker)
        verdict = memo[key] if key in memo else memo.setdefault(key, judge(a, b))
        if verdict:
            out.append((code, *verdict))
    return out


def _by_texts(entries: list[Entry], pairs: list[int], workers: int) -> list[list[int]]:
    """The coded pairs dealt out so that all copies of one pair of texts go to one worker:
    dealt in turn, every worker verified nearly every distinct pair of texts of a statement
    many outlets carry, and two workers took as long as one."""
    if workers <= 1:
        return [pairs]
    size, text = len(entries), [entry.text for entry in entries]
    shares: list[list[int]] = [[] for _ in range(workers)]
    for code in pairs:
        i, j = divmod(code, size)
        shares[(text[i] * 40503 + text[j]) % workers].append(code)
    return shares


def match(articles: list[Article], workers: int = 1) -> list[Link]:
    """Links between quotes of different articles, in a deterministic order (see match_all)."""
    return match_all(articles, workers)[0]


def match_all(articles: list[Article], workers: int = 1) -> tuple[list[Link], list[Link]]:
    """Links between quotes of different articles, and related pairs, each in a deterministic order.

    A related pair (verifier probability from RELATED_FLOOR up to the threshold, same speaker)
    is no link: it is kept apart so that a page can show it as related, never as one statement.

    A statement copied verbatim by many outlets would link every copy to every other
    (quadratic); each quote keeps its MAX_LINKS_PER_QUOTE best links instead, which
    still connects the whole group into one cluster on the site. With `workers` > 1 and
    PARALLEL_QUOTES quotes or more, each step's work is shared out over forked processes;
    the links are the same.
    """
    with full_collections_paused():  # heap.py: entries and pairs live until the links are made
        return _match(articles, workers)


def _match(articles: list[Article], workers: int) -> tuple[list[Link], list[Link]]:
    if sum(len(article.quotes) for article in articles) < PARALLEL_QUOTES:
        workers = 1
    entries = prepare(articles, workers)
    pairs = candidates(entries, workers)
    shares = _by_texts(entries, pairs, workers)
    parts = fork_map(lambda k, n: _verdicts(entries, shares[k]), len(shares))
    found = []
    for code, kind, score in (link for part in parts for link in part):
        i, j = divmod(code, len(entries))
        a, b = (entries[i], entries[j]) if entries[i].quote_id <= entries[j].quote_id else (entries[j], entries[i])
        found.append((-score, a.quote_id, b.quote_id, code, kind, a, b))
    found.sort()  # best first; the pair's code orders ties whatever the number of workers
    threshold = verifier_model().threshold
    links = _capped([f for f in found if -f[0] >= threshold], MAX_LINKS_PER_QUOTE)
    related = _capped([f for f in found if -f[0] < threshold and _may_relate(f[5], f[6])], MAX_RELATED_PER_QUOTE)
    by_text: dict[tuple[int, int], tuple[Entry, Entry]] = {}
    for *_, a, b in links:
        by_text.setdefault((a.text, b.text), (a, b))  # copies of a text share display and keys
    texts = list(by_text)
    ops = shared_out(texts, lambda part: [align(by_text[t][0].display, by_text[t][1].display, by_text[t][0].keys,
                                                 by_text[t][1].keys) for t in part], workers)
    alignments = dict(zip(texts, ops, strict=True))
    return _made(links, alignments), _made(related, {})  # a related pair shows its words, not a diff


def _may_relate(a: Entry, b: Entry) -> bool:
    """Whether a pair below the threshold may be shown as related (see RELATED_FLOOR)."""
    return bool(a.speaker) and a.speaker == b.speaker and min(len(a.stem_set), len(b.stem_set)) >= RELATED_MIN_STEMS


def _capped(found: list[tuple], cap: int) -> list[tuple]:
    """The best pairs, best first, each quote in at most `cap` of them."""
    degree: dict[str, int] = {}
    kept = []
    for negative, qa, qb, _, kind, a, b in found:
        da, db = degree.get(qa, 0), degree.get(qb, 0)
        if da >= cap or db >= cap:
            continue
        degree[qa], degree[qb] = da + 1, db + 1
        kept.append((negative, qa, qb, kind, a, b))
    return kept


def speakers_differ(a: str | None, b: str | None) -> bool:
    """Whether two quotes name two different people as their speakers (Link.speakers_differ)."""
    return bool(a and b and a != b)


def figures_differ(a: str, b: str) -> bool:
    """Whether two quotes' texts each state a figure the other does not (Link.figures_differ)."""
    return figures.disagree(figures.amounts(a), figures.amounts(b))


def _made(kept: list[tuple], alignments: dict[tuple[int, int], list[tuple[str, str, str]]]) -> list[Link]:
    kept.sort(key=itemgetter(1, 2))  # stable: the order of the links' (a, b)
    return [Link(a=qa, b=qb, kind=kind, score=-negative, ops=alignments.get((a.text, b.text), []),
                 speakers_differ=speakers_differ(a.speaker, b.speaker),
                 figures_differ=kind != "verbatim" and figures.disagree(profile(a).numbers, profile(b).numbers))
            for negative, qa, qb, kind, a, b in kept]
