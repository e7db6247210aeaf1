"""One name per person across the digest.

The alias table (built-in + editors') and transliteration keys make Sergei/Sergey or
Shoigu/Shoygu one speaker; a surname alone takes the one full name with that surname.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import replace

from .model import Article

_TRANSLIT = [("kh", "h"), ("ei", "y"), ("ey", "y"), ("iy", "y"), ("yi", "y"), ("ii", "y"), ("j", "y"),
             ("y", "i"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("ks", "x")]


def translit_key(name: str) -> str:
    """A spelling-insensitive key: Sergei/Sergey Lavrov and Shoigu/Shoygu share one."""
    key = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    return re.sub(r"[^a-z ]", "", key)


def canonicalize(articles: list[Article], aliases: dict[str, str]) -> None:
    """Map every speaker to one canonical name, in place; linear in the number of quotes.

    The alias table wins; otherwise variants sharing a transliteration key take the most
    frequent spelling (ties: alphabetical), and a surname alone takes the one full name
    with that surname in the digest, when there is exactly one.
    """
    counts: Counter[str] = Counter(aliases.get(q.speaker, q.speaker) for a in articles for q in a.quotes if q.speaker)
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_key[translit_key(name)].append(name)
    chosen = {name: min(group, key=lambda n: (-counts[n], n)) for group in by_key.values() for name in group}
    surnames: dict[str, set[str]] = defaultdict(set)
    for name in set(chosen.values()):
        if " " in name:
            surnames[translit_key(name.split()[-1])].add(name)
    for article in articles:
        for i, quote in enumerate(article.quotes):
            if not quote.speaker:
                continue
            name = chosen.get(aliases.get(quote.speaker, quote.speaker), quote.speaker)
            if " " not in name and len(surnames.get(translit_key(name), ())) == 1:
                name = next(iter(surnames[translit_key(name)]))
            article.quotes[i] = replace(quote, speaker=aliases.get(name, name))
