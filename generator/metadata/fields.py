"""Stage 3: metadata. Title, outlet, date, dateline and authors, never invented.

What the text itself says wins: a dateline (`PLACE, Month D /TASS/.`, `PLACE (Sputnik) —`),
a header line (`Xinhua, October 25, 2014`), a title that ends with `, Place, Month D, YYYY`.
A saved web page's own statements (JSON-LD, meta tags) fill what the text leaves open; a
copy-paste's furniture (copyright line, masthead) names its outlet (paste.py). An agency named
in a dateline is the outlet only when the page names no site of its own. Unknown stays None.
"""

from __future__ import annotations

from generator.metadata import datelines, paste
from generator.metadata.dates import parse_date
from generator.metadata.outlet import canonical_outlet, same_outlet
from generator.metadata.words import words
from generator.model import Cleaned, Metadata

__all__ = ["canonical_outlet", "extract"]


def _dateline(meta: Metadata, cleaned: Cleaned) -> str | None:
    """Set the dateline's place; return the outlet (an agency, usually) it names."""
    for paragraph in cleaned.paragraphs[:3]:
        found = datelines.opening(paragraph.text)
        if found:
            meta.dateline = found.place
            return canonical_outlet(found.outlet) if found.outlet else None
    place = datelines.title_place(cleaned.title)
    if place:
        meta.dateline = place
    return None


def extract(cleaned: Cleaned) -> Metadata:
    """Metadata of one cleaned source."""
    hints = cleaned.hints
    meta = Metadata(title=_past_breadcrumb(cleaned) or hints.title or "")
    agency = _dateline(meta, cleaned)
    header = paste.zone(cleaned)
    credited = paste.agency_credit(header)
    voted = hints.site_name or paste.outlet(cleaned)
    credit = paste.byline(header, voted, cleaned.title_line or 0) if not hints.authors else None
    meta.authors = list(credit.persons) if credit else list(hints.authors)
    if not meta.authors:  # an organisation credited instead of a person: the credit, never an author
        meta.byline_organisation = (credit.organisation if credit else None) or hints.byline_organisation
    bio = paste.bio_outlet(cleaned, credit.persons) if credit and not voted else None
    meta.outlet = voted or bio or credited or agency
    meta.published = (paste.published([*header, (0, cleaned.title)]) or paste.labelled_above_body(cleaned)
                      or _normalise_hint_date(hints.published) or paste.address_date(cleaned))
    meta.url = hints.url or paste.address_url(cleaned)
    if not hints.title and no_headline(meta.title, meta.outlet):
        meta.title = ""  # a paste's site name or a menu label taken for its headline: none rather than wrong
    return meta


BREADCRUMB_WORDS = 3  # a breadcrumb's trail before the headline: "Home Holidays …"
BREADCRUMB_NEAR = 4  # lines from the chosen headline where the page repeats it


def _past_breadcrumb(cleaned: Cleaned) -> str:
    """The headline without the breadcrumb trail pasted before it ("Home Holidays Homemade Spiced Honey Pear
    Jam for the Holidays" when a line nearby repeats "HOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS"): a
    trail ends with the page's title, which the page shows again. The trail's line keeps the page's own case."""
    title, at = cleaned.title, cleaned.title_line
    words_ = title.split()
    if at is None or len(words_) < 4:
        return title
    near = {" ".join(r.text.casefold().split()) for r in cleaned.removed
            if r.line is not None and 0 < abs(r.line - at) <= BREADCRUMB_NEAR}
    for cut in range(1, BREADCRUMB_WORDS + 1):
        rest = " ".join(words_[cut:])
        if len(words_) - cut >= 3 and rest.casefold() in near:
            return rest
    return title


def no_headline(title: str, outlet: str | None) -> bool:
    """A line that names the site ("The Anti-June Cleaver") or is a menu label ("Latest News") is no headline."""
    label = " ".join(title.casefold().split()).strip(" .:|-–—")
    return bool(label) and (bool(outlet and same_outlet(title, outlet)) or label in words("headline", "generic"))


def _normalise_hint_date(value: str | None) -> str | None:
    """A page's machine-readable date, kept only when it parses as a real date."""
    if not value:
        return None
    return parse_date(value) or None
