"""Whom a bare surname means when the article names two people by it (Hillary and Bill Clinton).

people.People keeps who was named where; this module only chooses, paragraph by paragraph, so that
the rule and its order read in one place: a full naming close by, then the gender the narration's
pronouns give (pronouns of someone else named there in full left out), then who the article named
most, and on a tie who it named first. A reader who met "Hillary Clinton" in the lede and "her husband, Bill
Clinton" once in passing takes a later "Clinton said" for her.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol


class Registry(Protocol):
    """What the choice reads of people.People (a protocol: the registry imports this module)."""

    named_in: dict[str, int]
    latest: dict[str, int]
    paragraphs: int
    pronoun_genders: frozenset[str]
    gender: dict[str, str]
    full_mentions: Counter[str]
    order: list[str]

WINDOW = 2  # paragraphs back a full name still decides whom its bare surname means


def namesake_here(people: Registry, sakes: list[str]) -> str:
    """Which of `sakes` a bare surname means in the paragraph being read: the one named in full last
    within WINDOW paragraphs (not one introduced as someone's relative, names.kin_apposition); else, when
    the paragraph's narration uses one gender's pronouns only ("In her 2003 book, … Clinton noted"), the
    namesake of that gender; else the one named in full most often, on a tie the one named first.

    Tried and dropped: the previous paragraph's pronouns too (a host's "he" made Hillary Clinton's
    interview Bill's); the namesake who spoke last, before the gender (Ted Cruz's words went to his
    father, quoted before)."""
    recent = [n for n in sakes if people.named_in.get(n, -9) >= people.paragraphs - WINDOW]
    if recent:
        return max(recent, key=people.latest.__getitem__)
    genders = people.pronoun_genders
    fitting = [n for n in sakes if len(genders) == 1 and people.gender.get(n) in genders]
    return max(fitting or sakes, key=lambda n: (people.full_mentions[n], -people.order.index(n)))
