"""The lexicon: every rule and word list of generator/data/*.yaml, loaded once and checked against
its declared schema (schema.py), with the few ways stages query it (a word set, a regex of a
word list). Every stage reads its vocabulary here, never the YAML files themselves.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from generator.lexicon.load import LexiconError, parse, read
from generator.lexicon.schema import SCHEMAS

__all__ = ["LexiconError", "data", "has_speech_verb", "parse", "speech_words", "trie_pattern", "verb_pattern",
           "word_set"]


@cache
def data(name: str) -> Any:
    """The checked contents of generator/data/<name>.yaml, read once per process."""
    return read(name)


def speech_words() -> dict[str, Any]:
    """The attribution vocabulary of speech.yaml (speech verbs, titles, roles, pronouns, name cues)."""
    return data("speech")


@cache
def word_set(key: str, name: str = "speech") -> frozenset[str]:
    """A word list as a set, read once ("not_person_words", "title_words", "roles", …): `in` on the
    YAML's list would scan hundreds of names for every capitalised word."""
    return frozenset(data(name)[key])


def trie_pattern(words: list[str]) -> str:
    """One regex alternative for a word list, its common prefixes factored out ("s(?:aid|ays)").

    It matches what the plain alternation of the words, longest first, matches: at each
    position the longest listed word that fits (a longer continuation is tried before a word
    that ends here). Python's re tries every branch of a plain alternation at every word
    boundary; the factored form reads each letter once. Every paragraph of every source is
    searched for speech verbs, and the plain form of 325 verbs was the costliest regex of the
    speaker stage."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def verb_pattern() -> re.Pattern[str]:
    """Any speech verb of speech.yaml as a whole word, or "according to"."""
    return re.compile(r"\b(?:" + trie_pattern(speech_words()["verbs"]) + r")\b|\b[Aa]ccording to\b")


def has_speech_verb(text: str) -> bool:
    return bool(verb_pattern().search(text))


def names() -> list[str]:
    """Every data file the lexicon declares."""
    return list(SCHEMAS)
