"""Atom feeds (all verdicts, one per dossier) and sitemap.xml, written deterministically.

Feed dates come from the content (notes' dates, articles' publication dates), never from
the build machine's clock, so two builds of the same content are byte-identical.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from feedgenerator import Atom1Feed

from .claimreview import LABELS
from .model import Digest
from .views import article_url

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _when(value: str | None) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value)) if value else EPOCH
    except ValueError:
        return EPOCH
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _write(feed: Atom1Feed, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        feed.write(handle, "utf-8")


def write_feeds(digest: Digest, output: Path, site_url: str, site_name: str) -> list[str]:
    """Write feeds/verdicts.atom.xml and feeds/<dossier>.atom.xml; return their paths."""
    written = []
    notes = sorted(digest.notes, key=lambda n: (n.date, n.slug), reverse=True)
    feed = Atom1Feed(title=f"{site_name}: verdicts", link=f"{site_url}/notes/", description="Latest verdicts",
                     feed_url=f"{site_url}/feeds/verdicts.atom.xml", language="en")
    for note in notes:
        feed.add_item(title=f"{LABELS[note.verdict]}: {note.title}", link=f"{site_url}/notes/{note.slug}/",
                      description=note.summary, pubdate=_when(note.date), unique_id=f"{site_url}/notes/{note.slug}/",
                      author_name=note.editor)
    _write(feed, output / "feeds" / "verdicts.atom.xml")
    written.append("feeds/verdicts.atom.xml")
    for topic in digest.topics:
        members = sorted((a for a in digest.articles if topic.slug in a.topics),
                         key=lambda a: (a.meta.published or "", a.id), reverse=True)
        feed = Atom1Feed(title=f"{site_name}: {topic.title}", link=f"{site_url}/dossiers/{topic.slug}/",
                         description=topic.description, feed_url=f"{site_url}/feeds/{topic.slug}.atom.xml", language="en")
        for article in members:
            url = f"{site_url}/{article_url(article)}"
            feed.add_item(title=article.meta.title or article.id, link=url, unique_id=url,
                          description=(article.paragraphs[0].text if article.paragraphs else ""),
                          pubdate=_when(article.meta.published))
        _write(feed, output / "feeds" / f"{topic.slug}.atom.xml")
        written.append(f"feeds/{topic.slug}.atom.xml")
    return written


def write_sitemap(paths: list[str], output: Path, site_url: str) -> None:
    """sitemap.xml listing every page (paths relative to the site root, as permalinks)."""
    urls = sorted({p[: -len("index.html")] if p.endswith("index.html") else p for p in paths})
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines += [f"  <url><loc>{escape(f'{site_url}/{u}')}</loc></url>" for u in urls]
    lines.append("</urlset>")
    (output / "sitemap.xml").write_text("\n".join(lines) + "\n", encoding="utf-8")
