"""Stage 6 (corpus): cross-links. Pair quotes in different sources that report one statement.

A first cut: verbatim matches by normalised text, found through a hash index (linear in
the number of quotes). The cross-links issue adds partial and paraphrase matching.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .model import Article, Link

_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Words only, lower-cased: quote-mark style, punctuation and spacing do not count."""
    return " ".join(_WORD.findall(text.lower()))


def match(articles: list[Article]) -> list[Link]:
    """Verbatim links between quotes of different articles."""
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for article in articles:
        for quote in article.quotes:
            groups[normalise(quote.text)].append((article.id, quote.id))
    links = []
    for members in groups.values():
        for i, (art_a, qa) in enumerate(members):
            for art_b, qb in members[i + 1:]:
                if art_a != art_b:
                    links.append(Link(a=qa, b=qb, kind="verbatim", score=1.0))
    return sorted(links, key=lambda link: (link.a, link.b))
