"""Reading speakers off real sentences: the helpers the speaker tests share."""

from __future__ import annotations

from unittest import mock

from generator.model import Paragraph, Quote
from generator.quotes.find import find_quotes
from generator.speakers import cascade, confidence
from generator.speakers.cascade import attribute


def quotes_of(*texts: str, title: str = "") -> list[Quote]:
    paragraphs = [Paragraph(t) for t in texts]
    return attribute(paragraphs, find_quotes("a", paragraphs), title)


def last_reading(*texts: str) -> tuple[str | None, str | None]:
    """(speaker, rule) of the last quote of the paragraphs: what a rule's test asserts."""
    quote = quotes_of(*texts)[-1]
    return quote.speaker, quote.speaker_rule


def speakers_of(*texts: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(*texts)]


def read_speakers_of(*texts: str) -> list[str | None]:
    """Whom each quote's reading names before abstention: what a strategy's test asserts when its reading
    is one the confidence model may leave unnamed (a he with a rival in reach sits near the threshold,
    which moves a little with each refit; test_confidence judges the abstaining)."""
    with mock.patch.object(confidence, "threshold", lambda: float("-inf")):
        return speakers_of(*texts)


def assert_speakers(table: list[tuple[list[str], list[str | None]]]) -> None:
    """Each row of a rule's table: the paragraphs, and the speakers their quotes' readings resolve to
    in order (a description's person too, which the page shows as the description: resolved_of)."""
    for paragraphs, expected in table:
        assert resolved_of(*paragraphs) == expected, paragraphs[-1]


def resolved_of(*texts: str) -> list[str | None]:
    """The person each quote's reading resolved its mention to, published or not: a description
    (`the Florida senator`) is resolved for the registry but shown as written (in_sentence.vouched),
    so the resolver's own tests read through the vouching."""
    with mock.patch.object(cascade, "vouched", lambda mention, speaker, resolved_by, titles=frozenset(): speaker):
        return speakers_of(*texts)
