"""One name per person across the digest.

The alias table (built-in + editors') and transliteration keys make Sergei/Sergey or
Shoigu/Shoygu one speaker; a surname alone takes the one full name with that surname.
A described speaker ("a senior official": Quote.speaker_description, speaker None) is nobody's
name and is never keyed here, so two outlets' senior officials never become one person.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from generator.model import Article
from generator.text.normalise import without_accents

_TRANSLIT = [("kh", "h"), ("ei", "y"), ("ey", "y"), ("iy", "y"), ("yi", "y"), ("ii", "y"), ("j", "y"),
             ("y", "i"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("ks", "x")]


def translit_key(name: str) -> str:
    """A spelling-insensitive key: Sergei/Sergey Lavrov and Shoigu/Shoygu share one."""
    key = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    return re.sub(r"[^a-z ]", "", key)


@lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> str:
    """translit_key of a name: the same few thousand names are keyed for every quote."""
    return translit_key(name)


def canonicalize(articles: list[Article], aliases: dict[str, str]) -> None:
    """Map every speaker to one canonical name, in place; linear in the number of quotes.

    The alias table wins; otherwise variants sharing a transliteration key take the most
    frequent spelling, accented where outlets differ only by accents (_spelling). A surname
    alone takes a full name with that surname: one its own article names (spelled any way, as
    Shoigu for Sergey Shoygu), or else the one full name in the digest whose surname is
    spelled exactly so. The key alone is too loose across articles: "Haines" in one story is
    not "Bruce Haynes" in another.
    """
    counts: Counter[str] = Counter(aliases.get(q.speaker, q.speaker) for a in articles for q in a.quotes if q.speaker)
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_key[_name_key(name)].append(name)
    chosen = {name: _spelling(group, counts) for group in by_key.values() for name in group}
    by_surname_key: dict[str, set[str]] = defaultdict(set)
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in counts:
        if " " in name:
            by_surname_key[_name_key(name.split()[-1])].add(chosen[name])
            by_surname[name.split()[-1]].add(chosen[name])
    for article in articles:
        text: list[str] = []  # the article's text as a key, made once and only if a surname needs it

        def text_key(article: Article = article, text: list[str] = text) -> str:
            if not text:
                text.append(f" {translit_key(' '.join(p.text for p in article.paragraphs))} ")
            return text[0]

        for i, quote in enumerate(article.quotes):
            if not quote.speaker:
                continue
            raw = aliases.get(quote.speaker, quote.speaker)
            name = chosen.get(raw, raw)
            if " " not in name:
                name = _full_name(name, raw, text_key, by_surname_key, by_surname) or name
            name = aliases.get(name, name)
            if name != quote.speaker:  # most are canonical already: no new Quote for those
                article.quotes[i] = replace(quote, speaker=name)


def _spelling(group: list[str], counts: Counter[str]) -> str:
    """The spelling a person's variants share: the most frequent, where spellings that differ
    only by accents count as one and the accented one is shown ("Felipe Calderón", not the
    "Calderon" of outlets that type without accents); ties alphabetical."""
    unaccented: Counter[str] = Counter()
    for name in group:
        unaccented[without_accents(name)] += counts[name]
    return min(group, key=lambda n: (-unaccented[without_accents(n)], n.isascii(), -counts[n], n))


def _full_name(name: str, raw: str, text_key: Callable[[], str], by_surname_key: dict[str, set[str]],
               by_surname: dict[str, set[str]]) -> str | None:
    """The full name a lone surname stands for, or None.

    Grounds in the article itself come first: exactly one full name with a matching key that
    the article's text (as a transliteration key, so any spelling) contains as whole words.
    Otherwise only an exact surname match across the digest, and only when it is unambiguous.
    Cost: the few names sharing the key, each looked up in this article's text (keyed only
    when there is a name to look up: a lone name that is nobody's surname needs none).
    """
    candidates = by_surname_key.get(_name_key(name), set())
    here = {full for full in candidates if f" {_name_key(full)} " in text_key()} if candidates else set()
    if len(here) == 1:
        return next(iter(here))
    exact = by_surname.get(raw, set()) | by_surname.get(name, set())
    if len(exact) == 1:
        return next(iter(exact))
    return None
