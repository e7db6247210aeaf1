"""Pronoun antecedents for attribution: whom `he said` / `she added` refers to.

News prose keeps its focus on one person per stretch of text: "Trump blamed local
officials on Twitter. “…,” he wrote." The pronoun refers to the subject of the nearest
earlier sentence that names a person, not to whoever spoke last three paragraphs ago or
to the last name seen. So we walk back sentence by sentence (the quote's own sentence
first, then the paragraph, then at most LOOKBACK earlier paragraphs, not counting those that
open with the same pronoun) and take, in the
nearest sentence that has one, a speaker of a quote there, else the speaker a cue of
the sentence names (`The good news for Cruz, Woolson said, …`: Woolson, not Cruz), else the
first person it names — skipping people of the other gender and sentences where the same
pronoun comes before any name (those only continue the chain further back). Names inside
quotation marks are the quoted person's words, not mentions. Nothing found: the caller
falls back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from generator.lexicon import word_set
from generator.quotes.marks import scan
from generator.speakers.antecedents import Option, Pick, rank
from generator.speakers.descriptions import capital_runs
from generator.speakers.mentions import NP_WINDOW, POSSESSIVE, np_after_cue, np_before
from generator.speakers.names import split_title
from generator.speakers.people import People, gender_of
from generator.speakers.vocabulary import opener, verb_at, vocab
from generator.text.sentences import sentence_ends

LOOKBACK = 2  # earlier paragraphs searched; the antecedent of `he said` is rarely further away
CHAIN_LOOKBACK = 6  # … unless the paragraphs between open with the same pronoun: at most this many back
_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|(?:de|van|von|bin)\b|al-[A-Z][\w-]*))*")
_EXCLUDE = {"he": "f", "she": "m"}


@dataclass
class Sentence:
    """A sentence of narration: where it is, and the people it names, in order."""

    start: int
    end: int
    people: list[tuple[int, str]] = field(default_factory=list)
    first_word: str = ""
    cued: list[tuple[int, str]] = field(default_factory=list)
    pronouns: dict[str, int] = field(default_factory=dict)  # where he / she first occurs
    bare: set[str] = field(default_factory=set)  # people named by their surname alone


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted spans to blank; a nickname goes with its marks, so the name around it stays one run."""
    return [(s.start - 1, s.end + 1) if is_nickname(text, s.start, s.end) else (s.start, s.end) for s in scan(text)]


_NICKNAME = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?")


def is_nickname(text: str, start: int, end: int) -> bool:
    """`Juan “Chico” Manriquez of Oakland carried one of the photos`: one or two capitalised words in
    quote marks between a first name and a surname are a nickname, part of the person's name, not a
    quotation. Not `the “Defeat Crooked Hillary PAC”` nor `Schumer tweeted “Let's go.”`: a quote
    with no name right before and after it."""
    return (bool(_NICKNAME.fullmatch(text[start:end])) and bool(_NAME_BEFORE.search(text, 0, max(0, start - 1)))
            and bool(_NAME_AFTER.match(text, end + 1)))


_NAME_BEFORE = re.compile(r"(?<![\w.’'-])[A-Z][a-z][\w’'-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z][a-z]")


_WORD = re.compile(r"[\w’'-]+")
# \b(?:he|she)\b opening with a character class: the engine skips to the next h or s (see people._PRONOUN)
_HE_SHE = re.compile(r"[hs](?<!\w[hs])(?:(?<=h)e|(?<=s)he)\b")


def sentences(text: str, people: People, titled: frozenset[str] | set[str] = frozenset()) -> list[Sentence]:
    """The sentences of a paragraph with the known people each names outside quotes; `titled` holds the
    surnames the article has given a title so far ("President Obama"), so a later bare "Obama" is one."""
    spans = _quote_spans(text)
    narration = _blank(text, spans)
    bounds, left = [], 0
    for end in sentence_ends(text):
        bounds.append((left, end))
        left = end
    bounds.append((left, len(text)))
    out = []
    for start, end in bounds:
        sentence = Sentence(start, end)
        first = _WORD.search(narration, start, end)  # the sentence's first word only: no list of them all
        sentence.first_word = first.group(0).lower() if first else ""
        for match in _HE_SHE.finditer(narration[start:end]):
            sentence.pronouns.setdefault(match.group(0), start + match.start())
        for run in _RUN.finditer(narration, start, end):
            if run.group(0).isupper():
                continue  # "MIDWAY ATOLL —": a dateline or a headline, not a person
            person = (people.person_in(run.group(0).split()) or _titled(run.group(0).split())
                      or (run.group(0) if run.group(0) in titled else None) or _spoke_before(run.group(0), people))
            if person and not _modifies_body(narration, run.end()):
                sentence.people.append((run.start(), person))
                if person.split()[0] not in run.group(0):
                    sentence.bare.add(person)
        subject = _lone_subject(narration[start:end], people)
        if subject and all(name != subject for _, name in sentence.people):
            sentence.people.insert(0, (start, subject))  # "Obama addressed Trump’s concerns": the subject first
        sentence.cued = _cued(text, narration, start, end, people)
        out.append(sentence)
    return out


def _spoke_before(run: str, people: People) -> str | None:
    """`And Obama, for all the progress …, seems to agree.`: one word that an earlier cue made a speaker
    ("Obama said") is that person here too, though the article never gives the full name. Not a plural
    ("Audiences can expect …" made a speaker by mistake is no "he")."""
    _, name = split_title(run.split())
    word = name[0] if len(name) == 1 else ""
    return word if word in people.lone_speakers and not word.endswith("s") and _single_name(word) else None


def titled_surnames(narration: str) -> set[str]:
    """The surnames a paragraph's narration gives a title (`President Obama`, `Mr. Brafman`): a person
    even when the article never gives the full name, here and wherever it names them bare later. Only
    runs whose next-to-last word is a title word are looked at (a set lookup; most runs are not)."""
    return {name for run in capital_runs(narration) if (name := _titled_run(run.group(0)))}


@lru_cache(maxsize=1 << 14)
def _titled_run(run: str) -> str | None:
    """The titled surname one run of titled_surnames names, or None (kept: runs recur)."""
    tokens = run.split()
    return _titled(tokens) if len(tokens) >= 2 and tokens[-2].lower() in word_set("title_words") else None


_GENERIC = frozenset({"the", "a", "an", "of", "for", "and", "on", "former", "first", "u.s.", "us"})


def _titled(tokens: list[str]) -> str | None:
    """`Mr. Obama`, `President Obama`: a surname right after a person's title is a person even when
    the article never gives the full name (resolve() names them by that surname too)."""
    title, name = split_title(tokens)
    head = title[-1] if title else ""
    if len(name) != 1 or head not in word_set("title_words") or head in _GENERIC or head in word_set("not_person_words"):
        return None
    word = name[0].rstrip(".")
    return word if word[:1].isupper() and not word.isupper() and word.lower() not in word_set("not_person_words") else None


def _modifies_body(narration: str, end: int) -> bool:
    """`the Clinton campaign took black voters for granted … “…,” she said`: a name that modifies
    a body (campaign, camp) names no person a he/she can refer back to. Nor does one that modifies
    a role before another name: in `Obama consultant Cornell Belcher picked up a similar thread`
    the sentence is about Belcher, and Obama only says whom he worked for."""
    following = re.match(r"\s+([a-z]+)", narration[end:end + 20])
    if following is not None and following.group(1) in word_set("bodies"):
        return True
    role = _ROLE_BEFORE_NAME.match(narration, end, end + 60)
    return role is not None and all(w in vocab()[0] and w not in _GENERIC for w in role.group(1).split())


_ROLE_BEFORE_NAME = re.compile(r"\s+((?:[a-z]+\s+){1,3})[A-Z][a-z]")


def _cued(text: str, narration: str, start: int, end: int, people: People) -> list[tuple[int, str]]:
    """The people a sentence says are speaking (`Woolson said`, `said Katie Harbath`): the subject
    of a cue outranks the other names of its sentence ("The good news for Cruz, Woolson said, is …")."""
    out = []
    for verb in verb_at().finditer(narration, start, end):
        head = narration[max(start, verb.start() - NP_WINDOW):verb.start()].rstrip()
        np = np_before(head)
        if np is None and head.endswith(", who"):
            person = _relative_antecedent(head, people)
            if person:
                out.append((verb.start(), person))
                continue
        rest = narration[verb.end():end].lstrip()
        after_comma = _COMMA_END.search(text, max(start, verb.start() - 4), verb.start())  # `“strategic,” said`
        if np is None and after_comma and not verb.group(0).endswith("ing") and not rest.startswith("that"):
            np = np_after_cue(rest)  # "…, said Katie Harbath"; not "…, warning that Clinton is"
        elif np and not _heads_clause(head, np):
            np = None
        if np and np.lower() in vocab()[1]:
            out.append((verb.start(), np.lower()))  # "she said": the chain of that pronoun goes on
            continue
        person = people.person_in(np.split()) if np else None
        if person:
            out.append((verb.start(), person))
        elif np and _single_name(np) and not people.writes_lowercase(np):  # not "Delegates questioned …"
            out.append((verb.start(), np))
    return out


def _relative_antecedent(head: str, people: People) -> str | None:
    """`supported by Sen. Dianne Feinstein of California, the ranking Democrat on the Senate Intelligence
    Committee, who said …`: the speaker of a "who said" is the last person named before it (not the
    place or the committee of the apposition between)."""
    for run in reversed(_RUN.findall(head)):
        person = people.person_in(run.split())
        if person:
            return person
    return None


# `Carson defied the question, and didn’t make a choice.`, `Obama also addressed …`: one capitalised word,
# then a past-tense verb (after an adverb or an auxiliary at most)
_LONE_SUBJECT = re.compile(r"\s*([A-Z][a-z][\w’'-]*)\s+(?:(?:also|then|later|again|still|quickly|soon|has|had|was)\s+)?"
                           r"([a-z]+ed)\b")


def _lone_subject(sentence: str, people: People) -> str | None:
    """A sentence's subject named by one word that no full name introduced (`Carson defied the
    question.`): a person a he/she can refer back to, ahead of the other names of its sentence, when
    the word is a name (not one the article writes in lowercase, "Delegates questioned …", nor a
    plural, nor "None") and a past-tense verb follows it."""
    match = _LONE_SUBJECT.match(sentence)
    word = match.group(1) if match else ""
    if not word or word.endswith("s") or not _single_name(word) or people.writes_lowercase(word):
        return None  # "Friends texted", "Eyebrows raised": a plural is a group, not one person
    return people.person_in([word]) or word


def _single_name(np: str) -> bool:
    """`Bob said he also returned`, `Melanie said`: a speaker the article names by one word only
    (a CIA officer, a voter) is still the antecedent of the he/she that follows."""
    return (" " not in np and np[:1].isupper() and not np.isupper() and not opener(np, alone=True)
            and not re.match(r"[A-Z]-", np)  # R-Utah: a party and state
            and np.lower() not in word_set("not_person_words") and np.lower() not in word_set("title_words"))


_COMMA_END = re.compile(r",[”\"’']?\s*$")
_NOT_SUBJECT = frozenset({"when", "as", "after", "before", "while", "if", "because", "since", "until", "unless",
                          "though", "although", "once", "and", "or", "nor", "for", "of", "at", "in", "with", "to",
                          "from", "by", "on", "about", "against", "than", "whom"})


def _heads_clause(head: str, np: str) -> bool:
    """Whether the phrase before a cue verb is the main clause's speaker: not an owner ("Trump’s
    continued appeal"), not the subject of a subordinate clause ("when Tapper asked"), not one of
    two ("Wilcox and Beruff argued"), not the object of a preposition ("director for Sanders, said")."""
    tokens = np.split()
    if POSSESSIVE.search(np) or any(t.lower() in _NOT_SUBJECT for t in tokens[-2:-1]):
        return False  # "Trump’s continued appeal"; "Covert, South Carolina director for Sanders, said"
    at = head.rfind(np)
    before = re.findall(r"[\w’'-]+", head[:at][-40:]) if at >= 0 else []
    return not before or (before[-1].lower() not in _NOT_SUBJECT and not before[-1].isdigit())  # "250,000 Syrians"


def _chain_goes_on(word: str, sentence: Sentence, limit: int) -> bool:
    """`Over the years, she said, email kept her in touch with Clinton`, `The Sanders campaign was
    the first time she had been involved, and she doesn’t think Clinton can …`: a sentence where the
    same pronoun comes before anyone it names only continues that pronoun's chain. Not `Ed Rendell
    agreed …, but he said …` (the pronoun is the named man), nor `…, which he's expected to win,
    Jones said` (a named speaker of the sentence outranks a pronoun inside what he says)."""
    first = min((offset for offset, _ in sentence.people), default=limit)
    pronoun = sentence.pronouns.get(word)
    spoke = any(name not in vocab()[1] and offset < limit for offset, name in sentence.cued)  # "…, Jones said"
    return (pronoun is not None and pronoun < min(first, limit) and not spoke) or any(
        name == word and offset < min(first, limit) for offset, name in sentence.cued)


class Split:
    """Each paragraph's sentences and their starts, split once while what they depend on stays.

    sentences() finds people through People.by_last, which only People.add changes (and
    each add grows People.order), and through the titled surnames, a set that only grows.
    A paragraph of a dozen `he said` quotes was split again for each of them, and so were
    the LOOKBACK paragraphs before it."""

    def __init__(self, texts: list[str], people: People) -> None:
        self.texts, self.people = texts, people
        self._memo: dict[tuple[int, int, int], tuple[list[Sentence], list[int]]] = {}

    def __call__(self, index: int, titled: frozenset[str] | set[str] = frozenset()) -> tuple[list[Sentence], list[int]]:
        key = (index, len(self.people.order), len(titled))
        found = self._memo.get(key)
        if found is None:
            split = sentences(self.texts[index], self.people, titled)
            found = self._memo[key] = (split, [sentence.start for sentence in split])
        return found


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with quoted words blanked out, offsets kept."""
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], " " * (end - start)]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def antecedent(word: str, paragraphs: list[str], index: int, at: int, people: People,
               speakers: dict[int, list[tuple[int, str]]], titled: frozenset[str] | set[str] = frozenset(),
               split: Split | None = None) -> str | None:
    """The person a subject pronoun at `paragraphs[index][at]` refers to, or None (pick's name)."""
    found = pick(word, paragraphs, index, at, people, speakers, titled, split)
    return found.name if found else None


def pick(word: str, paragraphs: list[str], index: int, at: int, people: People,
         speakers: dict[int, list[tuple[int, str]]], titled: frozenset[str] | set[str] = frozenset(),
         split: Split | None = None) -> Pick | None:
    """The antecedent the ranker (antecedents.py) picks among options(), with its evidence."""
    return rank(options(word, paragraphs, index, at, people, speakers, titled, split))


MAX_OPTIONS = 4  # candidates ranked: the antecedent is almost always among the nearest few


def options(word: str, paragraphs: list[str], index: int, at: int, people: People,
            speakers: dict[int, list[tuple[int, str]]], titled: frozenset[str] | set[str] = frozenset(),
            split: Split | None = None) -> list[Option]:
    """The people a subject pronoun at `paragraphs[index][at]` may refer to, nearest first, with
    their features: up to MAX_OPTIONS, from the paragraphs back to the one the nearest is in. `speakers` holds the quotes attributed so far: paragraph -> [(offset, speaker)];
    `split` keeps the paragraphs' sentences from one pronoun to the next."""
    exclude = _EXCLUDE.get(word)
    split = split or Split(paragraphs, people)
    found: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    sentences_back = 0
    for paragraphs_back, back in enumerate(_paragraphs_back(word, index, split, titled)):
        limit = at if back == index else len(paragraphs[back])
        for sentence in reversed(split(back, titled)[0]):
            if sentence.start >= limit:
                continue
            where = [f"sent:{min(sentences_back, 3)}", f"para:{min(paragraphs_back, 2)}"]
            sentences_back += 1
            for source, name in _met(word, sentence, limit, speakers.get(back, [])):
                if (people.gender.get(name) or gender_of(name, [])) == exclude:
                    other = people.namesake(name, exclude) if name in sentence.bare else None
                    if not other:
                        continue
                    name, source = other, "namesake"
                if name not in seen:
                    seen.add(name)
                    found.append((name, [f"src:{source}", *where]))
                if len(found) == MAX_OPTIONS:
                    return _featured(found, people)
        if found:
            break  # the rivals of the paragraph the first option is in: no paragraph is split for more
    return _featured(found, people)


def _met(word: str, sentence: Sentence, limit: int, spoken: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """Whom a sentence offers a he/she, in reading order: the speakers of its quotes (the last
    first), the speakers its cues name, then the people it names (its subject first)."""
    quoted = [("spoken", name) for offset, name in spoken if sentence.start <= offset < min(sentence.end, limit)]
    if sentence.first_word == word or _chain_goes_on(word, sentence, limit):
        return quoted[::-1]  # "He told Cruz…", "Over the years, she said, …": the chain goes further back
    cued = [("cued", name) for offset, name in sentence.cued if offset < limit and name not in vocab()[1]]
    return quoted[::-1] + cued + [("named", name) for offset, name in sentence.people if offset < limit]


def _featured(found: list[tuple[str, list[str]]], people: People) -> list[Option]:
    """Each option with its rank, its gender's being known, and whether it spoke last or recently."""
    counts = [people.mentions[name.split()[-1].lower()] for name, _ in found]
    top = max(counts, default=0)
    out = []
    for i, (name, features) in enumerate(found):
        features = [f"rank:{min(i, 3)}", *features]
        if name not in people.gender and not gender_of(name, []):
            features.append("gender:unknown")
        if name == people.last_speaker:
            features.append("last_speaker")
        elif name in people.spoke[-4:]:
            features.append("spoke_recently")
        if len(found) > 1 and counts[i] == top:
            features.append("most_mentioned")
        out.append(Option(name, tuple(features)))
    return out


def _paragraphs_back(word: str, index: int, split: Split, titled: frozenset[str] | set[str]) -> Iterator[int]:
    """The paragraphs an antecedent is looked for in, nearest first: the pronoun's own and LOOKBACK
    earlier ones, where an earlier paragraph that opens with the same pronoun does not count (`Clinton
    appeared to have the most to gain … ¶ She skirted the opening question … ¶ She also maneuvered …
    ¶ “…,” she said`: those only continue the chain back to Clinton), up to CHAIN_LOOKBACK back.
    Lazy: a paragraph is split only when the walk reaches it (the caller splits it; Split memoises)."""
    yield index
    budget = LOOKBACK
    for back in range(index - 1, max(-1, index - CHAIN_LOOKBACK - 1), -1):
        if budget == 0:
            return
        yield back
        found = split(back, titled)[0]
        if not found or found[0].first_word != word:
            budget -= 1
