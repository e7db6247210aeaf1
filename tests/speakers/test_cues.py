"""Attribution cues: each rule on a real news sentence, and a sentence it must not fire on."""

from __future__ import annotations

from generator.lexicon import speech_words
from tests.speakers.support import speakers_of


def test_word_lists_hold_only_strings():
    # YAML 1.1 reads a bare on / no / yes as a boolean: "On Tuesday" was taken for a name
    for key, words in speech_words().items():
        if isinstance(words, list):
            assert all(isinstance(w, str) for w in words), key


def test_a_clause_opening_with_a_weekday_is_no_speaker():
    assert speakers_of(
        "Clinton has a strong ground game in the state. On Tuesday, Gov. Jerry Brown endorsed her, citing her "
        "\"long experience\" and saying she has a \"firm grasp of the issues and what it takes to govern.\"",
    ) == ["Jerry Brown"]


def test_a_possessive_before_a_cue_word_makes_it_a_noun():
    assert speakers_of(
        "Hollande denounced Trump’s remarks as “hurtful and humiliating for all the people concerned”.",
        "Paul then interjected, calling Rubio’s proposed child care credit “a welfare transfer payment to people.”",
    ) == ["Hollande", "Paul"]
    # remarks quoted, not described: their owner speaks
    assert speakers_of("Lavrov was answering John Kerry's remarks that the two had agreed \"to intensify "
                     "intelligence cooperation with respect to ISIL.\"") == ["John Kerry"]


def test_a_participle_after_a_comma_belongs_to_the_sentence_subject():
    assert speakers_of(
        "For months, Ted Cruz had praised Donald Trump, stating that there was \"a real benefit to having him in "
        "the race and in the debates.\"",
    ) == ["Ted Cruz"]
    # without the comma the name before the verb speaks
    assert speakers_of("The senator said Marco Rubio stated that \"the family is the most important institution.\"") \
        == ["Marco Rubio"]


def test_a_name_ending_in_ly_is_not_an_adverb():
    assert speakers_of("“You’ve called women you don’t like fat pigs, dogs, slobs,” Megyn Kelly charged.") \
        == ["Megyn Kelly"]


def test_name_and_past_tense_verb_after_a_comma_closed_quote():
    assert speakers_of(
        "“If they were serious about making progress on this, they would have voted,” Sen. Pat Toomey fumed on "
        "Tuesday.",
        "“Would it be negotiable about the 11 million people?” Sean Hannity pressed.",
    ) == ["Pat Toomey", "Sean Hannity"]
    # a quote that ends its sentence with a full stop: the next words start a new story
    assert speakers_of("Obama left. “We are going to make this work for everyone here.” Biden arrived later.") == [None]


def test_a_name_and_colon_label_the_quote():
    assert speakers_of(
        "Rep. Trey Gowdy (R-S.C.): \"I have not heard anyone other than you ever cite that figure.\"",
        "Voters in Iowa had one worry: \"Iowa, New Hampshire and South Carolina are the ones that matter most.\"",
    ) == ["Trey Gowdy", None]


def test_a_sentence_opening_with_a_cue_verb_names_its_speaker_next():
    assert speakers_of(
        "Said Comey, \"The thought that an error on our part is connected to this guy is really painful.\"",
        "Asked if Clinton would win, the crowd cheered: \"We love her and we will vote for her in November.\"",
    ) == ["Comey", None]


def test_a_quote_opening_its_sentence_takes_the_previous_sentences_speaker():
    assert speakers_of(
        "\"Safety,\" said Grimm, a Donald Trump supporter. \"Safety for the whole country, everybody.\"",
        "Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\"",
    ) == ["Grimm", "Dianne Bystrom"]
    # the previous quote's speaker is anonymous: the next quote stays unknown, not a guess
    assert speakers_of(
        "“What Reince doesn't understand is that Trump is bigger than the party,” said one Trump confidant. "
        "“You may lose a handful of elites on one end of the party.”",
    ) == [None, None]


def test_opening_words_participles_and_adverbs_are_not_first_names():
    assert speakers_of(
        "Bernie Sanders spoke in Louisville on Tuesday night.",
        "Had Sanders won Kentucky, the race would look different. He said, \"We will take our fight to Philadelphia.\"",
        "Reprising his line about the system, Bernie Sanders said it was \"rigged against working people.\"",
    ) == ["Bernie Sanders", "Bernie Sanders"]  # was "Had Sanders" and "Reprising"
    # a surname of the same shape is still a name
    assert speakers_of("“I replied to the post. I didn’t post that,” Curt Schilling wrote. “A man is a man,” "
                     "Schilling added.") == ["Curt Schilling", "Curt Schilling"]


def test_a_quote_paragraph_after_reported_speech_takes_its_speaker():
    assert speakers_of(
        "Douglas Schoen elaborated in an editorial that superdelegates pledged to Clinton may reconsider.",
        "“A Sanders win in California would powerfully underscore Mrs. Clinton’s weakness.”",
    ) == ["Douglas Schoen"]
    # a paragraph of narration with no cue leaves the next quote unknown
    assert speakers_of(
        "Douglas Schoen has worked for Bill Clinton and Michael Bloomberg.",
        "“A Sanders win in California would powerfully underscore Mrs. Clinton’s weakness.”",
    ) == [None]
