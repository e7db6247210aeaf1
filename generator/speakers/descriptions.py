"""Definite descriptions: who "the Vermont senator" or "the New York businessman" is.

News names a person once ("Sen. Bernie Sanders (I-Vt.)", "New York businessman Donald Trump",
"Howard Dean, the former governor of Vermont,") and then describes them ("the Vermont senator").
We learn each person's descriptors from how the text introduces them — the words before the
name, an apposition after it, a party-and-state tag — and resolve a description to the person
whose descriptors match it and do not contradict it (a governor is not "the senator", a Floridian
not "the Texas senator", a woman not "the businessman"). A description opening with "a" or "one"
introduces someone new; a staff role ("the spokesman") names only someone introduced in that role.
Word lists are data (data/descriptions.yaml); unknown stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import takewhile
from typing import Any, Protocol

from generator import lexicon
from generator.lexicon import speech_words, trie_pattern, word_set


class People(Protocol):
    """What resolving a description reads of an article's people (people.People is the one
    implementation); a protocol, so that descriptions need not import the registry that uses them."""

    titles: dict[str, set[str]]
    order: list[str]
    spoke: list[str]
    gender: dict[str, str]

    def most_mentioned(self) -> str | None: ...

    def person_in(self, tokens: list[str]) -> str | None: ...

_WORD = re.compile(r"[A-Za-z][\w.’'-]*")
_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|(?:de|van|von|bin)\b|al-[A-Z][\w-]*))*")
_AFTER = re.compile(r",\s+(?:the|a|an)\s|\s*\(\s*[RDIL][-–]|,\s*[RDIL][-–][A-Z]")  # a tag or apposition follows
_TAG = re.compile(r"\s*(?:\(|,\s*)(?P<party>[RDIL])[-–](?P<state>[A-Z][\w.]*)(?=[),]|\s|$)")
_APPOSITION = re.compile(r"\s*,\s+(?:the|a|an)\s+(?P<words>[^,.;:()“”\"]{3,90}?)(?=,|\.\s|\.$|\s+who\b|\s+and\b)")


def data() -> dict[str, Any]:
    """The description vocabulary of descriptions.yaml (states, parties, offices, staff roles)."""
    return lexicon.data("descriptions")


@cache
def _office_of() -> dict[str, str]:
    """Each office word (`sen.`, `congresswoman`) -> its office (`senator`, `congressman`)."""
    return {word: office for office, words in data()["offices"].items() for word in words}


@cache
def _state_forms() -> dict[str, str]:
    """A state's abbreviations and codes -> the state: `vt.` / `vt` -> vermont (party tags only)."""
    out = {name: name for name in data()["states"]}
    for name, forms in data()["states"].items():
        out.update({form: name for form in forms})
    return out


@cache
def _generic() -> frozenset[str]:
    return frozenset(data()["generic"])


@cache
def staff_roles() -> frozenset[str]:
    """Roles that name only someone introduced in them ("the spokesman"), never a protagonist."""
    return frozenset(data()["staff_roles"])


@cache
def person_heads() -> frozenset[str]:
    """What a description of a person ends in: a role, staff role, person noun, gendered title or compound."""
    words = word_set("roles") | word_set("male_titles") | word_set("female_titles") | staff_roles() | {*data()["compounds"]}
    return (words | word_set("people_nouns", "descriptions")) - word_set("generic", "descriptions")


def plural_person(word: str) -> bool:
    """`witnesses`, `commentators`: a person noun (person_heads) in the plural, -s or -es."""
    low = word.lower().rstrip(".,")
    return low.endswith("s") and bool({low[:-1], low[:-2]} & person_heads())


@cache
def _offices() -> frozenset[str]:
    return frozenset(data()["offices"])


@cache
def _nation_of() -> dict[str, str]:
    """`russian` -> russia, `u.s.` -> united states."""
    return {word: nation for nation, words in data()["nations"].items() for word in words}


@cache
def _party_of() -> dict[str, str]:
    return {word: party for party, words in data()["parties"].items() for word in words}


@cache
def _multiword() -> re.Pattern[str]:
    """States and compound offices of several words, longest first: `new york`, `vice president`."""
    phrases = [p for p in [*data()["states"], *data()["compounds"], *_nation_of()] if " " in p]
    return re.compile(r"\b(?:" + trie_pattern(phrases) + r")\b")


def _units(words: list[str] | tuple[str, ...]) -> list[str]:
    """Lower-cased words with multi-word states and offices joined: [new york, businessman]."""
    text = " ".join(re.sub(r"[’']s$", "", w.lower()).strip(",") for w in words)
    text = _multiword().sub(lambda m: m.group(0).replace(" ", "_"), text)
    return [w.replace("_", " ") for w in text.split()]


def descriptors(words: list[str]) -> frozenset[str]:
    """What a run of describing words says about a person: `Indiana Gov.` -> {state:indiana,
    governor}; role nouns and other words are kept as they are, so a later description can match them."""
    return _descriptors(tuple(words))


@lru_cache(maxsize=4096)
def _descriptors(words: tuple[str, ...]) -> frozenset[str]:
    """descriptors(), cached: the same few titles ("Sen.", "Republican presidential candidate") recur."""
    out: set[str] = set()
    for unit in _units(words):
        if unit in data()["states"]:
            out.add(f"state:{unit}")
        elif unit in _nation_of():
            out.add(f"nation:{_nation_of()[unit]}")
        elif unit in _party_of() and len(unit) > 1:
            out.add(f"party:{_party_of()[unit]}")
        elif unit in _office_of():
            out.add(_office_of()[unit])
        elif unit.isalpha() or " " in unit:
            out.add(unit)
    for word in list(out):
        for full in speech_words()["title_synonyms"].get(word, []):
            out.update(full.split())  # fm -> foreign minister: "the Russian foreign minister" matches
    return frozenset(out)


@dataclass(frozen=True)
class Description:
    """A description as written, read into what it says: `the former Florida governor`."""

    head: str
    states: frozenset[str]
    nations: frozenset[str]
    parties: frozenset[str]
    words: frozenset[str]
    indefinite: bool
    former: bool
    gender: str | None


def parse(tokens: list[str]) -> Description | None:
    """A title-only mention read as a description, or None when it has no head noun (`the former`)."""
    units = _units(tokens)
    if not units:
        return None
    indefinite = units[0] in data()["indefinites"]
    joint = next((u for u in ("of", "from") if u in units[1:]), None)
    cut = units.index(joint) if joint and " ".join(units).find("secretary of state") < 0 else len(units)
    core, tail = units[:cut], units[cut + 1:]  # "the former governor of Vermont", "the senator from Vermont"
    head = core[-1]
    if head in _generic():
        return None  # "the former": a cut-off phrase, no description
    found = descriptors(core + tail)
    implied = descriptors([head])  # "senator" says "lawmaker": no second word that anyone titled senator matches
    gender = "m" if head in word_set("male_titles") else "f" if head in word_set("female_titles") else None
    head = _office_of().get(head, head)  # congresswoman -> congressman, after reading the gender
    generic = _generic()
    return Description(
        head=head,
        states=frozenset(d[6:] for d in found if d.startswith("state:")),
        nations=frozenset(d[7:] for d in found if d.startswith("nation:")),
        parties=frozenset(d[6:] for d in found if d.startswith("party:")),
        words=frozenset(d for d in found if ":" not in d and d not in generic and d != head and d not in implied),
        indefinite=indefinite, former="former" in units, gender=gender,
    )


def _fields(person: set[str], prefix: str) -> set[str]:
    return {d[len(prefix):] for d in person if d.startswith(prefix)}


def compatible(description: Description, known: set[str], gender: str | None) -> bool:
    """Whether nothing the text said about a person contradicts the description: the other gender,
    another state, country or party, another office ("the senator" for a governor, unless "former")."""
    if description.gender and gender and description.gender != gender:
        return False
    for wanted, prefix in ((description.states, "state:"), (description.nations, "nation:"),
                           (description.parties, "party:")):
        have = _fields(known, prefix)
        if wanted and have and not wanted & have:
            return False
    offices = known & _offices()
    return not (description.head in _offices() and offices and description.head not in offices
                and not description.former)


def score(description: Description, known: set[str]) -> int:
    """How well a person's descriptors match: the head noun counts double, each state or party
    or other word once more; a former office-holder is "the former governor", a sitting one "the governor"."""
    former = (1 if description.former else -1) if "former" in known else 0
    return (2 * (description.head in known) + former + 2 * len(description.states & _fields(known, "state:"))
            + len(description.parties & _fields(known, "party:")) + len(description.nations & _fields(known, "nation:"))
            + len(description.words & known))

TITLED_REACH = 2  # "Rubio stopped by … “…,” the senator said": Rubio's, not Sen. Sanders's five names back


def described(description: Description, people: People, nearby: list[str]) -> str | None:
    """The person the description names in this article, or None.

    A person introduced with the head noun and a matching state, party or word wins; then one of the
    two nearest `nearby` people (named in the sentences just before, nearest first) introduced with the
    head noun, then the nearest one nothing contradicts ("Cruz warned … “…,” the Texas senator said"),
    then anyone introduced with the head noun. Only then, for a protagonist's description ("the
    candidate"), the latest speaker nothing contradicts, or the person named most. A staff role ("the
    spokesman") names only someone introduced in it; an indefinite ("a State Department official") nobody."""
    if description.indefinite:
        return None
    best, best_score = None, 0
    for name in dict.fromkeys(reversed(people.order)):  # the latest named first
        known = people.titles.get(name, set())
        if description.head in known and compatible(description, known, people.gender.get(name)):
            points = score(description, known)
            if points > best_score:
                best, best_score = name, points
    if best and best_score > 2:
        return best
    near = [name for name in nearby if compatible(description, people.titles.get(name, set()), people.gender.get(name))]
    titled = max((name for name in near[:TITLED_REACH] if description.head in people.titles.get(name, set())),
                 default=None, key=lambda name: score(description, people.titles.get(name, set())))  # the nearest on a tie
    if titled or description.head in staff_roles():
        return titled or best
    if near and (description.head in word_set("roles") or description.head in _offices()):
        return near[0]
    if best or (description.head not in word_set("roles") and description.head not in _offices()):
        return best
    for name in reversed(people.spoke[-12:]):
        if compatible(description, people.titles.get(name, set()), people.gender.get(name)):
            return name
    best = people.most_mentioned()
    return best if best and compatible(description, people.titles.get(best, set()), people.gender.get(best)) else None


@lru_cache(maxsize=4)
def capital_runs(text: str) -> tuple[re.Match[str], ...]:
    """The runs of capitalised words of a text (a name and the title words inside it), in order. The
    speaker stage reads each paragraph's narration for descriptions (learn) and for titled surnames
    (coref.titled_surnames) one after the other: the text is scanned once for both."""
    return tuple(_RUN.finditer(text))


def learn(text: str, people: People) -> None:
    """Add what the text says about each known person it names: the describing words before the
    name (`New York businessman Donald Trump`), a party tag after it (`Sen. Ted Cruz (R-Texas)`,
    `Marco Rubio, R-Fla.,`) and an apposition (`Trump, the New York billionaire,`). The titles inside
    a full name's own run (`Indiana Gov. Mike Pence`) People.add has stored already. Linear in the
    text: one pass over its capitalised runs, and a person look-up only where a description is."""
    roles = _role_words()
    for run in capital_runs(text):  # most runs have no description: cheap string tests first
        start, end = run.span()
        full = " " in run.group(0)  # role words introduce a full name ("businessman Donald Trump")
        if not full and text[end:end + 1] not in {",", "("} and text[end:end + 2] != " (":
            continue
        cut = text.rfind(" ", start - 40 if start > 40 else 0, start - 1)
        before = full and text[cut + 1:start].strip(" ,").lower() in roles
        after = _AFTER.match(text, end)
        if not (before or after):
            continue
        words = _before(text, start, text[end:end + 1] == ",") if before else []
        rest = text[end:end + 160]
        tag = _TAG.match(rest)
        if tag:
            words += [_party_of().get(tag.group("party").lower(), ""), _state_of(tag.group("state"))]
            rest = rest[tag.end():]
        apposition = _APPOSITION.match(rest)
        if apposition and not re.search(r"[A-Z][\w.’'-]* [A-Z][\w.’'-]*$", apposition.group("words")):
            words += apposition.group("words").split()
        if not any(words):
            continue
        tokens = run.group(0).split()
        person = people.person_in(tokens)
        if person:
            title = list(takewhile(lambda t: t.lower() in word_set("title_words"), tokens[:-1]))  # "Sen. Rubio, R-Fla."
            people.titles[person].update(descriptors([w for w in words + title if w]))


def _before(text: str, start: int, apposed: bool) -> list[str]:
    """The describing words right before a name: `New York businessman`, `Trump’s Virginia state
    director, ` when the name is set off by commas; they must end in a role noun."""
    parts = re.split(r"([,.;:()“”\"—–])", text[max(0, start - 80):start])
    clause = parts[-1]
    if not clause.strip() and len(parts) > 2 and parts[-2] == "," and apposed:
        clause = parts[-3]  # "Trump’s Virginia state director, Mike Rubino,": the role before the comma
    words: list[str] = []
    for word in reversed(_WORD.findall(clause)[-6:]):
        if not _describes(word):
            break
        words.insert(0, word)
    while words and not is_role(words[-1]):
        words.pop()  # "to Iraq, Foreign Minister Sergei Lavrov": a place no role noun follows describes nobody
    return words


def _state_of(written: str) -> str:
    """The state a party tag names: `Fla.`, `N.Y`, `Texas`, `Iowa.` (the tag ends a sentence)."""
    key = written.lower().replace(" ", "")
    return _state_forms().get(key) or _state_forms().get(key.rstrip("."), "")


@cache
def _role_words() -> frozenset[str]:
    """Title, role and office nouns, lower-cased, without "the" and the like: one set to test."""
    return frozenset((word_set("title_words") | word_set("roles") | staff_roles() | set(_office_of())) - _generic())


def is_role(word: str) -> bool:
    """A title, role or office noun: what a run of describing words must end in ("the" is no role)."""
    return word.lower() in _role_words()


def _describes(word: str) -> bool:
    """A word that can describe a person before their name: a title or role, a state, a party."""
    low = word.lower()
    return (low in {"former", "of", "state"} or low in word_set("title_words") or low in word_set("roles") or low in staff_roles()
            or low in _office_of() or low in _party_of() or word[:1].isupper())
