"""Lines of a copy-pasted page and the evidence each line carries on its own.

A browser's select-all copy gives one block per line; a few sites join several paragraphs
on one line with runs of no-break spaces, which we split apart. Each line is then
measured (length in words, CJK-aware; sentence shape; glued teaser headlines) so the
cleaner can judge it without any markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from generator.text.words import title_cased

# Paragraphs pasted on one line are joined by a no-break space after a sentence, or by two or more.
_NBSP_RUN = re.compile(r"(?<=[.!?…”\"’»])\u00a0[ \t\u00a0]+(?=\S)|[ \t]*\u00a0[ \t]*\u00a0[ \t\u00a0]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"[.!?…。！？:;»”\"’')\]]\s*$")
_GLUED = re.compile(r"[a-z0-9’'”\)\?!][A-Z][a-z]")
# Where a glue point is inside a name: a prefix (McConnell, MacArthur, DeSantis, LeVell) or an elided
# initial (O’Neill, D'Angelo). Name prefixes are data-like but few and fixed, so they stay here.
_ONE_WORD = re.compile(r"(?<![^\W\d_])(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)$|(?<![^\W\d_])[A-Z][’']$")
_HAS_LETTER = re.compile(r"[^\W\d_]")


T = TypeVar("T")


class _measure(Generic[T]):
    """A line's measure, computed on first use and kept in the line's __dict__ (as
    functools.cached_property does, which also works on a frozen dataclass). Python 3.11's
    cached_property takes a lock on every first use: three times the cost, on the tens of
    thousands of lines of a build, for thread safety that per-source stages never need."""

    def __init__(self, compute: Callable[[Line], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, line: Line | None, owner: type | None = None) -> T:
        if line is None:
            return self  # type: ignore[return-value]
        value = line.__dict__[self.name] = self.compute(line)
        return value


@dataclass(frozen=True)
class Line:
    """One line (or one paragraph of a line) of the source with its 1-based line number.

    Its measures are computed on first use and kept: the furniture rules and the cleaner
    ask each line's length in words several times."""

    number: int
    text: str

    @_measure
    def words(self) -> float:
        """Length in words; CJK scripts, written without spaces, count about two characters a word."""
        cjk = len(_CJK.findall(self.text))
        if not cjk:
            return float(len(self.text.split()))
        return len(_CJK.sub(" ", self.text).split()) + cjk / 2.0

    @_measure
    def ends_sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))

    @_measure
    def has_letters(self) -> bool:
        return bool(_HAS_LETTER.search(self.text))

    @_measure
    def title_case(self) -> bool:
        """Most words capitalised, as headlines and teaser titles are."""
        return title_cased(self.text)

    @property
    def glued_headline(self) -> bool:
        """A teaser: a title-case headline glued without a space to its summary ("…RenovationMichigan")."""
        return self.glued_word is not None

    @_measure
    def glued_word(self) -> str | None:
        """The word a teaser's headline and summary run together in ("RenovationMichigan"), or None."""
        if not _GLUED.search(self.text):
            return None  # most lines: one search, no generator
        match = next((m for m in _GLUED.finditer(self.text)
                      if not _ONE_WORD.search(self.text, max(0, m.start() - 3), m.start() + 1)), None)
        if not match or not Line(self.number, self.text[: match.start() + 1]).title_case:
            return None
        before = re.search(r"[\w’'-]*$", self.text[:match.start() + 1])
        after = re.match(r"[\w’'-]*", self.text[match.start() + 1:])
        return (before.group(0) if before else "") + (after.group(0) if after else "")


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, several paragraphs on one line split apart, whitespace normalised.

    The text of every returned Line is drawn from the input: only whitespace changes.
    """
    out: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        for part in _NBSP_RUN.split(raw):
            part = " ".join(part.replace("\u00a0", " ").split())
            if part:
                out.append(Line(number, part))
    return out
