"""View models: turn a Digest into the pages of the site, independent of Pelican.

Each page is (output path, template name, context). Source text stays plain text here;
the theme's Jinja2 environment autoescapes it. The only markup that reaches templates
as `Markup` is editors' notes, already sanitized by nh3 in the notes stage.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from markupsafe import Markup

from .model import Article, Digest, Quote


@dataclass
class Segment:
    """A run of paragraph text; `quote` is set when the run is a quotation."""

    text: str
    quote: Quote | None = None


@dataclass
class Page:
    path: str
    template: str
    context: dict = field(default_factory=dict)


def article_url(article: Article) -> str:
    return f"articles/{article.id}/"


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


def _article_view(article: Article) -> dict:
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in article.quotes:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
    paragraphs = [{"kind": p.kind, "speaker": p.speaker, "segments": segments(p.text, by_paragraph.get(i, []))}
                  for i, p in enumerate(article.paragraphs)]
    return {"article": article, "meta": article.meta, "page_url": article_url(article), "paragraphs": paragraphs}


def _sort_key(article: Article) -> tuple[str, str]:
    return (article.meta.published or "", article.id)


def pages(digest: Digest) -> Iterator[Page]:
    """Every page of the site, in a deterministic order."""
    articles = sorted(digest.articles, key=_sort_key, reverse=True)
    for article in sorted(digest.articles, key=lambda a: a.id):
        view = _article_view(article)
        yield Page(f"{view['page_url']}index.html", "article", view | {"page_title": article.meta.title})
    notes = [{"note": n, "body": Markup(n.body_html)} for n in digest.notes]
    yield Page("index.html", "index", {"articles": [_article_view(a) for a in articles], "notes": notes,
                                       "topics": digest.topics, "page_title": None, "page_url": ""})
