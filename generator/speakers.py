"""Stage 5: speakers. Resolve each quote's mention to a person (or body), one name per person.

Per article, reading in order, we keep the people named so far (full names, with the
titles they were introduced with: "Russian Foreign Minister Sergey Lavrov") and the last
person who spoke. A surname resolves to the full name seen before; a title phrase ("the
Russian foreign minister") to the person introduced with that title; a pronoun to the
last speaker. What the text does not name stays None — never a guess.

`canonicalize` then runs over the whole digest: the alias table (built-in + editors')
and transliteration keys make Sergei/Sergey or Shoigu/Shoygu one speaker.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .attribution import (
    NP_WINDOW,
    last_sentence_mention,
    mention_for,
    np_after,
    np_before,
    opener,
    subject_mention,
    trailing_cue,
)
from .coref import antecedent
from .model import Article, Paragraph, Quote
from .quote_marks import scan
from .quotes import speech_words, verb_pattern

_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.-]*|of|al-[A-Z][\w-]*)(?:\s+(?:[A-Z][\w’'.-]*|of|al-[A-Z][\w-]*|bin|de|van|von))*")
_HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov.", "gen.", "prof."}


@lru_cache(maxsize=1)
def _titles() -> set[str]:
    return set(speech_words()["titles"])


@lru_cache(maxsize=1)
def _org_words() -> set[str]:
    return set(speech_words()["org_words"])


def is_person(name: str | None) -> bool:
    """Two or more name words, none of them an organisation's or a place's: a person."""
    words = (name or "").lower().split()
    return len(words) >= 2 and not any(w.strip(".,") in _org_words() for w in words)


@lru_cache(maxsize=1)
def _roles() -> set[str]:
    return set(speech_words()["roles"])


def _name_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words, cut at sentence ends ("World War II. Last" is two runs)."""
    runs = []
    for run in _NAME_RUN.finditer(text):
        current: list[str] = []
        for token in run.group(0).split():
            current.append(token)
            if token.endswith(".") and len(token) > 2 and token.lower() not in _HONORIFICS:
                current[-1] = token.rstrip(".")
                runs.append(current)
                current = []
        if current:
            runs.append(current)
    return runs


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """("Russian Foreign Minister Sergey Lavrov") -> (title words, name words).

    The name is the run of capitalised words at the end that are not title words. A
    possessive before it belongs to the title ("Florida’s Rick Wilson", "Sanders’ campaign
    manager Jeff Weaver"), and a sentence's opening word is no first name ("When Fiorina").
    """
    owner = max((i + 1 for i, t in enumerate(tokens[:-1]) if re.search(r"[’']s?$", t)), default=0)
    tokens = [re.sub(r"[’']s?$", "", t).strip(",") for t in tokens]
    cut = len(tokens)
    if (cut - owner >= 2 and tokens[-1][:1].isupper() and tokens[-2][:1].isupper() and not tokens[-1].isupper()
            and tokens[-2].lower() not in _titles()):
        cut -= 1  # a surname that is also a title word: Charlie King, Eric Bishop
    while cut > owner and tokens[cut - 1][:1].isupper() and tokens[cut - 1].lower() not in _titles():
        cut -= 1
    while cut < len(tokens) and opener(tokens[cut], cut == len(tokens) - 1):
        cut += 1  # "Said Comey, …", "Reprising his role": the sentence's opening word, not the name
    name = tokens[cut:]
    return [t.lower() for t in tokens[:cut]], name


@dataclass
class People:
    """Who an article has named so far, and who spoke last."""

    by_last: dict[str, str] = field(default_factory=dict)
    mentions: Counter[str] = field(default_factory=Counter)
    titles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    order: list[str] = field(default_factory=list)
    last_speaker: str | None = None
    recent: str | None = None
    introduced: str | None = None
    spoke: list[str] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)

    def said(self, name: str) -> None:
        """Record a speech event: pronouns look back through these, newest first."""
        self.last_speaker = name
        self.spoke.append(name)
        self.introduced = None

    def pronoun(self, word: str) -> str | None:
        """The latest speaker (else person named) a he/she/they can refer to, by gender where known."""
        exclude = {"he": "f", "she": "m"}.get(word)
        if self.introduced and self.gender.get(self.introduced) != exclude:
            return self.introduced  # a person newly named since the last quote is the one now speaking
        for name in reversed(self.spoke[-12:]):
            if self.gender.get(name) != exclude:
                return name
        if self.recent and self.gender.get(self.recent) != exclude:
            return self.recent
        return None

    def learn(self, text: str, weight: int = 1) -> None:
        """Register every "Title Firstname Lastname" run of a text; count surname mentions."""
        for tokens in _name_runs(text):
            title, name = split_title(tokens)
            if len(name) >= 2 and is_person(" ".join(name)):
                self.add(" ".join(name), title)
            if name:
                self.mentions[name[-1].lower()] += weight
                known = self.by_last.get(name[-1].lower())
                if known or (len(name) == 1 and any(t.lower() in _HONORIFICS for t in tokens)):
                    self.recent = known or name[-1]
                elif len(name) >= 2 and is_person(" ".join(name)):
                    self.recent = " ".join(name)

    def person_in(self, tokens: list[str]) -> str | None:
        """The known person a run of capitalised words names ("Sen. Bernie Sanders", "Trump’s"), or None."""
        _, name = split_title(tokens)
        name = [t.rstrip(".") if len(t) > 2 else t for t in name if t.lower() not in _HONORIFICS]
        if not name:
            return None
        if len(name) >= 2 and is_person(" ".join(name)):
            return " ".join(name)
        return self.by_last.get(name[-1].lower())

    def most_mentioned(self) -> str | None:
        """The person named most often so far: the protagonist a bare role noun refers to."""
        ranked = sorted(self.by_last.items(), key=lambda item: (-self.mentions[item[0]], self.order.index(item[1])))
        return ranked[0][1] if ranked else None

    def add(self, name: str, title: list[str] | None = None) -> None:
        if name.split()[-1].lower() not in self.by_last and self.order:
            self.introduced = name
        self.by_last[name.split()[-1].lower()] = name
        self.titles[name].update(_expand(title or []))
        self.order.append(name)
        guess = gender_of(name, title or [])
        if guess and name not in self.gender:
            self.gender[name] = guess

    def by_title(self, words: list[str]) -> str | None:
        """The person introduced with the most of these title words; the head noun counts double."""
        head, generic = words[-1], {"the", "a", "an", "of", "former", "current", "and"}
        best, best_score = None, 0
        for name in reversed(self.order):
            titles = self.titles[name]
            score = 2 * (head in titles) + sum(1 for w in words[:-1] if w not in generic and w in titles)
            if score > best_score and (head in titles or score >= 2):
                best, best_score = name, score
        return best


def _expand(title: list[str]) -> set[str]:
    """Title words plus what abbreviations stand for (Sen. -> senator), so later role nouns match."""
    synonyms = speech_words()["title_synonyms"]
    out = set(title)
    for word in title:
        for full in synonyms.get(word, []):
            out.update(full.split())
    return out


def gender_of(name: str, title: list[str]) -> str | None:
    """'f', 'm' or None, from a title (Mrs., spokeswoman) or a common first name."""
    words = speech_words()
    if any(t in words["female_titles"] for t in title):
        return "f"
    if any(t in words["male_titles"] for t in title):
        return "m"
    first = name.split()[0].lower()
    if first in words["female_names"]:
        return "f"
    if first in words["male_names"]:
        return "m"
    return None


def resolve(mention: str | None, people: People) -> str | None:
    """The canonical speaker a mention refers to in this article, or None."""
    if not mention:
        return None
    tokens = mention.split()
    low = [t.lower() for t in tokens]
    if len(tokens) == 1 and low[0] in speech_words()["pronouns"]:
        if low[0] == "it":
            return None
        return people.pronoun(low[0])
    title, name = split_title(tokens)
    name = [t for t in name if t.lower() not in _HONORIFICS]
    if len(name) >= 2:
        full = " ".join(name)
        known = people.by_last.get(name[-1].lower())
        return known if known and known.endswith(full) else full
    if len(name) == 1:
        known = people.by_last.get(name[0].lower())
        if known:
            return known
        capitalised = [t for t in tokens if t[:1].isupper() and t.lower() not in _titles()]
        return " ".join(capitalised) if len(capitalised) > 1 else name[0]
    if title:
        person = people.by_title(title)
        if person:
            return person
        if title[-1] in _roles():
            return people.last_speaker or people.most_mentioned()
    return None


def _outside_quotes(text: str) -> str:
    """The narration only: names inside quotations are not people the article introduces."""
    out, pos = [], 0
    for span in scan(text):
        out.append(text[pos:span.start])
        pos = span.end
    out.append(text[pos:])
    return " . ".join(out)


def _continues(paragraphs: list[Paragraph], index: int) -> bool:
    """True when the previous paragraph left a quote open and this one opens the next part."""
    if index == 0:
        return False
    spans = scan(paragraphs[index - 1].text)
    return bool(spans) and not spans[-1].closed


def attribute(paragraphs: list[Paragraph], quotes: list[Quote], title: str = "") -> list[Quote]:
    """Fill in `mention` (as written) and `speaker` (resolved) for each quote, in reading order."""
    people = People()
    people.learn(title, weight=2)
    by_paragraph: dict[int, list[Quote]] = defaultdict(list)
    for quote in quotes:
        by_paragraph[quote.paragraph].append(quote)
    out: list[Quote] = []
    previous: Quote | None = None
    texts = [p.text for p in paragraphs]
    spoken: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for index, paragraph in enumerate(paragraphs):
        people.learn(_outside_quotes(paragraph.text))
        if paragraph.speaker:
            continue
        in_paragraph = by_paragraph.get(index, [])
        for n, quote in enumerate(in_paragraph):
            following = in_paragraph[n + 1].start if n + 1 < len(in_paragraph) else None
            mention = mention_for(paragraph.text, quote.start, quote.end, following)
            if mention is None and quote.kind == "statement":
                mention = subject_mention(paragraph.text, quote.start, quote.end)
            speaker = _pronoun(mention, texts, index, quote, people, spoken) or resolve(mention, people)
            if speaker is None and quote.start <= 2:
                carried = _carry(paragraphs, index, previous, people)
                mention, speaker = carried if carried else (mention, speaker)
            if speaker is None and n > 0 and out and out[-1].paragraph == index:
                mention, speaker = out[-1].mention, out[-1].speaker
            if is_person(speaker) or (speaker and speaker.lower() in people.by_last):
                people.said(speaker)
            if is_person(speaker) or (speaker and speaker in people.by_last.values()):
                spoken[index].append((quote.start, speaker))  # people only: "the Kremlin" is no "he"
            quote = replace(quote, mention=mention, speaker=speaker)
            if quote.kind == "fragment" and speaker is None:
                continue  # a fragment is reported with its speaker, or not at all
            out.append(quote)
            previous = quote
        if not in_paragraph:
            _note_speech(paragraph.text, people)
    return out


def _pronoun(mention: str | None, texts: list[str], index: int, quote: Quote, people: People,
             spoken: dict[int, list[tuple[int, str]]]) -> str | None:
    """A he/she mention resolved through the text around it (coref.py), or None."""
    if not mention or mention.lower() not in {"he", "she"}:
        return None
    text, word = texts[index], re.escape(mention)
    after = re.search(rf"\b{word}\b", text[quote.end: quote.end + 80])
    if after:
        at = quote.end + after.start()
    else:
        before = list(re.finditer(rf"\b{word}\b", text[:quote.start]))
        at = before[-1].start() if before else quote.start
    return antecedent(mention.lower(), texts, index, at, people, spoken)


def _carry(paragraphs: list[Paragraph], index: int, previous: Quote | None,
           people: People) -> tuple[str | None, str] | None:
    """A quote opening its paragraph without a cue: a continued quote or a `He said:` lead-in."""
    cue = trailing_cue(paragraphs[index - 1].text) if index else None
    if cue:
        speaker = resolve(cue, people)
        if speaker:
            return cue, speaker
    if previous and previous.speaker and (previous.paragraph == index - 1 or _continues(paragraphs, index)):
        return previous.mention, previous.speaker
    if index and (previous is None or previous.paragraph != index - 1):  # "Schoen elaborated in an editorial piece … ¶ “…”"
        mention = last_sentence_mention(paragraphs[index - 1].text)
        speaker = resolve(mention, people)
        if is_person(speaker) or (speaker and speaker in people.by_last.values()):
            return mention, speaker
    return None


def _note_speech(text: str, people: People) -> None:
    """Reported speech without quote marks (`Lavrov said he had…`) still sets the last speaker."""
    for verb in verb_pattern().finditer(text):
        before = text[max(0, verb.start() - 2 * NP_WINDOW): verb.start()]  # windows, not whole prefixes/suffixes
        np = np_before(before.rstrip()) or np_after(text[verb.end(): verb.end() + NP_WINDOW])
        speaker = resolve(np, people) if np else None
        if is_person(speaker):
            people.said(speaker)


# --- one name per person across the digest -------------------------------------------------

_TRANSLIT = [("kh", "h"), ("ei", "y"), ("ey", "y"), ("iy", "y"), ("yi", "y"), ("ii", "y"), ("j", "y"),
             ("y", "i"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("ks", "x")]


def translit_key(name: str) -> str:
    """A spelling-insensitive key: Sergei/Sergey Lavrov and Shoigu/Shoygu share one."""
    key = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    return re.sub(r"[^a-z ]", "", key)


def canonicalize(articles: list[Article], aliases: dict[str, str]) -> None:
    """Map every speaker to one canonical name, in place; linear in the number of quotes.

    The alias table wins; otherwise variants sharing a transliteration key take the most
    frequent spelling (ties: alphabetical), and a surname alone takes the one full name
    with that surname in the digest, when there is exactly one.
    """
    counts: Counter[str] = Counter(aliases.get(q.speaker, q.speaker) for a in articles for q in a.quotes if q.speaker)
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_key[translit_key(name)].append(name)
    chosen = {name: min(group, key=lambda n: (-counts[n], n)) for group in by_key.values() for name in group}
    surnames: dict[str, set[str]] = defaultdict(set)
    for name in set(chosen.values()):
        if " " in name:
            surnames[translit_key(name.split()[-1])].add(name)
    for article in articles:
        for i, quote in enumerate(article.quotes):
            if not quote.speaker:
                continue
            name = chosen.get(aliases.get(quote.speaker, quote.speaker), quote.speaker)
            if " " not in name and len(surnames.get(translit_key(name), ())) == 1:
                name = next(iter(surnames[translit_key(name)]))
            article.quotes[i] = replace(quote, speaker=aliases.get(name, name))
