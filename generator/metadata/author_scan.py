"""trafilatura's author reader (one voter of html_meta), the same answer for a third of its CPU.

trafilatura.metadata.extract_author deep-copies the page, prunes what it ignores
(AUTHOR_DISCARD_XPATHS: comment boxes, sidebars, figures, <time>...) and returns the text of
the first element its AUTHOR_XPATHS select whose text is 3-119 characters long. Each of those
five XPaths is a pass over every element of the page in libxml2 (a predicate there costs
more than the same test in Python) with a Python call per element for its re:test: 5.5 ms
a saved news page, the costliest part of its metadata. Rewriting the re:tests as native
contains() was tried: no faster, the XPath engine's per-node work is the cost.

Here one walk over the page's elements applies the same tests, written from those XPaths
(the same regular expressions, which lxml's re:test runs with re.search), and collects in
document order what each XPath selects and what the pruning removes. An element inside a
removed part is not in trafilatura's pruned copy, so it is skipped; one that holds a
removed part would read differently there, so such a page (and one with a <rel> element,
which an XPath test reads by its content) is read by trafilatura's own function. That is
also the case when the installed trafilatura's XPaths are not those these tests were
written from (`XPATHS_READ`). tests/metadata/test_author_scan.py compares both readers on
real pages and on generated ones.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache

from lxml import html as lxml_html

# sha256 of trafilatura's AUTHOR_XPATHS and AUTHOR_DISCARD_XPATHS sources, "\0"-joined: the tests below
XPATHS_READ = "25bd9dc701d833cf3cf1eccf12c4f97299053490f81b81f498fa621ab0b3719a"

# AUTHOR_XPATHS[0]: these tags and one of the tests, or an <author> element
_FIRST_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_FIRST_CLASS = re.compile("author-?name|AuthorName|authorName")
# AUTHOR_XPATHS[1]
_SECOND_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_SECOND_CLASSES = frozenset({"byline", "username", "byl", "BBL"})
_SECOND_ID = re.compile("author|zuozhe|bianji|xiaobian")
_SECOND_CLASS = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
# AUTHOR_XPATHS[2]: any element
_THIRD_ID = re.compile("[Aa]uthor")
_THIRD_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
# AUTHOR_DISCARD_XPATHS: these tags below the page's root with one of the tests; every <time> and <figure>
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_CLASSES = frozenset({"comments", "title", "date"})
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile("^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram"
                            "|article-(?:share|support)|print|category|meta-date|meta-reviewer")
_LEN_LIMIT = 120  # extract_author's
# What every class (id) value any test above accepts holds: a value without one of these is
# tested no further (most elements' classes, "article__body" say, hold none of them)
_CLASS_HINT = re.compile("uthor|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name|screenname"
                         "|writer|[Bb]yl|username|BBL|omment|sidebar|is-hidden|quote|embedly-instagram|article-s"
                         "|print|category|meta-|title|date")
_ID_HINT = re.compile("uthor|zuozhe|bianji|xiaobian|omment|ProductReviews")


@dataclass
class _Walk:
    selected: tuple[list, list, list] = field(default_factory=lambda: ([], [], []))  # by AUTHOR_XPATHS
    discarded: list = field(default_factory=list)  # the roots of the pruned parts (and parts within them)


def _first(get) -> bool:
    cls = get("class") or ""
    return (get("rel") == "author" or get("id") == "author" or cls == "author" or get("itemprop") == "author name"
            or get("data-testid") in ("AuthorCard", "AuthorURL") or _FIRST_CLASS.search(cls) is not None)


def _second(get) -> bool:
    cls = get("class") or ""
    return (cls in _SECOND_CLASSES or "author" in (get("itemprop") or "") or _SECOND_ID.search(get("id") or "")
            is not None or _SECOND_CLASS.search(cls) is not None)


def _third(get) -> bool:
    return ("Byline" in (get("data-component") or "") or "author" in (get("itemprop") or "")
            or _THIRD_ID.search(get("id") or "") is not None or _THIRD_CLASS.search(get("class") or "") is not None)


def _discards(get) -> bool:
    ident, cls = get("id") or "", get("class") or ""
    return (ident == "comments" or cls in _DISCARD_CLASSES or _DISCARD_ID.search(ident) is not None
            or _DISCARD_CLASS.search(cls) is not None or "Figure" in (get("data-component") or ""))


def _may_match(tag: str, get) -> bool:
    """Might one of the tests accept the element? False only when none can."""
    cls, ident = get("class"), get("id")
    return ((cls is not None and _CLASS_HINT.search(cls) is not None)
            or (ident is not None and _ID_HINT.search(ident) is not None)
            or "author" in (get("itemprop") or "") or get("data-component") is not None
            or (tag in _FIRST_TAGS and (get("rel") is not None or get("data-testid") is not None)))


def _walk(tree: lxml_html.HtmlElement) -> _Walk | None:
    """What each XPath selects, in document order; None for a page with a <rel> element."""
    walk = _Walk()
    first, second, third = walk.selected
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction: no element to select
            continue
        if tag == "rel":
            return None
        if tag in ("time", "figure") and element is not tree:  # the root stays: delete_element cannot remove it
            walk.discarded.append(element)
        get = element.get
        if not _may_match(tag, get):
            if tag == "author":
                first.append(element)
            continue
        if tag == "author" or (tag in _FIRST_TAGS and _first(get)):
            first.append(element)
        if tag in _SECOND_TAGS and _second(get):
            second.append(element)
        if _third(get):
            third.append(element)
        if tag in _DISCARD_TAGS and element is not tree and _discards(get):
            walk.discarded.append(element)
    return walk


def _holders(discarded: list) -> set:
    """Every element that holds a pruned part."""
    out: set = set()
    for element in discarded:
        for ancestor in element.iterancestors():
            if ancestor in out:
                break
            out.add(ancestor)
    return out


@cache
def _same_xpaths() -> bool:
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    sources = "\0".join(x.path for x in AUTHOR_XPATHS + AUTHOR_DISCARD_XPATHS)
    return hashlib.sha256(sources.encode()).hexdigest() == XPATHS_READ


def extract_author(tree: lxml_html.HtmlElement) -> str | None:
    """trafilatura.metadata.extract_author(tree), without copying the page. Read-only."""
    from trafilatura import metadata
    from trafilatura.utils import trim

    walk = _walk(tree) if _same_xpaths() else None
    if walk is None:
        return metadata.extract_author(tree)
    pruned = set(walk.discarded)
    holders = _holders(walk.discarded)
    for selected in walk.selected:
        for element in selected:
            if element in pruned or any(a in pruned for a in element.iterancestors()):
                continue  # not in trafilatura's pruned copy
            if element in holders:
                return metadata.extract_author(tree)  # its text there is not its text here
            content = trim(" ".join(element.itertext()))
            if content and 2 < len(content) < _LEN_LIMIT:
                return metadata.normalize_authors(None, content)
    return None
