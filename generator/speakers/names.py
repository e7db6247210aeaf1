"""Names: what a run of capitalised words is — a person's name, the title before it, initials.

The shape of a name only, before anyone is known: people.py keeps who the article has named and
resolves mentions with these. "Russian Foreign Minister Sergey Lavrov" is a title and a name;
"G.K. Butterfield" keeps its initials; "Bank of America" is no person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.lexicon import trie_pattern, word_set
from generator.speakers.vocabulary import opener
from generator.text.normalise import without_accents
from generator.text.words import has_word

_OWNER_MARK = re.compile(r"[’']s?$")


@lru_cache(maxsize=1)
def _name_run() -> re.Pattern[str]:
    """A run of capitalised words, with "of" and the particles a name holds inside (speech.yaml
    name_particles, alone or hyphened). A run may open with "al-" only ("al-Assad said"): the other
    particles never open a name, and trying each at every character cost the scan half again."""
    particles = trie_pattern(sorted(word_set("name_particles")))
    return re.compile(rf"(?:[A-Z][\w’'.-]*|of\b|al-[A-Z][\w-]*)"
                      rf"(?:\s+(?:[A-Z][\w’'.-]*|of\b|(?:{particles})(?:-[A-Z][\w-]*|\b)))*")


def particle(word: str) -> bool:
    """A lowercase word of a name between its capitalised ones ("de" of "Bill de Blasio")."""
    return word in word_set("name_particles")


def hyphened_particle(word: str) -> bool:
    """`al-Assad`, `bin-Talal`: a particle joined to the capitalised word it belongs to."""
    head, _, rest = word.partition("-")
    return rest[:1].isupper() and particle(head)


def _name_word(words: list[str] | tuple[str, ...], at: int, end: int) -> bool:
    """Whether words[at] belongs to the name words[at + 1:end]: a capitalised word that is no title or
    describing adjective, a hyphened particle's ("al-Assad"), or a particle between the name and a
    capitalised word that is no title ("Bill de Blasio"; not "President de Gaulle")."""
    word = words[at]
    if word[:1].isupper():
        return word.lower() not in _title_words() and not word.endswith(_DESCRIBING_SUFFIXES)
    if hyphened_particle(word):
        return True
    if at + 1 >= end or not particle(word):
        return False
    before = at - 1
    while before >= 0 and particle(words[before]):
        before -= 1  # "von der Leyen"
    return before >= 0 and words[before][:1].isupper() and words[before].lower() not in _title_words()
_DESCRIBING_SUFFIXES = ("-based", "-born", "-area")
HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov.", "gen.", "prof."}


@lru_cache(maxsize=1 << 16)
def is_person(name: str | None) -> bool:
    """Two or more name words, none of them an organisation's or a place's: a person.

    A known first name and one capitalised function word ("Al From") is a person too: org_words
    holds "from" so that headline runs ("Letters From Moscow") are no names, but a first name
    directly before it makes it a surname.
    """
    words = (name or "").lower().split()
    if (name or "").isupper() and words and not first_name(words[0]):
        return False  # "SHORT READS:", a section's heading; "JAKE TAPPER:" still names a person
    parts = [part.strip(".,") for w in words for part in w.split("-")]  # Chicago Sun-Times
    if len(words) == 2 and first_name(words[0]) and words[1] in _PREPOSITIONS and (name or "").split()[1][:1].isupper():
        return True
    return len(words) >= 2 and not any(part in word_set("not_person_words") for part in parts)


# Prepositions org_words holds that are also surnames after a first name: Al From, Jon Over.
_PREPOSITIONS = frozenset({"from", "for", "with", "over", "by", "at", "on", "in", "as"})


def first_name(word: str) -> bool:
    """A given name of the built-in lists, which spell it without accents ("francois"): read time
    repairs mojibake, so prose gives the accented "François"."""
    word = without_accents(word)
    if "-" in word and word not in word_set("male_names") and word not in word_set("female_names"):
        word = word.split("-")[0]  # Eva-Marie, Jean-Pierre: the first part is a given name of the lists
    return word in word_set("male_names") or word in word_set("female_names")


def name_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words, cut at sentence ends ("World War II. Last" is two runs)."""
    return [list(tokens) for run in _name_run().finditer(text) for tokens in _cut_run(run.group(0))]


def learned_names(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(title, name) of each of name_runs(text), trimmed (trim_name): what People.learn registers.
    The same runs come back in every paragraph that names someone, so each run's answer is kept."""
    return [found for run in _name_run().finditer(text) for found in _learned_run(run.group(0))]


@lru_cache(maxsize=1 << 16)
def _learned_run(run: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    out = []
    for tokens in _cut_run(run):
        title, name = trim_name(*split_title(list(tokens)))
        out.append((tuple(title), tuple(name)))
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _cut_run(run: str) -> tuple[tuple[str, ...], ...]:
    """One match of the name-run pattern, cut at sentence ends and before a person's "of" (name_runs)."""
    runs: list[list[str]] = []
    current: list[str] = []
    for token in run.split():
        current.append(token)
        if token.endswith(".") and len(token) > 2 and token.lower() not in HONORIFICS and not initials(token):
            current[-1] = token.rstrip(".")
            runs.append(current)
            current = []
    if current:
        runs += from_place(current)
    return tuple(tuple(tokens) for tokens in runs)


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_PLACE_INITIALS = frozenset({"u.s.", "u.k.", "u.n.", "d.c.", "e.u.", "l.a.", "n.y."})


def initials(token: str) -> bool:
    """`G.K. Butterfield`, `J.D. Vance`: a person's initials end in a full stop that ends no sentence (a
    place's may: "… in the U.S. Trump said")."""
    return bool(_INITIALS.fullmatch(token)) and token.lower() not in _PLACE_INITIALS


def from_place(run: list[str]) -> list[list[str]]:
    """`Sen. Bernie Sanders of Vermont`, `Jeffrey Lewis of the James Martin Center`: a person's full name
    before "of" is a person, the words after it where they come from. The run keeps "of" for titles
    (`Secretary of State John Kerry`: one word before it, no name) and bodies (`Bank of America`)."""
    if "of" not in run:
        return [run]  # most runs: no "of", nothing to split (split_title of nothing names nobody)
    at = run.index("of")
    _, name = split_title(run[:at])
    if len(name) < 2 or not is_person(" ".join(name)) or not (first_name(name[0].lower()) or initials(name[0])):
        return [run]
    return [run[:at], run[at + 1:]] if at + 1 < len(run) else [run[:at]]


def trim_name(title: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """`Democrats Hillary Clinton`, `Post Editor-in-Chief Martin Baron`: a run that is no person as a
    whole (an organisation's word in it) still ends in one when a known first name starts its last
    two or more words; the words before it describe the person. So does a run of four or more words
    whose first is no given name (`Public Prosecution Eva-Marie Persson`, `Lt Col Alexander Vindman`)."""
    if len(name) < 3 or (is_person(" ".join(name)) and (len(name) < 4 or first_name(name[0].lower()))):
        return title, name  # "Billie Jean King": three words are a name, whatever the lists know
    for i in range(len(name) - 2, 0, -1):
        if first_name(name[i].lower()) and is_person(" ".join(name[i:])):
            return title + [t.lower() for t in name[:i]], name[i:]
    return title, name


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """("Russian Foreign Minister Sergey Lavrov") -> (title words, name words), new lists.

    The same runs of capitalised words come back in every paragraph that names someone, so
    the answers are kept (the word lists they depend on are read once per process)."""
    title, name = _split_title(tuple(tokens))
    return list(title), list(name)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words that describe rather than name, before a name: titles ("Sen.") and roles ("Billionaire
    Donald Trump", "Comedian Sarah Silverman")."""
    return word_set("title_words") | word_set("roles")


@lru_cache(maxsize=1 << 16)
def _split_title(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """split_title's work; see there.

    The name is the run of capitalised words at the end that are not title words. A
    possessive before it belongs to the title ("Florida’s Rick Wilson", "Sanders’ campaign
    manager Jeff Weaver"), and a sentence's opening word is no first name ("When Fiorina").
    """
    suffix = _OWNER_MARK.sub("", tokens[-1]).strip(",") if len(tokens) > 2 else ""
    if suffix.rstrip(".").lower() in word_set("name_suffixes"):  # "Martin Luther King Jr.": King is the surname
        title, name = _split_title(tokens[:-1])
        if name:
            return title, (*name, suffix)
    owner = max((i + 1 for i, t in enumerate(tokens[:-1]) if _OWNER_MARK.search(t)), default=0)
    words = [_OWNER_MARK.sub("", t).strip(",") for t in tokens]
    cut = len(words)
    if (cut - owner >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper() and not words[-1].isupper()
            and words[-2].lower() not in word_set("title_words") and words[-1].lower() not in word_set("parties", "descriptions")):
        cut -= 1  # a surname that is also a title word: Charlie King, Eric Bishop (not a party: "the Wisconsin Republican")
    while cut > owner and _name_word(words, cut - 1, len(words)):  # "Texas-based Matt Mackowiak": no name word
        cut -= 1
    while cut < len(words) and opener(words[cut], cut == len(words) - 1):
        cut += 1  # "Said Comey, …", "Reprising his role": the sentence's opening word, not the name
    return tuple(t.lower() for t in words[:cut]), tuple(words[cut:])


def capital_run(tokens: list[str]) -> list[str]:
    """The words that end the mention after its last lowercase title: "Band member Flea" is Flea, a
    lowercase role between cuts the name ("Band" is no part of it); a joining word does not."""
    start = len(tokens)
    while start and not (tokens[start - 1].islower() and tokens[start - 1] in _role_words()):
        start -= 1
    return [t for t in tokens[start:] if t[:1].isupper()]


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Title words that name a role, without the small words that join a name ("Cameron Easley for Morning Consult")."""
    return frozenset(word_set("title_words") - {"the", "a", "an", "of", "for", "and", "on"})


def in_prose(name: tuple[str, ...], prose: str) -> tuple[str, ...] | None:
    """The part of a headline's run of capitals that the article's prose writes as a name: the run
    itself, else its longest stretch of two words or more the prose has ("Hillary Clinton" of "Hillary
    Clinton Accused Of …"), else None (a headline's "Francois Hollande Says Donald Trump" is no person)."""
    for size in range(len(name), 1, -1):
        for start in range(len(name) - size + 1):
            if has_word(prose, " ".join(name[start:start + size])):
                return name[start:start + size]
    return None


def written_names(text: str, prose: str, headline: bool,
                  learned: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(title, name) of each full name `text` writes (two words or more): as `learned` (learned_names)
    reads them, or, for a headline, only the stretches of its runs of capitals that the prose writes."""
    if not headline:
        return [(t, n) for t, n in learned if len(n) >= 2]
    found = (in_prose(tuple(run), prose) for run in name_runs(text))
    return [(t, n) for t, n in (_split_title(f) for f in found if f) if len(n) >= 2]


# "his wife, Jane,", "Clinton’s daughter, Chelsea.": a relative named by a first name in an apposition after
# the kin word (data: descriptions.yaml kin); People.learn registers them, the cue readers read them
KIN_APPOSITION = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?P<owner>[A-Z][a-z]+)[’']s?)\s+(?P<kin>[a-z]+),\s+(?P<first>[A-Z][a-z]+)(?=[,.])")


def kin_apposition(text: str, full: str) -> bool:
    """Whether `text` introduces `full` as someone's relative in an apposition inside a sentence about
    that someone ("Clinton and her husband, former President Bill Clinton, attended", data: kin). Not
    one opening its sentence ("Her father, former Vice President Dick Cheney, held the seat"): about him."""
    at = text.find(full)
    start = max(0, at - 60)
    kin = _kin_before().search(text, start, at) if at >= 0 else None
    if kin is None:
        return False
    head = text[start:kin.start()]
    if ". " in head:
        head = head.rsplit(". ", 1)[1]
    elif start > 0:
        return True  # its sentence began before the window: the apposition stands inside it
    return any(c.isalpha() for c in head)


@lru_cache(maxsize=1)
def _kin_before() -> re.Pattern[str]:
    kin = "|".join(re.escape(k) for k in word_set("kin", "descriptions"))
    return re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’']s?)\s+(?:{kin}),\s+(?:[\w.]+\s+){{0,3}}$")
