"""Dates and metadata as the text states them, never invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cleaning.text_page import clean_text
from generator.metadata.dates import parse_date
from generator.metadata.fields import extract
from tests.conftest import SEEDS


@pytest.mark.parametrize(("text", "iso"), [
    ("October 25, 2014, 15:22 UTC+3 PETROPAVLOVSK-KAMCHATSKY", "2014-10-25T15:22:00+03:00"),
    ("0 Comment(s)Print E-mail Xinhua, October 25, 2014", "2014-10-25"),
    ("Krasnodar, October 4, 2017", "2017-10-04"),
    ("Published 25 Oct 2014", "2014-10-25"),
    ("Sept. 3rd, 2019 at 4:05 pm GMT-5", "2019-09-03T16:05:00-05:00"),
    ("2019-11-20T10:00:00Z", "2019-11-20T10:00:00+00:00"),
    ("2019-11-20", "2019-11-20"),
    ("Foreign Ministry spokeswoman Maria Zakharova said Thursday", None),
    ("October 25 /TASS/.", None),
    ("February 30, 2014", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80))
def test_parse_date_never_raises_and_returns_iso_or_none(text):
    result = parse_date(text)
    assert result is None or (len(result) >= 10 and result[4] == "-" and result[7] == "-")


def test_seed_metadata_matches_the_hand_reading(gold):
    for path in SEEDS:
        reading = gold["articles"][path.stem]
        meta = extract(clean_text(path.read_text(encoding="utf-8")))
        assert meta.title == reading["title"]
        assert meta.outlet == reading["outlet"], path.stem
        assert (meta.published or "")[:10] == (reading["published"] or "")[:10], path.stem
        if reading.get("dateline"):
            assert meta.dateline == reading["dateline"]
        assert meta.authors == []


def test_byline_gives_authors():
    text = "Ministers meet in Paris over terror data\nBy Jane Doe and John Smith\n\n" + (
        "The two ministers met in Paris on Tuesday and discussed how to share intelligence on terror groups. ") * 2
    assert extract(clean_text(text)).authors == ["Jane Doe", "John Smith"]
