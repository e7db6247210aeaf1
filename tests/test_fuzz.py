"""Long property-based runs (`make fuzz`): hostile random input into every stage.

Not part of `make test` (marker `fuzz`); DIGEST_FUZZ_EXAMPLES sets the examples per
property (default 20,000 under `make fuzz`). Each property: never raises, never loops
(a per-example deadline), output text always drawn from the input.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.clean_html import clean_html
from generator.clean_text import clean_text
from generator.links import match
from generator.model import Article, Metadata, Paragraph
from generator.quotes import find_quotes
from generator.read import SourceError, read_bytes, strip_controls
from generator.speakers import attribute
from tests.conftest import page_text as _page_text

pytestmark = pytest.mark.fuzz
EXAMPLES = int(os.environ.get("DIGEST_FUZZ_EXAMPLES", "2000"))
FUZZ = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
MARKS = st.sampled_from(list("“”‘’\"'«»„″ .,:;!?—\n\u00a0") + ["said", "Lavrov", "he", "...", "the minister"])
TEXT = st.lists(st.one_of(MARKS, st.text(max_size=12)), max_size=120).map(" ".join)
HTML = st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<h1>",
                                           "</h1>", "<a href='javascript:x'>", "</a>", "<!--", "-->", "<svg onload=x>",
                                           "&amp;", "&#x3c;script&#x3e;", "<table><tr><td>"]), TEXT), max_size=60).map("".join)


def _in_order(needle: str, haystack: str) -> bool:
    """Every character of needle appears in haystack, in order (tags may be dropped between)."""
    chars = iter(haystack)
    return all(c in chars for c in needle)



@FUZZ
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".html"]))
def test_reader(raw, suffix):
    try:
        source = read_bytes(f"x{suffix}", raw)
    except SourceError:
        return
    assert "\x00" not in source.text


@FUZZ
@given(TEXT)
def test_text_cleaner(text):
    cleaned = clean_text(text)
    flat = " ".join(text.replace("\u00a0", " ").split())
    assert all(p.text in flat for p in cleaned.paragraphs)


@FUZZ
@given(HTML)
def test_html_cleaner(markup):

    markup = strip_controls(markup)  # as the read stage hands it over
    cleaned = clean_html(markup)
    decoded = "".join(_page_text(markup).split())
    for paragraph in cleaned.paragraphs:
        assert _in_order("".join(paragraph.text.split()), decoded)


@FUZZ
@given(st.lists(TEXT, max_size=6))
def test_quote_finder_and_speakers(texts):
    paragraphs = [Paragraph(t) for t in texts]
    for quote in attribute(paragraphs, find_quotes("a", paragraphs)):
        assert paragraphs[quote.paragraph].text[quote.start:quote.end] == quote.text


@FUZZ
@given(st.lists(st.lists(TEXT, max_size=4), max_size=5))
def test_link_matcher(groups):
    articles = []
    for n, texts in enumerate(groups):
        paragraphs = [Paragraph(t) for t in texts]
        articles.append(Article(source=f"{n}.txt", id=f"a{n}", kind="text", meta=Metadata(title=""),
                                paragraphs=paragraphs, removed=[], quotes=find_quotes(f"a{n}", paragraphs)))
    ids = {q.id: a.id for a in articles for q in a.quotes}
    for link in match(articles):
        assert ids[link.a] != ids[link.b]
        assert 0 <= link.score <= 1
