"""Bylines: who wrote the article, as person names, never an organisation.

A byline is read the same way whether it comes from a pasted line ("By Eric Song, IGN Staff"), a page's
byline element or its markup (JSON-LD author, <meta name="author">): the names are split apart, roles
and desks are cut off, and what is left must look like a person's name. An agency or a company credited
("By Reuters", "BY: Beachbody", JSON-LD "AppleInsider") is kept apart as the credit's organisation: it is
the outlet's business, not an author. CMS accounts ("admin", "jdadmin") are nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.metadata.dates import MONTHS, WEEKDAYS
from generator.metadata.outlet import is_known_outlet, is_parent, same_outlet
from generator.metadata.words import alternation, words

# what ends the names of a byline: a separator, a bracket, a handle, a digit (a date or a time)
_CUT = re.compile(r"\s+[-|–—·•/]\s*|[|·•(\[@\d]|\s[-–—]$|https?:")
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\s[ye]\s|\s+и\s+)\s*|(?<=[^\W\d_]{2})\.\s+", re.I)
_TOKEN_OK = re.compile(r"^[^\W\d_][\w.'’-]*$")


@dataclass(frozen=True)
class Credit:
    """What a byline credits: the persons, and the organisation when it names one instead."""

    persons: tuple[str, ...] = ()
    organisation: str | None = None


@lru_cache(maxsize=1)
def _lead() -> re.Pattern[str]:
    return re.compile(r"^(?:" + alternation(words("byline", "leads")) + r")\s*[:：]?\s+(?=\S)", re.I)


@lru_cache(maxsize=1)
def _stops() -> re.Pattern[str]:
    stops = [*words("byline", "stops"), *(d for d in WEEKDAYS if len(d) > 4)]  # "… Malcolm Owen Monday, November 18"
    return re.compile(r"\s(?:" + "|".join(re.escape(w) for w in stops) + r")\b.*$", re.I)


def lead_names(line: str) -> str | None:
    """The names part of a line that opens with a byline word ("By …", "Von …", "Текст: …"), if any."""
    match = _lead().match(line.strip())
    return _cut(line.strip()[match.end():]) if match else None


_TRAILING_BY = re.compile(r"\d.*?\sby\s+(?P<names>[^\W\d_][^|•·]{1,80})$", re.I)


def trailing_names(line: str) -> str | None:
    """The names after a date and a closing "by" ("Monday November 18, 2019 7:45 am PST by Joe Rossignol")."""
    match = _TRAILING_BY.search(line.strip())
    return _cut(match.group("names")) if match else None


def cut_names(text: str) -> str:
    """A byline element's text up to where its names end (a date, a separator, a handle)."""
    return _cut(text)


def _cut(names: str) -> str:
    names = _stops().sub("", names)
    match = _CUT.search(names)
    return (names[:match.start()] if match else names).strip(" ,;:.-–—")


def read_names(names: str, site: str | None = None, single: bool = False) -> Credit:
    """The persons a byline's names part credits; an organisation credited instead is kept apart.

    `single` allows a one-word name ("written by Regan"): only where a byline word introduced it."""
    persons: list[str] = []
    organisation = None
    for part in _SPLIT.split(names or ""):
        part = " ".join(part.split()).strip(" .,;:-–—")
        if not part:
            continue
        kind = name_kind(part, site, single)
        if kind == "person" and part not in persons:
            persons.append(part)
        elif kind == "organisation" and organisation is None and not persons:
            organisation = part
    return Credit(tuple(persons), organisation)


def name_kind(part: str, site: str | None = None, single: bool = False) -> str | None:
    """"person", "organisation" or None (a role, an account, a stray word) for one credited name."""
    tokens = part.split()
    lower = [t.lower().strip(".,") for t in tokens]
    if not tokens or len(tokens) > 5 or part.lower() in words("byline", "accounts"):
        return None
    if is_known_outlet(part) or is_parent(part) or (site and same_outlet(part, site)):
        return "organisation"
    if site and len(tokens) == 1 and site.casefold().split()[0] == lower[0] and len(site.split()) > 1:
        return "organisation"  # "Posted by Vortex" on Vortex Cannon Entertainment: the company's account
    if any(t in words("byline", "organisations") for t in lower) or lower[0] == "the":
        return "organisation"  # a name led by an article is a title ("The Anti-June Cleaver"), never a person's
    if any(t in words("byline", "roles") or t in MONTHS or t in WEEKDAYS for t in lower):
        return None
    if not all(_TOKEN_OK.match(t) for t in tokens):
        return None
    named = [t for t, low in zip(tokens, lower, strict=True) if low not in words("byline", "particles")]
    if not named or any(t[0].islower() for t in named):
        return None
    if len(named) == 1 and not single:
        return None
    return "person"
