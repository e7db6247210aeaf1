"""Cleaning copy-pasted pages (.txt): judge each line by its own evidence.

A pasted page has no tags, so we find the article the way a reader does: the densest run
of prose. Each line gets a score (long sentence-shaped lines up, short lines and page
furniture down); the article body is the run of lines with the highest total (a maximum
sub-array), never crossing a comment-section marker. Inside it, captions, credits,
teaser headlines and furniture are dropped; short lines that introduce prose stay as
sub-headings. The title is the headline-shaped line above the body that the body is about
(headline.py), not a menu entry or section label. Every line
that is not kept is recorded with the reason it was dropped.
"""

from __future__ import annotations

import re
from typing import cast

from generator.cleaning.furniture import JUNK_TOKEN, furniture_reason
from generator.cleaning.headline import find_headline
from generator.cleaning.lines import Line, split_lines
from generator.metadata.bylines import lead_names
from generator.metadata.dates import publication
from generator.model import Cleaned, Paragraph, ParagraphKind, Removed

PROSE_WORDS = 12
LONG_WORDS = 40
TITLE_MAX_WORDS = 45
BARRIER = -1e6
_DATE_LINE = re.compile(
    r"^(\w+, )?(\d{1,2}[ ./-])?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ ,0-9:-]|"
    r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|^\d{1,2}:\d{2}\b|^(updated|published|posted)\b", re.I)
_BYLINE = re.compile(r"^(by|von|par|por|di|door|av)\s+[A-Z\u00c0-\u024f][\w.'-]+", re.U)
_TITLE_BAD_END = re.compile(r"[,;:.]\s*$")


def _named_brands(lines: list[Line], reasons: list[str | None], text: str) -> list[str | None]:
    """A "glued teaser" in sentence case whose glued word the page writes again elsewhere is a camel-case
    name ("the Attorney General is investigating WeWork"): a teaser's headline and summary run together
    once. A title-case line stays a teaser ("16-Inch MacBook Pro Features …" in a list of headlines)."""
    for i, reason in enumerate(reasons):
        word = lines[i].glued_word if reason == "related-article teaser" and not lines[i].title_case else None
        if word and text.count(word) >= 2:
            reasons[i] = None
    return reasons


def _is_prose(line: Line) -> bool:
    return line.words >= LONG_WORDS or (line.words >= PROSE_WORDS and line.ends_sentence)


def _score(line: Line, reason: str | None) -> float:
    if reason == "comment section":
        return BARRIER
    if reason == "related-articles block":
        return -12.0
    if reason:
        return -6.0
    if _is_prose(line):
        return min(line.words, 80.0)
    if line.words >= 6 and line.ends_sentence:
        return 2.0
    return -1.5


def _kadane(scores: list[float], offset: int) -> tuple[float, tuple[int, int]]:
    best, best_span = float("-inf"), (offset, offset - 1)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = score, i
        else:
            total += score
        if total > best:
            best, best_span = total, (offset + start, offset + i)
    return best, best_span


def _best_run(scores: list[float]) -> tuple[int, int]:
    """Indices [start, end] of the article's run of lines.

    Comment-section markers cut the page into segments; in each, the run with the
    highest total score (a maximum sub-array). The article comes before its comments,
    so the earliest run at least half as strong as the strongest wins.
    """
    segments, start = [], 0
    for i, score in enumerate(scores + [BARRIER]):
        if score <= BARRIER:
            if i > start:
                segments.append(_kadane(scores[start:i], start))
            start = i + 1
    strongest = max((total for total, _ in segments), default=0.0)
    if strongest <= 0:
        return 0, -1
    return next(span for total, span in segments if total >= 0.5 * strongest)


def _is_headline(line: Line) -> bool:
    bad_end = _TITLE_BAD_END.search(line.text) and not (line.text.endswith(".") and line.title_case)
    bare = line.text.lstrip(" |•·–—-")  # "| November 18, 2019 12:01 PM": a separator before the date
    return (3 <= line.words <= TITLE_MAX_WORDS and line.has_letters and not bad_end
            and not _DATE_LINE.search(bare) and not _BYLINE.search(bare)
            and not JUNK_TOKEN.search(line.text) and not line.text[0].islower())


def _find_title(lines: list[Line], reasons: list[str | None], start: int, end: int) -> int | None:
    """The headline above the body (headline.py): among the headline-shaped lines above it that are
    no furniture, the one whose words the body's opening repeats. A glued-teaser verdict does not
    rule a line out: a headline naming a camel-case brand ("…investigating WeWork") looks glued."""
    def candidate(i: int) -> bool:
        return reasons[i] in (None, "related-article teaser") and _is_headline(lines[i])
    def header(i: int) -> bool:
        return reasons[i] is not None or bool(_DATE_LINE.search(lines[i].text) or _BYLINE.search(lines[i].text))
    def signed(i: int) -> bool:  # the metadata stage's own readers of date lines and bylines
        text = lines[i].text
        return len(text.split()) <= 16 and bool(publication(text) or lead_names(text))
    return find_headline(lines, candidate, start, end, header, signed)


def _is_caption(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """A photo caption: an unpunctuated descriptive line right before a credit or a teaser."""
    line = lines[i]
    if line.ends_sentence or line.words < 6:
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and (reasons[i + 1] is not None or (nxt.title_case and not _is_prose(nxt)))


def _classify_inside(lines: list[Line], reasons: list[str | None], title: str, i: int, end: int) -> tuple[str, str]:
    """('keep', kind) or ('drop', reason) for a line inside the body run."""
    line = lines[i]
    prev_reason = reasons[i - 1] if i > 0 else None
    reason = reasons[i]
    if reason:
        return "drop", reason
    if title and normalised_line(line.text) == normalised_line(title):
        return "drop", "repeats the title"
    if _is_prose(line):
        return "keep", "body"
    if prev_reason in {"photo caption or credit"} or (i > 0 and _is_caption(lines, reasons, i - 1)):
        return "drop", "teaser or caption after a photo"
    if _is_caption(lines, reasons, i):
        return "drop", "photo caption"
    nxt = lines[i + 1] if i + 1 <= end else None
    if not line.ends_sentence and line.words <= 15 and nxt is not None and _is_prose(nxt):
        return "keep", "heading"
    return "keep", "body"


_SIGNATURE = re.compile(r"[-–—]\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:,[^\"“”]{0,80})?\.?")
_WHOLE_QUOTE = re.compile(r"[\"“].{20,}[\"”]")


def _with_signature(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """`"The whole idea of a 'Crooked Hillary' … needs to stop." ¶ -Michelle Marks, Philadelphia.`: a
    dash and a name right after a paragraph that is all quote sign it, so the run of the article goes on
    to it (speakers.py reads it as the quote's speaker)."""
    nxt = end + 1
    if end >= 0 and nxt < len(lines) and reasons[nxt] is None and _SIGNATURE.fullmatch(lines[nxt].text.strip()):
        return nxt if _WHOLE_QUOTE.fullmatch(lines[end].text.strip()) else end
    return end


def normalised_line(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def clean_text(text: str) -> Cleaned:
    """Keep the title, the standfirst, the body paragraphs and the sub-headings between them."""
    lines = split_lines(text)
    reasons = _named_brands(lines, [furniture_reason(line) for line in lines], text)
    start, end = _best_run([_score(line, r) for line, r in zip(lines, reasons, strict=True)])
    end = _with_signature(lines, reasons, end)
    title_index = _find_title(lines, reasons, start, end) if end >= start else None
    title = lines[title_index].text if title_index is not None else ""
    paragraphs: list[Paragraph] = []
    removed: list[Removed] = []
    header: list[str] = []
    for i, line in enumerate(lines):
        if i == title_index:
            continue
        if start <= i <= end:
            verdict, kind = _classify_inside(lines, reasons, title, i, end)
            if verdict == "keep":
                paragraphs.append(Paragraph(text=line.text, kind=cast(ParagraphKind, kind), line=line.number))
                continue
            reason = kind
        elif title_index is not None and title_index < i < start and reasons[i] is None:
            if _is_prose(line) or (line.words >= 10 and not line.title_case):
                paragraphs.append(Paragraph(text=line.text, kind="summary", line=line.number))
                continue
            header.append(line.text)
            reason = "metadata line"
        else:
            reason = reasons[i] or ("before the article" if i < start else "after the article")
        if normalised_line(line.text) == normalised_line(title) and reason in {"before the article", "after the article"}:
            reason = "repeats the title"
        removed.append(Removed(text=line.text, reason=reason, line=line.number))
    _mark_summary(paragraphs)
    title_line = lines[title_index].number if title_index is not None else None
    return Cleaned(title=title, paragraphs=paragraphs, removed=removed, header=header, title_line=title_line)


def _mark_summary(paragraphs: list[Paragraph]) -> None:
    """A first paragraph without a full stop that the next paragraph restates is a standfirst."""
    if len(paragraphs) >= 2 and paragraphs[0].kind == "body" and not Line(0, paragraphs[0].text).ends_sentence:
        paragraphs[0].kind = "summary"
