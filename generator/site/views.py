"""View models shared by the site's pages: quotes with their links and verdicts, statements.

Plain data for the templates, computed once per build in linear time. Source text stays
plain text (the theme autoescapes it); no HTML is built here.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from unidecode import unidecode

from generator.model import Article, Digest, Link, Note, Quote

FLIP = {"insert": "delete", "delete": "insert", "replace": "replace", "equal": "equal"}
Ops = list[tuple[str, str, str]]


@dataclass
class Segment:
    """A run of paragraph text; `quote` is set when the run is a quotation."""

    text: str
    quote: Quote | None = None


@dataclass
class LinkView:
    """One cross-link seen from one of its quotes: the other version and the word diff.

    `ops` are from this quote's side: `delete` words are only in this quote, `insert`
    words only in the other outlet's version.
    """

    kind: str
    score: float
    other: Quote
    article: Article
    ops: Ops
    number: int = 0  # the other quote's number on its article's page: two quotes of one article read apart

    speakers_differ: bool = False  # the same words, attributed to someone else there: a finding
    figures_differ: bool = False  # each version states a figure the other does not: for the reader to see


def reading_order(article: Article) -> list[Quote]:
    """An article's quotes as its page numbers them (1, 2, …): by paragraph, then position."""
    return sorted(article.quotes, key=lambda q: (q.paragraph, q.start, q.id))


class LinkViews:
    """The cross-links of each quote, seen from it (LinkView), made when a page first asks.

    A 10,000-source digest has some 400,000 links: making both views of every one up front
    took 5 s before the site's pages were shared out over the rendering processes; now each
    process makes the views of the quotes on its own pages (and keeps them: a view is one
    object wherever it is shown, which page fingerprints rely on)."""

    def __init__(self, quotes: dict[str, Quote], quote_article: dict[str, Article]) -> None:
        self._quotes, self._quote_article = quotes, quote_article
        self._links: dict[str, list[tuple[Link, bool]]] = defaultdict(list)
        self._views: dict[str, list[LinkView]] = {}
        self._numbers: dict[str, int] = {}

    def add(self, link: Link) -> None:
        self._links[link.a].append((link, False))
        self._links[link.b].append((link, True))

    def get(self, quote_id: str, default: list[LinkView] | None = None) -> list[LinkView]:
        views = self._views.get(quote_id)
        if views is None:
            if quote_id not in self._links:
                return default or []
            views = self._views[quote_id] = [self._view(link, flipped) for link, flipped in self._links[quote_id]]
        return views

    def number(self, quote_id: str) -> int:
        """The quote's number on its article's page (each article numbered once, when first asked)."""
        if quote_id not in self._numbers:
            for n, quote in enumerate(reading_order(self._quote_article[quote_id]), start=1):
                self._numbers[quote.id] = n
        return self._numbers[quote_id]

    def _view(self, link: Link, flipped: bool) -> LinkView:
        ops = [(op[0], op[1], op[2]) for op in link.ops if len(op) == 3]
        if flipped:
            return LinkView(link.kind, link.score, self._quotes[link.a], self._quote_article[link.a],
                            [(FLIP.get(op, op), right, left) for op, left, right in ops], self.number(link.a),
                            link.speakers_differ, link.figures_differ)
        return LinkView(link.kind, link.score, self._quotes[link.b], self._quote_article[link.b], ops,
                        self.number(link.b), link.speakers_differ, link.figures_differ)


@dataclass
class Index:
    """Lookups every page needs: quotes by id, links and notes per quote, clusters."""

    articles: dict[str, Article]
    quote_article: dict[str, Article]
    quotes: dict[str, Quote]
    links: LinkViews = field(init=False)
    related: LinkViews = field(init=False)  # pairs likely but not confirmed to be one statement
    notes_by_quote: dict[str, list[Note]] = field(default_factory=lambda: defaultdict(list))
    notes_by_article: dict[str, list[Note]] = field(default_factory=lambda: defaultdict(list))
    cluster_of: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.links = LinkViews(self.quotes, self.quote_article)
        self.related = LinkViews(self.quotes, self.quote_article)


@dataclass
class Version:
    """One outlet's wording of a statement; `ops` compare it with `compared_with` (an earlier version)."""

    quote: Quote
    article: Article
    notes: list[Note]
    ops: Ops | None = None
    compared_with: Article | None = None


@dataclass
class Statement:
    """A cross-link cluster: the same words as reported by one or more outlets, earliest first."""

    versions: list[Version]
    figures_differ: bool = False  # two of its versions each state a figure the other does not

    @property
    def speaker(self) -> str | None:
        return next((v.quote.speaker for v in self.versions if v.quote.speaker), None)

    @property
    def speakers(self) -> list[str]:
        """Everyone a version names as the speaker: more than one is a disagreement to show."""
        return sorted({v.quote.speaker for v in self.versions if v.quote.speaker})

    @property
    def article_count(self) -> int:
        return len({v.article.id for v in self.versions})

    @property
    def notes(self) -> list[Note]:
        return [n for v in self.versions for n in v.notes]


def article_url(article: Article) -> str:
    return f"articles/{article.id}/"


def speaker_slug(name: str) -> str:
    """The permalink slug of a speaker: transliterated, so Cyrillic or Chinese names get real
    slugs and do not collide; a name with no letters at all gets a short hash instead."""
    text = re.sub(r"[^a-z0-9]+", "-", unidecode(name).lower()).strip("-")
    return text or "speaker-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


def label(verdict: str) -> str:
    """A verdict as a reader reads it: `out-of-context` -> `Out of context`."""
    return verdict.replace("-", " ").capitalize()


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def build_index(digest: Digest) -> Index:
    """Index the digest once; clusters are the connected components of the links (union-find)."""
    index = Index(articles={a.id: a for a in digest.articles},
                  quote_article={q.id: a for a in digest.articles for q in a.quotes},
                  quotes={q.id: q for a in digest.articles for q in a.quotes})
    parent = {qid: qid for qid in index.quotes}
    for link in digest.links:
        if link.a in index.quotes and link.b in index.quotes and link.a != link.b:
            index.links.add(link)
            parent[_find(parent, link.a)] = _find(parent, link.b)
    for pair in digest.related:  # shown on the quotes' cards, apart; never joins a statement's cluster
        if pair.a in index.quotes and pair.b in index.quotes and pair.a != pair.b:
            index.related.add(pair)
    roots: dict[str, int] = {}
    for qid in sorted(index.quotes):
        index.cluster_of[qid] = roots.setdefault(_find(parent, qid), len(roots))
    for note in sorted(digest.notes, key=lambda n: (n.date, n.slug)):
        if note.quote_id:
            index.notes_by_quote[note.quote_id].append(note)
        if note.article_id:
            index.notes_by_article[note.article_id].append(note)
    return index


def segments(text: str, quotes: list[Quote]) -> list[Segment]:
    """Split a paragraph into plain and quoted runs (quotes sorted, overlaps and strays skipped)."""
    out, pos = [], 0
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        if quote.start < pos or quote.end > len(text) or quote.end <= quote.start:
            continue
        if quote.start > pos:
            out.append(Segment(text[pos:quote.start]))
        out.append(Segment(text[quote.start:quote.end], quote))
        pos = quote.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def _published(index: Index, quote: Quote) -> tuple[str, str]:
    return (index.quote_article[quote.id].meta.published or "9999", quote.id)


def clusters(index: Index, quote_ids: list[str]) -> list[list[Quote]]:
    """Quotes grouped by statement (cross-link cluster), biggest and earliest first."""
    groups: dict[int, list[Quote]] = defaultdict(list)
    for qid in quote_ids:
        groups[index.cluster_of[qid]].append(index.quotes[qid])
    ordered = sorted(groups.values(), key=lambda g: (-len(g), min(_published(index, q) for q in g)))
    return [sorted(g, key=lambda q: _published(index, q)) for g in ordered]


def statements(index: Index, quote_ids: list[str]) -> list[Statement]:
    """Statements with each later version diffed against an earlier one it is linked to.

    Each version looks only through its own links (capped per quote by the matcher), so a
    statement carried by hundreds of outlets stays linear.
    """
    out = []
    for group in clusters(index, quote_ids):
        position = {q.id: i for i, q in enumerate(group)}
        versions = []
        figures_differ = False
        for i, quote in enumerate(group):
            version = Version(quote, index.quote_article[quote.id], index.notes_by_quote.get(quote.id, []))
            earlier = [lv for lv in index.links.get(quote.id, []) if position.get(lv.other.id, i) < i]
            figures_differ = figures_differ or any(lv.figures_differ for lv in earlier)
            if earlier:
                best = min(earlier, key=lambda lv: position[lv.other.id])
                version.ops = [(FLIP.get(op, op), theirs, mine) for op, mine, theirs in best.ops]
                version.compared_with = best.article
            versions.append(version)
        out.append(Statement(versions, figures_differ))
    return out
