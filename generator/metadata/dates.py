"""Dates as news pages write them, to ISO 8601, never invented.

"October 25, 2014, 15:22 UTC+3" gives "2014-10-25T15:22:00+03:00" (time and offset only
when both are written); "Xinhua, October 25, 2014" or "25 Oct 2014" give a date alone;
a weekday alone ("Thursday") or a day without a year gives nothing.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")], start=1) for m in names}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?"
_OFFSET = r"(?:\s*(?:UTC|GMT)\s*(?P<sign>[+-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b{_TIME}{_OFFSET}", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b{_TIME}{_OFFSET}", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)(?:[T ](?P<hour>\d\d):(?P<minute>\d\d)(?::\d\d(?:\.\d+)?)?"
               r"(?P<tz>Z|[+-]\d\d:?\d\d)?)?\b"),
]


def _offset(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("tz"):
        tz = groups["tz"]
        return "+00:00" if tz == "Z" else f"{tz[:3]}:{tz[-2:]}"
    if groups.get("sign") and groups.get("oh"):
        sign = "-" if groups["sign"] in "-−" else "+"
        return f"{sign}{int(groups['oh']):02d}:{int(groups.get('om') or 0):02d}"
    return None


def parse_date(text: str) -> str | None:
    """The first full date in `text` as ISO 8601, with time and offset when both are given."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower().rstrip(".")]
            try:
                day = date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
            offset = _offset(match)
            if groups.get("hour") and offset:
                hour = int(groups["hour"]) % 24
                if (groups.get("ampm") or "").lower().startswith("p") and hour < 12:
                    hour += 12
                minute = int(groups["minute"])
                if hour < 24 and minute < 60:
                    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{offset}"
            return day.isoformat()
    return None
