"""The pages of the site, independent of Pelican: (output path, template, context) triples.

Permalinks carry no tags or dates and never change: articles/<slug>/, dossiers/<slug>/,
speakers/<slug>/, notes/<slug>/. Source text stays plain text (autoescaped by the theme);
the only markup passed as `Markup` is notes' bodies, sanitized by nh3 in notes.py, and
JSON-LD, serialised so that no `<` can close its script element.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from markupsafe import Markup

from generator.corpus.verdicts import scale
from generator.model import Article, Digest, EditorPage, Note
from generator.site.article import article_view, verdicts_on
from generator.site.dossier import dossier_context, members_by_topic, published, speaker_pages
from generator.site.views import Index, article_url, build_index, label

INDEX_ARTICLES = 20  # the front page lists the newest; articles/ lists them all
INDEX_VERDICTS = 10


class Page:
    """One page to write: its path and template now, its context when asked for.

    An article, note or speaker page (nearly every page) builds its context on each access
    and never keeps it: listing the pages of the site costs little memory, and each of
    several rendering processes builds the contexts of its own pages only. Lists and
    dossiers, a handful of pages, carry theirs."""

    def __init__(self, path: str, template: str, context: dict | None = None,
                 build: Callable[[], dict] | None = None, searchable: bool | None = None) -> None:
        self.path, self.template = path, template
        self._context, self._build = context, build
        self.searchable = bool((context or {}).get("searchable")) if searchable is None else searchable
        self.common: dict = {}  # what every page shows (the footer's links to the editors' pages)

    @property
    def context(self) -> dict:
        return self.common | (self._build() if self._build is not None else dict(self._context or {}))


def jsonld(data: object) -> Markup:
    """JSON for a <script type="application/ld+json"> block: <, > and & are escaped as \\u
    sequences, so no data (say, "</script>" in a quote) can end the element early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class Reviews:
    """ClaimReview JSON-LD per note, each pointing at the note's own page, made once per note
    however many pages (article, dossiers, note) carry it.

    claimreview.py is another stage's module: imported at call time and called with its
    documented signature; the site's address and name go along only if it accepts them. It
    gets a digest holding just the note's own article: the same answer as the whole corpus
    (a note concerns one article) without scanning every article once per note.
    """

    def __init__(self, digest: Digest, index: Index, site: dict) -> None:
        from generator.site.claimreview import claim_review

        self.build, self.digest, self.index, self.site = claim_review, digest, index, site
        accepted = inspect.signature(claim_review).parameters
        self.extra = {k: v for k, v in (("site_url", site["url"]), ("site_name", site["name"])) if k in accepted}
        self.made: dict[str, Markup] = {}

    def _one(self, note: Note) -> Markup:
        if note.slug not in self.made:
            article = self.index.articles.get(note.article_id or "") or self.index.quote_article.get(note.quote_id or "")
            scoped = Digest(articles=[article] if article else [], topics=self.digest.topics, notes=[note])
            url = f"{self.site['url']}/notes/{note.slug}/"
            self.made[note.slug] = jsonld(self.build(note, scoped, url, **self.extra))
        return self.made[note.slug]

    def __call__(self, notes: list[Note]) -> list[Markup]:
        return [self._one(n) for n in notes]


def note_view(note: Note, index: Index) -> dict:
    return {"note": note, "label": label(note.verdict), "page_url": f"notes/{note.slug}/",
            "article": index.articles.get(note.article_id or ""), "quote": index.quotes.get(note.quote_id or "")}


def pages(digest: Digest, site: dict) -> Iterator[Page]:
    """Every page of the site, in a deterministic order. `site` has `url` and `name`.

    Every page's context carries `footer_pages` (the editors' pages, in order, and the
    Corrections page), so a page's fingerprint changes when the footer does."""
    footer = {"footer_pages": [(p.title, f"{p.slug}/") for p in digest.pages] + [("Corrections", "corrections/")]}
    for page in _pages(digest, site):
        page.common = footer
        yield page


def _pages(digest: Digest, site: dict) -> Iterator[Page]:
    index = build_index(digest)
    reviews = Reviews(digest, index, site)
    newest = sorted(digest.articles, key=lambda a: (published(a), a.id), reverse=True)
    notes = sorted(digest.notes, key=lambda n: (n.modified or n.date, n.slug), reverse=True)
    topic_titles = {t.slug: t.title for t in digest.topics}
    for article in sorted(digest.articles, key=lambda a: a.id):
        yield Page(f"{article_url(article)}index.html", "article", searchable=True,
                   build=partial(_article_context, article, index, reviews, topic_titles))
    yield Page("articles/index.html", "articles", {
        "articles": newest, "page_title": "All articles", "page_url": "articles/",
        "description": f"All {len(newest)} articles in the digest, newest first."})
    yield from _dossier_pages(digest, index, reviews)
    # `searchable`: the pages Pagefind indexes (lists and the front page only lead to them)
    for path, context in speaker_pages(digest, index):
        if callable(context):
            yield Page(path, "speaker", build=context, searchable=True)
        else:
            yield Page(path, "speakers", context)
    for note in notes:
        yield Page(f"notes/{note.slug}/index.html", "note", searchable=True,
                   build=partial(_note_context, note, index, reviews))
    yield Page("notes/index.html", "notes", {
        "notes": [note_view(n, index) for n in notes], "page_title": "Verdicts", "page_url": "notes/",
        "verdict_scale": scale(), "description": "Every verdict the editors published, newest first."})
    yield from _editor_pages(digest, index)
    yield Page("search/index.html", "search", {"page_title": "Search", "page_url": "search/"})
    yield Page("404.html", "404", {"page_title": "Page not found", "page_url": "404.html"})
    yield Page("index.html", "index", {
        "articles": newest[:INDEX_ARTICLES], "article_count": len(newest),
        "notes": [note_view(n, index) for n in notes[:INDEX_VERDICTS]], "note_count": len(notes),
        "topics": _topic_rows(digest), "page_title": None, "page_url": ""})


def _editor_pages(digest: Digest, index: Index) -> Iterator[Page]:
    """The editors' own pages, and the Corrections page: every dated update of a note and
    every correction of the machine reading, newest first."""
    for page in digest.pages:
        yield Page(f"{page.slug}/index.html", "page", _page_context(page), searchable=True)
    updates: list[tuple[str, str, Any, Any]] = [(u.date, "note", u, n) for n in digest.notes for u in n.updates]
    updates += [(c.date, "reading", c, index.articles.get(c.article_id)) for c in digest.corrections]
    updates.sort(key=lambda row: (row[0], row[1]), reverse=True)
    yield Page("corrections/index.html", "corrections", {
        "entries": updates, "policy": next((p for p in digest.pages if p.slug == "corrections-policy"), None),
        "page_title": "Corrections", "page_url": "corrections/",
        "description": "Every update to a published verdict and every correction of the reading, newest first."})


def _page_context(page: EditorPage) -> dict:
    return {"editor_page": page, "body": Markup(page.body_html), "page_title": page.title,
            "page_url": f"{page.slug}/", "description": page.description, "searchable": True}


def _article_context(article: Article, index: Index, reviews: Reviews, topic_titles: dict[str, str]) -> dict:
    view = article_view(article, index)
    verdicts = verdicts_on(article, index)
    return view | {"page_title": article.meta.title or article.id, "verdicts": verdicts, "searchable": True,
                   "topic_titles": topic_titles, "jsonld": reviews(verdicts)}


def _note_context(note: Note, index: Index, reviews: Reviews) -> dict:
    return note_view(note, index) | {"body": Markup(note.body_html), "page_title": note.title,
                                     "description": note.summary, "og_type": "article", "searchable": True,
                                     "jsonld": reviews([note])}


def _topic_rows(digest: Digest) -> list[tuple]:
    members = members_by_topic(digest)
    return [(t, len(members.get(t.slug, []))) for t in sorted(digest.topics, key=lambda t: t.slug)]


def _dossier_pages(digest: Digest, index: Index, reviews: Reviews) -> Iterator[Page]:
    members = members_by_topic(digest)
    for topic in sorted(digest.topics, key=lambda t: t.slug):
        context = dossier_context(topic, members.get(topic.slug, []), digest, index)
        context["jsonld"] = reviews(context["notes"])
        context["notes"] = [note_view(n, index) for n in context["notes"]]
        context["searchable"] = True
        yield Page(f"dossiers/{topic.slug}/index.html", "dossier", context)
    yield Page("dossiers/index.html", "dossiers", {
        "topics": _topic_rows(digest), "page_title": "Dossiers", "page_url": "dossiers/",
        "description": "The stories the digest follows, each with its articles, statements and verdicts."})
