"""Transcripts: who speaks each paragraph (`Question:`, `Sergey Lavrov:`, `WALLACE:`).

Part of cleaning. A paragraph that opens with a speaker label starts that speaker's
turn, and the turn runs on until the next label. Paragraphs before the first label
belong to the person whose "comment", "remarks" or "speech" the title announces, if it
does. A page needs two labelled paragraphs to count as a transcript, so a lone
"Update:" or "Note:" never turns an article into one.
"""

from __future__ import annotations

import re

from generator.model import Paragraph
from generator.text.words import headline_cased

_LABEL = re.compile(
    r"^[\"“]?(?P<label>Question|Answer|Q|A|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3}|[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2})"
    r"\s*:\s+\S")
_NOT_SPEAKERS = {"update", "note", "editor", "source", "photo", "image", "video", "watch", "read", "related",
                 "tags", "warning", "breaking", "exclusive", "correction", "disclaimer", "caption", "credit",
                 "updated", "listen", "see", "also", "more", "click", "follow", "share"}
_ANNOUNCED = re.compile(r"(?P<name>(?:[A-Z][\w-]+ )?[A-Z][\w-]+)[’']s? (?:comment|remarks|speech|statement|address|"
                        r"interview|answers?|opening remarks|briefing|news conference|article)", re.U)


def _label(text: str) -> str | None:
    match = _LABEL.match(text)
    if not match or _headline(text[match.end() - 1:]):
        return None
    label = match.group("label")
    if any(word.lower().strip(".’'") in _NOT_SPEAKERS for word in label.split()):
        return None
    return label


def _headline(rest: str) -> bool:
    """`Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage.`: a headline (the page's
    own, or a related link's) that names its speaker with a colon is no turn of a transcript: its words
    are capitalised, as a turn's are not."""
    return headline_cased(rest[:200])


def mark_speakers(paragraphs: list[Paragraph], title: str) -> None:
    """Set `speaker` on each paragraph of a transcript, in place; leave articles untouched."""
    labels = [_label(p.text) if p.kind != "heading" else None for p in paragraphs]
    if sum(1 for label in labels if label) < 2:
        return
    announced = _ANNOUNCED.search(title or "")
    current = announced.group("name") if announced else None
    for paragraph, label in zip(paragraphs, labels, strict=True):
        if label:
            current = label
        if paragraph.kind != "heading":
            paragraph.speaker = current
