"""The outlet: the publication's name as readers know it, from what the page says about itself.

Known outlets (data/outlets.yaml) are recognised however the text writes them. A page names itself in
its copyright line ("© 2019 The Paradigm. All Rights Reserved."), in its own furniture ("Subscribe to
The Paradigm", "About CNBC", "Get push notifications from Sputnik International") and in its masthead;
a publishing group that holds the copyright of many outlets (Dow Jones, Condé Nast) is not the outlet.
A copy-paste's outlet is the name these sources agree on; one weak mention gives nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from generator import lexicon
from generator.metadata import domains
from generator.metadata.words import alternation, ordered, words

MIN_VOTES = 2  # one mention of a name in the furniture is too weak to call it the outlet
MAX_CUE_WORDS = 20  # furniture is short; a longer line is prose, where a cue ("about Reuters") names nothing
MAX_STRONG_WORDS = 40  # a site's notice about itself runs longer ("Space is supported by its audience. When you …")
STRONG_CUE_VOTES = 2  # a site speaking of itself as a business: as strong as a masthead
ADDRESS_VOTES = 1  # a line that is only the site's address, or a contact e-mail on its domain
OWN_ADDRESS_VOTES = 3  # the article's own address (its path spells the headline): as strong as a copyright line
KNOWN_LINE_WORDS = 8  # a known outlet votes from a short furniture line, not from a sentence about it
COPYRIGHT_VOTES = 3
MASTHEAD_VOTES = 2  # a masthead's name repeated in the furniture: as strong as a copyright line, no more  # a copyright notice names the publisher outright: worth more than a passing mention

_NAME = r"(?P<name>(?:[Tt]he )?[A-Z0-9][\w.'’&+-]*(?: (?:[A-Z0-9][\w.'’&+-]*|of|&|de|du|des|del)){0,4})"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:(?:19|20)\d\d\b)?)?")
_COPYRIGHT = re.compile(r"(?:©\s*copyright\b|\bcopyright\b\s*(?:©|\(c\))?|©|\(c\)(?=\s*(?:19|20)\d\d))", re.I)
MAX_BEFORE_MARK = 15  # words before a copyright mark: a notice may follow a sentence, not end a paragraph
MAX_AFTER_MARK = 30  # words after it that may hold the holder ("… Reproduction of material from any Salon pages …")
_HOLDER_END = re.compile(r"\s*(?:(?-i:(?<!\b[A-Z]))\.\s|\ball rights\b|\btodos os\b|\btous droits\b|\balle rechte\b|[|•·;]|"
                         r"\s[-–—]\s|\s*\bISSN\b|,?\s+or its\b|(?-i:(?<=[a-z])\.(?=[A-Z][a-z]))|,\s*(?:a|an)\s+(?:division|subsidiary|unit|part|member)\b|$)",
                         re.I)  # "…, a Division of Nature America", "… Limited or its affiliated companies"


@lru_cache(maxsize=1)
def _variants() -> list[tuple[str, str]]:
    """(a way of writing a known outlet, its canonical name), longest first."""
    data = lexicon.data("outlets")
    names = [(variant, canonical) for canonical, variants in data.items() for variant in [canonical, *(variants or [])]]
    return sorted(names, key=lambda item: len(item[0]), reverse=True)


@lru_cache(maxsize=1)
def _any_outlet() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every known spelling (longest first, so "BBC News" wins over "BBC"), and the
    canonical name of each: a line is searched once, not once per outlet."""
    spellings = dict(_variants())
    body = "|".join(re.escape(v) for v, _ in _variants())
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])"), spellings


@lru_cache(maxsize=1)
def _any_outlet_folded() -> re.Pattern[str]:
    """The known spellings in any inner case ("Who Pays for Politifact"), for furniture lines (_cased
    says which matches count: a lower-case word, "wired headphones", is still none)."""
    return re.compile(_any_outlet()[0].pattern, re.I)


@lru_cache(maxsize=1)
def _folded_spellings() -> dict[str, str]:
    return {v.casefold(): v for v, _ in reversed(_variants())}


def _cased(text: str) -> bool:
    """A known outlet's spelling as a furniture line may write it: as listed, or in another inner case
    ("Politifact") starting with a capital; capitals throughout are a photo's or a story's credit
    ("REUTERS") unless the data lists them so ("WIRED")."""
    return text in _any_outlet()[1] or (text[0].isupper() and not text.isupper())


def _spelled(text: str) -> str:
    """A known outlet as the data spells it, from a furniture line's spelling in another case."""
    return text if text in _any_outlet()[1] else _folded_spellings().get(text.casefold(), text)


def canonical_outlet(name: str) -> str:
    """A dateline's outlet, canonical when it is a known one."""
    return _any_outlet()[1].get(name.strip(), name.strip())


def known_outlet(text: str) -> str | None:
    """The first known outlet a line names, canonical."""
    spelling = known_spelling(text)
    return _any_outlet()[1][spelling] if spelling else None


def known_spelling(text: str) -> str | None:
    """A known outlet a line names, as the line spells it ("Sputnik International", not "Sputnik")."""
    match = _any_outlet()[0].search(text)
    return match.group(0) if match else None


@lru_cache(maxsize=1)
def _known_keys() -> frozenset[str]:
    return frozenset(outlet_key(v) for v, _ in _variants())


def is_known_outlet(name: str) -> bool:
    """Is `name` (a credit, a site name) a known outlet or agency, however it is written?"""
    key = outlet_key(name)
    return bool(key) and key in _known_keys()


def outlet_key(name: str) -> str:
    """A name reduced for comparison: accents, case, "the", a web suffix and punctuation dropped."""
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()
    s = re.sub(r"^(?:https?://)?(?:www\.)?", "", s)
    if domains.is_domain(s):  # "autoracing.com.br", "news.example.org": the registered name's first label
        s = domains.registrable(s).split(".")[0]
    s = re.sub(r"\.(?:com|net|org|co\.uk|com\.au|ru|de|fr|it|es|jp|cn|in)\b/?$", "", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[\W_]+", "", s)


def same_outlet(a: str, b: str) -> bool:
    return bool(outlet_key(a)) and outlet_key(a) == outlet_key(b)


@lru_cache(maxsize=1)
def _legal() -> re.Pattern[str]:
    return re.compile(r"[\s,]+(?:" + alternation(words("outlet", "legal_forms")) + r")\.?$", re.I)


@lru_cache(maxsize=1)
def _legal_inside() -> re.Pattern[str]:
    """A legal form inside a holder's text, a link after it ("Quiller Media, Inc., Contact Us")."""
    return re.compile(r"[\s,]+(?:" + alternation(words("outlet", "legal_forms")) + r")\.?,\s+(?=\S)", re.I)


@lru_cache(maxsize=1)
def _builders() -> re.Pattern[str]:
    builders = alternation(words("outlet", "builders"))
    return re.compile(rf"\b(?:{builders})\b", re.I)


def strip_legal(name: str) -> str:
    """ "Dow Jones & Company, Inc." -> "Dow Jones": legal forms cut off the end, repeatedly."""
    pattern = _legal()
    previous = None
    while previous != name:
        previous, name = name, pattern.sub("", name).strip(" ,.")
    return name


def _corporate_cut(holder: str) -> str:
    """ "Salon Media Group" -> "Salon", "FOX News Network" -> "FOX News": a publisher's company words
    (data/metadata.yaml outlet.corporate_words) cut off the end of a copyright holder, one name left."""
    tokens = holder.split()
    while len(tokens) > 1 and tokens[-1].casefold().strip(",.") in words("outlet", "corporate_words"):
        tokens.pop()
    return " ".join(tokens)


def is_parent(name: str) -> bool:
    """A publishing group that holds many outlets' copyright (data/metadata.yaml outlet.parents)."""
    low = re.sub(r"^the\s+", "", name.casefold())  # "The Hearst Corporation"
    return any(low == p or low.startswith(p + " ") for p in words("outlet", "parents"))


def copyright_holder(line: str) -> str | None:
    """The holder a copyright line names, legal form cut off; None for a photo credit or a parent group.

    "© 2019 CNBC LLC. All Rights Reserved." gives "CNBC"; "© REUTERS / POOL" (a photo credit) gives None."""
    match = _COPYRIGHT.search(line)
    if not match or len(line[:match.start()].split()) > MAX_BEFORE_MARK:
        return None
    line = line[:match.end()] + " " + " ".join(line[match.end():].split()[:MAX_AFTER_MARK])
    rest = line[match.end():]
    if "/" in rest[:60] and not re.search(r"\ball rights\b", line, re.I):
        return None  # "© Sputnik / Vladimir Pesnya": a photo credit
    has_year = bool(_YEAR.search(rest))
    rest = re.sub(r"\s+", " ", _YEAR.sub(" ", rest)).strip(" ,.-–")
    rest = re.sub(r"^(?:by\s+)", "", rest, flags=re.I)
    rest = _builders().split(rest)[0].strip(" ,.-–")
    rest = re.sub(r"\s*\((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\)", "", rest)  # "Al Bawaba (www.albawaba.com)"
    end = _HOLDER_END.search(rest)
    legal = strip_legal(_legal_inside().split(rest[:end.start()] if end else rest)[0])
    holder = legal if is_known_outlet(legal) else _corporate_cut(legal)  # "Cable News Network" is CNN's own
    if not holder or len(holder.split()) > 6 or not holder[0].isalnum() or is_parent(holder) or is_parent(legal):
        return None
    if not (has_year or re.search(r"all rights|direitos|droits|rechte|derechos", line, re.I)
            or ("©" in line and re.search(r"\bcopyright\b", line, re.I))):
        return None  # "Copyright Policy" is a link, "© Reuters" a photo's or story's credit
    return holder


@lru_cache(maxsize=2)
def _cues(key: str = "cues") -> list[re.Pattern[str]]:
    out = []
    for cue in ordered("outlet", key):
        before, _, after = cue.partition("{name}")
        head = f"(?i:{before})" if before else r"(?:^|(?<=[\s\"“]))"
        tail = rf"(?=[\"”]?\s*(?i:{after.strip()})\b)" if after.strip() else r"(?=$|[\s.,!:;)\"”])"
        out.append(re.compile(head + _NAME + tail))
    return out


def cue_names(line: str, key: str = "cues") -> list[str]:
    """Names a furniture line gives the site ("Subscribe to The Paradigm via Email" -> "The Paradigm");
    with key "strong_cues", the names a line gives the site by speaking of it as a business."""
    if len(line.split()) > (MAX_CUE_WORDS if key == "cues" else MAX_STRONG_WORDS):
        return []
    found = (_product_cut(m.group("name")) for cue in _cues(key) for m in cue.finditer(line))
    return list(dict.fromkeys(name for name in found if _names_something(name)))  # one vote a line


def _product_cut(name: str) -> str:
    """ "IGN's Daily Deals" -> "IGN", "The Paradigm Newsletter" -> "The Paradigm": a possessive and a
    product word end a site's name."""
    name = re.split(r"['’]s\b", name)[0].strip(" .,")
    tokens = name.split()
    while len(tokens) > 1 and tokens[-1].casefold() in words("outlet", "products"):
        tokens.pop()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def _names_something(name: str) -> bool:
    low = name.casefold()
    if not low or any(t in words("outlet", "not_name_words") for t in low.split()):
        return False
    return low not in words("outlet", "not_names") and low not in words("headline", "generic")


def site_name(value: str | None) -> str | None:
    """A page's own name for itself as its markup states it, cleaned: not a handle ("@SputnikInt"), and
    without the tagline after a separator ("Autoracing | F1 | Indy" is "Autoracing")."""
    if not value or value.strip().startswith("@"):
        return None
    name = re.split(r"\s+[|–—:]\s+|\s+-\s+", value.strip())[0].strip()
    return name or None


def vote(furniture: Iterable[str], top: list[str], reject: Callable[[str], bool] = lambda _: False,
         title: str = "") -> str | None:
    """The outlet a copy-paste's furniture lines (not its article) agree on, or None.

    Votes: a copyright holder 3, the article's own address (its path spells `title`) 3; a site's notice
    about itself ("Space is supported by its audience") and a cue phrase naming a known outlet ("About
    CNBC") 2; a cue phrase, a known outlet, a company line
    ("comwrap GmbH"), a line that is only an address or holds an e-mail address 1 each; a masthead (the
    first words of one of `top`, the page's first lines) 1 for each other furniture line that opens with
    it ("Express. Home of the Daily and Sunday Express." and "Express Comment"), and 1 more when it is a
    known outlet's name or domain and nothing else ("CBSSports.com"). A name gathers the
    votes of the longer names it starts ("CNBC" those of "CNBC PRO")."""
    votes: Counter[str] = Counter()
    lines = list(furniture)
    latest: dict[str, int] = {}
    for at, line in enumerate(lines):
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
    if text in _any_outlet()[1]:
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
        out += [(_spelled(m.group(0)), 1) for m in _any_outlet_folded().finditer(line) if _cased(m.group(0))]
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
    if not 1 <= len(name.split()) <= 4 or not name[:1].isupper() or not _names_something(name):
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
