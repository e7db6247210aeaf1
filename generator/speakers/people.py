"""Who an article names: the People registry, gender, and resolving a mention (names.py: a name's shape).

Per article, reading in order, we keep the people named so far (full names, with the
titles they were introduced with: "Russian Foreign Minister Sergey Lavrov") and the last
person who spoke. A surname resolves to the full name seen before; a title phrase ("the
Russian foreign minister") to the person introduced with that title. A he/she is not resolved
here: coref.antecedent, the one pronoun model, reads the text around it. The registry is
written by speakers/cascade.py only (learn each paragraph, said each quote) and read elsewhere.
What the text does not name stays None — never a guess.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz.distance import Levenshtein

from generator.lexicon import speech_words, word_set
from generator.speakers import descriptions, media_owners, names
from generator.speakers.names import (
    HONORIFICS,
    first_name,
    from_place,
    initials,
    is_person,
    learned_names,
    split_title,
)
from generator.speakers.namesakes import namesake_here
from generator.speakers.vocabulary import opener
from generator.text.normalise import without_accents
from generator.text.words import has_word, headline_cased


@lru_cache(maxsize=1)
def _kin_hint() -> re.Pattern[str]:
    """A kin word and a comma ("wife,"): the cheap test before the kin apposition pattern."""
    return re.compile("(?:" + "|".join(re.escape(k) for k in descriptions.data()["kin"]) + "),")


@dataclass
class People:
    """Who an article has named so far, and who spoke last."""

    by_last: dict[str, str] = field(default_factory=dict)
    mentions: Counter[str] = field(default_factory=Counter)
    titles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    order: list[str] = field(default_factory=list)
    last_speaker: str | None = None
    spoke: list[str] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    namesakes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    text: str = ""  # the article's narration, read only when a lone capitalised word needs checking
    lowercase: dict[str, bool] = field(default_factory=dict)  # writes_lowercase's answers
    lone_speakers: set[str] = field(default_factory=set)  # speakers named by one word only ("Obama said")
    full_mentions: Counter[str] = field(default_factory=Counter)  # how often each full name was written
    latest: dict[str, int] = field(default_factory=dict)  # when each full name was last written (len(order))
    named_in: dict[str, int] = field(default_factory=dict)  # the paragraph (learn call) that last wrote it
    paragraphs: int = 0
    pronoun_genders: frozenset[str] = frozenset()  # of the he/she the paragraph being read uses (namesakes)
    shared: set[str] = field(default_factory=set)  # surnames people with different first names share

    @cached_property
    def prose(self) -> str:
        """The article's paragraphs that are no headline (text.words.headline_cased)."""
        return "\n".join(p for p in self.text.split("\n") if not headline_cased(p))

    def writes_lowercase(self, word: str) -> bool:
        """Whether the article writes `word` in lowercase somewhere. A lone capitalised word it also
        writes that way ("Holding signs …", "Delegates questioned …") is a common word opening a
        sentence, not somebody's surname: a surname is capitalised wherever it stands. One search of
        the text per word asked: an article asks about two or three words, when it asks at all."""
        low = word.lower()
        known = self.lowercase.get(low)
        if known is None:
            known = self.lowercase[low] = low[:1].islower() and has_word(self.text, low)
        return known

    @cached_property
    def mid_sentence(self) -> frozenset[str]:
        """Every capitalised word the article writes inside a sentence. A lone word it capitalises only
        where a sentence starts ("Boos rained down", "Audiences can expect", "Based on …") may be any
        word; a surname is capitalised in the middle of a sentence too ("…,” Sanders said"), and so after
        a closing quote mark after ! or ? ("…offensive!” Cruz said"); a full stop before the closing mark
        ends the sentence ("…Clinton.” ¶ Boos rained down")."""
        words = self.text.split()
        return frozenset(_bare(word) for before, word in zip(words, words[1:], strict=False)
                         if word[:1].isupper() and (before.lower() in HONORIFICS or not _ends_sentence(before)))

    def said(self, name: str) -> None:
        """Record a speech event: pronouns look back through these, newest first."""
        self.last_speaker = name
        self.spoke.append(name)

    def learn(self, text: str, weight: int = 1) -> None:
        """Register every "Title Firstname Lastname" run of a text; count surname mentions.

        Called once per paragraph, and first for the headline (weight 2): its runs of capitals count only as
        far as the prose writes them as names (names.in_prose)."""
        self.paragraphs += 1
        headline = weight > 1 or headline_cased(text)
        learned, kin = learned_names(text), _kin_hint().search(text)
        found = names.written_names(text, self.prose, headline, learned)
        others = {self.gender.get(" ".join(n)) for _, n in found if n[-1].lower() not in self.shared}
        self.pronoun_genders = _pronoun_genders(text) - others  # "Byrne … he": not a namesake's
        for surname in self.shared:
            self.by_last[surname] = namesake_here(self, self.namesakes[surname])
        for title, name in found:
            if is_person(full := " ".join(name)):
                self.add(full, list(title))
                self.full_mentions[full] += 1
                if not (kin and names.kin_apposition(text, full)):  # "Clinton and her husband, Bill Clinton, attended":
                    self.latest[full] = len(self.order)  # the sentence is about her; a later "Clinton" still is
                    self.named_in[full] = self.paragraphs
        for _, name in learned:
            if name:
                self.mentions[name[-1].lower()] += weight
        if kin:
            self._learn_kin(text)
        descriptions.learn(text, self)

    def _learn_kin(self, text: str) -> None:
        """`But his wife, Jane, offered a preview … ¶ “…,” she said.`: a relative the article names by a
        first name alone, in an apposition after the kin word, is a person (data: kin gives the gender).
        The name stays the first name: "Trump" in "Trump's wife, Melania," is her husband's surname here.
        Called only where a kin word is (learn has looked)."""
        for match in names.KIN_APPOSITION.finditer(text):
            gender = descriptions.data()["kin"].get(match.group("kin"))
            first = match.group("first")
            if not gender or first.lower() in self.by_last or opener(first, alone=True):
                continue
            owner = (match.group("owner") or "").lower()
            known = next((n for n in self.namesakes.get(owner, []) if n.split()[0] == first), None)
            if known:  # "Clinton's husband, Bill," when Bill Clinton was named before
                self.by_last[first.lower()] = known
                continue
            self.add(first)
            self.gender[first] = gender

    def person_in(self, tokens: list[str]) -> str | None:
        """The known person a run of capitalised words names ("Sen. Bernie Sanders", "Trump’s"), or None."""
        _, name = split_title(tokens)
        name = [t.rstrip(".") if len(t) > 2 and not initials(t) else t for t in name if t.lower() not in HONORIFICS]
        if not name:
            return None
        if len(name) >= 2 and is_person(" ".join(name)):
            return " ".join(name)
        known = self.by_last.get(name[-1].lower())
        if known:
            return _honorific_namesake(known, [t.lower() for t in tokens], self)  # "Mrs. Clinton"
        return self.misspelt(name[0]) if len(name) == 1 else None

    def misspelt(self, surname: str) -> str | None:
        """`McLenney said` after "Tyresha McClenney": a long surname one typo (rapidfuzz's Levenshtein
        distance 1) from exactly one known surname, with the same first two letters, is that person.
        Short names differ by one letter too often (Cook, Cooke) to be read as typos."""
        low = surname.lower()
        if len(low) < 6 or not surname[:1].isupper():
            return None
        near = {person for last, person in self.by_last.items()
                if last[:2] == low[:2] and abs(len(last) - len(low)) <= 1 and low + "s" != last != low[:-1]
                and Levenshtein.distance(last, low) == 1}  # a plural is no typo: "the Clintons"
        return near.pop() if len(near) == 1 else None

    def namesake(self, name: str, exclude: str | None) -> str | None:
        """`Murphy` after both Chris Murphy and Anne Marie Murphy were named: for a `he`, the latest
        Murphy of the other gender than the one the surname last pointed to; None when there is none."""
        for other in reversed(self.namesakes.get(name.split()[-1].lower(), [])):
            if other != name and self.gender.get(other) not in (exclude, None):
                return other
        return None

    def most_mentioned(self) -> str | None:
        """The person named most often so far: the protagonist a bare role noun refers to."""
        ranked = sorted(self.by_last.items(), key=lambda item: (-self.mentions[item[0]], self.order.index(item[1])))
        return ranked[0][1] if ranked else None

    def add(self, name: str, title: list[str] | None = None) -> None:
        words = name.split()
        surname = words[-1].lower()
        self.by_last[surname] = name
        if len(words) == 3 and words[1][-1:] != "." and not first_name(words[1].lower()) and not names.particle(words[1]):
            self.by_last.setdefault(words[1].lower(), name)  # "Miguel Basáñez Ebergenyi" … "Basáñez said"
        sakes = self.namesakes[surname]
        if name not in sakes:
            sakes.append(name)
            if len({n.split()[0] for n in sakes}) > 1:
                self.shared.add(surname)
        self.titles[name].update(descriptions.descriptors(title or []))
        self.order.append(name)
        guess = gender_of(name, title or [])
        if guess and name not in self.gender:
            self.gender[name] = guess


def gender_of(name: str, title: list[str]) -> str | None:
    """'f', 'm' or None, from a title (Mrs., spokeswoman) or a common first name."""
    words = speech_words()
    if any(t in words["female_titles"] for t in title):
        return "f"
    if any(t in words["male_titles"] for t in title):
        return "m"
    first = without_accents(name.split()[0].lower())
    if first in word_set("female_names"):
        return "f"
    if first in word_set("male_names"):
        return "m"
    return None


def description_of(mention: str | None) -> descriptions.Description | None:
    """The description a mention is when it names nobody (`the Vermont senator`), else None."""
    tokens = (mention or "").split()
    if not tokens or (len(tokens) == 1 and tokens[0].lower() in speech_words()["pronouns"]):
        return None
    if len(tokens) >= 2 and tokens[-1].lower() in word_set("bodies") or media_owners.owner(tokens):
        return None
    title, name = split_title(tokens)
    return descriptions.parse(tokens) if title and not name else None


def resolve(mention: str | None, people: People, nearby: list[str] | None = None) -> str | None:
    """The canonical speaker a mention refers to in this article, or None. `nearby`: the people the
    sentences before the mention name, nearest first (a description refers to one of them)."""
    if not mention:
        return None
    tokens = mention.split()
    low = [t.lower() for t in tokens]
    if len(tokens) == 1 and (low[0] in speech_words()["pronouns"] or low[0] in word_set("parties", "descriptions")):
        return None  # he/she: coref.antecedent reads it; "they", "Six in 10 Republican said": a group
    if len(tokens) >= 2 and mention.isupper() and low[-1] not in people.by_last:
        return None  # "SHORT READS:": a section's heading, no one the article names
    person = from_place(tokens)
    if len(person) == 2:  # "Rep. G.K. Butterfield of North Carolina": the person, not where they come from
        return resolve(" ".join(person[0]), people, nearby)

    if len(tokens) >= 2 and low[-1] in word_set("bodies"):
        return _body(tokens, people)
    owner = media_owners.owner(tokens)
    if owner:
        return resolve(owner, people)  # "One Club for Growth ad": the group speaks through its ad
    institution = _institution(tokens)
    if institution:
        return institution
    if low[0] == "the" and mention.islower() and low[-1] in word_set("body_heads") | word_set("institution_heads"):
        return None  # "the board said": a body the article named, never a person standing nearby
    title, name = split_title(tokens)
    name = [t for t in name if t.lower() not in HONORIFICS]
    if not name and tokens[-1][:1].isupper() and (low[-1] in people.by_last or (len(tokens) >= 2 and low[-2] in HONORIFICS)):
        name = [tokens[-1]]  # "Mr. King", "King says" (Billie Jean King): a title word that is a known surname
    if name and len(tokens) > len(name) + 1 and low[-len(name) - 1] == "for" and _names_a_body(tokens[-len(name) - 2], people):
        return _from_capital(tokens)  # "the Centre for Economic Policy Research": one body's name
    if len(name) >= 2:
        full = " ".join(name)
        known = people.by_last.get(name[-1].lower())
        return known if known and known.endswith(full) else full
    if len(name) == 1 and title and title[-1] in {"of", "from"} and _is_place(name[0]):
        description = descriptions.parse(tokens)  # "the senator from Vermont": a description, not Vermont
        return descriptions.described(description, people, nearby or []) if description else None
    if len(name) == 1:
        known = people.by_last.get(name[0].lower()) or people.misspelt(name[0])
        if known:
            return _honorific_namesake(known, low, people)
        capitalised = [t for t in names.capital_run(tokens) if t.lower() not in word_set("title_words") and not opener(t)]
        if len(capitalised) > 1:
            return " ".join(capitalised)
        return None if len(tokens) == 1 and _common_word(name[0], people) else name[0]
    body = _from_capital(tokens) if title and low[-1] in word_set("body_heads") else None
    if body and sum(t[:1].isupper() for t in tokens) >= 2:
        return body  # "the State Department", "The French foreign ministry"
    if title:
        description = descriptions.parse(tokens)
        return descriptions.described(description, people, nearby or []) if description else None
    return None


_CONNECTORS = frozenset(["of", "for", "on", "and"])
MAX_COMPLEMENT = 2  # "Association of Realtors", "Association of Retired Persons": a short complement after the head


def _institution(tokens: list[str]) -> str | None:
    """An institution's name as written: "the American Legion", "the National Association of Realtors".
    Capitalised throughout and ending in an institution's head noun (or the head and a short "of"
    complement); its adjectives are part of the name, not a title before one (split_title would read
    "American" and "National" as titles and leave "Legion", "Association Realtors"). A person named after
    it ("American Legion spokesman John Smith", "Supreme Court Justice Ruth Bader Ginsburg") is no such name:
    the lowercase role or the words after the head stop it."""
    words_ = tokens[1:] if tokens and tokens[0].lower() in {"the", "a", "an"} else tokens
    low = [t.lower() for t in words_]
    heads = word_set("body_heads") | word_set("institution_heads")
    if len(words_) < 2 or not all(t[:1].isupper() or w in _CONNECTORS for t, w in zip(words_, low, strict=True)):
        return None
    if low[-1] in heads and low[0] not in _CONNECTORS:
        return " ".join(words_)
    at = max((i for i, w in enumerate(low) if w in heads), default=-1)
    tail = low[at + 2:]
    if (at >= 0 and low[at + 1:at + 2] == ["of"] and 1 <= len(tail) <= MAX_COMPLEMENT
            and not any(w in _CONNECTORS for w in tail)):
        return " ".join(words_)
    return None


def _from_capital(tokens: list[str]) -> str | None:
    """A body's name as written, from its first capitalised word that is no article to the end."""
    first = next((i for i, t in enumerate(tokens) if t[:1].isupper() and t.lower() not in {"the", "a", "an"}), None)
    return " ".join(tokens[first:]) if first is not None else None


def _names_a_body(word: str, people: People) -> bool:
    """The word before "for" in "Centre for Economic Policy Research", "Club for Growth": capitalised
    where no sentence starts, so a name's word ("Attorneys for Clinton" opens a sentence: a group)."""
    return word[:1].isupper() and _bare(word) in people.mid_sentence


def _is_place(word: str) -> bool:
    """A state's or a nation's name (descriptions.yaml), as in "the governor of Ohio"."""
    return any(d.startswith(("state:", "nation:")) for d in descriptions.descriptors([word.lower()]))


_GENDERED_HONORIFICS = {"mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f", "mr.": "m", "mr": "m"}


def _honorific_namesake(known: str, low: list[str], people: People) -> str:
    """`Mrs. Clinton` when both Hillary and Bill Clinton are named: the honorific gives the gender, and
    the namesake of that gender is meant, whichever Clinton the bare surname means at this point."""
    want = next((_GENDERED_HONORIFICS[t] for t in low if t in _GENDERED_HONORIFICS), None)
    if want is None or people.gender.get(known) in (want, None):
        return known
    return people.namesake(known, "f" if want == "m" else "m") or known


def _common_word(word: str, people: People) -> bool:
    """A lone capitalised word that is no surname: one the article also writes in lowercase ("Holding
    signs, the protesters chanted"), a month ("in April explaining his plan"), or a participle it
    capitalises only where a sentence starts ("Based on the statement …", "Doing so …"). A surname may
    open every sentence it is in ("Bolton distanced himself …"), so other words keep the benefit of
    the doubt."""
    low = word.lower()
    participle = len(low) >= 5 and low.endswith(("ing", "ed")) and not first_name(low)
    return (people.writes_lowercase(low) or low in word_set("months")
            or (participle and _bare(word) not in people.mid_sentence))


def plural_opener(mention: str | None, people: People) -> bool:
    """`Audiences can expect him to approach the set with “…”`: a sentence's subject that is one plural-
    shaped word the article capitalises only where a sentence starts is a common noun, no speaker of a
    quote its sentence gives no cue for. (With a cue, `Demonstrators said they want “…”`, a group speaks.)"""
    words = (mention or "").split()
    if len(words) != 1:
        return False
    low = words[0].lower()
    return (len(low) >= 4 and low.endswith("s") and not low.endswith("ss") and not first_name(low)
            and _bare(words[0]) not in people.mid_sentence)


# \b(?:[Hh](?:e|im|is|ers?)|[Ss]he)\b, written to open with a character class: the regex engine then skips
# to the next h or s instead of trying the pattern at every character (2.5 times as fast on news text)
_PRONOUN = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e|im|is|ers?)|(?<=[Ss])he)\b")
_GENDER_OF = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _pronoun_genders(text: str) -> frozenset[str]:
    """The genders of the he/she pronouns a narration uses: {"m"}, {"f"}, both or none. One scan
    for both genders (every paragraph is read): most narrations use one or none."""
    return frozenset(_GENDER_OF[word.lower()] for word in _PRONOUN.findall(text))


def _ends_sentence(word: str) -> bool:
    """`done.`, `Clinton.”`: the word ends a sentence. Not `offensive!”`, which a cue may follow."""
    word = word.rstrip(")")
    return word.endswith((".", "!", "?")) or word.rstrip("”\"’'").endswith(".")


def _bare(word: str) -> str:
    """A word without the punctuation and possessive around it: `Sanders’,` -> Sanders."""
    return _POSSESSIVE_END.sub("", word.strip(",.;:!?()[]“”\"‘’'"))


_POSSESSIVE_END = re.compile(r"[’']s$")
OWNER_PRONOUNS = {"his": "he", "her": "she"}


def _body(tokens: list[str], people: People) -> str | None:
    """`the Clinton campaign`, `Ryan’s campaign`, `her campaign`: a body that speaks for a person,
    named after that person ("Hillary Clinton campaign"); `the campaign` alone names nobody."""
    owner = [re.sub(r"[’']s?$", "", t) for t in tokens[:-1] if t.lower() not in {"the", "a", "an"}]
    if len(owner) == 1 and owner[0].lower() in OWNER_PRONOUNS:
        return None  # "her campaign": the strategies resolve "she" through coref (strategies.owned_body)
    if owner and all(t[:1].isupper() for t in owner):
        person = resolve(" ".join(owner), people)
    else:
        return None
    return f"{person} {tokens[-1].lower()}" if person else None

