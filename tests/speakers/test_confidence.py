"""Confidence and abstention with the shipped model (generator/data/speaker_confidence.yaml, fitted on
polnear-train by benchmarks/train_speaker_confidence.py, threshold chosen on polnear-dev)."""

from __future__ import annotations

from generator.model import Paragraph, Quote
from generator.quotes.find import find_quotes
from generator.speakers import confidence
from generator.speakers.cascade import attribute

# a he whose antecedent spoke last, two sentences and a paragraph back, named far, with two other men in reach
# and a named one the runner-up (coref's evidence of `He noted that … “…”` after Gorka's quotes, polnear-train)
WEAK_PRONOUN = ("gender_agrees", "last_speaker", "named_far", "rival", "options_3", "rival_named", "src_spoken",
                "sent_2", "para_1")


def _quote(speaker: str | None, rule: str, mention: str, kind: str = "statement",
           evidence: tuple[str, ...] = ()) -> Quote:
    return Quote(id="q", text="We will not back down from this position", speaker=speaker, kind=kind, paragraph=0,
                 start=1, end=40, mention=mention, speaker_rule=rule, speaker_evidence=evidence)


def test_a_cue_naming_the_speaker_is_trusted_and_kept() -> None:
    assert confidence.of("cue_after") > 0.95
    [kept] = confidence.abstain([_quote("Sergei Lavrov", "cue_after", "Lavrov")])
    assert (kept.speaker, kept.speaker_rule) == ("Sergei Lavrov", "cue_after")
    assert kept.speaker_confidence == confidence.of("cue_after")


def test_a_weak_pronoun_reading_is_left_unnamed_but_keeps_its_rule_and_confidence() -> None:
    score = confidence.of("in_sentence/pronoun", WEAK_PRONOUN)
    assert score is not None and score < confidence.threshold()
    [left] = confidence.abstain([_quote("Ted Cruz", "in_sentence/pronoun", "he", evidence=WEAK_PRONOUN)])
    assert (left.speaker, left.said_by, left.speaker_rule, left.speaker_confidence) == (
        None, None, "in_sentence/pronoun", score)


def test_an_untrusted_reading_with_a_describing_mention_shows_the_description() -> None:
    [left] = confidence.abstain([_quote("Ted Cruz", "in_sentence/pronoun", "the Texas senator", evidence=WEAK_PRONOUN)])
    assert (left.speaker, left.speaker_description) == (None, "the Texas senator")


def test_an_untrusted_fragment_with_nothing_to_show_is_not_reported() -> None:
    assert confidence.abstain([_quote("Ted Cruz", "in_sentence/pronoun", "he", "fragment", WEAK_PRONOUN)]) == []


def test_the_pronoun_evidence_is_recorded_on_real_text() -> None:
    paragraphs = [Paragraph("Donald Trump spoke in Ohio on Monday. “We will win so much you will get tired of "
                            "winning,” he said.")]
    [quote] = attribute(paragraphs, find_quotes("a", paragraphs))
    assert (quote.speaker, quote.speaker_rule) == ("Donald Trump", "cue_after/pronoun")
    assert "named_in_paragraph" in quote.speaker_evidence and "rival" not in quote.speaker_evidence
    assert quote.speaker_confidence is not None and quote.speaker_confidence >= confidence.threshold()
