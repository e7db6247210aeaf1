"""The one sentence splitter: where a sentence ends after a full stop, on sentences from PolNeAR train."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.text.sentences import sentence_bounds, sentence_ends

US_THEN_WHILE = ("Most recently, Trump called to ban Muslims from entering the U.S. While Clinton has forcefully "
                 "condemned the GOP candidate’s proposal, the groups who wrote to her on Thursday say they are "
                 "“concerned your campaign is sending mixed messages.”")


def starts(text: str) -> list[str]:
    return [text[at:at + 12] for at in sentence_ends(text)]


def test_an_abbreviation_before_a_sentence_opener_ends_the_sentence():
    assert starts(US_THEN_WHILE) == ["While Clinto"]
    quote = US_THEN_WHILE.index("“")
    left, _ = sentence_bounds(US_THEN_WHILE, quote, len(US_THEN_WHILE))
    assert US_THEN_WHILE[left:].startswith("While Clinton")


def test_an_initial_or_abbreviation_inside_a_name_or_phrase_does_not():
    assert starts("President John F. Kennedy said it. Then the U.S. Senate voted.") == ["Then the U.S"]
    assert starts("Lyndon B. Johnson signed the bill in Washington, D.C. on Monday.") == []
    assert starts("Sen. Ted Cruz and Mr. Trump spoke.") == []


@given(st.text(alphabet="aZ. U.SWhile”“\n", max_size=60))
def test_every_end_is_after_a_mark_and_its_space(text):
    for at in sentence_ends(text):
        assert 0 < at <= len(text) and text[at - 1].isspace()
        assert text[:at].rstrip()[-1] in ".!?”\"’"
