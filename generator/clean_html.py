"""Cleaning saved web pages (.html): two extractors vote, our rules judge every line.

trafilatura and readability-lxml each find the article's text with their own evidence
(DOM structure, text and link density). Each alone keeps some page furniture: teaser
blocks, newsletter boxes, reprint notices. A line both extractors keep is article text;
a line only one keeps stays only when it sits inside the run both agree on (a paragraph
the other split differently). Every line then passes the same furniture rules as
copy-pasted pages (data/boilerplate_text.yaml). What is dropped is recorded with why.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml import html as lxml_html

from .clean_text import furniture_reason
from .html_meta import page_hints
from .lines import Line
from .model import Cleaned, PageHints, Paragraph, Removed

_WORDS = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _trafilatura(markup: str) -> str:
    import trafilatura

    return trafilatura.extract(markup, include_comments=False, fast=True) or ""


def _readability(markup: str) -> str:
    import html_text
    from readability import Document

    return html_text.extract_text(Document(markup).summary(html_partial=True)) or ""


def _safe(extractor, markup: str) -> str:
    """An extractor that fails on a hostile page simply does not vote."""
    try:
        return extractor(markup)
    except (RecursionError, ValueError, TypeError, AttributeError, LookupError, lxml_html.etree.LxmlError):
        return ""
    except Exception:  # noqa: BLE001 - third-party code on untrusted input
        return ""


def _lines(text: str) -> list[str]:
    """Non-empty lines; trafilatura's table rows (`| a | b |`) become their cells' text."""
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") or stripped.endswith("|"):
            cells = re.split(r"(?<!\\)\|", stripped)  # trafilatura writes a literal | in a cell as \|
            stripped = " ".join(c.strip().replace("\\|", "|") for c in cells if c.strip())
        if stripped:
            out.append(" ".join(stripped.split()))
    return out


class _RunFinder:
    """Is a line's word sequence a contiguous run of a text's words? Without rescanning the text.

    Looking each line up with `in` over the whole text made a page of n lines cost n times
    its length (a 5 MB page took minutes); the line is anchored at its rarest word instead,
    and identical lines are answered once.
    """

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.at: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(words):
            self.at[word].append(i)
        self.seen: dict[tuple[str, ...], bool] = {}

    def __call__(self, needle: list[str]) -> bool:
        key = tuple(needle)
        if key not in self.seen:
            self.seen[key] = bool(needle) and self._find(needle)
        return self.seen[key]

    def _find(self, needle: list[str]) -> bool:
        anchor = min(range(len(needle)), key=lambda j: len(self.at.get(needle[j], ())))
        return any(self.words[p - anchor:p - anchor + len(needle)] == needle
                   for p in self.at.get(needle[anchor], ()) if p >= anchor)


def vote(primary: str, second: str) -> tuple[list[str], list[Removed]]:
    """Lines of `primary` that `second` confirms, plus the unconfirmed ones inside the agreed run."""
    removed: list[Removed] = []
    candidates = []
    for line in _lines(primary):
        reason = furniture_reason(Line(0, line.lstrip("-–• ")))
        if reason:
            removed.append(Removed(text=line, reason=reason))
        else:
            candidates.append(line)
    confirmed_in = _RunFinder(_norm(" \n ".join(_lines(second))).split())
    confirmed = [confirmed_in(_norm(line).split()) for line in candidates]
    agreed = [i for i, ok in enumerate(confirmed) if ok]
    if not agreed:
        return candidates, removed
    first, last = agreed[0], agreed[-1]
    kept = []
    for i, line in enumerate(candidates):
        if confirmed[i] or first < i < last:
            kept.append(line)
        else:
            removed.append(Removed(text=line, reason="outside the text both extractors agree on"))
    return kept, removed


def _paragraphs(lines: list[str], title: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    for i, text in enumerate(lines):
        if title and _norm(text) == _norm(title):
            continue
        line = Line(0, text)
        nxt = Line(0, lines[i + 1]) if i + 1 < len(lines) else None
        heading = (not line.ends_sentence and line.words <= 15 and nxt is not None and nxt.words >= 12)
        out.append(Paragraph(text=text, kind="heading" if heading and out else "body"))
    return out


def clean_html(markup: str) -> Cleaned:
    """The article of a saved web page: title, paragraphs, removed lines, and the page's own metadata."""
    hints = _safe_hints(markup)
    primary = _safe(_trafilatura, markup)
    second = _safe(_readability, markup)
    if not primary.strip():
        primary, second = second, ""
    lines, removed = vote(primary, second) if second.strip() else (_lines(primary), [])
    title = hints.title or ""
    if title and lines and _norm(lines[0]) == _norm(title):
        removed.append(Removed(text=lines[0], reason="repeats the title"))
    paragraphs = _paragraphs(lines, title)
    if not paragraphs:
        removed.append(Removed(text=markup[:200], reason="no article text found in the page"))
    return Cleaned(title=title, paragraphs=paragraphs, removed=removed, hints=hints)


def _safe_hints(markup: str) -> PageHints:
    try:
        return page_hints(markup)
    except (RecursionError, ValueError, lxml_html.etree.LxmlError):
        return PageHints()
