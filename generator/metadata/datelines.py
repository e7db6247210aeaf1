"""Datelines: the place (and sometimes the date and the outlet) that opens a news story.

Kept apart as data-like patterns, the way trafilatura keeps its XPaths apart from the code that applies
them: metadata.py reads a dateline's place and outlet, mentions.py steps over one to find the first
sentence's subject ("PHILADELPHIA, July 25 (UPI) — Sanders said …" is about Sanders, not Philadelphia).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "MOSCOW, October 25 /TASS/.", "DAMASCUS (Sputnik) —": a place, maybe a date, and the outlet
WITH_OUTLET = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'-]*(?:[ -][A-Z][A-Za-z.'-]*)*?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?))?\s*"
    r"(?:/(?P<o1>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)/|\((?P<o2>[A-Za-z][\w .-]{1,30})\))\s*[.—–-]")
# "WASHINGTON — ", "NASHUA, N.H. - " style with the place in capitals and a dash, no outlet
CAPITALS = re.compile(r"^(?P<place>[A-Z][A-Z .'-]{2,}[A-Z])(?:,\s*[A-Z][a-z]+\.? \d{1,2})?\s*[—–-]\s")
# a title ending "…, Place, Month D, YYYY"
TITLE_PLACE = re.compile(r",\s*(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?),\s*[A-Z][a-z]+\.? \d{1,2},\s*\d{4}\s*$")
# any dateline before a dash, however its place, date and outlet are written: what a sentence's subject follows
_OPENING = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,[^—–(]{1,40})?\s*(?:\([^)]{1,30}\)\s*)?[—–-]+\s*")


class Dateline(NamedTuple):
    place: str
    outlet: str | None


def opening(text: str) -> Dateline | None:
    """The dateline a paragraph opens with: its place, and its outlet when it names one."""
    match = WITH_OUTLET.match(text)
    if match:
        return Dateline(match.group("place").strip(), match.group("o1") or match.group("o2"))
    caps = CAPITALS.match(text)
    return Dateline(caps.group("place").strip(), None) if caps else None


def title_place(title: str) -> str | None:
    """The place a title ends with before its date (`…, Moscow, October 25, 2014`)."""
    match = TITLE_PLACE.search(title)
    return match.group("place") if match else None


def without_dateline(text: str) -> str:
    """The sentence after the dateline that opens it, if any."""
    return _OPENING.sub("", text, count=1)
