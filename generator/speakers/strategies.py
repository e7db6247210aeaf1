"""Attribution as a declared, ordered list of named strategies, one signature each.

A strategy reads one kind of evidence for the quote being read (`Turn`) and returns a `Candidate`:
the mention as written, the person it resolves to (or None) and its evidence. `STRATEGIES` is the
order they are tried in; the reading so far is passed on, and the first candidate that names a
speaker ends the search. A candidate without a speaker (a cue whose mention resolves to nobody)
stays the reading unless a later strategy replaces it, so the desk sees what was tried.

In-sentence strategies read the quote's own sentence (a cue verb, a colon label, a dash signature,
the sentence's subject); discourse strategies read the quotes and paragraphs around it (resumption,
lists, carry-over, the previous quote of the paragraph). Which reader of the sentence found the
mention (cue_after, cue_before, label, …) is the rule name: sentence_cues.read_mention.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Literal

from generator.lexicon import word_set
from generator.model import Paragraph, Quote
from generator.speakers import discourse, in_sentence
from generator.speakers.ad_voices import ad_owner, is_voice
from generator.speakers.context_cues import paraphrased_before, subject_mention
from generator.speakers.coref import Split
from generator.speakers.cue_limits import passive_question
from generator.speakers.people import OWNER_PRONOUNS, People, description_of, plural_opener, resolve
from generator.speakers.sentence_cues import ends_in_own_clause_cue, read_mention

Kind = Literal["sentence", "discourse"]
Resolution = Literal["name", "pronoun", "description", "body", "previous", "ad_owner", "none"]


@dataclass(frozen=True)
class Candidate:
    """One strategy's reading: the rule that made it, the mention as written, the person it resolves
    to (None: the mention names nobody the article knows) and how (`resolved_by`)."""

    rule: str | None = None
    mention: str | None = None
    speaker: str | None = None
    resolved_by: Resolution = "none"
    evidence: tuple[str, ...] = ()  # what else the reading rests on (pronoun_evidence); confidence.py weighs it
    confidence: float | None = None  # a strategy's own calibrated probability, else confidence.py's

    @property
    def label(self) -> str | None:
        """The rule as a quote records it: the strategy, and how a he/she, a description or an "it"
        was resolved when that is what named the speaker ("cue_after/pronoun")."""
        if self.rule and self.speaker and self.resolved_by in _SHOWN:
            return f"{self.rule}/{self.resolved_by}"
        return self.rule


_SHOWN = frozenset({"pronoun", "description", "body"})
NOTHING = Candidate()


@dataclass
class Reading:
    """What an article's reading holds while its quotes are read in order: the paragraphs, the people
    named so far (written by the cascade only), who spoke where, and the quotes read so far."""

    paragraphs: list[Paragraph]
    people: People
    titled: set[str]
    texts: list[str] = field(default_factory=list)
    spoken: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    out: list[Quote] = field(default_factory=list)
    previous: Quote | None = None
    split: Split | None = None

    def __post_init__(self) -> None:
        self.texts = [p.text for p in self.paragraphs]
        self.split = Split(self.texts, self.people)


@dataclass
class Turn:
    """The quote being read: its paragraph, its place among the paragraph's quotes, the article's reading."""

    reading: Reading
    index: int
    n: int
    quote: Quote
    following: int | None
    text: str = ""  # the paragraph's text

    def __post_init__(self) -> None:
        self.text = self.reading.texts[self.index]

    @property
    def before(self) -> Quote | None:
        """The previous quote of the same paragraph, if it was kept."""
        out = self.reading.out
        return out[-1] if self.n and out else None


Read = Callable[[Turn, Candidate], Candidate | None]


@dataclass(frozen=True)
class Strategy:
    name: str
    kind: Kind
    read: Read


def _resolved(turn: Turn, rule: str, mention: str | None) -> Candidate:
    """A mention read in the quote's sentence, resolved: he/she through coreference, a description
    through the people named just before, an "it" through its sentence's institution, else a name."""
    r = turn.reading
    mention = in_sentence.CONTRACTED.sub("", mention) if mention else mention  # "He’s claiming that …": he
    if in_sentence.anonymous(mention) or in_sentence.for_someone(mention):
        return Candidate(rule, mention)  # "a New Hampshire Republican", "the spokesman for Sanders": described
    found = in_sentence.pronoun(mention, r.texts, turn.index, turn.quote, r.people, r.spoken, r.titled, r.split)
    if found:
        evidence = (*pronoun_evidence(turn, mention or "", found.name), *found.evidence)
        return Candidate(rule, mention, found.name, "pronoun", evidence)
    body = owned_body(turn, mention)
    if body:
        return Candidate(rule, mention, body, "body")
    described = description_of(mention)
    nearby = in_sentence.nearby(r.texts, turn.index, turn.quote.start, r.people, r.split) if described else None
    speaker = resolve(mention, r.people, nearby)
    if speaker:
        return Candidate(rule, mention, speaker, "description" if described else "name")
    speaker = in_sentence.body_it(mention, turn.text, turn.quote, r.people)
    return Candidate(rule, mention, speaker, "body" if speaker else "none")


def owned_body(turn: Turn, mention: str | None) -> str | None:
    """`“…,” his campaign said`: a body a he/she owns speaks for the person coref reads the pronoun
    as, when that person's gender agrees ("Bernie Sanders campaign"); the one pronoun model decides."""
    tokens = (mention or "").split()
    if len(tokens) != 2 or tokens[0].lower() not in OWNER_PRONOUNS or tokens[1].lower() not in word_set("bodies"):
        return None
    r, word = turn.reading, OWNER_PRONOUNS[tokens[0].lower()]
    found = in_sentence.pronoun(word, r.texts, turn.index, turn.quote, r.people, r.spoken, r.titled, r.split)
    if not found or r.people.gender.get(found.name) not in (None, {"he": "m", "she": "f"}[word]):
        return None
    return f"{found.name} {tokens[1].lower()}"


def pronoun_evidence(turn: Turn, word: str, speaker: str) -> tuple[str, ...]:
    """What a he/she's antecedent rests on, as flags: whether the person's gender is known to agree,
    whether they spoke last, whether the paragraph (or the one before) names them before the quote,
    and whether it names another person the pronoun could refer to (a rival). Article-bounded: the
    people of this article against two paragraphs of text."""
    people, text = turn.reading.people, turn.text[:turn.quote.start]
    before = turn.reading.texts[turn.index - 1] if turn.index else ""
    exclude = {"he": "f", "she": "m"}.get(word.lower())
    gender = people.gender.get(speaker)
    flags = ["gender_agrees" if gender else "gender_unknown"]
    if speaker == people.last_speaker:
        flags.append("last_speaker")
    surname = speaker.split()[-1]
    flags.append("named_in_paragraph" if surname in text else "named_before" if surname in before else "named_far")
    rivals = [full for full in set(people.by_last.values()) if full != speaker and people.gender.get(full) != exclude
              and (full.split()[-1] in text or full.split()[-1] in before)]
    if rivals:
        flags.append("rival")
        if any(full in people.spoke[-4:] for full in rivals):
            flags.append("rival_spoke")  # another person who could be "he" was quoted just before
    return tuple(flags)


def cue(turn: Turn, so_far: Candidate) -> Candidate | None:
    """A cue in or around the quote's sentence (`,” Lavrov said`, `Lavrov said: “`, `Rep. Gowdy: “`,
    `Said Comey, “`): the rule is the reader that found it."""
    mention, reader = read_mention(turn.text, turn.quote.start, turn.quote.end, turn.following)
    return _resolved(turn, reader, mention) if reader else None


def signed(turn: Turn, so_far: Candidate) -> Candidate | None:
    """`“…” ¶ — Bernie Sanders.`: a quote filling its paragraph, signed by the next one."""
    if so_far.mention is not None:
        return None
    mention = in_sentence.signed(turn.reading.texts, turn.index, turn.quote)
    return _resolved(turn, "signed", mention) if mention else None


def subject(turn: Turn, so_far: Candidate) -> Candidate | None:
    """A statement no cue attributes: the subject of its sentence (not a plural opener: "Both men")."""
    if so_far.mention is not None or turn.quote.kind != "statement":
        return None
    mention = subject_mention(turn.text, turn.quote.start, turn.quote.end)
    if not mention or plural_opener(mention, turn.reading.people):
        return None
    return _resolved(turn, "subject", mention)


def ad_voice(turn: Turn, so_far: Candidate) -> Candidate | None:
    """`the ad’s narrator says`: the voice of an ad speaks for the ad's owner."""
    if not is_voice(so_far.mention):
        return None
    speaker = resolve(ad_owner(turn.reading.texts, turn.index, turn.quote.start), turn.reading.people)
    return Candidate("ad_voice", so_far.mention, speaker, "ad_owner") if speaker else None


def paraphrased(turn: Turn, so_far: Candidate) -> Candidate | None:
    """A statement standing as a sentence of its own after a sentence narrating a known person."""
    if so_far.mention is not None or turn.quote.kind != "statement":
        return None
    people = turn.reading.people
    mention = paraphrased_before(turn.text, turn.quote.start)
    person = resolve(mention, people) if mention else None
    return Candidate("paraphrased", mention, person, "name") if person and person in people.by_last.values() else None


def resumed(turn: Turn, so_far: Candidate) -> Candidate | None:
    """`“…,” Thiel wrote …, “but most …”`: the same sentence resumed after its cue."""
    previous = discourse.resumed(turn.text, turn.before, turn.quote) if turn.n else None
    return Candidate("resumed", previous.mention, previous.speaker, "previous") if previous else None


def listed(turn: Turn, so_far: Candidate) -> Candidate | None:
    """`“…,” and “…” and “…,” Melanie said`: quotes joined by commas and ands share the list's cue."""
    previous = discourse.listed(turn.text, turn.before, turn.quote) if turn.n else None
    return Candidate("listed", previous.mention, previous.speaker, "previous") if previous else None


def carried(turn: Turn, so_far: Candidate) -> Candidate | None:
    """A quote opening its paragraph with no cue: carried over from the paragraph before (discourse.carry)."""
    if (so_far.mention and (so_far.mention[:1].islower() or in_sentence.owned_description(so_far.mention))
            or turn.quote.start > 2):
        return None  # a cue read a description ("the senator", "Obama's former campaign strategist"): not carried
    r = turn.reading
    lead_in = partial(in_sentence.lead_in_pronoun, texts=r.texts, people=r.people, spoken=r.spoken,
                      titled=r.titled, split=r.split)  # type: ignore[arg-type]
    found = discourse.carry(r.paragraphs, turn.index, r.previous, r.people, lead_in)
    if not found:
        return None
    rule, mention, speaker = found
    by_pronoun = rule in {"carry_lead_in", "carry_last_sentence"} and (mention or "").lower() in {"he", "she"}
    return Candidate(rule, mention, speaker, "pronoun" if by_pronoun else "previous")


def same_paragraph(turn: Turn, so_far: Candidate) -> Candidate | None:
    """A later quote of a paragraph with no cue of its own: the previous quote's speaker, unless the
    mention is a description or an asker, or another person is the subject of its sentence."""
    previous = turn.before
    if (previous is None or previous.paragraph != turn.index or description_of(so_far.mention)
            or passive_question(so_far.mention) or ends_in_own_clause_cue(turn.text[previous.end:turn.quote.start])
            or discourse.other_person_between(turn.text, previous, turn.quote, turn.reading.people)):
        return None
    return Candidate("same_paragraph", previous.mention, previous.speaker, "previous")


STRATEGIES: tuple[Strategy, ...] = (
    Strategy("resumed", "discourse", resumed),
    Strategy("listed", "discourse", listed),
    Strategy("cue", "sentence", cue),
    Strategy("signed", "sentence", signed),
    Strategy("subject", "sentence", subject),
    Strategy("ad_voice", "sentence", ad_voice),
    Strategy("paraphrased", "sentence", paraphrased),
    Strategy("carry", "discourse", carried),
    Strategy("same_paragraph", "discourse", same_paragraph),
)


def read(turn: Turn, strategies: tuple[Strategy, ...] = STRATEGIES) -> Candidate:
    """The first candidate that names a speaker, else the last reading without one (or NOTHING)."""
    so_far = NOTHING
    for strategy in strategies:
        found = strategy.read(turn, so_far)
        if found is not None:
            so_far = found
            if found.speaker:
                break
    return so_far
