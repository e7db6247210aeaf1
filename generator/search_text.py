"""What Pagefind reads of a page, so a search shard is indexed again only when that changed.

A verdict's JSON-LD in <head>, a new cross-link in an article's (ignored) list of quotes:
such changes re-render a page without changing a word the search index holds. Adding one
source re-rendered the pages of every article sharing a quote with it and so re-indexed
most shards of a 10,000-article site, a minute of Pagefind for one new page.

`signature` keeps what Pagefind can index: the document's language and <title>, and the
markup of the element marked `data-pagefind-body` without the subtrees marked
`data-pagefind-ignore`. Two pages with equal signatures give Pagefind the same input. The
pages are the theme's own output (balanced tags, text escaped), scanned by tag; should a
page not parse as expected the whole file is its signature, which can only cost an
indexing run, never a stale index.
"""

from __future__ import annotations

import hashlib
import re

_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)([^>]*)>")
_LANG = re.compile(r"<html\b[^>]*>", re.I)
_TITLE = re.compile(r"<title>.*?</title>", re.S | re.I)
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"])
BODY = "data-pagefind-body"
IGNORE = "data-pagefind-ignore"


def _has(attributes: str, name: str) -> bool:
    """Does a tag carry the attribute `name` (not merely the words, inside another's value)?"""
    return name in attributes and any(m.group(1).lower() == name for m in _ATTR.finditer(attributes))


def _body_start(html: str) -> int:
    """Where the element marked data-pagefind-body opens, or -1."""
    for tag in _TAG.finditer(html):
        if not tag.group(1) and _has(tag.group(3), BODY):
            return tag.start()
    return -1


def _skip(html: str, name: str, position: int) -> int | None:
    """Where the element `name` opened just before `position` ends (after its end tag), or None.

    Only tags of that name can close it, so only they are looked at: an article's ignored
    list of removed lines holds most of its tags."""
    depth = 1
    for tag in re.compile(rf"<(/?){re.escape(name)}\b([^>]*)>").finditer(html, position):  # no copy of the rest
        depth += -1 if tag.group(1) else 0 if tag.group(2).endswith("/") else 1
        if depth == 0:
            return tag.end()
    return None


def _kept(html: str, start: int) -> str | None:
    """The markup from the body element at `start` to its end, ignored subtrees cut out;
    None when the tags do not balance."""
    stack: list[str] = []
    kept: list[str] = []
    position = start
    while tag := _TAG.search(html, position):
        kept.append(html[position:tag.start()])
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if name in _VOID or tag.group(3).endswith("/"):
            kept.append(tag.group(0))
        elif closing:
            if not stack or stack[-1] != name:
                return None
            stack.pop()
            kept.append(tag.group(0))
            if not stack:
                return "".join(kept)
        elif stack and _has(tag.group(3), IGNORE):
            after = _skip(html, tag.group(2), position)
            if after is None:
                return None
            position = after
        else:
            kept.append(tag.group(0))
            stack.append(name)
    return None


def signature(html: str) -> str:
    """A hash of what Pagefind would index of this page (see the module's docstring)."""
    h = hashlib.blake2b(digest_size=20)
    opening = _body_start(html)
    kept = _kept(html, opening) if opening >= 0 else None
    if kept is None:
        h.update(b"whole\0" + html.encode("utf-8", "surrogatepass"))
        return h.hexdigest()
    head = [m.group(0) for m in (_LANG.search(html), _TITLE.search(html)) if m]
    for part in (*head, kept):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()
