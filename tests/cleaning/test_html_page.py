"""The HTML cleaner: extractor voting, furniture rules on real snippets, and the page's own metadata."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cleaning.html_page import clean_html, vote
from generator.metadata.html_meta import page_hints
from tests.conftest import page_text as _page_text

PROSE = ("Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard in the first half of "
         "2020, according to a report published on Tuesday by the Taiwanese industry publication.")
PROSE2 = ("The report claims the display size will remain 13.3 inches, although given the source we would not "
          "completely rule out a slightly larger display with slimmer bezels on the new model.")


def page(body: str, head: str = "") -> str:
    return f"<html lang='en'><head><title>T</title>{head}</head><body>{body}</body></html>"


def test_lines_both_extractors_keep_are_article_text():
    kept, removed = vote(f"{PROSE}\nREAD MORE: China plague outbreak confirmed\n{PROSE2}", f"{PROSE}\n{PROSE2}")
    assert kept == [PROSE, PROSE2]
    assert [r.reason for r in removed] == ['"show more" link']


def test_unconfirmed_line_inside_the_agreed_run_is_kept_outside_dropped():
    primary = f"Pick Six Newsletter signup for the day's big stories\n{PROSE}\nA short middle line here\n{PROSE2}\nTeaser tail"
    kept, removed = vote(primary, f"{PROSE}\n{PROSE2}")
    assert kept == [PROSE, "A short middle line here", PROSE2]
    assert {r.text for r in removed} == {"Pick Six Newsletter signup for the day's big stories", "Teaser tail"}



@pytest.mark.parametrize(("line", "keep"), [
    ("- Order Reprints", False),
    ("- Print Article", False),
    ("DON'T MISS", False),
    ("Thanks for signing up! Subscribe to our newsletter", False),
    (PROSE, True),
    ("Users who subscribe to the plan pay less for storage, the company said in its filing on Monday.", True),
])
def test_furniture_rules_apply_to_extracted_lines(line, keep):
    kept, _ = vote(f"{PROSE}\n{line}\n{PROSE2}", f"{PROSE}\n{line}\n{PROSE2}")
    assert (line in kept) is keep


def test_a_real_article_page_is_cleaned():
    body = (f"<nav><a href='/'>Home</a><a href='/news'>News</a></nav><article><h1>Apple keyboard report</h1>"
            f"<p>{PROSE}</p><p>{PROSE2}</p><aside><h3>Related</h3><a href='/x'>Other story</a></aside></article>"
            "<footer>Copyright 2019 Example Media. All rights reserved.</footer>")
    cleaned = clean_html(page(body, "<meta property='og:site_name' content='MacRumors'>"))
    assert cleaned.title == "Apple keyboard report"
    assert [p.text for p in cleaned.paragraphs] == [PROSE, PROSE2]
    assert cleaned.hints.site_name == "MacRumors"


def test_json_ld_and_meta_hints():
    head = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
            '"headline":"H","datePublished":"2019-11-19T08:00:00-05:00","author":[{"@type":"Person","name":"Al Root"}],'
            '"publisher":{"@type":"Organization","name":"Barron\'s"}}]}</script>'
            '<link rel="canonical" href="https://www.barrons.com/articles/x">')
    hints = page_hints(page("<p>x</p>", head))
    assert hints.published == "2019-11-19T08:00:00-05:00"
    assert hints.authors == ["Al Root"]
    assert hints.site_name == "Barron's"
    assert hints.url == "https://www.barrons.com/articles/x"
    assert hints.language == "en"


def test_page_without_article_gives_no_paragraphs_and_says_why():
    cleaned = clean_html(page("<nav><a href='/'>Home</a></nav>"))
    assert cleaned.paragraphs == []
    assert cleaned.removed[-1].reason == "no article text found in the page"


def test_deeply_nested_page_does_not_raise():
    cleaned = clean_html(page("<div>" * 10_000 + f"<p>{PROSE}</p>" + "</div>" * 10_000))
    assert isinstance(cleaned.paragraphs, list)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<a href='#'>",
                                 "</a>", "<h1>", "</h1>", PROSE, "words here", "&lt;b&gt;", "<br>", "<!--", "-->"]),
                max_size=40))
def test_random_html_never_raises_and_text_comes_from_the_page(parts):
    markup = "".join(parts)
    cleaned = clean_html(markup)
    decoded = "".join(_page_text(markup).split())
    for paragraph in cleaned.paragraphs:
        chars = iter(decoded)
        assert all(c in chars for c in "".join(paragraph.text.split()))
