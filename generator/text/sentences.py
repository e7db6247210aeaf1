"""Sentence boundaries: one splitter for every stage that reads a quote's sentence.

A sentence ends at . ! or ? (a closing quote mark may follow) before a capital or an opening
quote mark, except after the abbreviated titles news text puts before names (Mr., Sen., Gov. …)
and a single initial. Searches look at most CONTEXT characters either side of a quote, so the cost
per quote does not grow with the paragraph.
"""

from __future__ import annotations

import re

CONTEXT = 600
SENTENCE_END = re.compile(r"(?=[.!?])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
                           r"(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bRev)(?<!\bDel)(?<!\bLt)(?<!\bCol)(?<!\bProf)(?<!\bSgt)(?<!\bCapt)(?<!\b[A-Z])[.!?][”\"’]?\s+(?=[A-Z“\"‘])")


def sentence_ends(text: str) -> list[int]:
    """Where each sentence after the first starts."""
    return [match.end() for match in SENTENCE_END.finditer(text)]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a quote, looking at most CONTEXT characters either side (linear overall)."""
    window = max(0, start - CONTEXT)
    left = window
    for match in SENTENCE_END.finditer(text, window, max(window, start)):  # the lookahead sees the mark
        left = min(match.end(), start)
    right_match = SENTENCE_END.search(text, end, end + CONTEXT)
    return left, right_match.start() + 1 if right_match else min(len(text), end + CONTEXT)
