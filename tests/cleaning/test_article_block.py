"""The page-structure voter: which of trafilatura's lines sit in the page's article block."""

from __future__ import annotations

from lxml import html as lxml_html

from generator.cleaning.article_block import PageWords, in_article_block
from generator.cleaning.furniture import furniture_reason, rules
from generator.cleaning.html_page import clean_html, normalised_line
from generator.cleaning.lines import Line
from generator.metadata.html_meta import page_hints, page_hints_of

PROSE = ("Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard in the first half of "
         "2020, according to a report published on Tuesday by the Taiwanese industry publication.")
PROSE2 = ("The report claims the display size will remain 13.3 inches, although given the source we would not "
          "completely rule out a slightly larger display with slimmer bezels on the new model.")
PROSE3 = ("Kuo also expects Apple to launch a new iPad Pro with a rear 3D camera in the first half of the year, "
          "followed by a 5G iPhone lineup in the fall, his note to investors said.")
TEASER = "Browns player on Mason Rudolph's role in fight with Myles Garrett: He instigated the whole thing"
NEWSLETTER = "Get the day's big stories + fun stuff you love like mock drafts, picks and more."


def words(*lines: str) -> list[list[str]]:
    return [normalised_line(line).split() for line in lines]


def tree(body: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><head><title>T</title></head><body>{body}</body></html>")


def test_lines_outside_the_block_holding_most_of_the_text_are_unconfirmed():
    page = tree(f"<div class='promo'><p>{TEASER}</p></div>"
                f"<article><p>{PROSE}</p><p>With <a href='/k'>a link</a> inside.</p><p>{PROSE2}</p>"
                f"<p>{PROSE3}</p></article><aside><p>{NEWSLETTER}</p></aside>")
    assert in_article_block(page, words(TEASER, PROSE, "With a link inside.", PROSE2, PROSE3, NEWSLETTER)) == [
        False, True, True, True, True, False]


def test_a_line_not_found_in_the_page_counts_as_inside():
    page = tree(f"<article><p>{PROSE}</p><p>{PROSE2}</p></article>")
    assert in_article_block(page, words(PROSE, "| a rewritten | table row |", PROSE2)) == [True, True, True]


def test_script_and_style_text_is_not_page_text():
    page = tree(f"<script>var s = '{PROSE}';</script><article><p>{PROSE2}</p></article>")
    assert PageWords(page).owner_of(normalised_line(PROSE).split()) is None
    assert PageWords(page).owner_of(normalised_line(PROSE2).split()).tag == "p"


def test_a_line_found_behind_the_previous_one_is_still_located():
    page = tree(f"<article><p>{PROSE}</p><p>{PROSE2}</p></article>")
    found = PageWords(page)
    assert found.owner_of(normalised_line(PROSE2).split()).text == PROSE2
    assert found.owner_of(normalised_line(PROSE).split()).text == PROSE


def test_clean_html_drops_a_newsletter_box_after_the_article_and_keeps_the_article():
    body = (f"<main><article><h1>Apple keyboard report</h1><p>{PROSE}</p><p>{PROSE2}</p><p>{PROSE3}</p></article>"
            f"<div class='signup'><p>{NEWSLETTER}</p></div></main>")
    cleaned = clean_html(f"<html lang='en'><head><title>T</title></head><body>{body}</body></html>")
    assert [p.text for p in cleaned.paragraphs] == [PROSE, PROSE2, PROSE3]
    assert NEWSLETTER not in [p.text for p in cleaned.paragraphs]


def test_hints_of_a_parsed_tree_equal_hints_of_the_markup():
    markup = ("<html lang='en'><head><meta property='og:site_name' content='MacRumors'>"
              "<meta property='article:published_time' content='2019-11-19T08:00:00-05:00'></head>"
              "<body><h1>Apple keyboard report</h1><p>x</p></body></html>")
    from trafilatura.utils import load_html

    assert page_hints_of(load_html(markup)) == page_hints(markup)


def test_furniture_rules_give_the_same_reason_on_ascii_and_other_text():
    # The lower-cased ASCII shortcut must agree with the case-insensitive rule, and rules with
    # upper-case classes (the byline's [A-Z]) must keep their case-insensitive meaning.
    assert any(rule.lower_twin is None for rule in rules()[0])
    for text, reason in [("Photo: Getty Images", "photo caption or credit"),
                         ("PHOTO: GETTY IMAGES", "photo caption or credit"),
                         ("By Al Root", "byline"), ("by al root", "byline"),
                         ("Ce site utilise des cookies — We use cookies", "cookie or legal notice"),
                         ("Café owners said the racist comments were removed within the hour.", "comment box"),
                         (PROSE, None)]:
        assert furniture_reason(Line(0, text)) == reason, text


def _reason_case_insensitively(line: Line) -> str | None:
    """The rules as written (IGNORECASE, on the text as it is): what the lower-case twins must agree with."""
    from generator.cleaning.furniture import long_rules

    for rule in rules()[0] if line.words <= 10 else long_rules():
        if rule.pattern.search(line.text):
            return rule.reason
    return None


def test_furniture_rules_give_the_same_reason_lowered_or_not(shared):
    # Lines with curly quotes, accents and Cyrillic are lower-cased too; on every line of the
    # pasted pages the shortcut gives the reason the case-insensitive rules give.
    from generator.cleaning.furniture import is_barrier
    from generator.cleaning.lines import split_lines

    checked = 0
    for path in sorted((shared / "corpora" / "paste-dev" / "txt").glob("*.txt")):
        for line in split_lines(path.read_text(encoding="utf-8", errors="replace")):
            if is_barrier(line) or not line.has_letters:
                continue
            expected = _reason_case_insensitively(line)
            got = furniture_reason(line)
            assert got == expected or (expected is None and got in {"related-article teaser", "scraped tag soup"}), line.text
            checked += not line.text.isascii()
    assert checked > 500
    assert furniture_reason(Line(0, "© РИА НОВОСТИ, ФОТО: GETTY IMAGES")) == "copyright or photo credit"
