"""Whole words in running text, found without a regex (most words asked about are names never present)."""

from __future__ import annotations


def has_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a word of its own (not inside "up-holding" or "holdings").
    str.find, not a regex: most words asked about are surnames, never found at all."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_’'-"
