"""Stage 3: metadata. Title, outlet, date, dateline and authors, never invented.

A first cut that reads the text's own dateline conventions (`PLACE, Month D /OUTLET/.`,
`PLACE (Outlet) —`) and falls back to what an HTML page states about itself.
"""

from __future__ import annotations

import re

from .model import Cleaned, Metadata

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{2,}?)(?:,\s*(?P<date>[A-Z][a-z]+\.? \d{1,2}))?\s*"
    r"(?:/(?P<o1>[A-Za-z-]+)/|\((?P<o2>[A-Za-z][\w .-]+)\))"
)


def extract(cleaned: Cleaned) -> Metadata:
    """Metadata of one cleaned source."""
    meta = Metadata(title=cleaned.title or cleaned.hints.title or "")
    for paragraph in cleaned.paragraphs[:4]:
        match = _DATELINE.match(paragraph.text)
        if match:
            meta.dateline = match.group("place").strip().rstrip(",")
            meta.outlet = match.group("o1") or match.group("o2")
            break
    meta.outlet = meta.outlet or cleaned.hints.site_name
    meta.published = cleaned.hints.published
    meta.authors = list(cleaned.hints.authors)
    meta.url = cleaned.hints.url
    return meta
