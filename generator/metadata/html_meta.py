"""What a saved web page says about itself: JSON-LD, Open Graph and meta tags, <time>, the visible
headline and byline, the copyright line, and trafilatura's own reading (with htmldate's date).

Part of cleaning HTML pages. Each source is gathered here as it stands; html_votes.py weighs them
(a headline equal to the site's name is none, a markup author the page never shows is nobody, an
update's stamp is no publication date). Nothing is guessed: a field no source states stays None.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from generator.metadata import html_votes as votes
from generator.metadata.author_scan import extract_author
from generator.metadata.evidence import Evidence
from generator.model import PageHints

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})  # their text is no page text
# the tags a walk registers, besides any element with a class, id, rel or itemprop
_TAGS = frozenset({"body", "h1", "h2", "time", "img", "meta", "script", "title", "link", *_SKIP_TAGS})
# a part that is not the article's: a class naming these (an id naming a comment), on the element or above it
_OUT_CLASS = re.compile("comment|related|footer")
_BYLINE_CLASS = re.compile("byline|Byline|author|Author|posted-by")
_DATE_CLASS = re.compile("date|time|publish|posted|byline|meta")
_MAX_ELEMENTS = 200  # of each kind of candidate, the first this many are read
_MAX_SNIPPET = 200
TRAFILATURA_MAX_ELEMENTS = 30_000  # beyond this, copying the tree for trafilatura's metadata costs seconds

Span = list[int]  # [first, end) of an element's own text nodes in _Scan.texts


@dataclass
class _Scan:
    """What one walk over the whole document gathers, in document order (each list is what an XPath
    from the document's root would select: the walk replaced a dozen of them, each a pass of its own).

    texts holds every text node outside script/style/noscript/template; an element's text is its
    span of them. "out" is an element in or under a comment, related or footer part."""

    texts: list[str] = field(default_factory=list)
    visible: list[str] = field(default_factory=list)  # the texts inside <body>
    headings: list[Span] = field(default_factory=list)  # h1
    subheadings: list[Span] = field(default_factory=list)  # h2, or a 'headline' class that is no h1
    bylines: list[Span] = field(default_factory=list)  # rel/itemprop/class/id naming the author, not out
    dates: list[Span] = field(default_factory=list)  # <time> or a date-like class, not out
    time_stamps: list[str] = field(default_factory=list)  # @datetime of a <time> not out
    logos: list[str] = field(default_factory=list)  # @alt of an <img> in a 'logo' class/id, or of class 'logo'
    metas: list[Any] = field(default_factory=list)  # <meta content>
    ld_scripts: list[Any] = field(default_factory=list)  # <script type="application/ld+json">
    title: Any = None  # the first <title>
    canonical: str | None = None  # @href of the first <link rel="canonical">
    nodes: int = 0  # elements, comments and processing instructions, as root.iter() counts them

    def text(self, span: Span) -> str:
        return " ".join(" ".join(self.texts[span[0]:span[1]]).split())


def _add(kept: list[Span], span: Span) -> None:
    if len(kept) < _MAX_ELEMENTS:
        kept.append(span)


def _start(scan: _Scan, node, parent: tuple, span: Span) -> tuple:
    """Registers an element with what selects it; returns the state its content inherits:
    (skipped, in body, out, in a logo)."""
    tag, cls, ident = node.tag, node.get("class") or "", node.get("id") or ""
    out = parent[2] or "comment" in ident or _OUT_CLASS.search(cls) is not None
    if tag == "h1":
        _add(scan.headings, span)
    elif tag == "h2" or "headline" in cls:
        _add(scan.subheadings, span)
    if not out:
        if (node.get("rel") == "author" or "author" in (node.get("itemprop") or "") or "byline" in ident
                or _BYLINE_CLASS.search(cls)):
            _add(scan.bylines, span)
        if tag == "time" or _DATE_CLASS.search(cls):
            _add(scan.dates, span)
        if tag == "time" and (stamp := node.get("datetime")) is not None:
            scan.time_stamps.append(stamp)
    if tag == "img" and (parent[3] or "logo" in cls) and (alt := node.get("alt")) is not None:
        scan.logos.append(alt)
    elif tag == "meta" and node.get("content") is not None:
        scan.metas.append(node)
    elif tag == "script" and node.get("type") == "application/ld+json":
        scan.ld_scripts.append(node)
    elif tag == "title" and scan.title is None:
        scan.title = node
    elif tag == "link" and scan.canonical is None and node.get("rel") == "canonical":
        scan.canonical = node.get("href")
    return (parent[0] or tag in _SKIP_TAGS, parent[1] or tag == "body", out,
            parent[3] or "logo" in cls or "logo" in ident)


def _scan(tree) -> _Scan:
    """One walk over the document the tree belongs to (an XPath's '//' starts at its root). The hot
    loop of a page's metadata (~800 elements a page): an element with no attribute and no tag of
    interest only passes its parent's state on, and the text is kept inline."""
    scan = _Scan()
    texts, visible = scan.texts, scan.visible
    state = (False, False, False, False)  # of the content at hand: skipped, in body, out, in a logo
    stack: list[tuple[tuple, Span]] = []  # the state the content of each open element's parent has
    nodes = 0
    for event, node in etree.iterwalk(tree.getroottree().getroot(), events=("start", "end", "comment", "pi")):
        if event == "start":
            nodes += 1
            span = [len(texts), 0]
            stack.append((state, span))
            if node.tag in _TAGS or node.keys():
                state = _start(scan, node, state, span)
            text = node.text
        elif event == "end":
            state, span = stack.pop()
            span[1] = len(texts)
            text = node.tail
        else:  # a comment's (a processing instruction's) text is none, what follows it is its parent's
            nodes += 1
            text = node.tail
        if text is not None and not state[0]:
            texts.append(text)
            if state[1]:
                visible.append(text)
    scan.nodes = nodes
    return scan


def _ld_items(scripts) -> Iterator[dict[str, Any]]:
    for script in scripts:
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity") and isinstance(v, list | dict))


def _kinds(item: dict[str, Any]) -> list[str]:
    kind = item.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def _is_article(item: dict[str, Any]) -> bool:
    return any(k.endswith("Article") or k in {"BlogPosting", "Report", "LiveBlogPosting"} for k in _kinds(item))


def _metas(metas) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for meta in metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = " ".join((meta.get("content") or "").split())
        if key and value and value not in found.setdefault(key, []):
            found[key].append(value)
    return found


def _texts(scan: _Scan, spans: list[Span], limit: int = 12) -> list[str]:
    out: list[str] = []
    for span in spans:
        text = scan.text(span)
        if text and len(text) <= _MAX_SNIPPET and text not in out:
            out.append(text)
        if len(out) >= limit:
            break
    return out


def _trafilatura(tree, nodes: int) -> dict[str, Any]:
    """trafilatura's reading of the tree (meta tags, JSON-LD, its author and site-name
    XPaths, read by author_scan.py without its copy of the page) and htmldate's original date: one more voter. Its categories and tags are not read (that
    search is quadratic in the page: minutes on a 4 MB page); a page too large for htmldate to copy cheaply gets none."""
    if nodes > TRAFILATURA_MAX_ELEMENTS:
        return {}
    try:
        from htmldate import find_date
        from trafilatura.metadata import (
            examine_meta,
            extract_meta_json,
            extract_sitename,
            extract_title,
        )
        from trafilatura.settings import set_date_params

        page = tree  # read-only: these readers and htmldate (which copies before it prunes) change no node
        doc = examine_meta(page)
        if doc.author and " " not in doc.author:
            doc.author = None  # trafilatura's own rule: a one-word meta author is a handle
        with contextlib.suppress(Exception):  # its JSON-LD reader's bugs on untrusted input
            doc = extract_meta_json(page, doc)
        return {"title": doc.title or extract_title(page), "author": doc.author or extract_author(page),
                "sitename": doc.sitename or extract_sitename(page), "date": find_date(page, **set_date_params(True))}
    except Exception:  # noqa: BLE001 - third-party code on untrusted input: it simply does not vote
        return {}


def evidence_of(tree: lxml_html.HtmlElement) -> Evidence:
    """Every source of metadata the page carries. Read-only: the tree is shared with the body's extractor."""
    return _evidence(tree, _scan(tree))


def _evidence(tree: lxml_html.HtmlElement, scan: _Scan) -> Evidence:
    items = list(_ld_items(scan.ld_scripts))
    article = next((i for i in items if _is_article(i)), {})
    # trafilatura reads the tree it is given: its size is that tree's, the document's when it is the root
    nodes = scan.nodes if tree.getparent() is None else sum(1 for _ in tree.iter())
    return Evidence(
        metas=_metas(scan.metas), ld=article, ld_other=[i for i in items if i is not article],
        headings=_texts(scan, scan.headings),
        subheadings=_texts(scan, scan.subheadings, limit=60),
        head_title=" ".join(scan.title.xpath("string()").split()) if scan.title is not None else "",
        bylines=_texts(scan, scan.bylines),
        date_texts=_texts(scan, scan.dates, limit=20),
        time_stamps=scan.time_stamps[:10],
        logos=[" ".join(alt.split()) for alt in scan.logos[:5]],
        visible=" ".join(" ".join(scan.visible).split()),
        tail=[t for t in (" ".join(s.split()) for s in scan.visible[-80:]) if t],
        trafilatura=_trafilatura(tree, nodes),
    )


def _host(url: str | None) -> str | None:
    """The last resort for the outlet: the site's own address ("catchitkansas.com"), as the page states it."""
    match = re.match(r"https?://(?:www\.)?([^/:?#]+\.[a-z]{2,})", str(url or ""), re.I)
    return match.group(1).lower() if match else None


def _url_date(url: str | None) -> str | None:
    """The last resort for the date: the day in the article's address ("/2019/11/18/…"); a year and a
    month alone ("/2017/12/") date nothing."""
    match = re.search(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})/", str(url or ""))
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def page_hints(markup: str) -> PageHints:
    """Title, site name, publication date, authors, URL and language as the page states them."""
    # The read stage already decoded the page; say so, or lxml would take the bytes for the
    # page's <meta charset> (or Latin-1 without one) and turn “Café” into â€œCafÃ©.
    parser = lxml_html.HTMLParser(encoding="utf-8")
    tree = lxml_html.fromstring(markup.encode("utf-8", "replace"), parser=parser) if markup.strip() else None
    return page_hints_of(tree) if tree is not None else PageHints()


def page_hints_of(tree: lxml_html.HtmlElement) -> PageHints:
    """page_hints of a page already parsed (the HTML cleaner parses each page once). Read-only."""
    scan = _scan(tree)
    found = _evidence(tree, scan)
    url = next(iter(found.meta("url")), None) or scan.canonical
    site = votes.site(found) or _host(url)
    return PageHints(
        title=votes.title(found, site),
        site_name=site,
        published=votes.published(found, url) or _url_date(url),
        authors=(persons := votes.authors(found, site)),
        byline_organisation=None if persons else votes.byline_organisation(found, site),
        url=url,
        language=tree.get("lang"),
    )
