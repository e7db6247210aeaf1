"""Sentences that only label their quote: a topic label (`Clinton on Trump: “…”`) and someone's words
owned by them (`Trump’s response: “…”`, `In Clinton’s words, “…”`). Adapted from US political news."""

from __future__ import annotations

from tests.speakers.support import quotes_of

INTRO = "Donald Trump and Hillary Clinton campaigned in Ohio on Tuesday."
QUOTE = "We are going to win this state and win it big in November."


def _read(lead_in: str) -> tuple[str | None, str | None]:
    quote = quotes_of(INTRO, f"{lead_in} “{QUOTE}”")[0]
    return quote.said_by, quote.speaker_rule


def test_a_topic_label_is_the_speaker_before_on_or_to() -> None:
    assert _read("Clinton on Trump:") == ("Hillary Clinton", "label")  # was Trump, whom the words are about
    assert _read("Trump to Clinton:") == ("Donald Trump", "label")
    assert _read("Clinton:") == ("Hillary Clinton", "label")


def test_someones_words_owned_by_them_lead_into_the_quote() -> None:
    assert _read("Trump’s response:") == ("Donald Trump", "label")
    assert _read("In Clinton’s words,") == ("Hillary Clinton", "label")
    assert _read("Trump’s message was clear:") == ("Donald Trump", "label")
    assert _read("To quote Trump,") == ("Donald Trump", "label")
    # a plan or a policy says nothing: no speaker read from it
    assert _read("Trump’s plan:") == (None, None)


def test_a_column_presents_its_quote_with_here_and_the_name() -> None:
    # "Here’s Clinton in December 1992: “…”" had named nobody
    assert _read("Here’s Clinton in December 1992:") == ("Hillary Clinton", "label")
    assert _read("Here is Trump on Tuesday:") == ("Donald Trump", "label")
    # no name, no speaker: "Here’s the thing" is no label
    assert _read("Here’s the thing:")[0] is None


def test_an_owner_before_the_quote_and_a_speech_noun_after_it_give_the_speaker() -> None:
    quote, = quotes_of("Barack Obama signed the law in 2010.",
                       "Unions have been plotting to junk the tax. It is the persistent pull of Obama’s “if you like your "
                       "plan, you can keep it” promise: many of them negotiated generous plans.")
    # the sentence's "It" had been read as its subject, and nobody named
    assert (quote.speaker, quote.speaker_rule) == ("Barack Obama", "label")
    plan = quotes_of("Donald Trump spoke in Ohio.", "Voters cheered Trump’s “big, beautiful wall on the southern border” "
                     "plan on Tuesday night in Dayton.")
    assert all(q.speaker is None for q in plan)  # a plan says nothing


def test_owned_words_set_off_by_a_dash_are_the_owners() -> None:
    quote = quotes_of("Bill Clinton faced a damaging set of revelations in 1992.",
                      "Bill Clinton’s stock answer then — “I’ll be alright whatever happens … it’s the American people I’m "
                      "worried about” — is likely to be repeated, nearly word for word, by his wife.")[-1]
    assert (quote.speaker, quote.speaker_rule) == ("Bill Clinton", "label")  # it had named nobody
