"""The copy-paste cleaner: each boilerplate rule on a real line, each with a line it must keep."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cleaning.furniture import furniture_reason
from generator.cleaning.lines import Line, split_lines
from generator.cleaning.text_page import clean_text
from tests.conftest import SEEDS

PROSE = ("Russia has reached no agreement with the United States over sharing intelligence against the "
         "extremist Islamic State group, Foreign Minister Sergei Lavrov said Saturday.")


@pytest.mark.parametrize(("line", "reason"), [
    ("Print E-mail Bookmark and Share", "share or print bar"),
    ("Show more", '"show more" link'),
    ("Partner News", "related-articles block"),
    ("Racist, abusive and off-topic comments may be removed by the moderator.", "comment box"),
    ("© Sputnik / Vladimir Pesnya / Go to the mediabankRussian Foreign Ministry building", "copyright or photo credit"),
    ("Tags: , , , , , , , , , ,", "tag list"),
    ("%d bloggers like this:", "widget label"),
    ("Go to Forum >>0 Comment(s)", "comment section"),
    ("7776lavrov kerry snowden syria No Cold War’ between Russia and US", "scraped tag soup"),
    ("Michigan Couple Finds Newspapers Dating Back To 1940s During Home RenovationMichigan Couple Finds Papers",
     "related-article teaser"),
    ("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled", "related-article teaser"),
])
def test_furniture_rules_name_their_reason(line, reason):
    assert furniture_reason(Line(1, line)) == reason


@pytest.mark.parametrize("line", [
    PROSE,
    "Anti-terrorism efforts",
    "“So I told John Kerry: if you want to work jointly, let’s do so not selectively,” Lavrov continued.",
    "Users who share photos online were warned by the ministry about the risk of identity theft on Monday.",
    "The comments section of the report said the deal was signed in Paris by both ministers last week.",
    # a name prefix is no glued headline, however title-case the words before it
    "On Tuesday, Senate Majority Leader Mitch McConnell said that it was “totally inappropriate” for Ginsburg to "
    "criticize Trump.",
    "Florida Gov. Ron DeSantis Signed The Bill, Speaker Tip O’Neill Said",
])
def test_furniture_rules_keep_prose_and_headings(line):
    assert furniture_reason(Line(1, line)) is None


def test_paragraphs_joined_by_no_break_spaces_are_split():
    text = "First paragraph ends here.\u00a0 Second one starts.\u00a0 \u00a0 Third one.\nNext line"
    assert [line.text for line in split_lines(text)] == [
        "First paragraph ends here.", "Second one starts.", "Third one.", "Next line"]


def test_menu_and_comments_around_the_article_are_removed():
    text = "\n".join([
        "Home", "World", "Politics", "", "Russia and US reach no deal on intelligence", "",
        PROSE, "", PROSE.replace("Saturday", "on Sunday"), "", "Leave a Reply", "",
        "I think this is a very long comment that a reader wrote below the article about the whole affair.",
    ])
    cleaned = clean_text(text)
    assert cleaned.title == "Russia and US reach no deal on intelligence"
    assert [p.text for p in cleaned.paragraphs] == [PROSE, PROSE.replace("Saturday", "on Sunday")]
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Home"] == "navigation"
    assert reasons["Leave a Reply"] == "comment section"
    assert all(r.line for r in cleaned.removed)


def test_caption_and_teaser_inside_the_body_are_removed_but_headings_kept():
    text = "\n".join([
        "Russia, UK Have High Unused Potential in Counterterrorism Cooperation", "", PROSE, "",
        "Police officers stand next to a black flag seized in a raid, at a news conference in Rome, Italy",
        "Russian Foreign Ministry Reveals Attempts to Invest in Western Europe", "",
        "Anti-terrorism efforts", PROSE.replace("Saturday", "Sunday"),
    ])
    cleaned = clean_text(text)
    kinds = [(p.kind, p.text[:22]) for p in cleaned.paragraphs]
    assert kinds == [("body", PROSE[:22]), ("heading", "Anti-terrorism efforts"), ("body", PROSE[:22])]


def test_seed_bodies_keep_their_lines(gold):
    for path in SEEDS:
        reading = gold["articles"][path.stem]
        cleaned = clean_text(path.read_text(encoding="utf-8"))
        assert cleaned.title == reading["title"]
        assert sorted({p.line for p in cleaned.paragraphs}) == reading["body_lines"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .,“”\"\n\u00a0\tXY©:1"), max_size=400))
def test_cleaner_output_is_drawn_from_the_input(text):
    cleaned = clean_text(text)
    squashed = " ".join(text.replace("\u00a0", " ").split())
    for piece in [cleaned.title, *(p.text for p in cleaned.paragraphs), *(r.text for r in cleaned.removed)]:
        assert piece in squashed
    kept = len(cleaned.paragraphs) + len(cleaned.removed) + (1 if cleaned.title else 0)
    assert kept == len(split_lines(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=40), max_size=20))
def test_splitter_keeps_every_word_in_order(parts):
    text = "\n".join(parts)
    words = [w for line in split_lines(text) for w in line.text.split()]
    assert words == text.replace("\u00a0", " ").split()
