"""The outlet a copy-paste's furniture agrees on: each line's readings (outlet.py) weighed and counted.

A copyright line names the publisher outright; the article's own address names its site; a site's
notice about itself, a cue phrase, a known outlet, an address line and a masthead repeated in the
furniture each add less. The ways of writing one outlet are counted together, one weak mention gives
nothing, and the name shown is the one readers know.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from generator.metadata import domains
from generator.metadata.outlet import (
    canonical_outlet,
    copyright_holder,
    cue_names,
    is_known_outlet,
    known_mentions,
    known_spelling,
    known_spellings,
    names_something,
    outlet_key,
    strip_legal,
)
from generator.metadata.words import words

MIN_VOTES = 2  # one mention of a name in the furniture is too weak to call it the outlet
COPYRIGHT_VOTES = 3  # a copyright notice names the publisher outright: worth more than a passing mention
OWN_ADDRESS_VOTES = 3  # the article's own address (its path spells the headline): as strong as a copyright line
STRONG_CUE_VOTES = 2  # a site speaking of itself as a business: as strong as a masthead
MASTHEAD_VOTES = 2  # a masthead's name repeated in the furniture: no more than this
ADDRESS_VOTES = 1  # a line that is only the site's address, or a contact e-mail on its domain
KNOWN_LINE_WORDS = 8  # a known outlet votes from a short furniture line, not from a sentence about it


def vote(furniture: Iterable[str], top: list[str], reject: Callable[[str], bool] = lambda _: False,
         title: str = "") -> str | None:
    """The outlet a copy-paste's furniture lines (not its article) agree on, or None.

    Votes: a copyright holder 3, the article's own address (its path spells `title`) 3; a site's notice
    about itself ("Space is supported by its audience") and a cue phrase naming a known outlet ("About
    CNBC") 2; a cue phrase, a known outlet, a company line
    ("comwrap GmbH"), a line that is only an address (an unknown site's once) or holds an e-mail address
    1 each; a masthead (the
    first words of one of `top`, the page's first lines) 1 for each other furniture line that opens with
    it ("Express. Home of the Daily and Sunday Express." and "Express Comment"), and 1 more when it is a
    known outlet's name or domain and nothing else ("CBSSports.com"). A name gathers the
    votes of the longer names it starts ("CNBC" those of "CNBC PRO")."""
    votes: Counter[str] = Counter()
    lines = list(furniture)
    latest: dict[str, int] = {}
    unknown_addresses: set[str] = set()
    for at, line in enumerate(lines):
        if domains.is_address_line(line):  # an unknown site's address repeated (an advert's "realtor.com"): once
            unknown = [a.outlet.casefold() for a in domains.addresses(line) if domains.is_domain(a.outlet)]
            if unknown and unknown[0] in unknown_addresses and not domains.own_article(domains.addresses(line)[0], title):
                continue
            unknown_addresses.update(unknown)
        for name, weight in _one_per_outlet(_line_votes(line, title, reject)):
            votes[name] += weight
            latest[name] = at
    mastheads = []
    for line in top:
        name = _masthead(line) or ""
        if name:
            opening = re.compile(rf"^{re.escape(name)}(?![^\W_])", re.I)
            repeats = sum(1 for other in lines if other.strip() != line.strip() and opening.match(other.strip()))
            votes[name] += min(repeats, MASTHEAD_VOTES)
            mastheads.append(name)
        known = _known_masthead(line)
        if known:  # a page's first lines naming a known outlet and nothing else: its logo
            votes[known] += 1
    return _winner(votes, mastheads, latest)


def _known_masthead(line: str) -> str | None:
    """A top line that is a known outlet's name or domain and nothing else ("CBSSports.com", "Engadget")."""
    text = line.strip()
    if text in known_spellings():
        return text
    found = domains.addresses(text) if domains.is_address_line(text) else []
    return found[0].outlet if found and not domains.is_domain(found[0].outlet) else None


def _line_votes(line: str, title: str, reject: Callable[[str], bool]) -> list[tuple[str, int]]:
    """Every (name, weight) one furniture line gives: its copyright holder, cue phrases, known outlets,
    addresses and company name."""
    out: list[tuple[str, int]] = []
    holder = copyright_holder(line)
    if holder and not reject(holder):
        out.append((holder, 1 if _syndicated(line, holder) else COPYRIGHT_VOTES))
    out += [(name, 2 if known_spelling(name) else 1) for name in cue_names(line)]  # "Science writer at Gizmodo"
    out += [(name, STRONG_CUE_VOTES) for name in cue_names(line, "strong_cues")]
    if len(line.split()) <= KNOWN_LINE_WORDS and "/" not in line:
        out += [(name, 1) for name in known_mentions(line)]
    alone = domains.is_address_line(line)
    for address in domains.addresses(line):
        if domains.own_article(address, title):
            out.append((address.outlet, OWN_ADDRESS_VOTES))
        elif alone or holder or ("@" in line and len(line.split()) <= KNOWN_LINE_WORDS):
            out.append((address.outlet, ADDRESS_VOTES))  # "© 2000 - 2019 Al Bawaba (www.albawaba.com)"
    company = strip_legal(line.strip())
    if company != line.strip() and 1 <= len(company.split()) <= 3 and not reject(company):
        out.append((company, 1))
    return out


_REDISTRIBUTION = re.compile(r"\bmay not be (?:re)?published, broadcast, rewritten,? or redistributed", re.I)


def _syndicated(line: str, holder: str) -> bool:
    """A wire agency's notice under a story it supplied ("© 2019 Associated Press. All Rights Reserved. This
    material may not be published, broadcast, rewritten, or redistributed."): the story's owner, not the
    site's, so one mention; a site's own footer may carry the clause too ("©2019 FOX News Network")."""
    key = outlet_key(canonical_outlet(holder))
    return bool(_REDISTRIBUTION.search(line)) and any(key == outlet_key(canonical_outlet(a)) for a in words("outlet", "agencies"))


def _one_per_outlet(entries: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """One line is one mention of an outlet, however many readers find it ("Keep up to date with
    PolitiFact West Virginia" is a cue and a known outlet): its strongest reading only."""
    kept: list[tuple[str, int]] = []
    for name, weight in sorted(entries, key=lambda e: -e[1]):
        key, low = outlet_key(canonical_outlet(name)), name.casefold()
        if not any(key == outlet_key(canonical_outlet(k)) or low.startswith(k.casefold() + " ")
                   or k.casefold().startswith(low + " ") for k, _ in kept):
            kept.append((name, weight))
    return kept


def _masthead(line: str) -> str | None:
    """The name a page's first line may be: its first sentence, when that is one to four capitalised words."""
    name = re.split(r"(?<=\w)[.:|–—]\s|\s[-|–—]\s", line.strip())[0].strip(" .")
    if not 1 <= len(name.split()) <= 4 or not name[:1].isupper() or not names_something(name):
        return None
    return name


def _winner(votes: Counter[str], mastheads: list[str] | None = None, latest: dict[str, int] | None = None) -> str | None:
    """The name with the most votes, counting together the ways of writing one outlet (a known outlet's
    variants, "the", a domain and its name, a name and the longer names it starts: "Quanta" and "Quanta
    Magazine"); of those, the masthead's spelling when it is a known one or repeated ("Sputnik
    International" over the copyright line's "Sputnik"), else a known outlet's ("Forbes", not "Forbes Media"), else the one with most votes of its
    own; a name before a bare domain ("Autoracing", not "autoracing.com.br"). Votes tied, the name
    stated last wins: the page's footer ("© 2000 - 2019 Al Bawaba") comes after a syndicated story's
    notice ("Copyright © 2019 Press TV")."""
    group = {name: outlet_key(canonical_outlet(name)) for name in votes}
    members: dict[str, set[str]] = {}
    for name, key in group.items():
        if key:
            longer = {o for o in votes if o.casefold().startswith(name.casefold() + " ")}
            members.setdefault(key, set()).update({name} | longer)
    totals = {key: sum(votes[n] for n in names) for key, names in members.items()}
    if not totals or max(totals.values()) < MIN_VOTES:
        return None
    latest = latest or {}  # a tie goes to the name the page states last: its footer, not a story's notice above it
    best = max(totals, key=lambda key: (totals[key], max(latest.get(n, -1) for n in members[key])))
    masthead = next((m for m in mastheads or [] if m in members[best] and not m.isupper() and not domains.is_domain(m)
                     and (votes[m] or is_known_outlet(m))), None)  # "Vox homepage", a link, is no masthead
    if masthead:
        return masthead
    name = max(members[best], key=lambda name: (not domains.is_domain(name), is_known_outlet(name), votes[name], len(name)))
    if canonical_outlet(name) in members[best]:
        return canonical_outlet(name)  # "© Cable News Network" on a page that calls itself CNN
    return canonical_outlet(name) if name.isupper() else name  # "WSJ" is The Wall Street Journal
