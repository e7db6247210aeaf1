"""Pronoun antecedents for attribution: whom `he said` / `she added` refers to.

News prose keeps its focus on one person per stretch of text: "Trump blamed local
officials on Twitter. “…,” he wrote." The pronoun refers to the subject of the nearest
earlier sentence that names a person, not to whoever spoke last three paragraphs ago or
to the last name seen. So we walk back sentence by sentence (the quote's own sentence
first, then the paragraph, then at most LOOKBACK earlier paragraphs) and take, in the
nearest sentence that has one, a speaker of a quote there, else the first person it
names — skipping people of the other gender and sentences whose subject is the same
pronoun (those only continue the chain further back). Names inside quotation marks are
the quoted person's words, not mentions. Nothing found: the caller falls back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .attribution import sentence_ends
from .quote_marks import scan

if TYPE_CHECKING:
    from .people import People

LOOKBACK = 2  # earlier paragraphs searched; the antecedent of `he said` is rarely further away
_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|(?:de|van|von|bin)\b|al-[A-Z][\w-]*))*")
_EXCLUDE = {"he": "f", "she": "m"}


@dataclass
class Sentence:
    """A sentence of narration: where it is, and the people it names, in order."""

    start: int
    end: int
    people: list[tuple[int, str]] = field(default_factory=list)
    first_word: str = ""


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in scan(text)]


def sentences(text: str, people: People) -> list[Sentence]:
    """The sentences of a paragraph with the known people each names outside quotes."""
    spans = _quote_spans(text)
    narration = _blank(text, spans)
    bounds, left = [], 0
    for end in sentence_ends(text):
        bounds.append((left, end))
        left = end
    bounds.append((left, len(text)))
    out = []
    for start, end in bounds:
        sentence = Sentence(start, end)
        words = re.findall(r"[\w’'-]+", narration[start:end])
        sentence.first_word = words[0].lower() if words else ""
        for run in _RUN.finditer(narration, start, end):
            person = people.person_in(run.group(0).split())
            if person:
                sentence.people.append((run.start(), person))
        out.append(sentence)
    return out


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with quoted words blanked out, offsets kept."""
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], " " * (end - start)]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def antecedent(word: str, paragraphs: list[str], index: int, at: int, people: People,
               speakers: dict[int, list[tuple[int, str]]]) -> str | None:
    """The person a subject pronoun at `paragraphs[index][at]` refers to, or None.

    `speakers` holds the quotes attributed so far: paragraph -> [(offset, speaker)].
    """
    exclude = _EXCLUDE.get(word)
    for back in range(index, max(-1, index - LOOKBACK - 1), -1):
        text = paragraphs[back]
        limit = at if back == index else len(text)
        for sentence in reversed(sentences(text, people)):
            if sentence.start >= limit:
                continue
            spoken = [name for offset, name in speakers.get(back, [])
                      if sentence.start <= offset < min(sentence.end, limit)]
            named = [name for offset, name in sentence.people if offset < limit]
            if sentence.first_word == word:
                named = []  # "He told Cruz…": its subject is the same pronoun, the chain goes further back
            for name in spoken[::-1] + named:
                if people.gender.get(name) != exclude:
                    return name
    return None
