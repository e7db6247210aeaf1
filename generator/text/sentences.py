"""Sentence boundaries: one splitter for every stage that reads a quote's sentence.

A sentence ends at . ! or ? (a closing quote mark may follow) before a capital or an opening
quote mark, except after the abbreviated titles news text puts before names (Mr., Sen., Gov. …)
and a single capital: an initial or an abbreviation's end ("John F. Kennedy", "the U.S. Senate"),
unless a word that opens sentences and never continues a name follows ("… entering the U.S. While
Clinton …"; data: sentences.yaml). Searches look at most CONTEXT characters either side of a quote,
so the cost per quote does not grow with the paragraph.
"""

from __future__ import annotations

import re
from functools import cache

from generator.lexicon import trie_pattern, word_set

CONTEXT = 600
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "St", "Jr", "Sr", "Rev", "Del", "Lt", "Col", "Prof",
           "Sgt", "Capt")
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{title})" for title in _TITLES)


@cache
def _sentence_end() -> re.Pattern[str]:
    """The end of a sentence: its mark and the space after it (the next sentence starts at the match's end)."""
    openers = sorted(word.capitalize() for word in word_set("openers_after_initial", "sentences"))
    return re.compile(
        rf"(?=[.!?]){_NOT_AFTER_TITLE}(?<!\b[A-Z])[.!?][”\"’]?\s+(?=[A-Z“\"‘])"
        rf"|(?<=\b[A-Z])\.[”\"’]?\s+(?=(?:{trie_pattern(openers)})\b)")


def sentence_ends(text: str) -> list[int]:
    """Where each sentence after the first starts."""
    return [match.end() for match in _sentence_end().finditer(text)]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a quote, looking at most CONTEXT characters either side (linear overall)."""
    window = max(0, start - CONTEXT)
    left = window
    ends = _sentence_end()
    for match in ends.finditer(text, window, max(window, start)):  # the lookahead sees the mark
        left = min(match.end(), start)
    right_match = ends.search(text, end, end + CONTEXT)
    return left, right_match.start() + 1 if right_match else min(len(text), end + CONTEXT)
