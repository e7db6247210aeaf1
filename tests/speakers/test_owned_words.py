"""An owned speech noun inside the quote's sentence (`Donald Trump’s claim that …“…”`, `in Forbes’ words,
“…”`, `Barrett’s dictum … was, “…”`): the owner speaks, on polnear-train sentences."""

from __future__ import annotations

from generator.speakers.labels import owned_in_sentence
from tests.speakers.support import last_reading, quotes_of


def _reading(*texts: str) -> tuple[str | None, str | None, str | None]:
    quote = quotes_of(*texts)[-1]
    return quote.mention, quote.speaker, quote.speaker_rule


def test_a_claim_owned_mid_sentence_is_its_owners_not_the_subjects():
    # the sentence's subject (Pence, "blamed") speaks of the claim; the words are Trump's
    assert _reading("LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed the media for making an issue out of "
                    "Donald Trump’s claim that President Barack Obama “founded ISIS,” saying they were nitpicking "
                    "at Trump.") == ("Donald Trump", "Donald Trump", "label")


def test_in_someones_words_after_a_clause_names_them():
    assert _reading("Forbes’ Under 30 Summit EMEA was held last month in Jerusalem and Tel Aviv because, in "
                    "Forbes’ words, “they are the most entrepreneurial places on the the planet with more startups "
                    "per capita than Silicon Valley.”") == ("Forbes", "Forbes", "label")


def test_an_owned_noun_then_a_copula_leads_into_the_quote():
    assert _reading("When Sherman was at Columbia Journalism School, he studied under Wayne Barrett, the legendary "
                    "Village Voice investigative reporter; Barrett’s dictum to his interns (repeated to me over the "
                    "years) was, “It’s not a good story if you don’t get a death threat.”")[1:] == (
        "Wayne Barrett", "label")


def test_a_quote_said_of_the_claim_stays_the_speakers():
    # "Rubio's claim that … is “simply not true”": Frazier judges Rubio's claim
    assert _reading("But the toughest blows of the day were exchanged by the Cruz and Rubio camps. Cruz "
                    "spokeswoman Catherine Frazier said Thursday that Rubio's claim that Cruz is in favor of "
                    "legalizing illegal immigrants is \"simply not true.\"")[1] == "Catherine Frazier"


def test_only_a_speech_noun_and_its_complement_lead_in():
    assert owned_in_sentence("Because, in Forbes’ words, ") == "Forbes"
    assert owned_in_sentence("Rubio’s catch phrase in that election against Crist was that Crist ") == "Rubio"
    assert owned_in_sentence("Trump’s plan was ") is None  # a plan says nothing
    assert owned_in_sentence("Trump’s claim that Clinton said ") is None  # the clause has its own cue verb


def test_an_owned_noun_after_the_quote_names_nobody():
    """`remarks` is a cue verb ("Clark remarks …") and a noun; after an owner it is the noun, and the owner
    of remarks the sentence condemns is not who speaks its quote."""
    assert _reading("Wesley Clark said interning radicalised Muslims was an option.",
                    "They ask the former secretary of state to make it clear “that you find such extreme proposals "
                    "unacceptable” by condemning Clark’s remarks.")[1] != "Wesley Clark"
    # a cue verb after the quote still names its subject
    assert _reading("“That you find such extreme proposals unacceptable,” Clark remarks.")[1] == "Clark"
    # and an owned noun before the quote still reads as the subject's description of it
    assert _reading("Hollande denounced Trump’s remarks as “hurtful and humiliating” and warned of a Trump "
                    "presidency.")[1] == "Hollande"


def test_what_a_speaker_says_of_someone_s_remarks_is_the_speaker_s():
    """polnear-train: `The lawmaker, who represents a district in Albay province, said Trump's remarks “have
    had widespread dissemination …”` had been published as Trump's words (the owned noun led into it)."""
    words = "“have had widespread dissemination, thus aggravating the shame it has already put on Filipinos.”"
    [quote] = quotes_of(f"Salceda said Trump's remarks {words}")
    assert (quote.speaker, quote.speaker_rule) == ("Salceda", "cue_before")
    [quote] = quotes_of("Donald Trump spoke in Ohio. Salceda spoke in Manila.",
                        f"The lawmaker, who represents a district in Albay province, said Trump's remarks {words}")[-1:]
    assert (quote.speaker, quote.speaker_description) == (None, "The lawmaker")  # no one titled so: as written
    # a colon introduces the remarks themselves: the owner's
    [quote] = quotes_of(f"Salceda read out Trump's remarks: {words}")
    assert quote.speaker == "Trump"


def test_a_lowercase_owned_body_after_an_opening_clause_is_the_subject():
    # "his campaign" after the comma was no phrase at all (only "His campaign" opening a sentence was)
    assert last_reading("Bernie Sanders won the New Hampshire primary.",
                        "Even before Sanders took the stage Tuesday night to acknowledge his victory, his campaign sent "
                        "out a text message to supporters saying: “With your help, we were just declared the winner in "
                        "New Hampshire! Reply GIVE to contribute.”") == ("Bernie Sanders campaign", "subject/body")
