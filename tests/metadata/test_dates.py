"""Date lines as news sites print them, and the publication told apart from the update."""

from __future__ import annotations

import pytest

from generator.metadata.dates import clock, date_only, dated, publication


@pytest.mark.parametrize(("line", "iso"), [
    ("Nov. 20, 2019, 9:28 AM UTC", "2019-11-20T09:28:00+00:00"),
    ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", "2019-11-18T07:45:00-08:00"),
    ("PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO", "2019-11-20"),
    ("Posted: Fri 6:45 PM, Feb 16, 2018  | ", "2018-02-16"),
    ("Von Moritz Bachmann publiziert am 25. September 2018", "2018-09-25"),
    ("Текст: Венера Ерофеева·24 сентября 2018", "2018-09-24"),
    ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22"),
    ("21:17 18.11.2019Get short URL", "2019-11-18"),
    ("BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST", "2019-11-13T16:00:00-05:00"),
    ("Posted on Oktober 27, 2015 by Admin", "2015-10-27"),
    ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "2019-11-19"),
])
def test_a_date_line_gives_its_publication(line, iso):
    assert publication(line) == iso


@pytest.mark.parametrize("line", [
    "Monday 5:30PM",                                     # a weekday alone
    "Adam Clark Estes11/12/19 4:40PM",                   # month and day cannot be told apart
    "By Umair Irfan Updated Nov 13, 2019, 10:28am EST",  # only the update is dated
    "Updated: 18 Nov 2019 9:38 pm",
    "Nov 18 at 9:24 pm ET",                              # no year
])
def test_no_publication_date_where_the_line_gives_none(line):
    assert publication(line) is None


def test_published_and_updated_are_told_apart():
    assert dated("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 19, 2019") == [
        ("published", "2019-11-18"), ("updated", "2019-11-19")]


def test_the_clock_of_a_visible_date_line():
    assert clock("November 18, 2019 11:03 PM") == ("2019-11-18", 23, 3)
    assert clock("19 NOV 2019") is None


def test_the_clock_before_the_date():
    assert clock("11:26 pm EST, Tuesday, November 19, 2019") == ("2019-11-19", 23, 26)
    assert clock("11:26 pm EST") is None  # a time with no date is no clock of a day


@pytest.mark.parametrize(("line", "iso"), [
    ("19 November 2019", "2019-11-19"),                      # BBC News, above the story
    ("Tuesday, Nov 19, 2019 10:48 am ET", "2019-11-19"),
    ("by ライトハウス国際特許事務所 ／ 2016.12.01", None),      # more than a date: a byline
    ("In a Nov. 5, 2019 letter, the doctors pleaded", None),  # a sentence
    ("Updated November 19, 2019", None),                      # an update
])
def test_a_line_that_is_only_a_date(line, iso):
    assert date_only(line) == iso


def test_year_first_dates():
    assert publication("by ライトハウス国際特許事務所 ／ 2016.12.01") == "2016-12-01"
    assert publication("2013年04月09日") == "2013-04-09"
    assert publication("version 2.1.3") is None


@pytest.mark.parametrize(("line", "iso"), [
    ("Last Updated: 20th November, 2019 | Published: 19th November, 2019", "2019-11-19"),  # a comma after the month
    ("Published 20 Nov, 2019", "2019-11-20"),
    ("Published on the 20th of November 2019", "2019-11-20"),
])
def test_a_day_before_its_month_with_a_comma_or_of(line, iso):
    assert publication(line) == iso


def test_a_month_and_year_alone_are_no_date():
    assert publication("Archives: November, 2019") is None and publication("November 2019") is None


# Date lines in further languages, as their news sites print them (forms, not corpus snippets: meta-dev
# has no Korean, Polish, Czech, Turkish, Swedish or Ukrainian page)
@pytest.mark.parametrize(("line", "iso"), [
    ("입력 2019.11.18 14:30 수정 2019.11.19", "2019-11-18"),
    ("2019년 11월 18일", "2019-11-18"),
    ("公開日：2019年11月18日 更新日：2019年11月20日", "2019-11-18"),
    ("Opublikowano: 18 listopada 2019", "2019-11-18"),
    ("18. listopadu 2019", "2019-11-18"),
    ("18 Kasım 2019", "2019-11-18"),
    ("18 листопада 2019", "2019-11-18"),
])
def test_date_lines_of_other_languages(line, iso):
    assert publication(line) == iso


def test_an_update_in_another_language_is_no_publication():
    assert publication("Uppdaterad 19 november 2019") is None
    assert publication("更新日：2019年11月20日") is None


def test_a_weekday_of_another_language_beside_the_date_is_still_a_date_only_line():
    # Autoracing, pasted: the post's date line under its headline, far above the standings table
    assert date_only("sexta-feira, 22 de outubro de 2010 às 20:13") == "2010-10-22"
    assert date_only("Classificação final em 22 de outubro de 2010") is None  # words beside it: a sentence
    assert date_only("sexta-feira") is None                                    # a weekday alone
