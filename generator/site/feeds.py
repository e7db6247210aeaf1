"""Atom feeds (all verdicts, one per dossier) and sitemap.xml, written deterministically.

Feed dates come from the content (notes' dates, articles' publication dates), never from
the build machine's clock, so two builds of the same content are byte-identical. A feed's
<updated> is its own newest entry's date: a dossier feed took the newest date of the whole
digest, an article in no dossier. An undated article says so in its entry ("date
unknown"), is listed last, and carries its feed's newest date, as Atom needs one; only an
empty feed takes the digest's latest content date.
Summaries are plain source text, sent as Atom `html` content escaped once more, so a feed
reader shows `<b>` in a headline as text and never renders it.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from feedgenerator import Atom1Feed

from generator.model import Article, Digest, Note, Topic
from generator.site.article import description
from generator.site.views import article_url, label

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class DigestFeed(Atom1Feed):
    """An Atom feed whose <updated> never falls back to the build machine's clock."""

    def __init__(self, *args, fallback: datetime = EPOCH, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fallback = fallback

    def latest_post_date(self) -> datetime:
        return super().latest_post_date() if self.items else self.fallback


def when(value: str | None) -> datetime | None:
    """An ISO date or date-time from the content as an aware datetime; None when unknown."""
    try:
        moment = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def latest_date(digest: Digest) -> datetime:
    """The newest date anywhere in the content: stands in for unknown dates."""
    dates = [d for d in (when(a.meta.published) for a in digest.articles) if d]
    dates += [d for d in (when(n.modified or n.date) for n in digest.notes) if d]
    return max(dates, default=EPOCH)


def _write(feed: Atom1Feed, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        feed.write(handle, "utf-8")


def _add_note(feed: Atom1Feed, note: Note, site_url: str, fallback: datetime) -> None:
    """A verdict; an updated one is re-published: its <updated> is the latest update's date
    (feed readers show it again) and the summary opens with what changed."""
    url = f"{site_url}/notes/{note.slug}/"
    summary = note.summary
    if note.updates:
        summary = f"Updated {note.updates[-1].date}: {note.updates[-1].what} — {summary}"
    updated = when(note.modified) if note.modified else None
    feed.add_item(title=f"{label(note.verdict)}: {note.title}", link=url, unique_id=url,
                  description=html.escape(summary), author_name=note.editor,
                  pubdate=when(note.date), updateddate=updated or (None if when(note.date) else fallback))


UNDATED = "date unknown"


def _add_article(feed: Atom1Feed, article: Article, site_url: str, fallback: datetime) -> None:
    url = f"{site_url}/{article_url(article)}"
    moment = when(article.meta.published)
    said = [article.meta.outlet] if article.meta.outlet else []
    said += [] if moment else [UNDATED]
    summary = description(article) if moment else f"The article gives no publication date. {description(article)}"
    feed.add_item(title=f"{article.meta.title or article.id}" + (f" ({', '.join(said)})" if said else ""),
                  link=url, unique_id=url, description=html.escape(summary.strip()),
                  author_name=", ".join(article.meta.authors) or None,
                  pubdate=moment, updateddate=None if moment else fallback)


def write_feeds(digest: Digest, output: Path, site_url: str, site_name: str) -> list[str]:
    """Write feeds/verdicts.atom.xml and feeds/<dossier>.atom.xml; return their paths."""
    fallback = latest_date(digest)
    notes = sorted(digest.notes, key=lambda n: (n.modified or n.date, n.slug), reverse=True)
    feed = DigestFeed(title=f"{site_name}: verdicts", link=f"{site_url}/notes/", description="Latest verdicts",
                      feed_url=f"{site_url}/feeds/verdicts.atom.xml", language="en", author_name=site_name,
                      fallback=fallback)
    feed.fallback = own = max((d for d in (when(n.date) for n in notes) if d), default=fallback)
    for note in notes:
        _add_note(feed, note, site_url, own)
    _write(feed, output / "feeds" / "verdicts.atom.xml")
    written = ["feeds/verdicts.atom.xml"]
    by_topic: dict[str, list[Article]] = {}
    for article in digest.articles:
        for topic_slug in article.topics:
            by_topic.setdefault(topic_slug, []).append(article)
    for topic in sorted(digest.topics, key=lambda t: t.slug):
        _write(_dossier_feed(topic, by_topic.get(topic.slug, []), notes, site_url, site_name, fallback),
               output / "feeds" / f"{topic.slug}.atom.xml")
        written.append(f"feeds/{topic.slug}.atom.xml")
    return written


def _dossier_feed(topic: Topic, members: list[Article], notes: list[Note], site_url: str, site_name: str,
                  fallback: datetime) -> Atom1Feed:
    """A dossier's articles and the verdicts that concern it, newest first."""
    ids = {a.id for a in members}
    feed = DigestFeed(title=f"{site_name}: {topic.title}", link=f"{site_url}/dossiers/{topic.slug}/",
                      description=topic.description, feed_url=f"{site_url}/feeds/{topic.slug}.atom.xml",
                      language="en", author_name=site_name, fallback=fallback)
    entries: list[tuple[datetime | None, str, Article | Note]] = [(when(a.meta.published), a.id, a) for a in members]
    entries += [(when(n.modified or n.date), n.slug, n) for n in notes if n.article_id in ids or topic.slug in n.topics]
    own = max((moment for moment, _, _ in entries if moment), default=fallback)
    feed.fallback = own
    dated = sorted((e for e in entries if e[0]), key=lambda e: (e[0], e[1]), reverse=True)
    undated = sorted((e for e in entries if not e[0]), key=lambda e: e[1])
    for _moment, _key, item in dated + undated:
        if isinstance(item, Article):
            _add_article(feed, item, site_url, own)
        else:
            _add_note(feed, item, site_url, own)
    return feed


def write_sitemap(paths: list[str], output: Path, site_url: str) -> None:
    """sitemap.xml listing every page (paths relative to the site root, as permalinks)."""
    urls = sorted({p[: -len("index.html")] if p.endswith("index.html") else p
                   for p in paths if p.endswith(".html") and p != "404.html"})
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines += [f"  <url><loc>{escape(f'{site_url}/{u}')}</loc></url>" for u in urls]
    lines.append("</urlset>")
    (output / "sitemap.xml").write_text("\n".join(lines) + "\n", encoding="utf-8")
