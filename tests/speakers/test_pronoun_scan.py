"""The he/she scan every paragraph's narration gets is written to open with a character class (the
regex engine then skips to the next h or s instead of trying the pattern at every position). It must
find exactly what its plain form — the pattern as one would first write it — finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from generator.speakers.people import _PRONOUN, _pronoun_genders

PLAIN_PRONOUN = re.compile(r"\b(?:[Hh](?:e|im|is|ers?)|[Ss]he)\b")

# the characters the pattern turns on: h/s words, letters around them, marks, digits, underscores
TEXT = st.lists(st.sampled_from([*"HhSsAaOofelimrx Z-’'.,_1\n", "she ", "This ", "hers"]), max_size=40).map("".join)

SENTENCE = ("Her campaign manager, Robby Mook, said she would speak with Bashar al-Assad of Syria "
            "and Secretary of State John Kerry; the sheriff thinks his rival, Others, hissed.")


@given(TEXT)
def test_the_pronoun_scan_finds_what_its_plain_form_finds(text):
    assert _PRONOUN.findall(text) == PLAIN_PRONOUN.findall(text)


def test_on_a_news_sentence_the_scan_finds_the_pronouns_and_nothing_inside_words():
    assert _PRONOUN.findall(SENTENCE) == ["Her", "she", "his"]  # not "sheriff", "Others", "hissed"
    assert _pronoun_genders(SENTENCE) == frozenset({"m", "f"})
    assert _pronoun_genders("The sheriff, Others and Hisham said nothing.") == frozenset()
