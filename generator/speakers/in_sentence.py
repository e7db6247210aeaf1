"""In-sentence evidence: how a mention read in or around a quote's sentence becomes a person.

A he/she is resolved through the text before it (coref.pick, the one pronoun model), a
description ("the Florida senator") through the people named in the sentences before it, an "it"
through its sentence's institution; a quote signed by the next paragraph's dash takes the signature.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from generator.lexicon import word_set
from generator.model import Quote
from generator.speakers.antecedents import Pick
from generator.speakers.coref import LOOKBACK, Split, antecedent, pick
from generator.speakers.cue_limits import passive_question
from generator.speakers.descriptions import data as descriptions_data
from generator.speakers.descriptions import person_heads, plural_person, staff_roles
from generator.speakers.media_owners import voices
from generator.speakers.mentions import DEFINITES
from generator.speakers.people import People, description_of, is_person, resolve
from generator.speakers.subjects import sentence_subject
from generator.text.sentences import sentence_bounds


def own_subject(text: str, quote: Quote) -> tuple[int, str | None]:
    """Where the quote's sentence starts, and that sentence's subject before the quote, as written."""
    left, _ = sentence_bounds(text, quote.start, quote.end)
    return left, sentence_subject(text[left:max(left, quote.start - 1)])


def body_it(mention: str | None, text: str, quote: Quote, people: People) -> str | None:
    """`The United Nations Security Council … pledged to impose further sanctions as a deterrence to what
    it called “a clear threat …”`: "it" is the institution its own sentence opens with. Not a person,
    and not a sentence whose subject is no name."""
    if not mention or mention.lower() != "it":
        return None
    _, subject = own_subject(text, quote)
    body = resolve(subject, people) if subject else None
    return body if body and not is_person(body) and body.lower() not in people.by_last else None


_SIGNATURE = re.compile(r"[-–—]+\s*(?P<who>[A-Z][^,;:!?\"“”]{1,60}?)\s*(?:,[^\"“”]{0,160})?\.?")


def signed(texts: list[str], index: int, quote: Quote) -> str | None:
    """`“…” ¶ — Bernie Sanders.`: a quote that fills its paragraph, signed by the next one with a
    dash (how a fact check sets out the claim it checks, or an epigraph its author). The name is
    the mention; what follows a comma (`-President Obama, tweeting after the speech.`) is context."""
    text = texts[index].rstrip()
    if index + 1 == len(texts) or quote.start > 2 or quote.end < len(text) - 3:
        return None
    match = _SIGNATURE.fullmatch(texts[index + 1].strip())
    return match.group("who") if match else None


CONTRACTED = re.compile(r"(?<=^[Hh]e)[’'](?:s|d|ll)$|(?<=^[Ss]he)[’'](?:s|d|ll)$")


def pronoun(mention: str | None, texts: list[str], index: int, quote: Quote, people: People,
             spoken: dict[int, list[tuple[int, str]]], titled: set[str], split: Split | None = None) -> Pick | None:
    """A he/she mention resolved through the text around it (coref.pick: the ranked antecedent and
    its evidence), or None."""
    if not mention or mention.lower() not in {"he", "she"}:
        return None
    return pick(mention.lower(), texts, index, pronoun_at(mention, texts[index], quote), people, spoken, titled, split)


def pronoun_at(mention: str, text: str, quote: Quote) -> int:
    """Where the he/she of a quote's cue stands: the first after the quote (`,” he said`), else the
    last before it (`He said: “`), else the quote's start."""
    word = re.escape(mention)
    after = re.search(rf"\b{word}\b", text[quote.end: quote.end + 80])
    if after:
        return quote.end + after.start()
    before = list(re.finditer(rf"\b{word}\b", text[:quote.start]))
    return before[-1].start() if before else quote.start


def unnamed(mention: str | None) -> bool:
    """A mention of someone the text does not name: `a man`, `one Clinton aide`, `the spokeswoman`
    (a staff role nobody was introduced in), `the Gawker employee`, `the Christie supporter` (a person
    noun: one of many, no office one person holds). Not `the State Department`, not a lone `Republican`."""
    if passive_question(mention) or anonymous(mention):
        return True  # "Trump was asked, “…?”": the question is the unnamed asker's; "a reporter for AFP"
    description = description_of(mention)
    return description is not None and (description.indefinite or description.head in staff_roles()
                                         or description.head in word_set("people_nouns", "descriptions"))


@lru_cache(maxsize=1 << 14)
def described_speaker(mention: str | None) -> str | None:
    """`one Trump confidant`, `a State Department official`, `the spokeswoman` (nobody introduced as
    one): a speaker the text describes and does not name, as written. Not a cut-off phrase (`a former`,
    `One intelligence`), not a thing (`a voice-over in the ad`, `a Sunday`), not an asker."""
    if not mention or passive_question(mention):
        return None
    if anonymous(mention) or for_someone(mention):
        return mention.strip()
    description = description_of(mention) if unnamed(mention) else None
    if description and description.head in person_heads():
        return mention.strip()
    return _cut_description(mention)


def _cut_description(mention: str) -> str | None:
    """`one Republican involved in the`, `one Democrat familiar with the`: a description the mention
    reader cut off inside its clause; up to its person noun it is still one (`one Republican`), when
    only lowercase words follow. With whom the person is (`a longtime adviser to Trump`) it is kept
    whole. Not `One intelligence` (no person noun), not a list (`a Trump aide, Hope Hicks`)."""
    tokens = mention.split()
    if len(tokens) < 3 or tokens[0].lower() not in word_set("indefinites", "descriptions"):
        return None
    heads = [i for i, t in enumerate(tokens[1:], 1) if t.lower().rstrip(".,") in person_heads()]
    if not heads or "," in mention:
        return None
    tail = tokens[heads[-1] + 1:]
    if len(tail) >= 2 and tail[0] in _AFFILIATED:
        return mention.strip()  # "a longtime adviser to Trump", "a spokesman for the British Foreign Office"
    if not all(t[:1].islower() for t in tail):
        return None
    cut = _dangling(tokens[-1])  # "… involved in the": cut off mid-phrase
    return " ".join(tokens[:heads[-1] + 1]) if cut else mention.strip()


_AFFILIATED = frozenset({"to", "for", "of", "at", "from", "with", "in", "on"})


def _dangling(word: str) -> bool:
    """A word no phrase ends in: the mention reader cut it off after it ("… involved in the")."""
    return word.lower() in _AFFILIATED | {"the", "a", "an", "and", "or", "who", "that", "his", "her", "their"}


def shown_description(mention: str | None) -> str | None:
    """What a page can show for a speaker whose resolution is not trusted: the description the text
    gives (`the Florida senator`, `one Clinton aide`), as written; None for a pronoun or a name."""
    if described_speaker(mention):
        return (mention or "").strip()
    description = description_of(mention)
    return (mention or "").strip() if description and description.head in person_heads() else None


def vouched(mention: str | None, speaker: str | None, resolved_by: str,
            titles: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The speaker a reading may publish: a description resolved to a person (`“…,” the Florida senator
    said` -> Marco Rubio) is not vouched for — the text does not name them there, and on PolNeAR train
    such readings were the gold's description, not its person, 32 times of 52 — so the page shows the
    description as written; the registry still learns who spoke (cascade._record). A country's office
    (`the Russian foreign minister`) has one holder, whom the article names: that reading stands; so
    does a description in lowercase words only (`the president`, `the former secretary of state`), which
    the text uses as it uses a pronoun, when the article gave the person that title (`titles`: `Sen.
    Bernie Sanders` … `the senator said`); else it only stood nearest (`“That would be you?” Borger asked.
    ¶ “…,” the senator said`: not Borger) and is shown as written. What names a place or a party (`the
    Florida senator`, `the Republican nominee`) is an epithet of its own, shown as written."""
    if resolved_by not in ("description", "name") or not speaker or not definite_description(mention):
        return speaker
    description = description_of(mention)
    tokens = (mention or "").split()
    if description is None or description.nations:
        return speaker
    if tokens[0].lower() == "the" and all(t.islower() for t in tokens[1:]) and (
            description.head in titles or description.head not in word_set("titled_offices", "descriptions")):
        return speaker  # "the president", "the former secretary of state": read like a he/she
    return None


_OWNER = re.compile(r"[A-Z][\w.-]*(?:[’']s|s[’'])$")


def definite_description(mention: str | None) -> str | None:
    """`the Florida senator`, `Trump’s Virginia state director`, `Republican presidential nominee`: a
    determiner, an owner or a lowercase person noun at the end: a description of one person, as written.
    Not `Mr. King`, `King` or a lone `Republican` (a name, or no phrase), nor a pronoun."""
    tokens = (mention or "").split()
    if len(tokens) < 2 or not (tokens[0].lower() in DEFINITES or _OWNER.match(tokens[0]) or tokens[-1].islower()):
        return None  # "Republican presidential nominee": the reader left its "the" out
    description = description_of(mention)
    return (mention or "").strip() if description and description.head in person_heads() else None


def published_description(mention: str | None) -> str | None:
    """What a reading that publishes no name shows: an anonymous description (`a senior official`) or,
    when it was resolved to a person it does not vouch for (or carries such a reading on), a definite
    one (`the Florida senator`), as written. So is a definite one the article resolves to nobody (`said the
    base chief known as Bob`: "the base chief"): dropping it leaves the quote with no speaker at all."""
    return described_speaker(mention) or definite_description(mention)


def owned_description(mention: str | None) -> str | None:
    """`Obama's former campaign strategist`, `Clinton’s campaign spokesman`: a definite description (a
    person noun at its end) led by its owner's name."""
    tokens = (mention or "").split()
    return definite_description(mention) if tokens and _OWNER.match(tokens[0]) else None


@lru_cache(maxsize=1 << 14)
def anonymous(mention: str | None) -> bool:
    """`a New Hampshire Republican`, `one Clinton aide`: an indefinite article and a person noun
    describe somebody new, whatever capitals stand between them; no name of the article. So with a
    qualifier after the noun (`a person close to the Clintons`, `another source familiar with Cruz’s
    thinking`): the Clintons are whom the person is close to, not the speaker."""
    tokens = (mention or "").split()
    if len(tokens) == 1:
        return group(tokens[0]) or tokens[0].lower() in word_set("more_of_them", "descriptions")
    return (len(tokens) >= 2 and tokens[0].lower() in word_set("indefinites", "descriptions")
            and ((tokens[-1].lower().rstrip(".,") in person_heads() and not _object_head(tokens))
                 or qualified_head(tokens) is not None or member_of_group(tokens)))


def member_of_group(tokens: list[str]) -> bool:
    """`one of two witnesses`, `one of Trump’s advisers`: one member of a group of people (a plural person
    noun, -s or -es, at the end), someone unnamed."""
    return len(tokens) >= 3 and tokens[0].lower() == "one" and tokens[1] == "of" and plural_person(tokens[-1])


_OBJECT_WORDS = frozenset({"to", "of", "for", "with", "from", "at", "about", "on", "against"})


def _object_head(tokens: list[str]) -> bool:
    """`a nod to the front-runner`: the person noun at the end is a preposition's object (no qualifier
    after a person noun before it, which qualified_head reads): the description is of a thing."""
    return any(t.lower() in _OBJECT_WORDS for t in tokens[1:-1])


def group(word: str) -> bool:
    """`Supporters chanted “…”`, `Critics said`, `Voters told reporters:`: a capitalised plural of a person
    noun opens the sentence — a group, described as written, never one person of the article or of the
    digest (it was a speaker named "Supporters"). Not a party's members (`Democrats said`): a body the
    paragraph goes on quoting."""
    low = word.lower().rstrip(".,")
    return (word[:1].isupper() and low.endswith("s") and low[:-1] in person_heads()
            and low[:-1] not in descriptions_data()["parties"])


_EMPLOYED = frozenset({"for", "to"})


def for_someone(mention: str | None) -> bool:
    """`The spokesman for Bernie Sanders`, `the lawyer for the family`, `Clinton's adviser to the campaign`:
    someone speaking for, or next to, the person named after "for"/"to" (a staff role or person noun,
    data) — not that person. Not an office (`the governor of Texas`, `the chairman of the RNC`)."""
    if not mention or (" for " not in mention and " to " not in mention):
        return False  # most mentions: no split
    tokens = mention.split()
    if len(tokens) < 4 or not (tokens[0].lower() == "the" or _OWNER.match(tokens[0])):
        return False
    head = next((i for i, t in enumerate(tokens[1:DESCRIPTION_WORDS + 1], 1) if t.lower() in _spokespeople()), None)
    return head is not None and head + 2 < len(tokens) and tokens[head + 1] in _EMPLOYED


@lru_cache(maxsize=1)
def _spokespeople() -> frozenset[str]:
    """Who speaks for or next to somebody: the staff roles and person nouns of descriptions.yaml."""
    return staff_roles() | word_set("people_nouns", "descriptions")


DESCRIPTION_WORDS = 6  # an indefinite and at most five words before its person noun ("one unaligned Florida Republican strategist")


def qualified_head(tokens: list[str]) -> int | None:
    """Where the person noun of `a person close to the Clintons` is (1), when a qualifier
    (data: qualifiers, "close", "familiar", "who", "in" …) follows it; None otherwise. Not a list
    or an apposition (`a Trump aide, Hope Hicks`): a comma ends the description before its qualifier."""
    head = next((i for i, t in enumerate(tokens[1:DESCRIPTION_WORDS + 1], 1) if t.lower() in person_heads()), None)
    if head is None or head + 1 >= len(tokens) or tokens[head].endswith(",") or _dangling(tokens[-1]):
        return None  # "one Republican involved in the": cut off mid-phrase (_cut_description)
    if tokens[head].lower() in voices():
        return None  # "a narrator in the Club for Growth ad": the ad's voice speaks for its owner (ad_voices)
    return head if tokens[head + 1].lower() in word_set("qualifiers", "descriptions") else None


NEARBY_SENTENCES = 24  # how far back a description looks for the person it describes


def nearby(texts: list[str], index: int, at: int, people: People,
            split: Split | None = None) -> list[str]:
    """The people named before `texts[index][at]`, nearest sentence first (within a sentence, in
    order: its subject first), back through LOOKBACK paragraphs and NEARBY_SENTENCES sentences:
    whom a description can refer to. Only for description mentions; `split` keeps each
    paragraph's sentences while the known people are unchanged, so a paragraph of thousands
    of described quotes is split once, not once per quote."""
    out: list[str] = []
    seen = 0
    split = split or Split(texts, people)
    for back in range(index, max(-1, index - LOOKBACK - 1), -1):
        limit = at if back == index else len(texts[back])
        found, starts = split(back)
        for i in range(bisect_left(starts, limit) - 1, -1, -1):
            sentence = found[i]
            seen += 1
            if seen > NEARBY_SENTENCES:
                break
            first = min((offset for offset, _ in sentence.people), default=limit)
            pronoun_first = sentence.first_word in {"he", "she"} or any(p < first for p in sentence.pronouns.values())
            text = texts[back][sentence.start:min(sentence.end, limit)]
            described = (not pronoun_first and sentence.end <= limit and sentence.first_word == "the"
                         and description_of(sentence_subject(text)))
            if not pronoun_first and not described:
                # "He referred to … Edward Snowden", "The Republican vice presidential nominee was speaking …, hours
                # after Trump unleashed …": after a he/she or a description the names are objects; look further back
                names = [name for offset, name in sorted(sentence.cued + sentence.people) if offset < limit]
                out += _subject_first(text, names, people)
    spoke = set(people.spoke)  # people only: a known first name or a quote of their own ("Clean Power Plan" is not)
    return [name for name in dict.fromkeys(out) if name in people.gender or name in spoke]


def lead_in_pronoun(word: str, back: int, *, texts: list[str], people: People,
                     spoken: dict[int, list[tuple[int, str]]], titled: set[str], split: Split) -> str | None:
    """`George Wallace … was the symbol of segregation. In a 1963 speech, he declared: ¶ “…”`: the he of
    a lead-in is resolved where it stands, like any other (the last speaker was Ted Cruz)."""
    if word.lower() not in {"he", "she"}:
        return None
    found = list(re.finditer(rf"\b{word}\b", texts[back]))
    at = found[-1].start() if found else len(texts[back])
    return antecedent(word.lower(), texts, back, at, people, spoken, titled, split)


def _subject_first(sentence: str, names: list[str], people: People) -> list[str]:
    """`One month after announcing his support for Donald Trump, Marco Rubio still believes … “…,” the
    Florida senator told …`: the sentence's subject (after an opening clause) comes before the names
    of that clause."""
    if len(names) < 2:
        return names
    subject = sentence_subject(sentence)
    person = resolve(subject, people) if subject else None
    return [person] + [name for name in names if name != person] if person in names else names
