"""The he/she scans of every paragraph's narration (its pronoun genders) and of every sentence coref
splits are written to open with a character class (the regex engine then skips to the next h or s
instead of trying the pattern at every position). Each must find exactly what its plain form — the
pattern as one would first write it — finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from generator.speakers.coref import _HE_SHE, sentences
from generator.speakers.people import _PRONOUN, People, _pronoun_genders

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


@given(TEXT)
def test_the_sentence_he_she_scan_finds_what_its_plain_form_finds(text):
    assert [(m.group(0), m.start()) for m in _HE_SHE.finditer(text)] == [
        (m.group(1), m.start()) for m in re.finditer(r"\b(he|she)\b", text)]


def test_a_sentence_records_where_he_and_she_first_stand_not_inside_other_words():
    text = "The sheriff said she was there. Then he left, and she followed; the hens stayed."
    found = sentences(text, People(text=text))
    assert [s.pronouns for s in found] == [{"she": 17}, {"he": 37, "she": 50}]
    assert [s.first_word for s in found] == ["the", "then"]
