"""Bylines read into persons: real byline lines of news pages, and the credits that name nobody."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.metadata.bylines import lead_names, name_kind, read_names, trailing_names
from generator.metadata.paste import byline


def persons(line: str, site: str | None = None) -> tuple[str, ...]:
    names = lead_names(line) or trailing_names(line)
    return read_names(names, site, single=True).persons if names else ()


@pytest.mark.parametrize(("line", "expected"), [
    ("By Eric Song, IGN Staff", ("Eric Song",)),
    ("By Jill Disis, CNN Business", ("Jill Disis",)),
    ("Analysis by Chris Cillizza, CNN Editor-at-large", ("Chris Cillizza",)),
    ("Von Moritz Bachmann publiziert am 25. September 2018", ("Moritz Bachmann",)),
    ("Текст: Венера Ерофеева·24 сентября 2018", ("Венера Ерофеева",)),
    ("BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST", ("KASHMIRA GANDER",)),
    ("By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT", ("Mike Wuerthele", "Malcolm Owen")),
    ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ("Umair Irfan",)),
    ("By Matthew Digby , Minh Do", ("Matthew Digby", "Minh Do")),
    ("written by Regan", ("Regan",)),
    ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ("Joe Rossignol",)),
])
def test_a_byline_line_gives_its_persons(line, expected):
    assert persons(line) == expected


@pytest.mark.parametrize(("line", "site"), [
    ("By Reuters", None),                      # an agency credit: the outlet's business
    ("By Associated Press", None),
    ("By admin - 2018-09-16", None),           # a CMS account
    ("Posted on Oktober 27, 2015 by Admin", None),
    ("BY: Beachbody", "Beachbody"),            # the site itself
    ("By continuing to browse you agree", None),
])
def test_a_credit_naming_no_person_gives_none(line, site):
    assert persons(line, site) == ()


def test_an_agency_credit_is_kept_apart_as_the_organisation():
    credit = read_names("Reuters", single=True)
    assert credit.persons == () and credit.organisation == "Reuters"
    assert name_kind("Condé Nast") == "organisation"


def test_a_bare_name_line_is_a_byline_only_beside_a_date_or_handle_below_the_title():
    # CNBC: the title at line 5, then the date, the name and its handle
    lines = [(4, "DUBAI AIRSHOW"), (6, "PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO"),
             (7, "Natasha Turak"), (8, "@NATASHATURAK"), (9, "KEY POINTS")]
    assert byline(lines, below=5).persons == ("Natasha Turak",)
    # the section label above the title sits beside the date line, but is no byline
    assert byline(lines[:2], below=5).persons == ()
    # Autoracing: a driver's name among the standings, with no date or handle beside it
    assert byline([(9, "Coloque nos seus favoritos e venha sempre conferir!"), (10, "Kyle Busch"),
                   (11, "Classificação final da Monster Energy NASCAR Cup Series")], below=5).persons == ()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_reading_any_text_never_raises_and_persons_come_from_it(text):
    for person in read_names(text, single=True).persons:
        assert all(token in text for token in person.split())
    persons(text)


def test_bare_bylines_as_pages_print_them():
    # pv magazine: a date, then the name; Forbes: the name over its role; Times Union: capitals below the title
    assert byline([(135, "November 20, 2019 Emiliano Bellini"), (136, "Markets")], below=133).persons == (
        "Emiliano Bellini",)
    assert byline([(14, "Bruce Y. Lee"), (15, "Senior Contributor")], below=13).persons == ("Bruce Y. Lee",)
    assert byline([(116, "JANIE HAR"), (117, "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.")],
                  below=115).persons == ("JANIE HAR",)
    # a long byline line: its dates are cut off, not the line skipped
    assert byline([(6, "By Al Root Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET")],
                  below=5).persons == ("Al Root",)


def test_a_list_of_names_beside_a_date_is_no_byline():
    # a swimming results caption: names over the posting date
    lines = [(4, "Aidan Gantenbein 100 backstroke"), (5, "Miguel Bernal North Diving"), (6, "Ben Patton Trinity"),
             (7, "Posted: Fri 6:45 PM, Feb 16, 2018")]
    assert byline(lines, below=3).persons == ()


def test_a_company_credited_is_no_person():
    assert read_names("Vortex", "Vortex Cannon Entertainment", single=True).persons == ()
    assert name_kind("CBS Entertainment") == "organisation"


def test_a_name_led_by_an_article_is_no_person():
    """"The Anti-June Cleaver" holds a blog's copyright: a title, so it may be the outlet; "Theo Cleaver" is a person."""
    assert name_kind("The Anti-June Cleaver") == "organisation"
    assert name_kind("Theo Cleaver") == "person"
