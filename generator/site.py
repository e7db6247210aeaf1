"""The pages of the site, independent of Pelican: (output path, template, context) triples.

Permalinks carry no tags or dates and never change: articles/<slug>/, dossiers/<slug>/,
speakers/<slug>/, notes/<slug>/. Source text stays plain text (autoescaped by the theme);
the only markup passed as `Markup` is notes' bodies, sanitized by nh3 in notes.py, and
JSON-LD, serialised so that no `<` can close its script element.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from markupsafe import Markup

from .claimreview import LABELS, claim_review
from .model import Article, Digest, Note
from .views import Index, article_url, build_index, clusters, segments, speaker_slug


@dataclass
class Page:
    path: str
    template: str
    context: dict = field(default_factory=dict)


def jsonld(data: object) -> Markup:
    """JSON for a <script type="application/ld+json"> block; <, > and & are escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def _date(article: Article) -> str:
    return article.meta.published or ""


def _article_view(article: Article, index: Index) -> dict:
    by_paragraph: dict[int, list] = defaultdict(list)
    for quote in article.quotes:
        by_paragraph[quote.paragraph].append(quote)
    paragraphs = [{"kind": p.kind, "speaker": p.speaker, "segments": segments(p.text, by_paragraph.get(i, []))}
                  for i, p in enumerate(article.paragraphs)]
    quotes = [{"quote": q, "links": sorted(index.links.get(q.id, []), key=lambda v: v.other.id),
               "notes": index.notes_by_quote.get(q.id, []), "speaker_url": speaker_slug(q.speaker) if q.speaker else None}
              for q in article.quotes]
    return {"article": article, "meta": article.meta, "page_url": article_url(article), "paragraphs": paragraphs,
            "quotes": quotes, "notes": index.notes_by_article.get(article.id, [])}


def _note_view(note: Note, index: Index) -> dict:
    article = index.articles.get(note.article_id or "")
    quote = index.quotes.get(note.quote_id or "")
    return {"note": note, "body": Markup(note.body_html), "label": LABELS[note.verdict], "article": article,
            "quote": quote, "page_url": f"notes/{note.slug}/"}


def _reviews(notes: list[Note], digest: Digest, site: dict) -> list[dict]:
    return [claim_review(n, digest, f"{site['url']}/notes/{n.slug}/", site["url"], site["name"]) for n in notes]


def pages(digest: Digest, site: dict) -> Iterator[Page]:
    """Every page of the site, in a deterministic order. `site` has `url` and `name`."""
    index = build_index(digest)
    articles = sorted(digest.articles, key=lambda a: (_date(a), a.id), reverse=True)
    notes = sorted(digest.notes, key=lambda n: (n.date, n.slug), reverse=True)
    for article in sorted(digest.articles, key=lambda a: a.id):
        view = _article_view(article, index)
        verdicts = [n for q in article.quotes for n in index.notes_by_quote.get(q.id, [])]
        verdicts += [n for n in view["notes"] if n not in verdicts]
        yield Page(f"{view['page_url']}index.html", "article",
                   view | {"page_title": article.meta.title or article.id,
                           "jsonld": [jsonld(r) for r in _reviews(verdicts, digest, site)]})
    yield from _dossier_pages(digest, index, site)
    yield from _speaker_pages(digest, index)
    for note in notes:
        view = _note_view(note, index)
        yield Page(f"notes/{note.slug}/index.html", "note",
                   view | {"page_title": note.title, "jsonld": [jsonld(r) for r in _reviews([note], digest, site)]})
    yield Page("notes/index.html", "notes", {"notes": [_note_view(n, index) for n in notes],
                                             "page_title": "Verdicts", "page_url": "notes/"})
    yield Page("search/index.html", "search", {"page_title": "Search", "page_url": "search/"})
    yield Page("index.html", "index", {
        "articles": [_article_view(a, index) for a in articles], "notes": [_note_view(n, index) for n in notes[:10]],
        "topics": digest.topics, "page_title": None, "page_url": "",
        "dossier_counts": {t.slug: sum(1 for a in digest.articles if t.slug in a.topics) for t in digest.topics}})


def _dossier_pages(digest: Digest, index: Index, site: dict) -> Iterator[Page]:
    for topic in digest.topics:
        members = sorted((a for a in digest.articles if topic.slug in a.topics), key=lambda a: (_date(a), a.id))
        ids = {a.id for a in members}
        placements = [(a, next(p for p in a.placements if p.topic == topic.slug)) for a in members]
        notes = sorted((n for n in digest.notes if n.article_id in ids or topic.slug in n.topics),
                       key=lambda n: (n.date, n.slug))
        quote_ids = [q.id for a in members for q in a.quotes]
        timeline = sorted([(_date(a)[:10], "article", a.meta.title or a.id, article_url(a)) for a in members if _date(a)]
                          + [(n.date, "verdict", n.title, f"notes/{n.slug}/") for n in notes])
        yield Page(f"dossiers/{topic.slug}/index.html", "dossier", {
            "topic": topic, "placements": placements, "clusters": clusters(index, quote_ids), "index": index,
            "notes": [_note_view(n, index) for n in notes], "timeline": timeline,
            "page_title": topic.title, "page_url": f"dossiers/{topic.slug}/",
            "jsonld": [jsonld(r) for r in _reviews(notes, digest, site)]})


def _speaker_pages(digest: Digest, index: Index) -> Iterator[Page]:
    by_slug: dict[str, list[str]] = defaultdict(list)
    spellings: dict[str, list[str]] = defaultdict(list)
    for article in digest.articles:
        for quote in article.quotes:
            if quote.speaker:
                by_slug[speaker_slug(quote.speaker)].append(quote.id)
                spellings[speaker_slug(quote.speaker)].append(quote.speaker)
    # one page per address: names that share a slug ("Calderón"/"Calderon") share a page
    by_speaker = {max(sorted(set(spellings[slug])), key=spellings[slug].count): ids for slug, ids in by_slug.items()}
    names = sorted(by_speaker, key=lambda n: (speaker_slug(n), n))
    for name in names:
        yield Page(f"speakers/{speaker_slug(name)}/index.html", "speaker", {
            "speaker_name": name, "clusters": clusters(index, by_speaker[name]), "index": index,
            "page_title": name, "page_url": f"speakers/{speaker_slug(name)}/"})
    yield Page("speakers/index.html", "speakers", {
        "speakers": [(n, speaker_slug(n), len(by_speaker[n])) for n in names], "page_title": "Speakers",
        "page_url": "speakers/"})
