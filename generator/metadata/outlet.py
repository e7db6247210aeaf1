"""The outlet: the publication's name as readers know it, from what the page says about itself.

Known outlets (data/outlets.yaml) are recognised however the text writes them. A page names itself in
its copyright line ("© 2019 The Paradigm. All Rights Reserved."), in its own furniture ("Subscribe to
The Paradigm", "About CNBC", "Get push notifications from Sputnik International") and in its masthead;
a publishing group that holds the copyright of many outlets (Dow Jones, Condé Nast) is not the outlet.
A copy-paste's outlet is the name these sources agree on (outlet_vote.py); one weak mention gives nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator import lexicon
from generator.metadata import domains
from generator.metadata.words import alternation, ordered, words

MAX_CUE_WORDS = 20  # furniture is short; a longer line is prose, where a cue ("about Reuters") names nothing
MAX_STRONG_WORDS = 40  # a site's notice about itself runs longer ("Space is supported by its audience. When you …")

_NAME = r"(?P<name>(?:[Tt]he )?[A-Z0-9][\w.'’&+-]*(?: (?:[A-Z0-9][\w.'’&+-]*|of|&|de|du|des|del)){0,4})"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:(?:19|20)\d\d\b)?)?")
_COPYRIGHT = re.compile(r"(?:©\s*copyright\b|\bcopyright\b\s*(?:©|\(c\))?|©|\(c\)(?=\s*(?:19|20)\d\d))", re.I)
MAX_BEFORE_MARK = 15  # words before a copyright mark: a notice may follow a sentence, not end a paragraph
_SENTENCE_END = re.compile(r"[.!?]\s*$")  # the words before the mark end a sentence: the notice starts a new one
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


def known_mentions(line: str) -> list[str]:
    """The known outlets a furniture line names, as the data spells them ("Who Pays for Politifact")."""
    return [_spelled(m.group(0)) for m in _any_outlet_folded().finditer(line) if _cased(m.group(0))]


def _spelled(text: str) -> str:
    """A known outlet as the data spells it, from a furniture line's spelling in another case."""
    return text if text in _any_outlet()[1] else _folded_spellings().get(text.casefold(), text)


def known_spellings() -> dict[str, str]:
    """Every known way of writing an outlet, to its canonical name."""
    return _any_outlet()[1]


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
    if match and len(line[:match.start()].split()) > MAX_BEFORE_MARK and _SENTENCE_END.search(line[:match.start()]):
        line = line[match.start():]  # a footer's notice run on after its last sentence ("… affiliated sites. ©The
        match = _COPYRIGHT.search(line)  # Anti-June Cleaver 2011-2019"): the notice starts where that sentence ends
    if not match or len(line[:match.start()].split()) > MAX_BEFORE_MARK:
        return None
    line = line[:match.end()] + " " + " ".join(line[match.end():].split()[:MAX_AFTER_MARK])
    rest = line[match.end():]
    before = line[:match.start()].strip(" |·•-–—")
    if _YEAR.fullmatch(rest.strip(" .")) and 1 <= len(before.split()) <= 4 and names_something(before):
        rest = f"{rest} {before}"  # "Mashable © 2019": the holder before the mark, the year alone after it
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
    if (not holder or len(holder.split()) > 6 or not holder[0].isalnum() or is_parent(holder) or is_parent(legal)
            or "(" in holder):  # "The Printers (Mysore) Private Ltd.": a registered company, not a name readers know
        return None
    if not (has_year or re.search(r"all rights|direitos|droits|rechte|derechos", line, re.I)
            or ("©" in line and re.search(r"\bcopyright\b", line, re.I))):
        return None  # "Copyright Policy" is a link, "© Reuters" a photo's or story's credit
    return holder


@lru_cache(maxsize=2)
def _cues(key: str = "cues") -> list[tuple[str, re.Pattern[str]]]:
    """Each cue's pattern, with a word the line must hold for it to match (its longest plain word,
    outside alternatives): most furniture lines hold none, and are not searched for a name."""
    out = []
    for cue in ordered("outlet", key):
        before, _, after = cue.partition("{name}")
        head = f"(?i:{before})" if before else r"(?:^|(?<=[\s\"“]))"
        tail = rf"(?=[\"”]?\s*(?i:{after.strip()})\b)" if after.strip() else r"(?=$|[\s.,!:;)\"”])"
        literal = re.sub(r"\((?:[^()]|\([^()]*\))*\)|\w[?*]", " ", cue.replace("{name}", " "))  # groups, optional letters
        plain = re.findall(r"[a-z]{3,}", literal)
        out.append((max(plain, key=len) if plain else "", re.compile(head + _NAME + tail)))
    return out


def cue_names(line: str, key: str = "cues") -> list[str]:
    """Names a furniture line gives the site ("Subscribe to The Paradigm via Email" -> "The Paradigm");
    with key "strong_cues", the names a line gives the site by speaking of it as a business."""
    if len(line.split()) > (MAX_CUE_WORDS if key == "cues" else MAX_STRONG_WORDS):
        return []
    low = line.casefold()
    found = (_product_cut(m.group("name")) for word, cue in _cues(key) if word in low for m in cue.finditer(line))
    return list(dict.fromkeys(name for name in found if names_something(name)))  # one vote a line


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


def names_something(name: str) -> bool:
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
