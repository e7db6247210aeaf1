"""Whom a bare surname two people share means (speakers/namesakes.py), and what a headline's run of
capitals adds to the people of an article (names.written_names). Sentences adapted from polnear-train:
a bare "Clinton" after "her husband, former President Bill Clinton" had been Bill's words nine times in
ten, though the article was about Hillary Clinton."""

from __future__ import annotations

from generator.speakers.names import in_prose, written_names
from generator.text.words import headline_cased
from tests.speakers.support import last_reading, speakers_of

_LEDE = ("Hillary Clinton said Trump’s “divisive” and “mean-spirited” comments do not “fit with what I thought I knew "
         "about him.”")
_HUSBAND = "Clinton and her husband, former President Bill Clinton, attended Trump’s third wedding in 2005."
_VETTED = "“I think part of the reason why I’m going to be the nominee is because I have withstood all this,” Clinton said."


def test_on_a_tie_a_bare_surname_is_the_namesake_named_first():
    # both named in full once: the one the article named first, not the latest
    assert last_reading(_LEDE, _HUSBAND, "The host asked about the wedding.", "It was a long interview.",
                        _VETTED) == ("Hillary Clinton", "cue_after")


def test_a_pronoun_of_someone_else_named_there_says_nothing_of_the_namesakes_gender():
    assert speakers_of("Gary Byrne, a former Secret Service agent for President Bill Clinton, has written a book about "
                       "Hillary Clinton.", "The book says Hillary Clinton had a temper.", "It is long.", "It sold well.",
                       "It came out in June.",
                       "At one point, Gary Byrne says he saw Clinton telling one agent to “Go to hell!” in the hallway.")[-1] \
        == "Hillary Clinton"  # the "he" is Byrne's: no sign that this Clinton is Bill


def test_a_headlines_run_of_capitals_adds_only_the_names_the_prose_writes():
    prose = "Hillary Clinton was first lady. Gary Byrne was an agent."
    assert in_prose(("Hillary", "Clinton", "Accused", "Of", "Shocking", "Act"), prose) == ("Hillary", "Clinton")
    assert in_prose(("Francois", "Hollande", "Says", "Donald", "Trump"), "Trump spoke; Hollande answered.") is None
    assert written_names("Hillary Clinton Accused Of Shocking Act With Bible In Fit Of Rage.", prose, True, []) == [
        ((), ("Hillary", "Clinton"))]
    assert headline_cased("Hillary Clinton Accused of Shocking Act With Bible in Fit of Rage.")
    assert not headline_cased("Secretary of State John Kerry met Sergey Lavrov.")  # prose dense with names


def test_words_that_open_a_headline_are_no_first_names():
    assert speakers_of("Is Sanders finally connecting with minority voters?",
                       "Bernie Sanders spoke in Los Angeles on Sunday night.",
                       "“We’re doing very well with Latinos, in general,” Sanders said.")[-1] == "Bernie Sanders"


def test_a_relative_named_in_an_apposition_is_no_recent_namesake():
    # "Clinton and her husband, former President Bill Clinton, attended …": the sentence is about her
    assert last_reading(_LEDE, "She spoke on Tuesday.", "Her remarks were brief.", _HUSBAND,
                        "But he wanted to know about Nevada, the host said.", _VETTED) == ("Hillary Clinton", "cue_after")


def test_a_relative_named_after_the_cue_is_the_speaker_not_the_owner():
    # "said Trump’s son, Eric" had been read as nobody, then carried over to Donald Trump, named before
    assert speakers_of("Donald Trump spoke.", "“He is ready,” said Trump’s son, Eric, at the rally.") == ["Eric"]
    assert speakers_of("Hillary Clinton spoke.", "“We are ready,” said Clinton’s daughter, Chelsea.") == ["Chelsea"]
    # an owned role that is no kin still names the one the apposition names
    assert speakers_of("Donald Trump spoke.", "“He is ready,” said Trump’s campaign manager, Corey Lewandowski.") == [
        "Corey Lewandowski"]
