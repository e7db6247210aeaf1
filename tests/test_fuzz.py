"""Property-based tests: random bytes, HTML and text into every stage that reads untrusted input.

Each property: never raises (beyond the stage's documented error), never loops (a hard
per-example alarm, not only Hypothesis's soft deadline, so a real infinite loop fails
instead of hanging), and every text it outputs is drawn from its input.

`make test` runs them at DIGEST_FUZZ_EXAMPLES (default 60 per property); `make fuzz`
runs the same properties at 20,000 examples each, plus the `fuzz`-marked one that
mutates real saved pages (1/20 of the count: each costs a whole page), stopped by
DIGEST_FUZZ_SECONDS (SIGINT, so pytest still prints what ran and what failed).
"""

from __future__ import annotations

import os
import signal
import unicodedata
from collections.abc import Callable
from functools import wraps
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.cleaning.html_page import clean_html
from generator.cleaning.text_page import clean_text
from generator.corpus.links import match
from generator.corpus.notes import render_markdown
from generator.ingest.read import SourceError, read_bytes, strip_controls
from generator.ingest.yamlfile import ContentError, load_yaml
from generator.metadata.fields import extract
from generator.model import Article, Cleaned, Metadata, Paragraph
from generator.pipeline import analyze_source
from generator.quotes.find import find_quotes
from generator.speakers.cascade import attribute
from tests.conftest import SHARED
from tests.conftest import page_text as _page_text
from tests.site.test_xss import tag_problems

EXAMPLES = int(os.environ.get("DIGEST_FUZZ_EXAMPLES", "60"))
ALARM = float(os.environ.get("DIGEST_FUZZ_ALARM", "20"))  # seconds; generous, a loop never ends at all
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
MARKS = st.sampled_from(list("“”‘’\"'«»„″ .,:;!?—\n\u00a0") + ["said", "Lavrov", "he", "...", "the minister",
                                                               "MOSCOW, Oct. 25 (Reuters) -", "By", "\n\n"])
TEXT = st.lists(st.one_of(MARKS, st.text(max_size=12)), max_size=120).map(" ".join)
TAGS = ["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<h1>", "</h1>", "<a href='javascript:x'>", "</a>",
        "<!--", "-->", "<svg onload=x>", "&amp;", "&#x3c;script&#x3e;", "<table><tr><td>", "<article>", "</article>",
        "<title>", "</title>", "<meta property='og:title' content='", "'>", "<br>", "<![CDATA[", "]]>", "<",
        "<script type='application/ld+json'>{\"headline\": \"", "\"}</script>", "<time datetime='2014-10-2"]
HTML = st.lists(st.one_of(st.sampled_from(TAGS), TEXT), max_size=60).map("".join)


class Loop(AssertionError):
    """An example ran past the alarm: the stage is looping (or quadratic on a small input)."""


def hard_deadline(test: Callable) -> Callable:
    """Fail an example that runs longer than ALARM seconds, even if it would never return."""
    @wraps(test)
    def run(*args, **kwargs):
        def ring(signum, frame):
            raise Loop(f"one example ran over {ALARM:.0f} s")

        previous = signal.signal(signal.SIGALRM, ring)
        signal.setitimer(signal.ITIMER_REAL, ALARM)
        try:
            return test(*args, **kwargs)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return run


def in_order(needle: str, haystack: str) -> bool:
    """Every character of needle appears in haystack, in order (tags may be dropped between)."""
    chars = iter(haystack)
    return all(c in chars for c in needle)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


# --- read ----------------------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".html"]))
@hard_deadline
def test_reader_reads_or_refuses_any_bytes(raw, suffix):
    try:
        source = read_bytes(f"x{suffix}", raw)
    except SourceError as exc:
        assert str(exc).startswith(f"x{suffix}: ")
        return
    assert strip_controls(source.text) == source.text and "\r" not in source.text


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
@hard_deadline
def test_reader_returns_exactly_the_text_that_was_saved(text, codec):
    # NFC-normalised (é saved as e + U+0301 comes back as é). Text holding Ã, Â or â may be
    # double-encoded UTF-8 that the reader repairs ("Â¡" is "¡"): tests/test_speaker_fixes7.py
    # checks those repairs on real words, so such text is left out here.
    expected = unicodedata.normalize("NFC", strip_controls(text).replace("\r\n", "\n").replace("\r", "\n"))
    assume(expected.strip() and "<" not in text and not any(mark in expected for mark in "ÃÂâ"))
    try:
        source = read_bytes("x.txt", text.encode(codec, errors="surrogatepass"))
    except SourceError as exc:
        assert "binary" in str(exc) or "empty" in str(exc)  # a text of control characters
        return
    except UnicodeEncodeError:
        return
    assert source.text == expected


# --- clean ---------------------------------------------------------------------------------


@FUZZ
@given(TEXT)
@hard_deadline
def test_text_cleaner_keeps_only_text_from_the_page(text):
    cleaned = clean_text(text)
    flat = _flat(text)
    assert all(p.text in flat for p in cleaned.paragraphs)
    assert all(_flat(r.text) in flat for r in cleaned.removed if r.text)


@FUZZ
@given(HTML)
@hard_deadline
def test_html_cleaner_keeps_only_text_from_the_page(markup):
    markup = strip_controls(markup)  # as the read stage hands it over
    cleaned = clean_html(markup)
    decoded = "".join(_page_text(markup).split())
    for paragraph in cleaned.paragraphs:
        assert in_order("".join(paragraph.text.split()), decoded)
    assert in_order("".join(cleaned.title.split()), decoded)


@FUZZ
@given(st.lists(TEXT, max_size=6), TEXT)
@hard_deadline
def test_metadata_is_never_invented(texts, title):
    paragraphs = [Paragraph(_flat(t)) for t in texts if _flat(t)]
    meta = extract(Cleaned(title=_flat(title), paragraphs=paragraphs, removed=[], header=[]))
    source = _flat(title + " " + " ".join(texts))
    for value in (meta.title, meta.outlet, meta.dateline, *meta.authors):
        assert value is None or _flat(value) in source or in_order("".join(value.split()), "".join(source.split()))


# --- quotes, speakers, links ------------------------------------------------------------------


@FUZZ
@given(st.lists(TEXT, max_size=6), TEXT)
@hard_deadline
def test_quotes_are_slices_and_mentions_are_words_of_the_text(texts, title):
    paragraphs = [Paragraph(t) for t in texts]
    everything = title + " " + " ".join(texts)
    for quote in attribute(paragraphs, find_quotes("a", paragraphs), title):
        assert paragraphs[quote.paragraph].text[quote.start:quote.end] == quote.text
        assert quote.mention is None or _flat(quote.mention) in _flat(everything)


@FUZZ
@given(st.lists(st.lists(TEXT, max_size=4), max_size=5))
@hard_deadline
def test_links_join_quotes_of_different_articles_with_their_own_words(groups):
    articles = []
    for n, texts in enumerate(groups):
        paragraphs = [Paragraph(t) for t in texts]
        articles.append(Article(source=f"{n}.txt", id=f"a{n}", kind="text", meta=Metadata(title=""),
                                paragraphs=paragraphs, removed=[], quotes=find_quotes(f"a{n}", paragraphs)))
    quotes = {q.id: (a.id, q.text) for a in articles for q in a.quotes}
    for link in match(articles):
        (article_a, text_a), (article_b, text_b) = quotes[link.a], quotes[link.b]
        assert article_a != article_b
        assert 0 <= link.score <= 1
        for _, words_a, words_b in link.ops:
            assert in_order("".join(words_a.split()), "".join(text_a.split()))
            assert in_order("".join(words_b.split()), "".join(text_b.split()))


# --- the whole per-source pipeline, and editors' files ------------------------------------------


@FUZZ
@given(st.one_of(HTML.map(str.encode), TEXT.map(str.encode), st.binary(max_size=2000)), st.sampled_from([".txt", ".html"]))
@hard_deadline
def test_any_file_is_analysed_or_refused_with_a_source_error(raw, suffix):
    _analysed_or_refused(raw, suffix)


def _analysed_or_refused(raw: bytes, suffix: str) -> None:
    try:
        article = analyze_source(read_bytes(f"x{suffix}", raw))
    except SourceError:
        return
    for quote in article.quotes:
        assert article.paragraphs[quote.paragraph].text[quote.start:quote.end] == quote.text


@FUZZ
@given(st.lists(st.sampled_from(list("ab:-[]{}&*!|>'\"#?, \n\t0123456789.") + ["2026-02-30", "!!binary", "<<", "  "]),
                max_size=120).map("".join))
@hard_deadline
def test_editors_yaml_loads_or_is_a_content_error(text):
    try:
        load_yaml(text, "f.yaml")
    except ContentError as exc:
        assert all(p.path == "f.yaml" for p in exc.problems)


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(TAGS + ["[x](javascript:y)", "<img src=x onerror=y>", "![i](data:x)",
                                                  "<a href='data:x'>", "\n\n", "`", "<style>", "<math>", "<iframe>"]),
                          TEXT), max_size=40).map("".join))
@hard_deadline
def test_rendered_notes_never_carry_executable_markup(markdown_text):
    html = render_markdown(markdown_text)
    assert [p for tag in BeautifulSoup(html, "lxml").find_all(True) for p in tag_problems(Path("note"), tag)] == []


# --- make fuzz only: mutations of real saved pages ---------------------------------------------


def _real_pages() -> list[bytes]:
    folder = SHARED / "corpora" / "aeb-dev" / "html"
    return [p.read_bytes() for p in sorted(folder.glob("*.html"))[:40]] if folder.is_dir() else []


@pytest.mark.fuzz
@settings(FUZZ, max_examples=max(20, EXAMPLES // 20))  # a real page takes ~0.1 s through every stage
@given(st.data())
@hard_deadline
def test_mutated_real_pages_are_analysed_or_refused(data):
    pages = _real_pages()
    if not pages:
        pytest.skip(f"no saved pages under {SHARED}/corpora/aeb-dev/html")
    page = bytearray(data.draw(st.sampled_from(pages)))
    for _ in range(data.draw(st.integers(0, 20))):
        at = data.draw(st.integers(0, max(0, len(page) - 1)))
        cut = data.draw(st.integers(0, 200))
        page[at:at + cut] = data.draw(st.binary(max_size=40) | st.sampled_from([t.encode() for t in TAGS]))
    _analysed_or_refused(bytes(page), ".html")
