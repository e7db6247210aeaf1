"""Attribution strategies: each quote records the strategy that named its speaker, and tests assert
the rule as well as the name (a test passing through another rule than it means to is a failure).
Real news sentences (adapted from US political news), each rule with a case it must not fire on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import Paragraph, Quote
from generator.quotes.find import find_quotes
from generator.speakers.cascade import attribute
from generator.speakers.sentence_cues import mention_for, read_mention
from generator.speakers.strategies import STRATEGIES


def _read(*texts: str) -> list[tuple[str | None, str | None]]:
    paragraphs = [Paragraph(t) for t in texts]
    quotes: list[Quote] = attribute(paragraphs, find_quotes("a", paragraphs))
    return [(q.speaker, q.speaker_rule) for q in quotes]


CASES = {
    "a cue right after the quote": (
        ["“We will not back down,” Lavrov said on Tuesday."], [("Lavrov", "cue_after")]),
    "a cue before the quote": (
        ["Sergei Lavrov said: “We will not back down from this position at all.”"],
        [("Sergei Lavrov", "cue_before")]),
    "a name and a colon label the quote": (
        ["Rep. Trey Gowdy (R-S.C.): “The committee has done its work and it will report.”"],
        [("Trey Gowdy", "label")]),
    "a sentence opening with a cue verb": (
        ["Said Comey, “We did not find evidence of intent to break the law here.”"], [("Comey", "inverted")]),
    "a quote resumed after its cue is the same speaker's": (
        ["“Many people are uncertain,” Thiel wrote in a statement to Wired, “but most Americans agree that this is bad.”"],
        [("Thiel", "cue_after"), ("Thiel", "resumed")]),
    "a paragraph of quote alone carries on the previous paragraph's speaker": (
        ["Donald Trump spoke in Ohio. “We will win so much you will get tired of winning,” he said.",
         "“Believe me, we are going to make America great again.”"],
        [("Donald Trump", "cue_after/pronoun"), ("Donald Trump", "carry_previous")]),
    "a quote opening the next sentence takes the cue of the sentence before": (
        ["“We will win so much you will get tired of winning,” Trump said. “Believe me, we are going to make "
         "America great again.”"], [("Trump", "cue_after"), ("Trump", "previous_sentence")]),
}


@pytest.mark.parametrize("name", CASES)
def test_the_strategy_that_names_the_speaker_is_recorded(name: str) -> None:
    paragraphs, expected = CASES[name]
    assert _read(*paragraphs) == expected


def test_a_cue_whose_mention_names_nobody_keeps_its_rule_and_no_speaker() -> None:
    # the senator was never named: the rule that read "the senator" stays, for the desk to see, and the
    # description is what the card shows (described, no person)
    assert _read("“This is not over by a long shot at all,” the senator said.") == [(None, "cue_after/described")]


def test_a_paragraph_after_another_speaker_does_not_carry_the_first() -> None:
    # the second paragraph has a cue of its own: no carry-over
    assert _read("Donald Trump spoke in Ohio. “We will win so much you will get tired of winning,” he said.",
                 "“We are not going to let that happen to this country,” Clinton said.") == [
        ("Donald Trump", "cue_after/pronoun"), ("Clinton", "cue_after")]


def test_strategies_are_declared_once_in_order_with_in_sentence_and_discourse_kinds() -> None:
    names = [s.name for s in STRATEGIES]
    assert len(names) == len(set(names))
    assert {s.kind for s in STRATEGIES} == {"sentence", "discourse"}
    assert names.index("cue") < names.index("carry") < names.index("same_paragraph")


_READERS = {"cue_after", "cue_before", "label", "inverted", "participle", "in_sentence", "according_after",
            "previous_sentence"}
_WORDS = st.sampled_from(["Lavrov", "said", "he", "told", "reporters", "the", "senator", "according", "to", ",",
                          ".", ":", "—", "Sergei", "on", "Tuesday", "added", "Said", "Comey", "a", "spokesman"])


@settings(max_examples=300, deadline=None)
@given(before=st.lists(_WORDS, max_size=12), after=st.lists(_WORDS, max_size=12))
def test_the_reader_named_is_one_of_the_declared_and_reads_the_same_mention(before: list[str], after: list[str]) -> None:
    text = " ".join(before) + " “We will not back down from this position,” " + " ".join(after)
    start = text.index("“") + 1
    end = text.index("”")
    mention, reader = read_mention(text, start, end)
    assert mention == mention_for(text, start, end)
    assert (reader is None) == (mention is None) and (reader is None or reader in _READERS)

