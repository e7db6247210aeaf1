"""An institution's name is kept whole: its adjectives ("American", "National") are part of the name,
not a title before one. Mentions and sentences from PolNeAR train (US political news, 2016)."""

from __future__ import annotations

import pytest

from generator.speakers.people import People, resolve
from generator.speakers.subjects import sentence_subject
from tests.speakers.support import speakers_of


@pytest.mark.parametrize(("mention", "name"), [
    ("The American Legion", "American Legion"),                    # was "Legion"
    ("The National Rifle Association", "National Rifle Association"),  # was "Rifle Association"
    ("the American Federation of Teachers", "American Federation of Teachers"),
    ("the National Association of Realtors", "National Association of Realtors"),  # was "Association Realtors"
    ("the State Department", "State Department"),
])
def test_an_institution_is_named_as_written(mention, name):
    assert resolve(mention, People()) == name


@pytest.mark.parametrize(("mention", "name"), [
    ("American Legion spokesman John Smith", "John Smith"),      # a lowercase role: the person named after it
    ("Supreme Court Justice Ruth Bader Ginsburg", "Ruth Bader Ginsburg"),  # a title after the head
    ("Department of Homeland Security Secretary Jeh Johnson", "Jeh Johnson"),
    ("Secretary of State John Kerry", "John Kerry"),
])
def test_a_person_titled_by_an_institution_is_the_person(mention, name):
    assert resolve(mention, People()) == name


def test_the_institution_speaks_in_a_sentence():
    assert speakers_of("The National Rifle Association said in a statement: \"We will not stand by while the "
                       "president tries to take away the rights of law-abiding gun owners.\"") == ["National Rifle Association"]


def test_a_body_s_name_goes_on_past_of_as_the_sentence_subject():
    """`the Illinois Board of Elections was conclusive in its findings: “…”` (PolNeAR train) had no subject:
    the name stopped at "Board". A person's "of" stays where they come from (Butterfield of North Carolina)."""
    [quote] = speakers_of("As if addressing the magnate directly, the Illinois Board of Elections was conclusive "
                          "in its findings: “Further discussion on this issue is unnecessary.”")
    assert quote == "Illinois Board of Elections"
    assert sentence_subject("CBC Chairman G.K. Butterfield of North Carolina said") != "North Carolina"


def test_a_person_of_a_place_is_the_person_not_the_place():
    """`Rep. G.K. Butterfield of North Carolina said “…”` had been published as North Carolina, and `Sen.
    Bernie Sanders of Vermont said` named nobody (the mention read as a description "… of Vermont");
    PolNeAR train: `Sen. Chuck Schumer of New York, the presumptive Democratic leader, wouldn’t say …,
    saying only that “…”` was unnamed."""
    said = "said “we will see what the caucus decides next week.”"
    assert speakers_of(f"Rep. G.K. Butterfield of North Carolina {said}") == ["G.K. Butterfield"]
    assert speakers_of(f"Sen. Bernie Sanders of Vermont {said}") == ["Bernie Sanders"]
    assert speakers_of("Sen. Chuck Schumer of New York, the presumptive Democratic leader next year, wouldn’t say "
                       "Tuesday how the party would prioritize gun control, saying only that “for two decades it’s "
                       "been an important issue” for the party.") == ["Chuck Schumer"]
    # a body's name keeps its "of": not a person and a place
    assert speakers_of(f"The Illinois Board of Elections {said}") == ["Illinois Board of Elections"]


def test_a_department_of_something_keeps_its_whole_name():
    """`The Department of Homeland Security said` had been published as "Homeland Security" and `The
    Department of Justice said` named nobody: the head noun opened the name and "security"/"justice" are
    title words. A person with a title of that shape is still the person."""
    said = "said “we will see what the caucus decides next week.”"
    assert speakers_of(f"The Department of Homeland Security {said}") == ["Department of Homeland Security"]
    assert speakers_of(f"The Department of Justice {said}") == ["Department of Justice"]
    assert speakers_of(f"Supreme Court Justice Ruth Bader Ginsburg {said}") == ["Ruth Bader Ginsburg"]
    assert speakers_of(f"Secretary of State John Kerry {said}") == ["John Kerry"]
