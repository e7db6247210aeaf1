"""Whole words in running text, found without a regex (most words asked about are names never present)."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
TITLE_SHARE = 0.75  # of the longer words capitalised: "It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage"


def title_cased(text: str) -> bool:
    """Most words (of more than three letters, at least three of them) capitalised, as headlines and
    teaser titles are and prose is not."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)


HEADLINE_CHARS = 300  # longer than any headline
# Words a title-case headline may leave in lowercase ("Accused of Shocking Act With Bible in Fit of Rage")
_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "nor", "but", "by", "with",
                    "from", "as", "vs", "via", "per", "into", "onto", "over", "upon"})


def headline_cased(text: str) -> bool:
    """Every word but the small ones capitalised, four or more of them: a title-case headline, whose
    runs of capitals run on past a name ("Hillary Clinton Accused Of Shocking Act"). Prose dense with
    names has a lowercase verb ("Secretary of State John Kerry met Sergey Lavrov")."""
    if len(text) > HEADLINE_CHARS or _lower_word().search(text):
        return False  # prose: a long paragraph, or a lowercase word that is no small one (found at once)
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL]
    return len(words) >= 4 and all(w[0].isupper() or w[0].isdigit() for w in words)


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


@lru_cache(maxsize=1)
def _lower_word() -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])(?!(?:" + "|".join(sorted(_SMALL)) + r")(?![\w’'-]))[a-z]")
