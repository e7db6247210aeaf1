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


def test_a_determiner_and_a_person_noun_after_the_cue_verb_are_a_speaker():
    quote = quotes_of("The last question at the event was from a young child, who said he and his father drove to "
                      "the event from Omaha, Nebraska.",
                      "“How big is that wall?” asked the boy, who was wearing a hat and said his name was Mason, as "
                      "the audience laughed and applauded.")[-1]
    assert (quote.speaker, quote.speaker_description, quote.speaker_rule) == (None, "the boy", "cue_after/described")
    later = quotes_of("“We have a ton of work to do,” said a longtime adviser to both Clintons.",
                      "“Being candid and trustworthy are the two last, big hurdles for her,” the person added.")[-1]
    assert (later.speaker_description, later.speaker_rule) == ("the person", "cue_after/described")


def test_a_description_and_a_verb_no_list_holds_do_not_cue_the_quote():
    # "applauded" is no cue verb: the crowd applauds Trump's words, it does not speak them
    quotes = quotes_of('When Trump later referred to the recent massacre at a gay nightclub in Orlando and said he '
                       'would "protect our LGBTQ citizens," the crowd applauded loudly.')
    assert all(q.speaker_description != "the crowd" for q in quotes)


def test_the_man_or_the_woman_is_described_never_a_named_person_nearby():
    # wash-post (polnear-train): the man is an anonymous worshipper, not the gunman the sentence before names
    quote = quotes_of("Omar Mateen, the gunman, had prayed at the Islamic Center of Fort Pierce.",
                      "Another Muslim who worshiped at the Islamic Center here and who didn't want to be named said he "
                      "heard Mateen talk of immorality. “I don't think this is an ISIS-condoned attack; I think it's a hate "
                      "crime,” the man said.")[-1]
    assert (quote.speaker, quote.speaker_description) == (None, "the man")
    cashier = quotes_of("“This is little Fort Pierce!” said Donna Lages, 39, a waitress at the Golden Bear restaurant.",
                        "At a drugstore near the mosque, a middle-aged cashier was shaken. “One guy came in and said maybe "
                        "we should start killing them,” said the woman, who did not want to be quoted by name.")[-1]
    assert (cashier.speaker, cashier.speaker_description) == (None, "the woman")
