"""Sub-headings of a saved page: the page's own h2-h6 mark them, and each gets an id on the
article page (search files hits under the heading they are under)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cleaning.html_page import clean_html
from generator.model import Article, Metadata, Paragraph
from generator.site.article import heading_anchors


def _page(shared: Path, prefix: str) -> str:
    found = sorted((shared / "corpora" / "aeb-dev" / "html").glob(f"{prefix}*.html"))
    if not found:
        pytest.skip(f"aeb-dev page {prefix} not found")
    return found[0].read_text(encoding="utf-8")


def test_bbc_crossheads_are_headings_and_the_byline_box_is_not(shared):
    cleaned = clean_html(_page(shared, "c7e39ac4"))
    headings = [p.text for p in cleaned.paragraphs if p.kind == "heading"]
    assert headings == ["What did the prosecutors say?", "One chapter over, another barely begun",
                        "What was the Swedish investigation about?", "What has the reaction been?",
                        "What charges does Assange face in the US?"]
    byline = next(p for p in cleaned.paragraphs if p.text.startswith("Caroline Hawley"))
    assert byline.kind == "body"


def test_a_page_marking_no_headings_keeps_the_guess_from_the_line_shape(shared):
    """A page whose sub-headings are bold paragraphs, not h2-h6: the line-shape guess still finds them."""
    cleaned = clean_html(_page(shared, "b0cf2bbf"))
    assert [p.text for p in cleaned.paragraphs if p.kind == "heading"] == ["Module efficiency", "Domestic industry"]


def test_heading_anchors_are_unique_readable_and_apart_from_quote_ids():
    paragraphs = [Paragraph(text="Intro text.", kind="body"), Paragraph(text="What did the prosecutors say?", kind="heading"),
                  Paragraph(text="Более того", kind="heading"), Paragraph(text="What did the prosecutors say?", kind="heading")]
    article = Article(source="x.html", id="x", kind="html", meta=Metadata(title="T"), paragraphs=paragraphs, removed=[])
    assert heading_anchors(article) == {1: "sec-what-did-the-prosecutors-say", 2: "sec-bolee-togo",
                                        3: "sec-what-did-the-prosecutors-say-2"}
