"""Dossier and speaker pages: quotes grouped by statement, verdicts, timeline, evidence.

Both page kinds show statements the same way: the ones several outlets reported come
first, each later wording diffed against an earlier one; statements only one outlet
carried follow in a collapsed list, so a long dossier still opens on what matters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from generator.model import Article, Digest, Note, Placement, Topic
from generator.site.views import Index, Statement, article_url, speaker_slug, statements


@dataclass
class TimelineEntry:
    date: str
    kind: str
    title: str
    url: str
    outlet: str | None = None


def published(article: Article) -> str:
    return article.meta.published or ""


def split_statements(found: list[Statement]) -> dict:
    """`shared`: reported in two or more articles; `single`: in one."""
    return {"shared": [s for s in found if s.article_count > 1], "single": [s for s in found if s.article_count <= 1]}


def members_by_topic(digest: Digest) -> dict[str, list[tuple[Article, Placement]]]:
    """Each topic's articles with their placement, oldest first: one pass over the articles."""
    members: dict[str, list[tuple[Article, Placement]]] = defaultdict(list)
    for article in digest.articles:
        for placement in article.placements:
            members[placement.topic].append((article, placement))
    for rows in members.values():
        rows.sort(key=lambda row: (published(row[0]), row[0].id))
    return members


def timeline(rows: list[tuple[Article, Placement]], notes: list[Note]) -> list[TimelineEntry]:
    entries = [TimelineEntry(published(a)[:10], "article", a.meta.title or a.id, article_url(a), a.meta.outlet)
               for a, _ in rows if published(a)]
    entries += [TimelineEntry(n.date, "verdict", n.title, f"notes/{n.slug}/") for n in notes]
    return sorted(entries, key=lambda e: (e.date, e.kind, e.url))


def dossier_context(topic: Topic, rows: list[tuple[Article, Placement]], digest: Digest, index: Index) -> dict:
    ids = {a.id for a, _ in rows}
    notes = sorted((n for n in digest.notes if n.article_id in ids or topic.slug in n.topics),
                   key=lambda n: (n.date, n.slug))
    quote_ids = [q.id for a, _ in rows for q in a.quotes]
    outlets = sorted({a.meta.outlet for a, _ in rows if a.meta.outlet})
    dated = [published(a)[:10] for a, _ in rows if published(a)]
    return {"topic": topic, "placements": rows, "notes": notes, "timeline": timeline(rows, notes),
            "outlets": outlets, "span": (min(dated), max(dated)) if dated else None,
            "statements": split_statements(statements(index, quote_ids)),
            "page_title": topic.title, "page_url": f"dossiers/{topic.slug}/", "description": topic.description,
            "feed": f"feeds/{topic.slug}.atom.xml"}


def speaker_quotes(digest: Digest) -> dict[str, tuple[str, list[str]]]:
    """slug -> (display name, quote ids). Names sharing a slug ("Calderón"/"Calderon") share
    a page, under their most frequent spelling."""
    ids: dict[str, list[str]] = defaultdict(list)
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for article in digest.articles:
        for quote in article.quotes:
            if quote.speaker:
                slug = speaker_slug(quote.speaker)
                ids[slug].append(quote.id)
                spellings[slug][quote.speaker] += 1
    return {slug: (min(spellings[slug], key=lambda name: (-spellings[slug][name], name)), quote_ids)
            for slug, quote_ids in sorted(ids.items())}


def speaker_pages(digest: Digest, index: Index) -> Iterator[tuple[str, Callable[[], dict] | dict]]:
    """(path, context) for the speakers list; (path, what builds its context) for each speaker
    page: grouping a speaker's quotes into statements is left to the process that renders it."""
    speakers = speaker_quotes(digest)
    rows = []
    for slug, (name, quote_ids) in speakers.items():
        outlets = len({index.quote_article[q].id for q in quote_ids})
        rows.append((name, slug, len(quote_ids), outlets))
        yield f"speakers/{slug}/index.html", partial(_speaker_context, index, name, slug, quote_ids, outlets)
    rows.sort(key=lambda r: (-r[2], r[1]))
    yield "speakers/index.html", {"speakers": rows, "page_title": "Speakers", "page_url": "speakers/",
                                  "description": "Everyone quoted in the digest, most quoted first."}


def _speaker_context(index: Index, name: str, slug: str, quote_ids: list[str], outlets: int) -> dict:
    return {"speaker_name": name, "statements": split_statements(statements(index, quote_ids)),
            "quote_count": len(quote_ids), "outlet_count": outlets,
            "spoken_count": sum(index.quotes[q].kind == "spoken" for q in quote_ids), "page_title": name, "page_url": f"speakers/{slug}/",
            "description": f"Every direct quotation of {name} in the digest, grouped by statement.", "searchable": True}
