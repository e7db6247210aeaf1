"""Stage 4: quotes. Find the direct quotations in the cleaned paragraphs.

The scanner (quote_marks.py) gives top-level quoted spans; this stage decides what each
span is. A quoted sentence or clause of five words or more is a statement; a few quoted
words inside reported speech are a fragment, kept only when a speech verb stands in
the same sentence. Names and titles in quote marks (a TV programme, "the 2+2 talks"),
scare quotes and quoted headlines are not quotes. Paragraphs spoken in a transcript
(`paragraph.speaker` set by cleaning) are the speaker's words, not quotations.
"""

from __future__ import annotations

import hashlib
import re

from generator.lexicon import has_speech_verb, word_set
from generator.model import Paragraph, Quote, QuoteKind
from generator.quotes.marks import scan
from generator.text.sentences import sentence_bounds

STATEMENT_WORDS = 5
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_URL = re.compile(r"\s*(?:https?://|www\.)\S+\s*")
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "v", "de", "la", "le", "von", "van",
          "is", "with", "by", "as", "from", "into", "nor", "but", "vs", "via"}  # small words title case keeps lower


def word_count(text: str) -> int:
    """Words as the statement test counts them."""
    return len(_WORD.findall(text))


def quote_id(article_id: str, text: str, taken: dict[str, int]) -> str:
    """A stable id from the article and the quote's words, so re-analysis keeps anchors.

    The same words quoted twice in one article get -2, -3… in reading order.
    """
    base = f"{article_id}-{hashlib.sha1(' '.join(text.lower().split()).encode()).hexdigest()[:8]}"
    taken[base] = taken.get(base, 0) + 1
    return base if taken[base] == 1 else f"{base}-{taken[base]}"


def _is_name(words: list[str], text: str) -> bool:
    """Title-case words with no sentence inside: a name or title in quote marks."""
    big = [w for w in words if w.lower() not in _SMALL]
    if not big or len(words) > 10 or re.search(r"[.!?]\s+\S", text):
        return False
    return sum(w[0].isupper() or w[0].isdigit() for w in big) >= max(1, 0.8 * len(big))


def _name_cue_before(paragraph: str, start: int) -> bool:
    before = paragraph[max(0, start - 25): max(0, start - 1)].lower().split()
    return bool(before) and before[-1].strip(",:") in word_set("name_cues")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end), quote marks included, for the fragment test."""
    left, right = sentence_bounds(text, start, end)
    return text[left:right]


def classify(paragraph: str, start: int, end: int) -> QuoteKind | None:
    """statement, fragment, or None (not a quote) for the span [start, end) of a paragraph."""
    text = paragraph[start:end]
    words = _WORD.findall(text)
    if not words:
        return None
    if _is_name(words, text) or _URL.fullmatch(text):
        return None  # a name or title in quote marks, or a web address
    if len(words) >= STATEMENT_WORDS:
        return "statement"
    if _name_cue_before(paragraph, start) or len(words) < 2:
        return None
    sentence = _sentence(paragraph, start, end)
    outside = sentence.replace(text, " ")
    return "fragment" if has_speech_verb(outside) else None


def _trim(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and the comma that belongs to the attribution (“…,” he said)."""
    while start < end and paragraph[start].isspace():
        start += 1
    while end > start and (paragraph[end - 1].isspace() or paragraph[end - 1] == ","):
        end -= 1
    return start, end


def find_quotes(article_id: str, paragraphs: list[Paragraph]) -> list[Quote]:
    """Every statement and attributed fragment, with offsets into its paragraph; no speaker yet."""
    quotes: list[Quote] = []
    taken: dict[str, int] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph.speaker or paragraph.kind == "heading":
            continue
        for span in scan(paragraph.text):
            start, end = _trim(paragraph.text, span.start, span.end)
            kind = classify(paragraph.text, start, end)
            if kind is None:
                continue
            text = paragraph.text[start:end]
            quotes.append(Quote(id=quote_id(article_id, text, taken), text=text, speaker=None, kind=kind,
                                paragraph=index, start=start, end=end))
    return quotes
