"""The trims np_before makes of the text before a speech verb — party tags off (without_party), the
words between a name and its verb off (_without_tail: "Cruz himself", "Beck on Wednesday") — are
written to skip work (no regex pass over a text with no "(" or "-", no list of all its words). Each
must give what its plain form gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.lexicon import word_set
from generator.speakers.mentions import PARTY, _without_tail, np_before, without_full_stop, without_party
from tests.speakers.support import quotes_of

WORDS = st.sampled_from(["Cruz", "himself", "later", "Thursday", "on", "Wednesday", "said", "the", "", "Sen.",
                         "(R-Texas)", "(D)", ",", "R-Fla.,", "-", "Rubio"])
TEXT = st.lists(WORDS, max_size=8).map(" ".join)


def _plain_without_tail(text: str) -> str:
    words = text.split(" ")
    cut = len(words)
    while cut > 1 and words[cut - 1].lower() in word_set("subject_tails"):
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) and words[cut - 1][:1].isupper() else text


@given(TEXT)
def test_the_tail_trim_gives_what_splitting_every_word_gives(text):
    assert _without_tail(text) == _plain_without_tail(text)


@given(TEXT)
def test_the_party_trim_gives_what_the_regex_pass_gives(text):
    assert without_party(text) == PARTY.sub("", text)


def test_on_news_text_the_trims_leave_the_speaker():
    assert _without_tail("Cruz himself") == "Cruz"
    assert _without_tail("the reporters themselves") == "the reporters themselves"  # no name before the tail
    assert without_party("Sen. Ted Cruz (R-Texas)") == "Sen. Ted Cruz"
    assert without_party("Marco Rubio, R-Fla., who") == "Marco Rubio who"
    assert np_before("But Sen. Ted Cruz (R-Texas) on Wednesday") == "Sen. Ted Cruz"


def test_a_time_phrase_after_during_is_no_speaker():
    # polnear-train: "Sanders during a Sunday thanked its members “…”" read the speaker "a Sunday"
    quote = quotes_of("Bernie Sanders spoke. It’s become such a presence on the trail that Sanders during a Sunday "
                      "thanked its members “for their support in my campaign” and called National Nurses United "
                      "“one of the sponsors of my campaign and I appreciate that.”")
    assert [(q.speaker, q.speaker_rule) for q in quote] == [("Bernie Sanders", "cue_before"),
                                                            ("Bernie Sanders", "in_sentence")]
    assert np_before("Sanders during a Sunday rally") is None  # a rally is no tail: not trimmed to Sanders
    assert np_before("one senior Democrat") == "one senior Democrat"  # an indefinite that opens the phrase stays


def test_the_sentences_stop_after_a_short_surname_is_no_part_of_the_name():
    # a two- or three-letter surname had kept the stop: "Mike Lee." was a person apart from Mike Lee
    for name in ("Mike Lee", "Tim Wu", "Andy Kim"):
        quote, = quotes_of(f"“We are not going anywhere,” said {name}.")
        assert (quote.speaker, quote.mention) == (name, name)


def test_an_initial_or_a_suffix_keeps_its_stop():
    assert without_full_stop("Sammy Davis Jr.") == "Sammy Davis Jr."
    assert without_full_stop("Acme Inc.") == "Acme Inc."
    assert without_full_stop("John F.") == "John F."
    assert without_full_stop("Jeffrey Lewis Ph.D.") == "Jeffrey Lewis Ph.D."
    assert without_full_stop("Joe Birkenstock.") == "Joe Birkenstock"
