"""Appositions between a speaker's name and their cue verb, on polnear-train sentences."""

from __future__ import annotations

from generator.speakers.mentions import np_before
from tests.speakers.support import quotes_of


def test_an_apposition_may_hold_a_short_quoted_name():
    quote, = quotes_of("“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing "
                       "a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down "
                       "around him amid the sound of popping balloons underfoot.")
    assert (quote.speaker, quote.speaker_rule) == ("Bill Eastland", "in_sentence")
    assert np_before("Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins,") == "Bill Eastland"


def test_an_apposition_holding_a_quoted_clause_is_no_apposition():
    # a quote of his own words in the clause: what comes after it is another clause's, not his cue
    assert np_before("Texas delegate Bill Eastland, who called it “the least successful convention I have ever "
                     "seen in all my years,”") is None
