"""Finding the quote an editor means: by its id, or by its first words in an article.

Notes and the desk's corrections reference quotes the same way, so they share this one
reader. A string shaped like a quote id is looked up as an id (read as words, a mistyped id
matched nothing and suggested a quote); words match the start of a quote (marks and spacing aside).
A suggestion for a reference that matches nothing is a whole quote (or its first words,
ending at a word boundary) from the article searched, and says which article it is in.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass

from generator.model import Article, Quote

QUOTE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{8}(?:-[0-9]+)?")
SUGGESTION_CHARS = 90  # a longer quote is suggested by its first words, cut at a word boundary


def norm(text: str) -> str:
    """Words only, lower-cased: quote marks, dashes and spacing do not decide a match."""
    return " ".join(re.findall(r"\w+", text.lower()))


@dataclass
class QuoteIndex:
    """Every quote of the digest by id, and each article's quotes, for reference lookups."""

    by_id: dict[str, tuple[Quote, Article]]
    articles: list[Article]

    @classmethod
    def of(cls, articles: list[Article]) -> QuoteIndex:
        return cls({q.id: (q, a) for a in articles for q in a.quotes}, articles)


@dataclass
class Miss:
    """Why a reference found no single quote, and the fix to print."""

    message: str
    hint: str


def first_words(text: str, limit: int = SUGGESTION_CHARS) -> str:
    """The whole quote when short, else its first words up to `limit` characters and "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _suggest(ref: str, pool: list[tuple[Quote, Article]]) -> str:
    """The quote of `pool` whose opening reads most like `ref`, named with its article."""
    words = norm(ref)
    best, score = None, 0.0
    for quote, article in pool:
        opening = " ".join(norm(quote.text).split()[: len(words.split()) + 1])
        ratio = difflib.SequenceMatcher(None, words, opening).ratio()
        if ratio > score:
            best, score = (quote, article), ratio
    if best is None or score < 0.4:
        return "quote the first words of the quote exactly as the article page shows them, or its id"
    quote, article = best
    return f"did you mean {first_words(quote.text)!r} (in {os.path.basename(article.source)})?"


def find(ref: str, article: Article | None, index: QuoteIndex) -> tuple[Quote, Article] | Miss:
    """The one quote `ref` names, in `article` when given (else anywhere), or why not."""
    ref = str(ref).strip()
    if ref in index.by_id and (article is None or index.by_id[ref][1] is article):
        return index.by_id[ref]
    pool = [(q, article) for q in article.quotes] if article is not None else list(index.by_id.values())
    where = f" in {os.path.basename(article.source)}" if article is not None else ""
    if QUOTE_ID.fullmatch(ref):
        ids = difflib.get_close_matches(ref, [q.id for q, _ in pool], n=1, cutoff=0.6)
        hint = f"did you mean {ids[0]!r}?" if ids else "copy the id printed under the quote on its article page"
        return Miss(f"no quote has the id {ref!r}{where}", hint)
    words = norm(ref)
    hits = [(q, a) for q, a in pool if norm(q.text).startswith(words)] if words else []
    if len(hits) == 1:
        return hits[0]
    if hits:
        return Miss(f"{len(hits)} quotes start with {ref!r}{where}", "quote more words, or use the quote id")
    return Miss(f"no quote starts with {ref!r}{where}", _suggest(ref, pool))
