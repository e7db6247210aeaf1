"""A subordinate clause opening the quote's sentence is not where its speaker is: "While Clinton has
condemned the proposal, the groups … say “…”" is the groups' statement, not Clinton's. From PolNeAR
train (US political news, 2016)."""

from __future__ import annotations

from generator.speakers.subjects import sentence_subject
from tests.speakers.support import last_reading, quotes_of


def test_the_subject_of_a_sentence_is_the_main_clause_s():
    assert sentence_subject("While Clinton has forcefully condemned the GOP candidate’s proposal, the groups who "
                            "wrote to her on Thursday say they are") is None
    assert sentence_subject("When Trump took the stage, he said") == "he"
    assert sentence_subject("At the debate, Sanders compared himself to Clinton, saying,") == "Sanders"


def test_the_quote_is_not_given_to_the_subordinate_clause_s_subject():
    text = ("Most recently, Trump called to ban Muslims from entering the U.S. While Clinton has forcefully condemned "
            "the GOP candidate’s proposal, the groups who wrote to her on Thursday say they are “concerned your "
            "campaign is sending mixed messages when it comes to Islamophobia.”")
    [quote] = quotes_of(text)
    assert quote.speaker is None  # not Trump (the previous sentence's cue), not Clinton (the clause's subject)
    [quote] = quotes_of("Trump took the stage in Iowa. While the crowd cheered, Trump told supporters: “We are going "
                        "to win so much you will get tired of winning.”")
    assert (quote.speaker, quote.speaker_rule) == ("Trump", "cue_before")  # the main clause's cue still reads


def test_a_relative_clause_with_its_own_subject_keeps_the_quote_from_the_main_one():
    # breitbart (polnear-train): the FBI investigation's words, not Mukasey's, who criticised what it found
    quotes = quotes_of("Former Attorney General Michael Mukasey spoke at the convention.",
                       "Mukasey criticized Clinton’s email use, which an FBI investigation said was “extremely careless” "
                       "but did not warrant criminal charges.")
    assert all(q.speaker != "Michael Mukasey" for q in quotes)
    named = quotes_of("Donald Trump spoke in Ohio.", "Trump attacked the deal, which the Times said was “a disaster for "
                      "the country and for the region.”")[-1]
    assert named.speaker == "Times"  # a subject that names someone still speaks


def test_an_ing_cue_after_a_clause_with_its_own_subject_is_not_the_main_subjects():
    # politico (polnear-train): the protesters chanted, the maintenance guy said it; both had been Clinton's
    chant = quotes_of("Hillary Clinton spoke in Atlantic City on Wednesday.",
                      "Clinton spoke just down the street from the Trump Taj Mahal, where about 50 protesters had gathered "
                      "on Wednesday morning, chanting “no contract, no peace” after the union failed to reach a contract.")
    assert all(q.speaker != "Hillary Clinton" for q in chant)
    skit = quotes_of("Hillary Clinton appeared in the skit on Saturday night.",
                     "“Who can remember how many states I’ve lost in a row? Is it two? Three?” Clinton asks as a "
                     "maintenance guy walks in front of her, saying he’s “here to fix the seven holes in your wall.”")
    assert [q.speaker for q in skit] == ["Hillary Clinton", None]
    # the sentence's own subject still speaks an -ing cue of the main clause
    own = quotes_of("Ted Cruz spoke in Iowa.", "Cruz praised Trump, stating that he was “a great leader for the party "
                    "and the country.”")[-1]
    assert own.speaker == "Ted Cruz"


def test_a_name_modifying_a_noun_is_no_subject_and_a_dash_opens_a_clause():
    # a book review (polnear-train): the stereotype is no speaker, Frank (the author) cites the placards
    assert last_reading("Thomas Frank's new book looks at the Democratic Party.",
                        "The Archie Bunker stereotype of the gruff bigot ignored much labor history — Frank cites the "
                        "United Auto Workers’ support for the Civil Rights Act, “the union placards carried by marchers "
                        "at Martin Luther King’s 1963 March on Washington” and the strike.") == ("Thomas Frank", "subject")
    assert sentence_subject("The Rove ad says Clinton took money") == "Rove"  # a noun with no "of": as before


def test_an_ing_cue_after_a_clause_with_a_named_subject_is_that_names():
    # politico (polnear-train): Clinton's remark at the debate, which Axelrod ("He") tweeted about
    assert last_reading("David Axelrod and Hillary Clinton met in Chicago last year.",
                        "He tweeted when Clinton ended a Democratic debate last December with a reference to the "
                        "blockbuster \"Star Wars\" sequel hitting the theaters, remarking, “Thank you, and may The Force be "
                        "with you, everyone.”") == ("Hillary Clinton", "cue_before")
    assert last_reading("Ted Cruz spoke in Iowa.", "Cruz praised Trump when the two met, stating that he was “a great "
                        "leader for the party and the country.”") == ("Ted Cruz", "cue_before")  # no name: the subject's
