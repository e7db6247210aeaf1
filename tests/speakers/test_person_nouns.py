"""A definite description ending in a person noun (`the Gawker employee`, `the Christie supporter`) is a
described speaker, shown as written: one of many, never the person it mentions or the one quoted before;
polnear-train sentences."""

from __future__ import annotations

from generator.speakers.in_sentence import unnamed
from generator.speakers.mentions import TOKEN, np_tokens_forward
from tests.speakers.support import quotes_of


def test_the_gawker_employee_is_described_not_carried_over():
    quote = quotes_of("Ashley Feinberg, who created the bot, said the tweet proved their point.",
                      "“In fact, a lot of the founding father of fascism’s words sound like Trump-isms, so it’s hard "
                      "to blame him for being confused,” the Gawker employee wrote.")[-1]
    # the reader stopped at "the Gawker" and the quote was carried over to Feinberg
    assert (quote.speaker, quote.speaker_description, quote.speaker_rule) == (
        None, "the Gawker employee", "cue_after/described")
    assert np_tokens_forward(TOKEN.findall("the Gawker employee wrote.")) == ["the", "Gawker", "employee"]


def test_a_supporter_of_a_candidate_is_not_the_candidate():
    assert unnamed("the Christie supporter")
    # an office one person holds is still read as that person
    assert not unnamed("the Florida senator")
    assert not unnamed("the former secretary of state")
