"""What a saved page says about itself, gathered by source (html_meta.py fills it, html_votes.py weighs it):
one record both read, so that neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

META_NAMES = {
    "site_name": ("og:site_name", "application-name", "al:ios:app_name", "apple-mobile-web-app-title"),
    "published": ("article:published_time", "og:article:published_time", "article.published", "datepublished",
                  "article:published", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                  "dcterms.created", "sailthru.date", "parsely-pub-date", "ptime", "pdate", "displaydate",
                  "originalpublicationdate", "og:published_time", "published_time", "release_date"),
    "author": ("author", "byl", "parsely-author", "sailthru.author", "dc.creator", "article:author", "twitter:creator"),
    "title": ("og:title", "twitter:title", "headline", "sailthru.title", "parsely-title"),
    "url": ("og:url",),
}


@dataclass
class Evidence:
    """Every statement a page makes about its headline, authors, date and outlet, by source."""

    metas: dict[str, list[str]] = field(default_factory=dict)
    ld: dict[str, Any] = field(default_factory=dict)
    ld_other: list[dict[str, Any]] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    head_title: str = ""
    bylines: list[str] = field(default_factory=list)
    date_texts: list[str] = field(default_factory=list)
    time_stamps: list[str] = field(default_factory=list)
    logos: list[str] = field(default_factory=list)
    visible: str = ""
    tail: list[str] = field(default_factory=list)
    trafilatura: dict[str, Any] = field(default_factory=dict)

    def meta(self, kind: str) -> list[str]:
        return [v for k in META_NAMES[kind] for v in self.metas.get(k, [])]
