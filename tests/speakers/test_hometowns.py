"""Where a speaker is from, AP style (`Stacy Baker of Columbia, South Carolina says`): the place and its
state or nation go, the person's name stays; a place that is not someone's hometown stays."""

from __future__ import annotations

from generator.speakers.mentions import np_before
from tests.speakers.support import quotes_of


def test_a_hometown_after_the_name_is_not_the_speaker():
    # polnear-train: the state had been published as the speaker
    quote, = quotes_of("Stacy Baker of Columbia, South Carolina says she really thinks Cruz can pull off a win if "
                       "he keeps “doing what he’s doing.”")
    assert (quote.speaker, quote.speaker_rule) == ("Stacy Baker", "in_sentence")


def test_a_hometown_set_off_by_commas_before_the_verb_names_the_speaker_not_the_last_one():
    # read as nobody, the quote had been carried over to the previous speaker
    quotes = quotes_of("“We have waited long enough for change in this town,” said Mark Olsen of Des Moines, Iowa, "
                       "who attended the rally.",
                       "“It is the economy that matters to me,” Linda Perez of Austin, Texas, said after the event.")
    assert [q.speaker for q in quotes] == ["Mark Olsen", "Linda Perez"]


def test_a_state_abbreviation_or_a_nation_closes_a_hometown():
    assert np_before("Joe Smith of Miami, Fla.,") == "Joe Smith"
    assert np_before("Anna Schmidt of Hamburg, Germany,") == "Anna Schmidt"


def test_a_place_where_an_institution_is_stays_with_it():
    # polnear-train: the pastor is Swanson, not the town of his church
    assert np_before("Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado,") == "Swanson"
    assert np_before("Jane Roe of Springfield, Illinois and Chicago") != "Jane Roe"  # no state closes it
