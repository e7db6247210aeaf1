"""Stage 3: metadata. Title, outlet, date, dateline and authors, never invented.

What the text itself says wins: a dateline (`PLACE, Month D /TASS/.`, `PLACE (Sputnik) —`),
a header line (`Xinhua, October 25, 2014`), a title that ends with `, Place, Month D, YYYY`.
A saved web page's own statements (JSON-LD, meta tags) fill what the text leaves open.
Unknown stays None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator import lexicon
from generator.metadata import datelines
from generator.metadata.dates import parse_date
from generator.model import Cleaned, Metadata

HEADER_WINDOW = 12  # removed lines this close above the body may hold the date and outlet
_BYLINE = re.compile(r"^(?i:by|written by)\s+(?P<names>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}"
                     r"(?:(?:,| and) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3})*)\s*$")


@lru_cache(maxsize=1)
def _outlet_names() -> list[tuple[re.Pattern[str], str]]:
    data = lexicon.data("outlets")
    names = [(variant, canonical) for canonical, variants in data.items() for variant in [canonical, *(variants or [])]]
    names.sort(key=lambda item: len(item[0]), reverse=True)
    return [(re.compile(rf"(?<![\w.]){re.escape(v)}(?![\w])"), c) for v, c in names]


def canonical_outlet(name: str) -> str:
    """A dateline's outlet, canonical when it is a known one."""
    for pattern, canonical in _outlet_names():
        if pattern.fullmatch(name.strip()):
            return canonical
    return name.strip()


def _known_outlet(text: str) -> str | None:
    for pattern, canonical in _outlet_names():
        if pattern.search(text):
            return canonical
    return None


def _header_lines(cleaned: Cleaned) -> list[str]:
    """Lines near the top that are not body: header lines and removed lines just above the body."""
    first = next((p.line for p in cleaned.paragraphs if p.line), None)
    near = [r.text for r in cleaned.removed
            if r.line is not None and first is not None and first - HEADER_WINDOW <= r.line < first]
    return list(cleaned.header) + near


def _dateline(meta: Metadata, cleaned: Cleaned) -> None:
    for paragraph in cleaned.paragraphs[:3]:
        found = datelines.opening(paragraph.text)
        if found:
            meta.dateline = found.place
            if found.outlet:
                meta.outlet = canonical_outlet(found.outlet)
            return
    place = datelines.title_place(cleaned.title)
    if place:
        meta.dateline = place


def extract(cleaned: Cleaned) -> Metadata:
    """Metadata of one cleaned source."""
    hints = cleaned.hints
    meta = Metadata(title=cleaned.title or hints.title or "")
    _dateline(meta, cleaned)
    header = _header_lines(cleaned)
    if meta.outlet is None:
        meta.outlet = next((o for o in map(_known_outlet, header) if o), None) or hints.site_name
    for text in [*header, cleaned.title]:
        meta.published = parse_date(text)
        if meta.published:
            break
    meta.published = meta.published or _normalise_hint_date(hints.published)
    bylines = [m.group("names") for m in map(_BYLINE.match, header) if m]
    names = re.split(r",\s*|\s+and\s+", bylines[0]) if bylines else list(hints.authors)
    meta.authors = [n.strip() for n in names if n.strip()]
    meta.url = hints.url
    return meta


def _normalise_hint_date(value: str | None) -> str | None:
    """A page's machine-readable date, kept only when it parses as a real date."""
    if not value:
        return None
    return parse_date(value) or None
