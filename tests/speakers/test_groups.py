"""A crowd or an audience is a group that speaks (`The audience … followed him by softly echoing “…”`),
never the person it listens to; polnear-train sentences."""

from __future__ import annotations

from tests.speakers.support import quotes_of


def test_an_audience_echoing_the_speaker_is_not_the_speaker():
    quotes = quotes_of("Obama punctuated his list by saying “Too many.” The audience gathered in the White House "
                       "East Room followed him by softly echoing “too many.”")
    # the second was carried over to Obama (same_paragraph); it is the audience's, described as written
    assert [(q.text, q.speaker, q.speaker_description) for q in quotes] == [
        ("Too many.", "Obama", None), ("too many.", None, "The audience")]


def test_the_crowd_as_the_object_leaves_the_speaker():
    quote, = quotes_of("Donald Trump rallied in Iowa. Trump told the crowd, “We are going to win so much, you will "
                       "get tired of winning.”")
    assert (quote.speaker, quote.speaker_rule) == ("Donald Trump", "cue_before")


def test_a_group_or_a_described_onlooker_with_a_cue_is_described():
    [quote] = quotes_of("Demonstrators said they want “justice for Terrence,” but pledged to remain civil.")
    assert (quote.speaker, quote.speaker_description) == (None, "Demonstrators")
    # polnear-train: the heckler's words had been Ted Cruz's (the cue's lowercase subject read nobody)
    quotes = quotes_of("Ted Cruz spoke at a rally in Indiana.", "\"Apparently there's a young man who's having some "
                       "problems,\" Cruz said as the heckler yelled: \"You suck!\"")
    assert [(q.speaker, q.speaker_description) for q in quotes] == [("Ted Cruz", None), (None, "the heckler")]


def test_a_group_before_a_characterising_verb_is_not_the_sentence_subject():
    # polnear-train: "the grownup on the stage" had been published as Kasich's own words
    [quote] = quotes_of("Kasich is coming off a strong debate Thursday night, when many commentators called him “the "
                        "grownup on the stage” amidst the food fight between the top three contenders.")
    assert (quote.speaker, quote.mention) == (None, "many commentators")
