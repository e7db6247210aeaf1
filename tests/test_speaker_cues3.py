"""Attribution cues, round 3: each rule on a real news sentence, and a sentence it must not fire on."""

from __future__ import annotations

from .test_speaker_cues import _speakers


def test_a_cue_after_a_clause_that_follows_the_quote():
    assert _speakers(
        "Clinton “drew quite well from white, working-class Democrats” in the 2008 primary, said Ohio State "
        "University professor Paul Beck.",
    ) == ["Paul Beck"]
    # no name after the later verb: it describes, it does not attribute
    assert _speakers(
        "The state “drew quite well from white, working-class Democrats” in the 2008 primary, said to be "
        "the most Democratic stretch of Ohio.",
    ) == [None]


def test_lowercase_words_describing_the_speaker_after_the_cue():
    assert _speakers(
        "Though campaigns cannot investigate every donation, \"getting multiple maxed-out contributions on the "
        "same day from people is a red flag,\" said election lawyer Joe Birkenstock.",
    ) == ["Joe Birkenstock"]
    # a time or a place after the verb is no description of a speaker
    assert _speakers(
        "\"We will not back down from this fight with the state,\" said last week in Washington.",
    ) == [None]
