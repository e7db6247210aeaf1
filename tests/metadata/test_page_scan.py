"""The one walk that gathers a saved page's metadata candidates (html_meta._scan) selects what the
XPaths it replaced selected: each XPath below is the specification, read from the document's root,
in document order. Checked on every aeb-dev page and on generated markup (nested classes, comments,
processing instructions, script/noscript/template, pages without <body>, fragments)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from trafilatura.utils import load_html

from generator.metadata.html_meta import _scan, page_hints

SKIP = "ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
NOT_OUT = ("not(ancestor-or-self::*[contains(@class,'comment') or contains(@id,'comment') "
           "or contains(@class,'related') or contains(@class,'footer')])")
XPATHS = {
    "headings": "//h1",
    "subheadings": "//h2 | //*[contains(@class,'headline')][not(self::h1)]",
    "bylines": ("//*[@rel='author' or contains(@itemprop,'author') or contains(@class,'byline') "
                "or contains(@class,'Byline') or contains(@id,'byline') or contains(@class,'author') "
                f"or contains(@class,'Author') or contains(@class,'posted-by')][{NOT_OUT}]"),
    "dates": ("//*[self::time or contains(@class,'date') or contains(@class,'time') or contains(@class,'publish') "
              f"or contains(@class,'posted') or contains(@class,'byline') or contains(@class,'meta')][{NOT_OUT}]"),
}


def by_xpath(tree) -> dict:
    """What the XPaths select, in the walk's terms (an element as its text)."""
    def text(element) -> str:
        return " ".join(" ".join(element.xpath(f".//text()[not({SKIP})]")).split())

    found = {name: [text(e) for e in tree.xpath(path)[:200]] for name, path in XPATHS.items()}
    title = tree.xpath("//title[1]")
    return found | {
        "visible": [str(t) for t in tree.xpath(f"//body//text()[not({SKIP})]")],
        "time_stamps": [str(v) for v in tree.xpath(f"//time[@datetime][{NOT_OUT}]/@datetime")],
        "logos": [str(a) for a in tree.xpath("//*[contains(@class,'logo') or contains(@id,'logo')]//img/@alt"
                                             " | //img[contains(@class,'logo')]/@alt")],
        "metas": tree.xpath("//meta[@content]"),
        "ld_scripts": tree.xpath('//script[@type="application/ld+json"]'),
        "title": title[0] if title else None,
        "canonical": next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None),
        "nodes": sum(1 for _ in tree.getroottree().getroot().iter()),
    }


def by_walk(tree) -> dict:
    scan = _scan(tree)
    spans = {name: [scan.text(s) for s in getattr(scan, name)] for name in XPATHS}
    return spans | {name: getattr(scan, name) for name in ("visible", "time_stamps", "logos", "metas", "ld_scripts",
                                                         "title", "canonical", "nodes")}


def test_the_walk_selects_what_the_xpaths_select_on_every_real_saved_page(shared: Path):
    pages = sorted((shared / "corpora" / "aeb-dev" / "html").glob("*.html"))
    assert pages
    for path in pages:
        tree = load_html(path.read_text(encoding="utf-8", errors="replace"))
        assert by_walk(tree) == by_xpath(tree), path.name


TAGS = ["div", "p", "span", "a", "h1", "h2", "time", "img", "script", "style", "noscript", "template", "body",
        "meta", "title", "link", "footer", "b", "svg", "li", "head"]
WORDS = ["comment", "comments", "related", "footer", "byline", "Byline", "author", "Author", "posted-by", "date",
         "time", "publish", "posted", "meta", "logo", "site-logo", "headline", "canonical", "application/ld+json",
         "2019-11-29", "x", ""]
ATTRS = ["class", "id", "rel", "itemprop", "datetime", "alt", "content", "type", "href"]
TEXTS = ["By Jane Doe", "November 29, 2019", " ", "\n", "&amp;", "é", "<!--a note-->", "<?php x ?>"]


@st.composite
def markup(draw, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        if depth > 4 or draw(st.booleans()):
            parts.append(draw(st.sampled_from(TEXTS)))
            continue
        tag = draw(st.sampled_from(TAGS))
        attrs = draw(st.dictionaries(st.sampled_from(ATTRS), st.lists(st.sampled_from(WORDS), max_size=2), max_size=3))
        attributes = "".join(f' {name}="{" ".join(words)}"' for name, words in attrs.items())
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))
        parts.append(f"<{tag}{attributes}>{draw(markup(depth + 1))}{close}")
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(markup(), st.sampled_from(["<html><head></head><body>{}</body></html>", "{}", "<!DOCTYPE html>{}"]))
def test_the_walk_selects_what_the_xpaths_select_on_any_markup(body: str, frame: str):
    for parse in (load_html, lxml_html.fromstring):
        try:
            tree = parse(frame.format(body))
        except (ValueError, lxml_html.etree.ParserError):
            continue
        if tree is not None:
            assert by_walk(tree) == by_xpath(tree)


def test_a_byline_in_the_comments_is_nobody_s_byline_and_one_above_them_is():
    page = ("<html><head><title>A story</title></head><body><p class='byline'>By Jane Doe</p><p>Body text.</p>"
            "<section id='comments'><p class='byline'>By Jim Roe</p></section></body></html>")
    scan = _scan(load_html(page))
    assert [scan.text(s) for s in scan.bylines] == ["By Jane Doe"]
    assert page_hints(page).authors == ["Jane Doe"]


def test_a_logo_is_an_image_under_a_logo_part_or_of_class_logo_not_of_id_logo():
    page = ("<html><body><div id='site-logo'><a><img alt='The Daily Planet'></a></div><img class='logo' alt='DP'>"
            "<img id='logo' alt='Not this'><noscript><p>Enable JavaScript</p></noscript><p>Text.</p></body></html>")
    scan = _scan(load_html(page))
    assert scan.logos == ["The Daily Planet", "DP"]
    assert "Enable JavaScript" not in scan.visible and "Text." in scan.visible
