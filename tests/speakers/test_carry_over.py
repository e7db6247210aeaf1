"""A quote paragraph after a paragraph with no quote: the speaker two paragraphs back goes on when the
paragraph between is about them (carry_topic) — by name, or by a he/she of their gender that nobody else
there could be. Adapted from a Washington Post report on a South Carolina phone bank (polnear-train)."""

from __future__ import annotations

from tests.speakers.support import quotes_of

_CALL = ("“I am calling from the Hillary Clinton campaign. How are you today?” Eva Miller, a retired worker from a "
         "nuclear plant, said pleasantly into the phone.")
_THANKS = "“Well, thank you so much for your time, and for your support of Hillary in this primary.”"


def test_a_pronoun_of_the_speakers_gender_between_carries_the_speaker_on():
    *_, quote = quotes_of(_CALL, "She pauses.", _THANKS)
    # it had named nobody: only a name opening the paragraph between carried the speaker on
    assert (quote.speaker, quote.speaker_rule) == ("Eva Miller", "carry_topic")


def test_a_pronoun_of_the_other_gender_or_another_person_between_does_not():
    assert quotes_of(_CALL, "He pauses.", _THANKS)[-1].speaker is None
    assert quotes_of("Bill Jones waited on the line.", _CALL, "She hands the phone to Jones.", _THANKS)[-1].speaker is None
