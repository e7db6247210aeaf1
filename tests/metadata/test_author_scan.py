"""author_scan.extract_author gives trafilatura's extract_author answer, from one walk instead of
five XPath passes over a copy of the page: on every aeb-dev page, on generated pages (nested
author boxes, comment boxes and figures that trafilatura prunes, <rel> elements, the attribute
values its XPaths test), and through trafilatura's own function when its XPaths change."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from trafilatura import metadata
from trafilatura.utils import load_html

from generator.ingest import html_tree
from generator.ingest.read import read_source
from generator.metadata import author_scan


def _aeb_pages(shared: Path) -> list[Path]:
    pages = sorted((shared / "corpora" / "aeb-dev" / "html").glob("*.html"))
    if not pages:
        pytest.skip("the aeb-dev saved pages are not in the shared data")
    return pages


def _tree(path: Path) -> lxml_html.HtmlElement:
    source = read_source(path)
    tree = html_tree.tree_for(source.text)
    return tree if tree is not None else load_html(source.text)


def _counting(monkeypatch) -> list:
    """Counts the pages author_scan hands to trafilatura's own function."""
    calls: list = []
    own = metadata.extract_author
    monkeypatch.setattr(metadata, "extract_author", lambda tree: calls.append(tree) or own(tree))
    return calls


def test_every_saved_page_gets_trafilaturas_author(shared, monkeypatch):
    trees = [_tree(path) for path in _aeb_pages(shared)]
    expected = [metadata.extract_author(tree) for tree in trees]
    calls = _counting(monkeypatch)
    assert [author_scan.extract_author(tree) for tree in trees] == expected
    assert sum(1 for author in expected if author) >= 20  # real authors, not only None == None
    assert len(calls) < len(trees) / 4  # and mostly read by the walk


PAGE = """<html><head><title>t</title></head><body>
<div class="comments"><span class="author">Troll McTroll</span></div>
<p>Moscow said on Monday it would respond.</p>
<span class="byline__author">By Jane Doe</span>
</body></html>"""


def test_an_author_box_in_a_pruned_comment_section_is_nobody(monkeypatch):
    tree = lxml_html.fromstring(PAGE)
    expected = metadata.extract_author(tree)
    calls = _counting(monkeypatch)
    assert author_scan.extract_author(tree) == expected == "Jane Doe"
    assert not calls  # the walk answered; the comment box's author is skipped, as trafilatura prunes it


def test_an_author_box_holding_a_pruned_part_is_read_by_trafilatura(monkeypatch):
    tree = lxml_html.fromstring('<html><body><div class="author">Jane <time>Monday</time>Doe</div></body></html>')
    expected = metadata.extract_author(tree)  # the <time> pruned, its tail joined to "Jane ": "Jane Doe"
    calls = _counting(monkeypatch)
    assert author_scan.extract_author(tree) == expected == "Jane Doe"
    assert len(calls) == 1


def test_changed_xpaths_fall_back_to_trafilatura(monkeypatch):
    author_scan._same_xpaths.cache_clear()
    monkeypatch.setattr(author_scan, "XPATHS_READ", "0" * 64)
    calls = _counting(monkeypatch)
    try:
        assert author_scan.extract_author(lxml_html.fromstring(PAGE)) == "Jane Doe"
        assert len(calls) == 1
    finally:
        author_scan._same_xpaths.cache_clear()


# values the XPaths test for, whole and as parts of longer ones
WORDS = ["author", "Author", "author-name", "authorName", "AuthorName", "author name", "byline", "Byline", "byl",
         "BBL", "username", "screenname", "writer", "zuozhe", "bianji", "xiaobian", "submitted-by", "posted-by",
         "journalist-name", "channel-name", "comments", "Comments", "commentlist", "comment-list", "comments-list",
         "ProductReviews", "sidebar", "is-hidden", "quote", "embedly-instagram", "article-share", "article-support",
         "print", "category", "meta-date", "meta-reviewer", "title", "date", "Figure", "AuthorCard", "AuthorURL",
         "me", "x", "main", "story"]
TAGS = ["a", "address", "div", "link", "p", "span", "strong", "h3", "h4", "section", "time", "figure", "author",
        "li", "header"]
ATTRIBUTES = ["class", "class", "class", "id", "id", "itemprop", "data-component", "rel", "data-testid"]
value = st.sampled_from(WORDS) | st.sampled_from(WORDS) | st.lists(st.sampled_from(WORDS), min_size=2, max_size=3).map(" ".join)
name_text = st.sampled_from(["Jane Doe", "By John Smith", "Li", "", "Staff", "Maria de la Cruz and Ann Lee",
                             "x" * 130])


@st.composite
def element(draw, depth: int = 0) -> str:
    tag = draw(st.sampled_from(TAGS + (["rel"] if draw(st.integers(0, 30)) == 0 else [])))
    attrs = draw(st.dictionaries(st.sampled_from(ATTRIBUTES), value, max_size=2))
    shown = "".join(f' {k}="{v}"' for k, v in attrs.items())
    children = draw(st.lists(element(depth + 1), max_size=3)) if depth < 3 else []
    return f"<{tag}{shown}>{draw(name_text)}{''.join(children)}</{tag}>{draw(st.sampled_from(['', ' tail ']))}"


def _selections(tree) -> tuple[list, list] | None:
    """What each of trafilatura's author XPaths selects in its pruned copy of the page, beside what
    the walk selects and does not find pruned: each element as its tag and attributes."""
    from copy import deepcopy

    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    walk = author_scan._walk(tree)
    if walk is None:
        return None
    pruned = set(walk.discarded)

    def shown(elements) -> list:
        return [(e.tag, sorted(e.items())) for e in elements]

    theirs = [shown(x(prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS))) for x in AUTHOR_XPATHS]
    ours = [shown(e for e in selected if not any(a in pruned for a in e.iterancestors(None)) and e not in pruned)
            for selected in walk.selected]
    return ours, theirs


def test_the_walk_selects_what_each_xpath_selects_on_saved_pages(shared):
    for path in _aeb_pages(shared)[:20]:
        found = _selections(_tree(path))
        assert found is None or found[0] == found[1], path.name


def _page(body: list[str]) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><head><title>t</title></head><body>{''.join(body)}</body></html>")


@settings(max_examples=1000, deadline=None)
@given(st.lists(element(), min_size=1, max_size=5))
def test_the_walk_selects_what_each_xpath_selects_on_generated_pages(body):
    found = _selections(_page(body))
    assert found is None or found[0] == found[1]


@settings(max_examples=300, deadline=None)
@given(st.lists(element(), min_size=1, max_size=5))
def test_generated_pages_get_trafilaturas_author(body):
    tree = _page(body)
    assert author_scan.extract_author(tree) == metadata.extract_author(tree)
