"""Cleaning saved web pages (.html): trafilatura extracts, the page's structure votes, our rules judge.

The page is parsed once; the tree serves trafilatura, the page's metadata (html_meta) and
the second voter. trafilatura finds the article's text (DOM structure, text and link
density) but keeps some page furniture: teaser blocks, newsletter boxes, reprint notices.
The second opinion is where each of its lines sits in the page (article_block): a line
inside the element holding most of the article is confirmed. A confirmed line is article
text; an unconfirmed one stays only when it sits inside the confirmed run (a paragraph
the page splits differently). Every line then passes the same furniture rules as
copy-pasted pages (data/boilerplate_text.yaml). What is dropped is recorded with why.
readability-lxml is only the fallback for a page where trafilatura finds nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from lxml import html as lxml_html

from generator.cleaning.article_block import in_article_block
from generator.cleaning.furniture import furniture_reason
from generator.cleaning.lines import Line
from generator.ingest import html_tree
from generator.metadata.html_meta import page_hints, page_hints_of
from generator.model import Cleaned, PageHints, Paragraph, Removed

_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def normalised_line(text: str) -> str:
    """A line's words, lower-cased. Cached: the vote and the title check both ask for each line."""
    return " ".join(_WORDS.findall(text.lower()))


def _parse(markup: str) -> lxml_html.HtmlElement | None:
    """The page's tree, parsed the way trafilatura parses it (so its output does not change):
    the read stage's parse of this very text when it made one (html_tree.py)."""
    from trafilatura.utils import load_html

    tree = html_tree.tree_for(markup)
    return tree if tree is not None else load_html(markup)


def _trafilatura(page: str | lxml_html.HtmlElement) -> str:
    """trafilatura's text of a page (markup or our tree: it works on a copy of a tree)."""
    import trafilatura

    return trafilatura.extract(page, include_comments=False, fast=True) or ""


def _readability(markup: str) -> str:
    import html_text
    from readability import Document

    return html_text.extract_text(Document(markup).summary(html_partial=True)) or ""


def _safe(extractor, markup):
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
    """Lines of `primary` that the text `second` confirms, plus the unconfirmed ones inside the agreed run."""
    confirmed_in = _RunFinder(normalised_line(" \n ".join(_lines(second))).split())
    return vote_by(primary, lambda lines: [confirmed_in(words) for words in lines])


def vote_by(primary: str, confirm: Callable[[list[list[str]]], list[bool]]) -> tuple[list[str], list[Removed]]:
    """Lines of `primary` that `confirm` (given each line's normalised words) confirms, plus the
    unconfirmed ones inside the agreed run; furniture is dropped first, with its reason."""
    removed: list[Removed] = []
    candidates = []
    for line in _lines(primary):
        reason = furniture_reason(Line(0, line.lstrip("-–• ")))
        if reason:
            removed.append(Removed(text=line, reason=reason))
        else:
            candidates.append(line)
    confirmed = confirm([normalised_line(line).split() for line in candidates]) if candidates else []
    agreed = [i for i, ok in enumerate(confirmed) if ok]
    if not agreed:
        return candidates, removed
    first, last = agreed[0], agreed[-1]
    kept = []
    for i, line in enumerate(candidates):
        if confirmed[i] or first < i < last:
            kept.append(line)
        else:
            removed.append(Removed(text=line, reason="outside the page's article block"))
    return kept, removed


def _heading_texts(tree: lxml_html.HtmlElement | None) -> set[str]:
    """The words of the page's own sub-headings (h2-h6), normalised as lines are."""
    if tree is None:
        return set()
    try:
        return {normalised_line(h.text_content()) for h in tree.iter("h2", "h3", "h4", "h5", "h6")} - {""}
    except (ValueError, lxml_html.etree.LxmlError):
        return set()


def _paragraphs(lines: list[str], title: str, marked: frozenset[str] | set[str] = frozenset()) -> list[Paragraph]:
    """Paragraphs of the kept lines; which are sub-headings.

    When the page marks sub-headings (h2-h6) among its article's lines, those are its
    headings and no other line is: a BBC crosshead ending in "?" is one, the bold byline box
    under it is not. A page marking none gets the guess from the line's shape: short, no
    closing stop, before a long paragraph."""
    out: list[Paragraph] = []
    title_words = normalised_line(title) if title else None
    by_markup = any(normalised_line(text) in marked for text in lines)
    for i, text in enumerate(lines):
        if title_words is not None and normalised_line(text) == title_words:
            continue
        if by_markup:
            heading = normalised_line(text) in marked
        else:
            line = Line(0, text)
            nxt = Line(0, lines[i + 1]) if i + 1 < len(lines) else None
            heading = (not line.ends_sentence and line.words <= 15 and nxt is not None and nxt.words >= 12)
        out.append(Paragraph(text=text, kind="heading" if heading and out else "body"))
    return out


def clean_html(markup: str) -> Cleaned:
    """The article of a saved web page: title, paragraphs, removed lines, and the page's own metadata."""
    tree = _safe_tree(markup)
    hints = _safe_hints(markup, tree)
    primary = _safe(_trafilatura, tree) if tree is not None else ""
    if primary.strip() and tree is not None:
        lines, removed = vote_by(primary, lambda words: _safe_block(tree, words))
    else:  # trafilatura found nothing: readability's text, as it is
        lines, removed = _lines(_safe(_readability, markup)), []
    title = hints.title or ""
    if title and lines and normalised_line(lines[0]) == normalised_line(title):
        removed.append(Removed(text=lines[0], reason="repeats the title"))
    paragraphs = _paragraphs(lines, title, _heading_texts(tree))
    if not paragraphs:
        removed.append(Removed(text=markup[:200], reason="no article text found in the page"))
    return Cleaned(title=title, paragraphs=paragraphs, removed=removed, hints=hints)


def _safe_block(tree: lxml_html.HtmlElement, lines: list[list[str]]) -> list[bool]:
    """Where the article block cannot be found, every line is confirmed (nothing dropped for it)."""
    try:
        return in_article_block(tree, lines)
    except (RecursionError, ValueError, TypeError, lxml_html.etree.LxmlError):
        return [True] * len(lines)


def _safe_tree(markup: str) -> lxml_html.HtmlElement | None:
    try:
        return _parse(markup) if markup.strip() else None
    except (RecursionError, ValueError, TypeError, lxml_html.etree.LxmlError):
        return None


def _safe_hints(markup: str, tree: lxml_html.HtmlElement | None) -> PageHints:
    try:
        return page_hints_of(tree) if tree is not None else page_hints(markup)
    except (RecursionError, ValueError, lxml_html.etree.LxmlError):
        return PageHints()
