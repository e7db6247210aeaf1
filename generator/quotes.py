"""Stage 4: quotes. Find direct quotations in the cleaned paragraphs.

A first cut: balanced pairs of curly or straight double quotes around five or more
words are statements. The quotes issue raises this to its bar (fragments, names in
quote marks, multi-paragraph quotes).
"""

from __future__ import annotations

import hashlib
import re

from .model import Paragraph, Quote

_PAIR = re.compile(r"[“\"«]([^“”\"«»]{2,}?)[”\"»″]")


def quote_id(article_id: str, text: str, taken: set[str]) -> str:
    """A stable id from the article and the quote's words, so re-analysis keeps anchors."""
    base = f"{article_id}-{hashlib.sha1(' '.join(text.lower().split()).encode()).hexdigest()[:8]}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def find_quotes(article_id: str, paragraphs: list[Paragraph]) -> list[Quote]:
    """Every quoted span of five words or more, as a statement with no speaker yet."""
    quotes: list[Quote] = []
    taken: set[str] = set()
    for index, paragraph in enumerate(paragraphs):
        if paragraph.speaker:
            continue
        for match in _PAIR.finditer(paragraph.text):
            text = match.group(1).strip()
            if len(text.split()) < 5:
                continue
            start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            quotes.append(Quote(id=quote_id(article_id, text, taken), text=text, speaker=None, kind="statement",
                                paragraph=index, start=start, end=start + len(text)))
    return quotes
