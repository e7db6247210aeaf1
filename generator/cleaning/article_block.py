"""The second voter for saved pages: which of trafilatura's lines sit in the page's article block.

trafilatura keeps, next to the article, lines from elsewhere on the page: a teaser or a
newsletter box above it, related links, a poll or a reprint notice below it. readability
used to be the second opinion, but it re-parsed, re-cleaned and re-serialised the page and
cost three times trafilatura itself. The same evidence is in the tree we already parsed:
each kept line is found, word for word, in the page's text, which tells which element holds
it. The article block is the deepest element holding two thirds of the kept words; a line
outside it is unconfirmed (the vote then drops it only at the edges, never in the middle).
One pass over the page's text nodes, so the cost is linear in the page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict

from lxml import html as lxml_html

_WORDS = re.compile(r"\w+")
_NO_TEXT = frozenset({"script", "style", "noscript", "template", "head", "title"})
# Two thirds: the block must hold most of what trafilatura kept, yet an outer element that
# also holds a teaser column or a related-links list rarely does.
BLOCK_SHARE = 2 / 3


class PageWords:
    """The page's text, normalised, with where each element's text starts in it.

    Lines are looked up with str.find from where the previous line was found (trafilatura
    keeps the page's order), so a page costs one pass; a line found only behind that point
    needs a search from the start, and at most MAX_RESEARCHES of those are made per page
    (a hostile page with thousands of reordered lines stays linear; the rest count as not found).
    """

    MAX_RESEARCHES = 32

    def __init__(self, tree: lxml_html.HtmlElement) -> None:
        body = tree.find("body")
        root = body if body is not None else tree
        parts: list[str] = [""]
        self.starts: list[int] = []
        self.owners: list[lxml_html.HtmlElement] = []
        at = 1
        for chunk in root.xpath(".//text()"):
            if chunk.isspace():  # most text nodes are the whitespace between tags
                continue
            parent = chunk.getparent()
            if parent is None:
                continue
            owner = parent.getparent() if chunk.is_tail else parent
            if owner is None or (not chunk.is_tail and parent.tag in _NO_TEXT):
                continue
            words = " ".join(_WORDS.findall(chunk.lower()))
            if words:
                parts.append(words)
                self.starts.append(at)
                self.owners.append(owner)
                at += len(words) + 1
        parts.append("")
        self.text = " ".join(parts)
        self.last = 0
        self.researches = 0

    def owner_of(self, words: list[str]) -> lxml_html.HtmlElement | None:
        """The element whose text holds the start of the line (its normalised words), or None."""
        if not words:
            return None
        needle = " " + " ".join(words) + " "
        found = self.text.find(needle, self.last)
        if found < 0 and self.researches < self.MAX_RESEARCHES:
            self.researches += 1
            found = self.text.find(needle)
        if found < 0:
            return None
        self.last = found + len(needle) - 1
        return self.owners[bisect_right(self.starts, found + 1) - 1]


def in_article_block(tree: lxml_html.HtmlElement, lines: list[list[str]]) -> list[bool]:
    """For each line (its normalised words), whether it lies inside the page's article block.

    A line not found in the page's text (trafilatura rewrote it) counts as inside: no
    evidence is no reason to drop it.
    """
    page = PageWords(tree)
    owners = [page.owner_of(words) for words in lines]
    weight: dict[lxml_html.HtmlElement, int] = defaultdict(int)
    depth: dict[lxml_html.HtmlElement, int] = {}
    chains: list[set | None] = []
    total = 0
    for words, owner in zip(lines, owners, strict=True):
        if owner is None:
            chains.append(None)
            continue
        chain = [owner, *owner.iterancestors()]
        chains.append(set(chain))
        total += len(words)
        for level, element in enumerate(reversed(chain)):
            weight[element] += len(words)
            depth[element] = level
    if not total:
        return [True] * len(lines)
    block = max((e for e, w in weight.items() if w >= BLOCK_SHARE * total), key=depth.__getitem__)
    return [chain is None or block in chain for chain in chains]
