"""View models of the site's pieces: quotes with their links and verdicts, statement clusters.

Plain data for the templates, computed once per build in linear time. Source text stays
plain text (the theme autoescapes it); no HTML is built here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .model import Article, Digest, Link, Note, Quote
from .read import slugify

FLIP = {"insert": "delete", "delete": "insert", "replace": "replace", "equal": "equal"}


@dataclass
class Segment:
    """A run of paragraph text; `quote` is set when the run is a quotation."""

    text: str
    quote: Quote | None = None


@dataclass
class LinkView:
    """One cross-link seen from one of its quotes: the other version and the word diff."""

    kind: str
    score: float
    other: Quote
    article: Article
    ops: list[tuple[str, str, str]]


@dataclass
class Index:
    """Lookups every page needs: quotes by id, links and notes per quote, clusters."""

    articles: dict[str, Article]
    quote_article: dict[str, Article]
    quotes: dict[str, Quote]
    links: dict[str, list[LinkView]] = field(default_factory=lambda: defaultdict(list))
    notes_by_quote: dict[str, list[Note]] = field(default_factory=lambda: defaultdict(list))
    notes_by_article: dict[str, list[Note]] = field(default_factory=lambda: defaultdict(list))
    cluster_of: dict[str, int] = field(default_factory=dict)


def article_url(article: Article) -> str:
    return f"articles/{article.id}/"


def speaker_slug(name: str) -> str:
    return slugify(name)


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def build_index(digest: Digest) -> Index:
    """Index the digest once; clusters are the connected components of the links."""
    index = Index(articles={a.id: a for a in digest.articles},
                  quote_article={q.id: a for a in digest.articles for q in a.quotes},
                  quotes={q.id: q for a in digest.articles for q in a.quotes})
    parent = {qid: qid for qid in index.quotes}
    for link in digest.links:
        if link.a in index.quotes and link.b in index.quotes:
            _add_link(index, link)
            parent[_find(parent, link.a)] = _find(parent, link.b)
    roots: dict[str, int] = {}
    for qid in sorted(index.quotes):
        index.cluster_of[qid] = roots.setdefault(_find(parent, qid), len(roots))
    for note in digest.notes:
        if note.quote_id:
            index.notes_by_quote[note.quote_id].append(note)
        if note.article_id:
            index.notes_by_article[note.article_id].append(note)
    return index


def _add_link(index: Index, link: Link) -> None:
    a, b = index.quotes[link.a], index.quotes[link.b]
    index.links[link.a].append(LinkView(link.kind, link.score, b, index.quote_article[link.b], link.ops))
    flipped = [(FLIP[op], right, left) for op, left, right in link.ops]
    index.links[link.b].append(LinkView(link.kind, link.score, a, index.quote_article[link.a], flipped))


def segments(text: str, quotes: list[Quote]) -> list[Segment]:
    """Split a paragraph into plain and quoted runs (quotes sorted, non-overlapping)."""
    out, pos = [], 0
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.start < pos or quote.end > len(text):
            continue
        if quote.start > pos:
            out.append(Segment(text[pos:quote.start]))
        out.append(Segment(text[quote.start:quote.end], quote))
        pos = quote.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def clusters(index: Index, quote_ids: list[str]) -> list[list[Quote]]:
    """Quotes grouped by statement (cross-link cluster), biggest and earliest first."""
    groups: dict[int, list[Quote]] = defaultdict(list)
    for qid in quote_ids:
        groups[index.cluster_of[qid]].append(index.quotes[qid])
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0].id))
    return [sorted(g, key=lambda q: (index.quote_article[q.id].meta.published or "", q.id)) for g in ordered]
