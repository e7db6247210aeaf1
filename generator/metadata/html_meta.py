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
from typing import Any

from lxml import html as lxml_html

from generator.metadata import html_votes as votes
from generator.metadata.evidence import Evidence
from generator.model import PageHints

_SKIP = "ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
_NOT_COMMENT = ("not(ancestor-or-self::*[contains(@class,'comment') or contains(@id,'comment') "
                "or contains(@class,'related') or contains(@class,'footer')])")
_BYLINE_XPATH = ("//*[@rel='author' or contains(@itemprop,'author') or contains(@class,'byline') "
                 "or contains(@class,'Byline') or contains(@id,'byline') or contains(@class,'author') "
                 f"or contains(@class,'Author') or contains(@class,'posted-by')][{_NOT_COMMENT}]")
_DATE_XPATH = ("//*[self::time or contains(@class,'date') or contains(@class,'time') or contains(@class,'publish') "
               f"or contains(@class,'posted') or contains(@class,'byline') or contains(@class,'meta')][{_NOT_COMMENT}]")
_LOGO_XPATH = "//*[contains(@class,'logo') or contains(@id,'logo')]//img/@alt | //img[contains(@class,'logo')]/@alt"
_MAX_SNIPPET = 200
TRAFILATURA_MAX_ELEMENTS = 30_000  # beyond this, copying the tree for trafilatura's metadata costs seconds


def _ld_items(tree) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
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


def _metas(tree) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = " ".join((meta.get("content") or "").split())
        if key and value and value not in found.setdefault(key, []):
            found[key].append(value)
    return found


def _texts(elements, limit: int = 12) -> list[str]:
    out = []
    for element in elements[:200]:
        text = " ".join(" ".join(element.xpath(f".//text()[not({_SKIP})]")).split())
        if text and len(text) <= _MAX_SNIPPET and text not in out:
            out.append(text)
        if len(out) >= limit:
            break
    return out


def _trafilatura(tree) -> dict[str, Any]:
    """trafilatura's reading of the tree (meta tags, JSON-LD, its author and site-name
    XPaths) and htmldate's original date: one more voter. Its categories and tags are not read (that
    search is quadratic in the page: minutes on a 4 MB page); a page too large for htmldate to copy cheaply gets none."""
    if sum(1 for _ in tree.iter()) > TRAFILATURA_MAX_ELEMENTS:
        return {}
    try:
        from htmldate import find_date
        from trafilatura.metadata import (
            examine_meta,
            extract_author,
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
    items = list(_ld_items(tree))
    article = next((i for i in items if _is_article(i)), {})
    visible = tree.xpath(f"//body//text()[not({_SKIP})]")
    return Evidence(
        metas=_metas(tree), ld=article, ld_other=[i for i in items if i is not article],
        headings=_texts(tree.xpath("//h1")),
        subheadings=_texts(tree.xpath("//h2 | //*[contains(@class,'headline')][not(self::h1)]"), limit=60),
        head_title=" ".join(tree.xpath("string(//title[1])").split()),
        bylines=_texts(tree.xpath(_BYLINE_XPATH)),
        date_texts=_texts(tree.xpath(_DATE_XPATH), limit=20),
        time_stamps=[str(v) for v in tree.xpath(f"//time[@datetime][{_NOT_COMMENT}]/@datetime")][:10],
        logos=[" ".join(str(a).split()) for a in tree.xpath(_LOGO_XPATH)][:5],
        visible=" ".join(" ".join(visible).split()),
        tail=[t for t in (" ".join(str(s).split()) for s in visible[-80:]) if t],
        trafilatura=_trafilatura(tree),
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
    found = evidence_of(tree)
    url = next(iter(found.meta("url")), None) or next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None)
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
