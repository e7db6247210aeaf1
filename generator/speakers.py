"""Stage 5: speakers. Attribute each quote to who said it, with one name per person.

A first cut: the capitalised name next to a speech verb in the quote's paragraph.
`canonicalize` runs over the whole digest so that spelling variants of one person
(Sergei/Sergey Lavrov) become one speaker, using the alias table editors can extend.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Article, Paragraph, Quote

_NAME = r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
_VERBS = r"(?:said|says|added|told|stressed|noted|continued|explained|asked)"
_AFTER = re.compile(rf"^[,\s]*{_NAME} {_VERBS}\b")
_BEFORE = re.compile(rf"{_NAME} {_VERBS}[:,]?\s*$")


def attribute(paragraphs: list[Paragraph], quotes: list[Quote]) -> list[Quote]:
    """Fill in `speaker`/`mention` where a name stands next to a speech verb."""
    out = []
    for quote in quotes:
        text = paragraphs[quote.paragraph].text
        after = _AFTER.search(text[quote.end + 1:])
        before = _BEFORE.search(text[: max(0, quote.start - 1)])
        match = after or before
        name = match.group("name") if match else None
        out.append(replace(quote, speaker=name, mention=name))
    return out


def canonicalize(articles: list[Article], aliases: dict[str, str]) -> None:
    """Map every speaker to its canonical name in place: alias table first, then the
    longest full name seen in the digest that ends with the same surname."""
    full_names: dict[str, str] = {}
    for article in articles:
        for quote in article.quotes:
            name = aliases.get(quote.speaker or "", quote.speaker)
            if name and " " in name:
                full_names.setdefault(name.split()[-1], name)
    for article in articles:
        for i, quote in enumerate(article.quotes):
            if not quote.speaker:
                continue
            name = aliases.get(quote.speaker, quote.speaker)
            name = full_names.get(name.split()[-1], name) if " " not in name else name
            article.quotes[i] = replace(quote, speaker=name)
