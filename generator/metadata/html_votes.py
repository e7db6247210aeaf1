"""Weighing a saved page's metadata sources (html_meta.Evidence) into one reading.

- headline: the visible h1 (or headline h2) that the page's own titles (og:title, JSON-LD headline,
  <title>) confirm; a heading that is the site's name or a menu label is none. Without a confirmed
  heading, an h1 of five words or more, else og:title / the JSON-LD headline with the site's name cut
  off at a separator, else a short h1.
- authors: persons only, from JSON-LD, the byline element, <meta name="author">, then trafilatura;
  each name must be shown on the page (a plugin's hidden "Josh" is nobody), an agency is no author.
- published: the markup's publication stamp, except that the day the page shows beside the same
  clock time wins (a UTC stamp after midnight for a story the page dates the evening before);
  without a stamp, the visible date, then trafilatura's (htmldate's) date.
- outlet: og:site_name (not a @handle, no tagline), the JSON-LD publisher, the <title>'s site part
  when the page shows it, the copyright holder, the logo's alt text, then trafilatura's site name.
"""

from __future__ import annotations

import re
from typing import Any

from generator.metadata.bylines import cut_names, lead_names, read_names, trailing_names
from generator.metadata.dates import clock, parse_date, publication
from generator.metadata.evidence import Evidence
from generator.metadata.outlet import (
    canonical_outlet,
    copyright_holder,
    is_known_outlet,
    same_outlet,
    site_name,
    strip_legal,
)
from generator.metadata.words import words

CONFIRMED = 0.6  # share of a heading's words that a page title must repeat to confirm it as the headline
UNCONFIRMED_WORDS = 5  # an h1 no title confirms is still the headline when this long; a shorter one is a
# section or site label ("Allergies Health Center") and yields to the page's own title
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|/|»)\s+")
_WORD = re.compile(r"\w+")


def plain(value: Any) -> str | None:
    """A JSON-LD value as text: a string, or the name of an object."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def names(value: Any) -> list[str]:
    """Every name a JSON-LD author value holds (a string, an object, a list of either)."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not re.match(r"https?:", name.strip()):
            out.append(" ".join(name.split()))
    return out


# ---------------------------------------------------------------- outlet
def site(found: Evidence) -> str | None:
    """The outlet's name, from the first source that states one; an acronym yields to its full name."""
    candidates = [site_name(v) for v in found.meta("site_name")[:1]]
    candidates.append(plain(found.ld.get("publisher")))
    candidates += [plain(i.get("publisher")) or (plain(i.get("name")) if _is_org(i) else None) for i in found.ld_other]
    candidates += [site_name(v) for v in found.meta("site_name")[1:]]
    candidates.append(_title_site(found))
    stated = len(candidates)  # what the markup and <title> state; a copyright line's legal name comes after
    candidates += [copyright_holder(line) for line in reversed(found.tail)]
    candidates += [_logo(alt) for alt in found.logos]
    candidates.append(site_name(found.trafilatura.get("sitename")))
    usable = [_usable(c) for c in candidates]
    named = [c for c in usable if c]
    if not named:
        return None
    chosen = named[0]
    if chosen.isupper() and len(chosen) <= 5:  # "WSJ" beside the publisher "Wall Street Journal"
        longer = next((c for c in usable[:stated] if c and _initials(c) == chosen.casefold()), None)
        chosen = longer or canonical_outlet(chosen)
    else:  # "Cable News Network" in the markup, "CNN" on the page: the name readers know
        short = next((c for c in named if c.isupper() and len(c) <= 5 and _initials(chosen) == c.casefold()), None)
        if short and found.visible.count(short) > found.visible.count(chosen):
            chosen = short
    return chosen


def _usable(name: str | None) -> str | None:
    """A candidate site name, legal form cut off; none for a URL, a handle-like word or a placeholder."""
    if not name or name.startswith("http") or "_" in name:
        return None
    name = strip_legal(name)
    return name if name and name.casefold() not in words("outlet", "not_names") else None


def _is_org(item: dict[str, Any]) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(k in {"Organization", "NewsMediaOrganization", "WebSite"} for k in kinds if isinstance(k, str))


def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD.findall(re.sub(r"^the\s+", "", name, flags=re.I))).casefold()


def _title_site(found: Evidence) -> str | None:
    """The part of the <title> after its last separator, when the page's text shows it ("… - The New York
    Times") and it is not the headline's own words."""
    parts = _SEPARATORS.split(found.head_title)
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    return last if 1 <= len(last.split()) <= 5 and last.casefold() in found.visible.casefold() else None


def _logo(alt: str) -> str | None:
    name = re.sub(r"\b(?:logo|home|homepage|site)\b", "", alt, flags=re.I).strip(" -|:")
    return name if name and len(name.split()) <= 5 else None


# ---------------------------------------------------------------- headline
def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _no_headline(text: str, site_name_: str | None) -> bool:
    low = text.casefold().strip(" :|")
    return (low in words("headline", "generic") or bool(site_name_ and same_outlet(text, site_name_))
            or is_known_outlet(text) or len(_words(text)) == 0)


def _confirmation(heading: str, titles: list[str]) -> float:
    own = _words(heading)
    return max((len(own & _words(t)) / len(own) for t in titles), default=0.0) if own else 0.0


def title(found: Evidence, site_name_: str | None) -> str | None:
    """The headline: a confirmed visible heading, else the page's own title without its site part."""
    titles = [t for t in [*found.meta("title"), plain(found.ld.get("headline")), found.head_title,
                          found.trafilatura.get("title")] if t]
    suffixes = {_key(p) for t in titles for p in _site_parts(t)}
    for pool in (found.headings, found.subheadings):
        usable = [h for h in pool if not _no_headline(h, site_name_) and _key(h) not in suffixes]
        scored = [(_confirmation(h, titles), -i, h) for i, h in enumerate(usable)]
        best = max(scored, default=None)
        if best and best[0] >= CONFIRMED:
            return best[2]
    usable = [h for h in found.headings if not _no_headline(h, site_name_) and _key(h) not in suffixes]
    long_enough = [h for h in usable if len(h.split()) >= UNCONFIRMED_WORDS]
    if long_enough:
        return long_enough[0]
    for candidate in titles:
        cut = _without_site(candidate, site_name_)
        if cut and not _no_headline(cut, site_name_):
            return cut
    return usable[0] if usable else None


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _site_parts(text: str) -> list[str]:
    """The last part of a page title cut at separators ("… | Kabar tentang Dunia Islam"): where a site
    names itself; a heading equal to one is the site's name, not the headline."""
    parts = _SEPARATORS.split(text)
    return [parts[-1]] if len(parts) >= 2 else []


def _without_site(text: str, site_name_: str | None) -> str:
    """A page title without the parts that name the site ("Spiced Honey Pear Jam Recipe | The Anti-June Cleaver")."""
    bounds, start = [], 0
    for sep in _SEPARATORS.finditer(text):
        bounds.append((start, sep.start()))
        start = sep.end()
    bounds.append((start, len(text)))
    kept = [(a, b) for a, b in bounds
            if not (site_name_ and same_outlet(text[a:b], site_name_)) and not is_known_outlet(text[a:b])]
    # the page's own words and separators from the first kept part to the last: a title is quoted as written
    return text[kept[0][0]:kept[-1][1]].strip() if kept else ""


# ---------------------------------------------------------------- authors
def authors(found: Evidence, site_name_: str | None) -> list[str]:
    """The persons credited, from the first source that names one the page shows."""
    shown = found.visible.casefold()

    def on_page(name: str) -> bool:
        return bool(re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", shown))

    def credited(text: str, single: bool) -> list[str]:
        lead = lead_names(text) or trailing_names(text)
        return list(read_names(lead or cut_names(text), site_name_, single=single or bool(lead)).persons)

    sources: list[list[str]] = [[p for n in names(found.ld.get("author")) for p in credited(n, True)]]
    sources += [credited(text, False) for text in found.bylines]
    sources.append([p for v in found.meta("author") for p in credited(v, False)])
    trafilatura_names = (found.trafilatura.get("author") or "").split(";")
    sources.append([p for v in trafilatura_names for p in credited(v, False)])
    # a markup name of two words or more is stated; a lone first name counts only when the page shows it
    trusted = {0, len(sources) - 2}  # JSON-LD and <meta name="author">
    shown_sources = [[p for p in persons if on_page(p) or (i in trusted and len(p.split()) >= 2)]
                     for i, persons in enumerate(sources)]
    first = next((persons for persons in shown_sources if persons), [])
    shown_sources = [list(dict.fromkeys(persons)) for persons in shown_sources]
    first = next((persons for persons in shown_sources if persons), [])
    fuller = [persons for persons in shown_sources if len(persons) > len(first) and set(first) <= set(persons)]
    return fuller[0] if fuller else first  # JSON-LD may name only the first of two bylined authors


def byline_organisation(found: Evidence, site_name_: str | None) -> str | None:
    """The organisation the byline credits when it names no person (JSON-LD author "CBS Detroit", a
    byline "By Reuters", <meta name="author" content="Reuters">): the credit, kept apart from authors."""
    texts = [*names(found.ld.get("author")), *found.bylines, *found.meta("author")]
    for text in texts:
        credit = read_names(lead_names(text) or trailing_names(text) or cut_names(text), site_name_, single=True)
        if credit.persons:
            return None
        if credit.organisation:
            return credit.organisation
    return None


# ---------------------------------------------------------------- published
def published(found: Evidence, url: str | None = None) -> str | None:
    """The publication date (see the module's docstring for how the sources are weighed)."""
    stamps = [found.ld.get("datePublished"), *found.meta("published"),
              *(i.get("datePublished") for i in found.ld_other), *found.time_stamps[:1]]
    raw, stamp = next(((str(s), d) for s, d in ((s, parse_date(str(s))) for s in stamps if s) if d), ("", None))
    shown = [t for t in [*found.bylines, *found.date_texts] if publication(t)]
    visible = publication(shown[0]) if shown else None
    if stamp and visible and stamp[:10] != visible[:10]:
        return visible if _same_clock(stamp, raw, shown[0]) else stamp
    return stamp or visible or _not_month_only(parse_date(str(found.trafilatura.get("date") or "")), url)


def _not_month_only(day: str | None, url: str | None) -> str | None:
    """htmldate dates a page whose address holds only a year and a month ("/2017/12/") to the month's
    first day: that day is invented, so it is dropped."""
    if day and day[8:10] == "01" and re.search(rf"/{day[:4]}/{day[5:7]}/(?!\d{{1,2}}/)", str(url or "")):
        return None
    return day


def _same_clock(stamp: str, raw: str, text: str) -> bool:
    """Does the page show the stamp's minute beside a day next to the stamp's? Then it is the same
    instant in the reader's zone, and the page's day is the one the reader sees."""
    shown = clock(text)
    minute = re.search(r"\d[T ]\d\d:(\d\d)", raw)
    if not shown or not minute:
        return False
    gap = abs(_ordinal(shown[0]) - _ordinal(stamp[:10]))
    return gap == 1 and shown[2] == int(minute.group(1))


def _ordinal(iso_day: str) -> int:
    from datetime import date

    return date.fromisoformat(iso_day[:10]).toordinal()
