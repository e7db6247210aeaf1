"""A copy-paste's own metadata lines: the byline, the date and the outlet a reader sees around the title.

A pasted page has no markup, so we read it as a reader does: the byline and the date are printed beside
the headline (just above it, or between it and the story), the outlet names itself in its masthead,
its copyright line and its furniture ("Subscribe to …"). Only lines cleaning did not keep as article
text are read; the article's own mentions of other outlets ("told NBC News") never vote.
"""

from __future__ import annotations

import re

from generator.metadata import domains, outlet_vote
from generator.metadata import outlet as outlets
from generator.metadata.bylines import Credit, lead_names, name_kind, read_names, trailing_names
from generator.metadata.dates import WEEKDAYS, after_date, date_only, dated, opens_with_date, publication
from generator.metadata.words import words
from generator.model import Cleaned

ABOVE_TITLE = 3  # a section label, a date or a byline may sit this many lines above the headline
BELOW_BODY = 6  # a byline and a date may follow the standfirst into the story's first lines
NO_TITLE_WINDOW = 12  # without a title, lines this close above the body hold the header
TOP_LINES = 6  # the masthead is among the page's first lines
MAX_BYLINE_WORDS = 24  # "By Al Root Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"
DATE_ONLY_WINDOW = 80  # a line that is only a date, this close above the story, dates it
NEIGHBOUR = 2  # a bare name's date or handle is this close: the next line, or past a label ("Ideas")
MAX_HEADER_WORDS = 25  # a longer line is a caption or a teaser's summary, not a date or byline line
MAX_KEPT_WORDS = 14  # a kept paragraph this short may be a date line; a longer one is the story
_HANDLE = re.compile(r"^@\w{2,30}$")
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\b", re.I)
_AGO = re.compile(r"^\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago$", re.I)
# reasons a removed line is a caption or a photo credit: it names a photographer's agency, not the site
_CAPTIONS = ("caption", "teaser")


def zone(cleaned: Cleaned) -> list[tuple[int, str]]:
    """The short lines around the title, in page order: where bylines and dates are. Kept paragraphs
    count too when short: cleaning keeps some date lines as a heading or a one-line paragraph."""
    body = [p.line for p in cleaned.paragraphs if p.line is not None and p.kind != "summary"]
    if not body and cleaned.title_line is None:
        return [(0, h) for h in cleaned.header]
    first = body[0] if body else cleaned.title_line or 0
    low = cleaned.title_line - ABOVE_TITLE if cleaned.title_line is not None else first - NO_TITLE_WINDOW
    high = first + BELOW_BODY
    near = [(r.line, r.text) for r in cleaned.removed if r.line is not None and len(r.text.split()) <= MAX_HEADER_WORDS]
    near += [(p.line, p.text) for p in cleaned.paragraphs if p.line is not None and len(p.text.split()) <= MAX_KEPT_WORDS]
    return [(line, text) for line, text in sorted(near) if low <= line <= high]


def published(lines: list[tuple[int, str]]) -> str | None:
    """The first publication date the header lines state (an update's date is none)."""
    for _, line in lines:
        found = publication(line)
        if found:
            return found
    return None


def labelled_above_body(cleaned: Cleaned) -> str | None:
    """Past the header: a date labelled as the publication ("Published Nov 18, 2019 at 4:07 PM") on a
    short line anywhere above the story, else the nearest line above it that is a date and nothing else
    ("19 November 2019"), for a page whose title cleaning found among teasers or captions."""
    body = [p.line for p in cleaned.paragraphs if p.line is not None and p.kind != "summary"]
    if not body:
        return None
    above = sorted((r.line, r.text) for r in cleaned.removed
                   if r.line is not None and r.line < body[0] and len(r.text.split()) <= MAX_HEADER_WORDS)
    labelled = next((iso for _, text in above for label, iso in dated(text) if label == "published"), None)
    return labelled or next((iso for line, text in reversed(above)
                             if body[0] - line <= DATE_ONLY_WINDOW and (iso := date_only(text))), None)


def own_addresses(cleaned: Cleaned) -> list[domains.Address]:
    """The article's own addresses the paste prints in its furniture (a share link, a citation): an
    address whose path spells the headline is this page's."""
    return [address for removed in cleaned.removed for address in domains.addresses(removed.text)
            if domains.own_article(address, cleaned.title)]


def address_date(cleaned: Cleaned) -> str | None:
    """The day the article's own address gives ("https://…/2019/11/18/slug-of-the-headline")."""
    return next((day for address in own_addresses(cleaned) if (day := domains.path_date(address))), None)


def address_url(cleaned: Cleaned) -> str | None:
    """The article's own address as the paste writes it, scheme and all; an address written without
    its scheme ("timesunion.com/…") is not completed by guessing one."""
    return next((address.url for address in own_addresses(cleaned) if address.url), None)


def dateish(line: str) -> bool:
    """A date line, or a weekday and a time ("Monday 5:30PM"): what sits beside a bare name byline."""
    low = {w.strip(".,").lower() for w in line.split()}
    return bool(dated(line)) or bool(_TIME.search(line) and low & WEEKDAYS) or bool(_AGO.match(line.strip()))


def byline(numbered: list[tuple[int, str]], site: str | None = None, below: int = 0) -> Credit:
    """Who the header lines credit: "By …" lines first, then "… by Name" after a date, then a line that
    is only a person's name (or a date and a name: "November 20, 2019 Emiliano Bellini") beside a date,
    a @handle or a role ("Senior Contributor"). Above the title a name in capitals is a section label
    ("DUBAI AIRSHOW" over the date line); below it, a byline in capitals ("JANIE HAR")."""
    lines = [text for _, text in numbered]
    organisation = None
    for line in lines:
        if len(line.split()) > MAX_BYLINE_WORDS:
            continue
        names = lead_names(line) or trailing_names(line)
        if names:
            credit = read_names(names, site, single=True)
            if credit.persons:
                return credit
            organisation = organisation or credit.organisation
    for i, line in enumerate(lines):
        at = numbered[i][0]
        name = _bare_name(line)
        if (not name or lead_names(name) is not None or at < below - ABOVE_TITLE or (name.isupper() and at <= below)
                or name_kind(name, site) != "person" or len(name.split()) > 4):
            continue
        rest = line.strip()[len(name):] if line.strip().startswith(name) else line.strip()[:-len(name)]
        beside = [rest] + [lines[j] for j in (i - 2, i - 1, i + 1, i + 2)
                           if 0 <= j < len(lines) and abs(numbered[j][0] - at) <= NEIGHBOUR]
        if any(not b.isupper() and name_kind(_bare_name(b), site) == "person" for b in beside[1:]):
            continue  # one of a list of names (a caption's, a table's): "Miguel Bernal North Diving"
        if any(dateish(b) or _HANDLE.match(b.strip()) or _role(b) for b in beside if b.strip()):
            return Credit((name,), None)
    return Credit((), organisation)


def _bare_name(line: str) -> str:
    """The name part of a line that may be a bare byline: before a separator, or after a leading date."""
    text = line.strip()
    after = after_date(text)
    return after if after else re.split(r"\s*[|·•]\s*", text)[0]


def _role(line: str) -> bool:
    """A line that is only a role ("Senior Contributor", "Staff Writer"): what stands under a byline."""
    tokens = [t.strip(",.").lower() for t in line.split()]
    return 0 < len(tokens) <= 3 and all(t in words("byline", "roles") for t in tokens)


def agency_credit(numbered: list[tuple[int, str]]) -> str | None:
    """A known outlet credited in a header line as its byline ("By Reuters"), opening a date line or
    just before its date ("… Print E-mail Xinhua, October 25, 2014"); a photo's credit ("… on Aug. 31,
    2019. (AP)", "Natalie Naccache | Bloomberg | Getty Images") stands elsewhere in its line: none."""
    for _, line in numbered:
        names = lead_names(line)
        found = outlets.known_outlet(names) if names else None
        if not found and dated(line):
            spelling = outlets.known_spelling(line)
            rest = line[line.find(spelling) + len(spelling):].lstrip(" ,|·•-–—") if spelling else ""
            opens = spelling is not None and line.strip(" ([").startswith(spelling)
            found = outlets.known_outlet(spelling) if spelling and (opens or opens_with_date(rest)) else None
        if found:
            return found
    return None


def outlet(cleaned: Cleaned) -> str | None:
    """The outlet the page's furniture names (copyright line, cue phrases, known outlets, masthead)."""
    removed = [r for r in cleaned.removed if not any(c in r.reason for c in _CAPTIONS)]
    furniture = [r.text for r in removed] + list(cleaned.header)
    numbered = sorted((r.line, r.text) for r in cleaned.removed if r.line is not None)
    return outlet_vote.vote(furniture, [text for _, text in numbered[:TOP_LINES]], _is_person, cleaned.title)


def _is_person(name: str) -> bool:
    """A blog's author holding its copyright ("© Regan") is no outlet."""
    return name_kind(name) == "person"


_BIO = r"^{name}(?: \(@\w+\))? is (?:a|an|the) [^.]{{0,60}}?\b(?:for|at|with) (?P<outlet>(?:the )?[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){{0,3}})"


def bio_outlet(cleaned: Cleaned, persons: tuple[str, ...]) -> str | None:
    """The outlet an author's bio line names ("Phil Helsel is a reporter for NBC News."): the byline's
    own person, so the line speaks of this article's writer and this site, not of someone quoted."""
    texts = [p.text for p in cleaned.paragraphs[-6:]] + [r.text for r in cleaned.removed]
    for person in persons[:2]:
        pattern = re.compile(_BIO.format(name=re.escape(person)))
        for text in texts:
            match = pattern.match(text)
            if match:
                return match.group("outlet").strip(" .")
    return None
