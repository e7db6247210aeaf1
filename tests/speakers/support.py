"""Reading speakers off real sentences: the helpers the speaker tests share."""

from __future__ import annotations

from generator.model import Paragraph, Quote
from generator.quotes.find import find_quotes
from generator.speakers.cascade import attribute


def quotes_of(*texts: str, title: str = "") -> list[Quote]:
    paragraphs = [Paragraph(t) for t in texts]
    return attribute(paragraphs, find_quotes("a", paragraphs), title)


def speakers_of(*texts: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(*texts)]


def assert_speakers(table: list[tuple[list[str], list[str | None]]]) -> None:
    """Each row of a rule's table: the paragraphs, and the speakers of their quotes in order."""
    for paragraphs, expected in table:
        assert speakers_of(*paragraphs) == expected, paragraphs[-1]
