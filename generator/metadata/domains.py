"""Web addresses in a pasted page's furniture: the site's own domain, and the outlet it stands for.

A copy-paste keeps the addresses a page prints as text: a share link under the headline
("https://www.timesunion.com/sports/article/Nelson-s-OT-goal-lifts-Isles-14848099.php"), a
citation's "retrieved from https://phys.org/news/…", the site's name written as a domain in its
masthead ("CBSSports.com") or footer ("www.autoracing.com.br"), a contact address
("stats@catchitkansas.com"). A well-known domain gives its outlet's name (data/outlet_domains.yaml);
another stands for itself, as written. Platforms (social networks, mail providers, blog hosts,
shorteners: data/metadata.yaml outlet.platform_domains) are nobody's outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator import lexicon
from generator.metadata.words import words

# top-level domains a pasted address ends with; a dotted abbreviation ("U.S.", "a.m.") ends with none
_TLD = (r"(?:com|org|net|info|news|blog|media|online|site|press|io|co|tv|me|us|uk|ru|de|fr|it|es|jp|cn|in|br|"
        r"au|ca|kr|id|nl|se|no|dk|fi|pl|cz|ch|at|be|ie|nz|za|mx|ar|tr|gr|pt|hk|sg|my|ph|ua|il|ae|pk|ng|ke|eu)")
_HOST = rf"(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+{_TLD}"
ADDRESS = re.compile(rf"(?<![\w@.-])(?P<scheme>https?://)?(?P<host>(?:www\.)?{_HOST})(?![\w-])(?P<path>/[^\s)\]]*)?", re.I)
_EMAIL = re.compile(rf"[\w.+-]+@(?P<host>{_HOST})(?![\w-])", re.I)
_SECOND_LEVEL = frozenset(["co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go"])  # "co.uk", "com.br"
MIN_SLUG_WORDS = 3  # an address whose path spells this many of the headline's words is the article's own
_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")
_CLOSING = ".,;:!?'\"”’"  # the sentence's punctuation after an address, not part of it


@dataclass(frozen=True)
class Address:
    """A domain a line names: as written (without "www."), and the outlet it stands for."""

    domain: str
    outlet: str
    path: str = ""
    url: str | None = None  # the whole address, when the line writes it with its scheme ("https://…")


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in lexicon.data("outlet_domains").items()}


def registrable(host: str) -> str:
    """The name a domain is registered under: "edition.cnn.com" is "cnn.com", "news.bbc.co.uk" "bbc.co.uk"."""
    labels = host.lower().removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def outlet_of(host: str) -> str | None:
    """The outlet a domain stands for: a well-known one's name, else the domain as written; None for a
    platform's ("pic.twitter.com", "syiahali.wordpress.com")."""
    written = re.sub(r"^www\.", "", host, flags=re.I)
    low = written.lower()
    base = registrable(low)
    if base in words("outlet", "platform_domains") or low in words("outlet", "platform_domains"):
        return None
    known = _known()
    labels = low.split(".")
    for i in range(len(labels) - 1):  # "timesofindia.indiatimes.com" before "indiatimes.com"
        name = known.get(".".join(labels[i:]))
        if name:
            return name
    if written.lower() != base:  # a subdomain of an unknown site ("blog.example.org"): the site itself
        written = written[len(written) - len(base):]
    return written


def addresses(line: str) -> list[Address]:
    """The domains a line names, in web addresses, bare domains and e-mail addresses."""
    found = [(m.group("host"), m.group("path") or "", m.group(0).rstrip(_CLOSING) if m.group("scheme") else None)
             for m in ADDRESS.finditer(line)]
    found += [(m.group("host"), "", None) for m in _EMAIL.finditer(line)]
    out = []
    for host, path, url in found:
        outlet = outlet_of(host)
        if outlet:
            out.append(Address(re.sub(r"^www\.", "", host, flags=re.I), outlet, path, url))
    return out


def is_address_line(line: str) -> bool:
    """A line that is one address and nothing else ("www.autoracing.com.br", "CBSSports.com")."""
    match = ADDRESS.fullmatch(line.strip().strip("<>()"))
    return bool(match)


def own_article(address: Address, title: str) -> bool:
    """Does the address's path spell the headline ("…/Nelson-s-OT-goal-lifts-Isles-14848099.php" under
    "Nelson's OT goal lifts Isles")? Then it is the article's own address, and its site the outlet."""
    if not address.path or not title:
        return False
    slug = {w.lower() for w in _SLUG_WORD.findall(address.path)}
    wanted = {w.lower() for w in _SLUG_WORD.findall(title)}
    return len(slug & wanted) >= min(MIN_SLUG_WORDS, len(wanted)) > 0


def is_domain(name: str) -> bool:
    """Is an outlet name a bare domain ("catchitkansas.com")? A name readers know is better shown."""
    return bool(ADDRESS.fullmatch(name)) and " " not in name


_PATH_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>\d\d)[/-](?P<d>\d\d)(?=[/-])")


def path_date(address: Address) -> str | None:
    """The day an address's path gives ("/2019/11/18/…", "/2019-11-18-…"): what a news site's URL says."""
    match = _PATH_DATE.search(address.path)
    if not match:
        return None
    y, m, d = (int(match.group(k)) for k in "ymd")
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None
