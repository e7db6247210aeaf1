"""What a saved web page says about itself: JSON-LD NewsArticle, Open Graph, meta tags, <time>.

Part of cleaning HTML pages. Nothing here is guessed: a value is taken only from a field
that states it. The metadata stage prefers what the article text says and falls back
to these hints.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml import html as lxml_html

from generator.model import PageHints

_META_NAMES = {
    "site_name": ("og:site_name", "application-name", "twitter:site"),
    "published": ("article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
                  "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"),
    "author": ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"),
    "title": ("og:title", "twitter:title", "headline"),
    "url": ("og:url",),
}


def _ld_items(tree) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k == "@graph" and isinstance(v, list))


def _article_ld(tree) -> dict[str, Any]:
    for item in _ld_items(tree):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and (k.endswith("Article") or k in {"BlogPosting", "Report"}) for k in kinds):
            return item
    return {}


def _metas(tree) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key and key not in found and meta.get("content", "").strip():
            found[key] = meta.get("content").strip()
    return found


def _first(metas: dict[str, str], field: str) -> str | None:
    return next((metas[k] for k in _META_NAMES[field] if k in metas), None)


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.strip().startswith("http"):
            out.append(" ".join(name.split()))
    return out


def page_hints(markup: str) -> PageHints:
    """Title, site name, publication date, authors, URL and language as the page states them."""
    # The read stage already decoded the page; say so, or lxml would take the bytes for the
    # page's <meta charset> (or Latin-1 without one) and turn “Café” into â€œCafÃ©.
    parser = lxml_html.HTMLParser(encoding="utf-8")
    tree = lxml_html.fromstring(markup.encode("utf-8", "replace"), parser=parser) if markup.strip() else None
    return page_hints_of(tree) if tree is not None else PageHints()


def page_hints_of(tree: lxml_html.HtmlElement) -> PageHints:
    """page_hints of a page already parsed (the HTML cleaner parses each page once). Read-only."""
    ld = _article_ld(tree)
    metas = _metas(tree)
    h1 = tree.xpath("string(//h1[1])").strip()
    head_title = tree.xpath("string(//title[1])").strip()
    publisher = ld.get("publisher")
    time_el = tree.xpath("//article//time[@datetime]/@datetime | //time[@datetime]/@datetime")
    authors = _names(ld.get("author")) or _names(_first(metas, "author"))
    return PageHints(
        title=" ".join(h1.split()) or ld.get("headline") or _first(metas, "title") or head_title or None,
        site_name=_first(metas, "site_name") or (publisher.get("name") if isinstance(publisher, dict) else None),
        published=ld.get("datePublished") or _first(metas, "published") or (time_el[0] if time_el else None),
        authors=authors,
        url=_first(metas, "url") or next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None),
        language=tree.get("lang"),
    )
