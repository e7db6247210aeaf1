"""Cleaning copy-pasted pages (.txt): judge each line by its own evidence.

A first cut: paragraphs are lines that read like prose (enough words, sentence
punctuation); short lines between them are headings only when prose follows. The
cleaning issue raises this to its bar.
"""

from __future__ import annotations

import re

from .model import Cleaned, Paragraph, Removed

_PARA_SPLIT = re.compile(r"(?:[ \t]*\u00a0[ \t\u00a0]*){2,}|\u00a0 |  +(?=[\"“‘A-Z])")
_SENTENCE_END = re.compile(r"[.!?…\"”’»)\]]\s*$")


def split_lines(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their 1-based line numbers, several paragraphs on one line split apart."""
    out: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        for part in _PARA_SPLIT.split(line):
            part = part.replace("\u00a0", " ").strip()
            if part:
                out.append((number, part))
    return out


def _words(line: str) -> int:
    return len(line.split())


def _is_prose(line: str) -> bool:
    return _words(line) >= 12 and bool(_SENTENCE_END.search(line))


def clean_text(text: str) -> Cleaned:
    """Keep the title, prose paragraphs and the headings between them."""
    lines = split_lines(text)
    title = ""
    title_index = -1
    for i, (_, line) in enumerate(lines):
        if 4 <= _words(line) <= 40 and not _SENTENCE_END.search(line.rstrip("”\"’")):
            title, title_index = line, i
            break
    paragraphs: list[Paragraph] = []
    removed: list[Removed] = []
    for i, (number, line) in enumerate(lines):
        if i == title_index:
            continue
        if _is_prose(line):
            paragraphs.append(Paragraph(text=line, line=number))
            continue
        following = lines[i + 1][1] if i + 1 < len(lines) else ""
        if paragraphs and 2 <= _words(line) <= 12 and _is_prose(following):
            paragraphs.append(Paragraph(text=line, kind="heading", line=number))
            continue
        removed.append(Removed(text=line, reason="short line, not prose", line=number))
    return Cleaned(title=title, paragraphs=paragraphs, removed=removed)
