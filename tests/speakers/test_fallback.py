"""The learned last resort (speakers/fallback.py): a quote no strategy read a mention for gets the
person the text around it most likely has speaking, above the shipped threshold, else nobody.
Real PolNeAR passages (polnear-train)."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest

from generator.ingest.read import read_source
from generator.model import Paragraph
from generator.pipeline import analyze_source
from generator.quotes.find import find_quotes
from generator.speakers import fallback, strategies
from generator.speakers.coref import Split
from generator.speakers.people import People
from tests.speakers.support import quotes_of

# breitbart_2016-03-20_ted-cruz-refuses-to-disavow-lind
GRAHAM = [
    "Sen. Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham, Congress’ most zealous advocate "
    "for wage-cutting mass migration, foreign military interventionism, and donor-driven attacks on GOP voters.",
    "As the “Never Trump” movement continues to battle against the Republican electorate who has voted for "
    "Donald Trump, Sen. Graham has come out in support of Cruz, the newly-annointed choice of many party insiders.",
    "“I think the best alternative to Donald Trump to stop him from getting to 1,237 is Ted Cruz, and I’m going "
    "to help Ted in every way I can,” Graham told CNN.",
]

# politico_2016-05-31_cruz-looks-to-ease-bad-blood-wit: the gold speaker is "a senior Cruz adviser"
ADVISER = [
    "Ted Cruz’s associates insist he’s returning to the Senate as the same uncompromising, hell-bent "
    "conservative he’s always been. But one thing is different, and it’s glaring: The senator who made "
    "enemies with fellow Republican senators and bragged about it to voters now wants to play nice — or at "
    "least his version of nice — with his colleagues.",
    "And the first step to improving his rancorous relationships, the Texas senator’s allies say, will be "
    "to help them keep their Senate seats. The freshman senator wants to return to the campaign trail this "
    "fall as a conservative surrogate for Republicans aiming to turn out the GOP base, they say.",
    "“That can go a long way toward establishing good relationships,” said a senior Cruz adviser.",
]


def _alone() -> mock._patch:  # type: ignore[type-arg]
    """The rules thinned to the fallback alone, as on text no rule reads."""
    only = tuple(s for s in strategies.STRATEGIES if s.name == "fallback")
    return mock.patch.object(strategies.read, "__defaults__", (only,))


def test_fallback_is_the_last_strategy() -> None:
    assert strategies.STRATEGIES[-1].name == "fallback"


def test_a_quote_no_rule_reads_gets_the_person_its_sentence_has_speaking() -> None:
    """Ted Cruz, named most, is in the quote's own words: never its speaker."""
    with _alone():
        [quote] = quotes_of(*GRAHAM)
    assert (quote.speaker, quote.speaker_rule) == ("Lindsey Graham", "fallback")
    assert quote.speaker_confidence is not None and quote.speaker_confidence >= fallback.model()["threshold"]  # type: ignore[operator]
    assert "cued_s0a" in quote.speaker_evidence


def test_a_shipped_reading_names_the_writer_no_rule_reads(shared: Path) -> None:
    """`"…," Howard Gleckman, a senior fellow at …, has written.`: no cue reader takes the apposition
    and "has written"; the fallback names him (a real page of paste-dev, read whole)."""
    page = shared / "corpora" / "paste-dev" / "txt" / "b6906ca016bbfc64c90426e098c75b3e8c84457a77f51f1e7ea6941cb80c2147.txt"
    quotes = analyze_source(read_source(page)).quotes
    [quote] = [q for q in quotes if q.text.startswith("If the U.S. imposes a tariff")]
    assert (quote.speaker, quote.speaker_rule) == ("Howard Gleckman", "fallback")
    assert quote.speaker_confidence is not None and quote.speaker_confidence >= fallback.model()["threshold"]  # type: ignore[operator]


def test_the_rules_still_read_it_first() -> None:
    [quote] = quotes_of(*GRAHAM)
    assert (quote.speaker, quote.speaker_rule) == ("Lindsey Graham", "cue_after")


def test_an_anonymous_source_the_rules_do_not_read_is_left_unnamed() -> None:
    """The person the text is about (Ted Cruz) is not who speaks: below the threshold, abstain."""
    [quote] = quotes_of(*ADVISER)
    assert quote.speaker is None and quote.speaker_rule != "fallback"
    with _alone():
        [alone] = quotes_of(*ADVISER)
    assert alone.speaker is None


def test_no_candidate_is_a_person_the_quote_itself_names() -> None:
    texts = [*GRAHAM[:2], "“Donald Trump will not win,” the adviser wrote."]
    people = People(text="\n".join(texts))
    for text in texts:
        people.learn(text)
    [quote] = find_quotes("a", [Paragraph(t) for t in texts])
    around = fallback.around_of(texts, 2, quote, people, Split(texts, people), set(), {})
    names = {c.name for c in fallback.choices(around)}
    assert {"Ted Cruz", "Lindsey Graham"} <= names and "Donald Trump" not in names


@pytest.mark.parametrize(("text", "name", "expected"), [
    (ADVISER[2], "Cruz", True),  # "said a senior Cruz adviser": what the speaker is described by
    ("Cruz’s advisers say his second-place finish in the race for the GOP nomination", "Cruz", True),
    (GRAHAM[2], "Graham", False),  # "Graham told CNN": the speaker
    (GRAHAM[1], "Graham", False),  # "Sen. Graham has come out in support of Cruz"
])
def test_a_name_that_only_modifies_a_description_is_told_apart(text: str, name: str, expected: bool) -> None:
    assert fallback.modifies(text, text.rindex(name)) is expected
