"""A saved page is parsed once (html_tree.py): the read stage's nesting check hands its tree to the cleaner."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from trafilatura.utils import load_html

from generator.ingest import html_tree
from generator.ingest.read import SourceError, read_bytes, read_source


def _first_saved_page(shared: Path) -> Path:
    pages = sorted((shared / "corpora" / "aeb-dev" / "html").glob("*.html"))
    if not pages:
        pytest.skip("the aeb-dev saved pages are not in the shared data")
    return pages[0]


def test_the_cleaner_gets_the_read_stages_tree_once_and_it_is_load_htmls(shared):
    source = read_source(_first_saved_page(shared))
    tree = html_tree.tree_for(source.text)
    assert tree is not None and etree.tostring(tree) == etree.tostring(load_html(source.text))
    assert html_tree.tree_for(source.text) is None  # handed over once: the next page's is another


def test_another_text_gets_no_tree(shared):
    source = read_source(_first_saved_page(shared))
    assert html_tree.tree_for("".join([source.text[:10], source.text[10:]])) is None  # equal, not the one read


def test_pages_load_html_parses_twice_keep_no_tree_and_their_own_check():
    declared = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>Lavrov said: “No deal.”</p></body></html>'
    assert html_tree.parse_errors(declared) is None and html_tree.tree_for(declared) is None
    # no <html> near the start and one child: load_html rejects its first parse, so the check parses on its own
    deep = "<body>\n" + "<div>" * 10_000 + "<p>Deep text.</p>" + "</div>" * 10_000 + "\n</body>"
    assert html_tree.parse_errors(deep) is None
    with pytest.raises(SourceError, match=r"nested more than 256 levels deep \(line 2\)"):
        read_bytes("content/sources/deep.html", deep.encode())


def test_the_shared_tree_has_lxml_htmls_element_classes(shared):
    """The C class lookup gives every element of a real page the class lxml.html's own gives it,
    the special ones included (a search form and its inputs), and no Python lookup is asked."""
    page = '<html><body><form action="/s"><label>Find</label><input name="q"><select><option>x</option></select>' \
           '<textarea></textarea></form><p>Lavrov said: “No deal.”</p><!-- c --></body></html>'
    for text in (read_source(_first_saved_page(shared)).text, page):
        assert html_tree.parse_errors(text) is not None
        ours, theirs = html_tree.tree_for(text), load_html(text)
        assert [type(e) for e in ours.iter()] == [type(e) for e in theirs.iter()]
        assert etree.tostring(ours) == etree.tostring(theirs)
    assert {type(e).__name__ for e in ours.iter()} >= {"FormElement", "InputElement", "SelectElement",
                                                       "TextareaElement", "LabelElement", "HtmlElement"}


def test_the_head_repair_is_trafilaturas_repair_on_saved_pages(shared):
    from trafilatura.utils import repair_faulty_html

    pages = sorted((shared / "corpora" / "aeb-dev" / "html").glob("*.html"))
    for path in pages:
        text = read_source(path).text
        beginning = text[:50].lower()
        assert html_tree.repaired(text, beginning, True) == repair_faulty_html(text, beginning), path.name


# a first line (a doctype with a slash, which the repair mends, or not), then lines of lengths around
# the 4,096 and 8,192 characters the repair reads, some a self-closing <html/> tag (or whitespace
# running across lines before its "/>"), joined by newlines or by the other breaks splitlines() knows
first_lines = st.sampled_from(['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">', "<!doctype html>", "<html>",
                               "<?xml-ish first line/>", ""])
tags = st.sampled_from(["<html lang='en' />", "<html/>", "<HTML xmlns='x'\n  \n/>", "<html", "/>", "<html \n" + " " * 9000 + "/>"])
fillers = st.sampled_from([0, 40, 3000, 4050, 5000, 8200, 9000]).map(lambda n: "x" * n)
lines = st.lists(tags | fillers | st.just("<p>Lavrov said: “No deal.”</p>"), max_size=8)
breaks = st.sampled_from(["\n", "\n", "\r", "\u2028", " \n \n"])


@settings(max_examples=500, deadline=None)
@given(first_lines, lines, breaks)
@example("<!doctype html>", ["x" * 3000, "<html lang='en' />"], "\n")  # the tag's line after the head of a short cut
@example("", ["x" * 40, "<html \n" + " " * 9000 + "/>"], "\n")
def test_the_head_repair_is_trafilaturas_repair_on_generated_markup(first, rest, joint):
    from trafilatura.utils import repair_faulty_html

    text = first + "\n" + joint.join(rest)
    beginning = text[:50].lower()
    assert html_tree.repaired(text, beginning, True) == repair_faulty_html(text, beginning)


def test_a_page_with_a_form_feed_is_repaired_whole():
    from trafilatura.utils import repair_faulty_html

    page = "<html><body>\n" + "<p>Moscow said on Monday it would respond.</p>\n" * 400 + "<p>\x0c page two</p></body></html>"
    source = read_bytes("content/sources/ff.html", page.encode())
    assert "\x0c" in source.text  # the read stage keeps it: not a control it strips
    assert etree.tostring(html_tree.tree_for(source.text)) == etree.tostring(load_html(page))
    assert html_tree.repaired(page, page[:50].lower(), False) == repair_faulty_html(page, page[:50].lower())
