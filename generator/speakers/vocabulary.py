"""The speaker stage's questions of the vocabulary: cue verbs, title and role words, pronouns, and
the capitalised words that open a sentence but never a name. Read by the mention readers, the name
shape (names.py) and the people registry alike, so it depends on the lexicon and nothing else.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.lexicon import speech_words, trie_pattern, word_set


@lru_cache(maxsize=1)
def vocab() -> tuple[set[str], set[str], set[str]]:
    words = speech_words()
    return set(words["title_words"]) | set(words["roles"]), set(words["pronouns"]), set(words["roles"])


@lru_cache(maxsize=1)
def verb_at() -> re.Pattern[str]:
    # case-sensitive: "States" in "the United States" is not the verb "states"
    return re.compile(r"\b(?:(?:also|then|later|again|once|further|simply|[a-z]+ly)\s+)?(?:"
                      + trie_pattern(speech_words()["verbs"]) + r")\b")


def is_cue_verb(word: str) -> bool:
    """A capitalised word that is a cue verb ("Said", "Tweeted"): it opens a clause, no name."""
    return word[:1].isupper() and bool(verb_at().fullmatch(word.lower()))


@lru_cache(maxsize=1)
def not_names() -> set[str]:
    """Capitalised words that open a sentence or clause but never a name ("When", "Despite")."""
    return set(speech_words()["not_names"])


OPENER_SHAPE = re.compile(r"[A-Z][a-z]{3,}ing|[A-Z][a-z]+(?:ally|ately|ously|ently|antly|ively|edly|fully|ingly|ably|ibly)")


def opener(word: str, alone: bool = False) -> bool:
    """A capitalised word that opens a sentence or clause, never a name: listed words ("When",
    "Had"), cue verbs ("Said"), participles ("Reprising Trump’s line") and -ly adverbs
    ("Immediately") before a name. A word of that shape standing `alone` is a surname
    ("Schilling"), and a first name of that shape ("Irving") is a name."""
    low = word.lower()
    if low in not_names() or is_cue_verb(word):
        return True
    if alone:
        return False
    return bool(OPENER_SHAPE.fullmatch(word)) and low not in word_set("male_names") and low not in word_set("female_names")
