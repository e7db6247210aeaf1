"""What Pagefind reads of a page: the page's search twin, and a signature of it.

`twin` is the page cut down to what Pagefind indexes: the document's language and
<title>, and the markup of the element marked `data-pagefind-body` without the subtrees
marked `data-pagefind-ignore`. The search index is built from twins, not from the pages.
Pagefind then reads a fifth of the markup, and the ids of the quotations in an article's
text no longer reach it: it records every element with an id as an anchor, which cost a
sixth of its time and split a quotation's opening mark off as a word of its own ("“ It
was"), while only headings' anchors give search results (sub-results). So headings keep
their ids; other elements lose them in the twin, never in the page.

`signature` hashes the twin, so a search shard is indexed again only when a twin changed.
A verdict's JSON-LD in <head>, a new cross-link in an article's (ignored) list of quotes:
such changes re-render a page without changing a word the search index holds. Adding one
source re-rendered the pages of every article sharing a quote with it and so re-indexed
most shards of a 10,000-article site, a minute of Pagefind for one new page.

The pages are the theme's own output (text escaped, so every `<` opens a tag); only the
tags of the body element and of the ignored ones are looked at. A page whose body or an
ignored element does not close, or that carries `data-pagefind-` attributes outside its
body element (a filter or meta in <head>, a second body), has no twin: Pagefind reads the
page itself, and its signature is the whole file. That can only cost an indexing run,
never a stale or different index.
"""

from __future__ import annotations

import functools
import hashlib
import re

_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)([^>]*)>")
_LANG = re.compile(r"<html\b[^>]*>", re.I)
_TITLE = re.compile(r"<title>.*?</title>", re.S | re.I)
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"])
BODY = "data-pagefind-body"
IGNORE = "data-pagefind-ignore"
# An id attribute (double-quoted, as the theme writes them) of any element but a heading
# (h1-h6), whose ids Pagefind turns into sub-results.
_ID = re.compile(r'(<(?!h[1-6][\s/>])[a-zA-Z][^>]*?)\s+id\s*=\s*"[^"]*"', re.I)


def _has(attributes: str, name: str) -> bool:
    """Does a tag carry the attribute `name` (not merely the words, inside another's value)?"""
    return name in attributes and any(m.group(1).lower() == name for m in _ATTR.finditer(attributes))


def _tag_around(html: str, found: int, since: int) -> re.Match[str] | None:
    """The opening tag (after `since`) that carries the attribute whose name starts at `found`,
    or None when those words are text or part of another attribute's value."""
    start = html.rfind("<", since, found)
    tag = _TAG.match(html, start) if start >= 0 else None
    if tag is None or tag.end() <= found or tag.group(1):
        return None
    return tag


def _body_start(html: str) -> int:
    """Where the element marked data-pagefind-body opens, or -1."""
    look = 0
    while (found := html.find(BODY, look)) != -1:
        look = found + 1
        tag = _tag_around(html, found, 0)
        if tag is not None and _has(tag.group(3), BODY):
            return tag.start()
    return -1


@functools.lru_cache(maxsize=64)
def _named(name: str) -> re.Pattern[str]:
    """Opening and end tags of the element `name` (compiled once per name: an article has a
    dozen ignored quote markers)."""
    return re.compile(rf"<(/?){re.escape(name)}\b([^>]*)>", re.I)


def _skip(html: str, name: str, position: int) -> int | None:
    """Where the element `name` opened just before `position` ends (after its end tag), or None.

    Only tags of that name can close it, so only they are looked at: an article's ignored
    list of removed lines holds most of its tags."""
    depth = 1
    for tag in _named(name.lower()).finditer(html, position):  # no copy of the rest
        depth += -1 if tag.group(1) else 0 if tag.group(2).endswith("/") else 1
        if depth == 0:
            return tag.end()
    return None


def _kept(html: str, start: int) -> tuple[str, int] | None:
    """The markup of the body element at `start`, ignored subtrees cut out and ids dropped
    but headings', and where the element ends; None when an element does not close.

    Only the body's and the ignored elements' own tags are looked at (`_skip`): scanning
    every tag of 12,000 pages cost more than Pagefind saved on the twins."""
    body = _TAG.match(html, start)
    if body is None:
        return None
    end = _skip(html, body.group(2), body.end())
    if end is None:
        return None
    parts: list[str] = []
    position = look = body.end()
    while (found := html.find(IGNORE, look, end)) != -1:
        look = found + len(IGNORE)
        tag = _tag_around(html, found, position)
        if tag is None or not _has(tag.group(3), IGNORE):
            continue
        void = tag.group(2).lower() in _VOID or tag.group(3).endswith("/")
        after = tag.end() if void else _skip(html, tag.group(2), tag.end())
        if after is None or after > end:
            return None
        parts.append(html[position:tag.start()])
        position = look = after
    parts.append(html[position:end])
    return _ID.sub(r"\1", body.group(0) + "".join(parts)), end


def twin(html: str) -> str | None:
    """The page as Pagefind reads it (see the module's docstring), or None: index the page."""
    opening = _body_start(html)
    found = _kept(html, opening) if opening >= 0 else None
    if found is None:
        return None
    kept, end = found
    if "data-pagefind-" in html[:opening] or "data-pagefind-" in html[end:]:
        return None
    lang, title = _LANG.search(html, 0, opening), _TITLE.search(html, 0, opening)
    return (f"<!DOCTYPE html>{lang.group(0) if lang else '<html>'}<head><meta charset=\"utf-8\">"
            f"{title.group(0) if title else ''}</head><body>{kept}</body></html>")


def signature(html: str) -> str:
    """A hash of what Pagefind indexes of this page: its twin, or the whole page."""
    made = twin(html)
    data = ("twin\0" + made) if made is not None else ("whole\0" + html)
    return hashlib.blake2b(data.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
