"""Dates as news pages write them, to ISO 8601, never invented.

"October 25, 2014, 15:22 UTC+3" gives "2014-10-25T15:22:00+03:00" (time and offset only
when both are written); "Xinhua, October 25, 2014" or "25 Oct 2014" give a date alone;
a weekday alone ("Thursday") or a day without a year gives nothing. Month names of other
languages and the zones a date line may name are data (data/metadata.yaml `dates`).
A numeric date is read only where its order is certain: "18.11.2019" (day first, as the
dotted form always is), "11/13/19" (13 cannot be a month); "11/12/19" gives nothing.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Literal

from generator.metadata.words import alternation, section

_ENGLISH = [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
            ("november", "nov"), ("december", "dec")]
MONTHS = {m: i for i, names in enumerate(_ENGLISH, start=1) for m in names}
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])
Label = Literal["published", "updated"] | None


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Every month name we read, lower-case, to its number: English first, then data/metadata.yaml's."""
    out = dict(MONTHS)
    for names in section("dates")["months"].values():
        for i, name in enumerate(names, start=1):
            out.setdefault(str(name).lower(), i)
    return out


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    return {str(k): str(v) for k, v in section("dates")["zones"].items()}


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[str]]:
    month = r"(?P<month>" + alternation(_months()) + r")\.?"
    year = r"(?P<year>(?:19|20)\d\d)(?:(?!\d)|(?=\d{1,2}:\d\d))"  # "NOV 20 20194:29 AM": a time glued on
    time = r"(?:,?\s*(?:at|às|um|à|a las|alle|kl\.?)?\s*(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::\d\d)?\s*(?P<ampm>[ap]\.?m\.?)?)?"
    zones = "|".join(sorted(_zones(), key=len, reverse=True))
    offset = (rf"(?:\s*(?:(?:UTC|GMT)\s*(?P<sign>[+-−])\s*(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?"
              rf"|(?P<zone>{zones})\b))?")
    return [
        re.compile(rf"(?<!\w){month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{year}{time}{offset}", re.I),
        re.compile(rf"(?<!\w)(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?{month},?\s+(?:de\s+)?{year}{time}{offset}",
                   re.I),
        re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)(?:[T ](?P<hour>\d\d):(?P<minute>\d\d)"
                   r"(?::\d\d(?:\.\d+)?)?(?P<tz>Z|[+-]\d\d:?\d\d)?)?(?!\d)"),
        re.compile(rf"(?<![\d.])(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.(?P<year>(?:19|20)\d\d)(?!\d){time}{offset}", re.I),
        re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?:[./](?P<mnum>\d{1,2})[./](?P<day>\d{1,2})(?![\d.])"
                   r"|\s*[年년]\s*(?P<mnum2>\d{1,2})\s*[月월]\s*(?P<day2>\d{1,2})\s*[日일])"),
        re.compile(rf"(?<![\d/])(?P<mnum>\d{{1,2}})/(?P<day>1[3-9]|2\d|3[01])/(?P<year>(?:19|20)?\d\d)(?![\d/]){time}{offset}",
                   re.I),
    ]


def _offset(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("tz"):
        tz = groups["tz"]
        return "+00:00" if tz == "Z" else f"{tz[:3]}:{tz[-2:]}"
    if groups.get("sign") and groups.get("oh"):
        sign = "-" if groups["sign"] in "-−" else "+"
        return f"{sign}{int(groups['oh']):02d}:{int(groups.get('om') or 0):02d}"
    if groups.get("zone"):
        return _zones().get(groups["zone"].upper())
    return None


def _iso(match: re.Match[str]) -> str | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    groups.setdefault("mnum", groups.get("mnum2"))
    groups.setdefault("day", groups.get("day2"))
    month = int(groups["mnum"]) if groups.get("mnum") else _months()[groups["month"].lower().rstrip(".")]
    day_number = int(groups["day"])
    if month > 12 and day_number <= 12:  # "11.14.2019": a month first, the only order it can be
        month, day_number = day_number, month
    year = int(groups["year"])
    year += 2000 if year < 100 else 0
    try:
        day = date(year, month, day_number)
    except ValueError:
        return None
    offset = _offset(match)
    if groups.get("hour") and offset:
        hour = int(groups["hour"])
        ampm = (groups.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        minute = int(groups["minute"])
        if hour < 24 and minute < 60:
            return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{offset}"
    return day.isoformat()


def parse_date(text: str) -> str | None:
    """The first full date in `text` as ISO 8601, with time and offset when both are given."""
    for pattern in _patterns():
        for match in pattern.finditer(text):
            found = _iso(match)
            if found:
                return found
    return None


_CLOCK = re.compile(r"(?<![\d:])(?P<hour>\d{1,2}):(?P<minute>\d\d)(?::\d\d)?\s*(?P<ampm>[ap]\.?m\.?)?", re.I)


def clock(text: str) -> tuple[str, int, int] | None:
    """The day, hour (24h) and minute a line shows: "November 18, 2019 11:03 PM", or the time before
    the date ("11:26 pm EST, Tuesday, November 19, 2019")."""
    day = parse_date(text)
    if not day:
        return None
    for pattern in _patterns():
        for match in pattern.finditer(text):
            if _iso(match) and match.groupdict().get("hour"):
                return match_clock(_iso(match) or day, match)
    clock_match = _CLOCK.search(text)
    return match_clock(day, clock_match) if clock_match else None


def match_clock(day: str, match: re.Match[str]) -> tuple[str, int, int]:
    ampm = (match.group("ampm") or "").lower()
    hour = int(match.group("hour")) % 12 if ampm else int(match.group("hour"))
    return day[:10], hour + (12 if ampm.startswith("p") else 0), int(match.group("minute"))


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    kinds = [(kind, sorted(map(str, section("dates")[kind]), key=len, reverse=True)) for kind in ("published", "updated")]
    return re.compile("|".join(rf"(?P<{kind}>\b(?:{'|'.join(map(re.escape, names))})\b)" for kind, names in kinds), re.I)


def dated(text: str) -> list[tuple[Label, str]]:
    """Every date of a line in order, each with what the words before it say it dates.

    "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019" gives
    [("published", "2019-11-18"), ("updated", "2019-11-18")]; an unlabelled date gets None."""
    spans: list[tuple[int, int, str]] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            if any(s <= match.start() < e or match.start() <= s < match.end() for s, e, _ in spans):
                continue
            found = _iso(match)
            if found:
                spans.append((match.start(), match.end(), found))
    spans.sort()
    out: list[tuple[Label, str]] = []
    previous = 0
    for start, end, found in spans:
        labels = list(_labels().finditer(text, previous, start))
        label: Label = None
        if labels:
            label = "published" if labels[-1].group("published") else "updated"
        out.append((label, found))
        previous = end
    return out


def publication(text: str) -> str | None:
    """The publication date a line states: a date labelled published, else an unlabelled one; a date
    labelled only as an update is none ("By Umair Irfan Updated Nov 13, 2019" gives nothing)."""
    found = dated(text)
    return next((iso for label, iso in found if label == "published"), None) or next(
        (iso for label, iso in found if label is None), None)


@lru_cache(maxsize=1)
def _filler() -> re.Pattern[str]:
    """What may stand beside a date on a date-only line: punctuation, digits, a time's words, a zone, a
    weekday in English or in a language whose months we read ("sexta-feira, 22 de outubro de 2010")."""
    weekdays = [*WEEKDAYS, *(str(d) for names in section("dates")["weekdays"].values() for d in names)]
    return re.compile(r"[\W\d_]+|\b(?:[ap]\.?m|at|on|" + alternation(weekdays) + r"|utc|gmt|[ecmp][sd]?t)\b", re.I)


def date_only(line: str) -> str | None:
    """The date of a line that says nothing else ("19 November 2019", "Tuesday, Nov 19, 2019 10:48"):
    a weekday, a time and a zone may stand beside it, no word. Not an update's date."""
    spans = []
    for pattern in _patterns():
        spans += [(m.start(), m.end()) for m in pattern.finditer(line) if _iso(m)]
    if len(spans) != 1 or publication(line) is None:
        return None
    start, end = spans[0]
    rest = line[:start] + " " + line[end:]
    return publication(line) if not _filler().sub("", rest).strip() else None


def opens_with_date(text: str) -> bool:
    """Does the text start with a full date ("October 25, 2014 …")?"""
    return any((m := pattern.match(text)) is not None and _iso(m) is not None for pattern in _patterns())


def after_date(line: str) -> str | None:
    """What follows a date that opens a line ("November 20, 2019 Emiliano Bellini" gives "Emiliano Bellini")."""
    for pattern in _patterns():
        match = pattern.match(line)
        if match and _iso(match):
            rest = line[match.end():].strip(" ,|·•-–—")
            return rest or None
    return None
