"""Cleaning saved web pages (.html): use the DOM.

A first cut: drop scripts, navigation and other page furniture, keep the title and
the paragraphs and headings of the densest text container. The cleaning issue raises
this to its bar.
"""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup, Tag

from .model import Cleaned, PageHints, Paragraph, Removed

_DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "header", "iframe", "svg")
_BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote")
_SPACE = re.compile(r"\s+")


def _text(node: Tag) -> str:
    return _SPACE.sub(" ", node.get_text(" ")).strip()


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            return str(tag["content"]).strip()
    return None


def _json_ld(soup: BeautifulSoup) -> dict:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def page_hints(soup: BeautifulSoup) -> PageHints:
    """What the page says about itself in meta tags and JSON-LD."""
    ld = _json_ld(soup)
    authors = ld.get("author") or []
    if isinstance(authors, dict | str):
        authors = [authors]
    names = [a.get("name") if isinstance(a, dict) else a for a in authors]
    publisher = ld.get("publisher")
    return PageHints(
        title=_meta(soup, "og:title", "twitter:title") or (soup.title.string.strip() if soup.title and soup.title.string else None),
        site_name=_meta(soup, "og:site_name", "application-name")
        or (publisher.get("name") if isinstance(publisher, dict) else None),
        published=ld.get("datePublished") or _meta(soup, "article:published_time", "date", "pubdate"),
        authors=[n.strip() for n in names if isinstance(n, str) and n.strip()],
        url=_meta(soup, "og:url") or (ld.get("url") if isinstance(ld.get("url"), str) else None),
        language=(soup.html.get("lang") if soup.html else None),
    )


def clean_html(markup: str) -> Cleaned:
    """Keep the title and the text blocks of the container holding most paragraph text."""
    soup = BeautifulSoup(markup, "lxml")
    hints = page_hints(soup)
    removed: list[Removed] = []
    for tag in soup.find_all(_DROP_TAGS):
        text = _text(tag)
        if text and tag.name not in ("script", "style"):
            removed.append(Removed(text=text[:500], reason=f"page furniture <{tag.name}>"))
        tag.decompose()
    h1 = soup.find("h1")
    title = _text(h1) if h1 else (hints.title or "")
    scores: dict[int, tuple[int, Tag]] = {}
    for p in soup.find_all("p"):
        parent = p.parent
        if isinstance(parent, Tag):
            score, _ = scores.get(id(parent), (0, parent))
            scores[id(parent)] = (score + len(_text(p)), parent)
    paragraphs: list[Paragraph] = []
    if scores:
        _, best = max(scores.values(), key=lambda item: item[0])
        for block in best.find_all(_BLOCKS):
            text = _text(block)
            if not text or text == title:
                continue
            kind = "heading" if block.name.startswith("h") else "body"
            paragraphs.append(Paragraph(text=text, kind=kind))
    return Cleaned(title=title, paragraphs=paragraphs, removed=removed, hints=hints)
