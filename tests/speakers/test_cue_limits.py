"""Attribution cues: each rule on a real news sentence, and a sentence it must not fire on."""

from __future__ import annotations

from tests.speakers.support import speakers_of


def test_a_cue_after_a_clause_that_follows_the_quote():
    assert speakers_of(
        "Clinton “drew quite well from white, working-class Democrats” in the 2008 primary, said Ohio State "
        "University professor Paul Beck.",
    ) == ["Paul Beck"]
    # no name after the later verb: it describes, it does not attribute
    assert speakers_of(
        "The state “drew quite well from white, working-class Democrats” in the 2008 primary, said to be "
        "the most Democratic stretch of Ohio.",
    ) == [None]


def test_lowercase_words_describing_the_speaker_after_the_cue():
    assert speakers_of(
        "Though campaigns cannot investigate every donation, \"getting multiple maxed-out contributions on the "
        "same day from people is a red flag,\" said election lawyer Joe Birkenstock.",
    ) == ["Joe Birkenstock"]
    # a time or a place after the verb is no description of a speaker
    assert speakers_of(
        "\"We will not back down from this fight with the state,\" said last week in Washington.",
    ) == [None]


def test_a_place_is_no_antecedent_for_he():
    assert speakers_of(
        "Pressed again about the vice-president chatter, Thomas Perez just starts talking about baseball.",
        "In his parents' Dominican Republic, \"baseball and politics are the national sport,\" he says. "
        "\"So if the commissioner's job opens up, let me know.\"",
    ) == ["Thomas Perez", "Thomas Perez"]
    # a person whose name merely begins like a place word ("Newt", "New") stays a person
    assert speakers_of(
        "Newt Gingrich spoke in Des Moines on Monday night.",
        "\"We will win this state and we will win the nomination,\" he said.",
    ) == ["Newt Gingrich"]


def test_a_campaign_speaks_for_the_person_it_is_named_after():
    assert speakers_of(
        "Hillary Clinton spoke in Iowa on Monday.",
        "\"She has laid out a detailed plan to fight the epidemic,\" the Clinton campaign said in a statement.",
        "\"Neither Speaker Ryan nor anyone on his team has ever asked for it,\" Ryan’s campaign said.",
    ) == ["Hillary Clinton campaign", "Ryan campaign"]
    # a campaign with no owner named is nobody we can name
    assert speakers_of(
        "Hillary Clinton spoke in Iowa on Monday.",
        "\"She has laid out a detailed plan to fight the epidemic,\" the campaign said in a statement.",
    ) == [None]


def test_a_headline_dash_and_a_full_name_label_the_quote():
    assert speakers_of(
        "HIGHER THAN EXPECTED TURNOUT IN IOWA DOESN’T INCREASE EXPECTATIONS - Michael P. McDonald: "
        "“At long last the 2016 presidential nomination contests have begun in earnest.”",
    ) == ["Michael P. McDonald"]
    # a place after the dash is the topic, not the speaker
    assert speakers_of(
        "TURNOUT IS UP IN THE FIRST PRIMARY STATE - New Hampshire: “At long last the 2016 presidential "
        "nomination contests have begun in earnest.”",
    ) == [None]
