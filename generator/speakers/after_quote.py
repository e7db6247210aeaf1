"""Mentions written after a quote that the plain `, Name said` patterns miss.

attribution.py reads the cue after a closing mark (`_after`); two shapes need more than a noun phrase
and a verb: a long apposition between the name and its verb, and an unnamed speaker (an indefinite and
a few lowercase words) whose cue must not be mistaken for no cue at all; and the subject of the main
clause after a sentence-opening participle ("After saying …, she was …").

An anonymous description next to its cue verb, on either side of the quote (`said a senior Cruz
adviser`, `one Trump campaign source said`, `Another source familiar with Cruz’s thinking said, “`),
is read whole, capitals and qualifier included: one reader for every such shape, where the noun-phrase
readers stop at its first lowercase word and read nobody, or the name inside its qualifier.
"""

from __future__ import annotations

import re

from generator.lexicon import word_set
from generator.speakers.cue_limits import described_name_after_cue
from generator.speakers.descriptions import person_heads
from generator.speakers.in_sentence import anonymous, for_someone, member_of_group
from generator.speakers.media_owners import owner_after, voices
from generator.speakers.mentions import DEFINITES, np_before
from generator.speakers.names import is_person
from generator.speakers.subjects import sentence_subject
from generator.speakers.vocabulary import verb_at, vocab

_APPOSITION_HEAD = re.compile(r"^(?P<np>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}),\s+(?:a|an|the|who|[a-z][\w’'-]*)\s")


def long_apposition(text: str) -> str | None:
    """`,” Anne Richards, assistant secretary of state for population, refugees, and migration, said` and
    `,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted`: an apposition with commas
    of its own, or whose closing comma the writer left out, still ends at the first cue verb after the
    name. Not when a quote mark or a sentence end comes first: the cue then belongs to another sentence."""
    name = _APPOSITION_HEAD.match(text)
    if not name:
        return None
    rest = text[name.end("np"):name.end("np") + 200].lstrip(", ")
    verb = verb_at().search(rest)
    if not verb or re.search(r"[“”\"″.;:!?](?:\s|$)", rest[:verb.start()]):
        return None
    words = rest[:verb.start()].lower().split()
    if words and (words[0] in vocab()[1] or words[-1] in {"who", "which", "that", "and", "or", "but"}):
        return None  # "South Carolina, he said, was …", "…, who said": the clause has its own subject
    return name.group("np")


_INDEFINITE_OPENER = re.compile(r"^(?:an?|one|another)\b")
_LOWERCASE_WORD = re.compile(r"\s+[a-z][\w-]*")


def unnamed_cue(text: str) -> str | None:
    """`,” a voice over says`, `,” one voter said`: an indefinite and one to three lowercase words right
    before a cue verb name someone the text does not name (resolved to nobody), not the previous speaker."""
    opener_match = _INDEFINITE_OPENER.match(text)
    pos = opener_match.end() if opener_match else 0
    for _ in range(3 if opener_match else 0):
        word = _LOWERCASE_WORD.match(text, pos)
        if not word:
            return None
        pos = word.end()
        if verb_at().match(text[pos:].lstrip()):
            return text[:pos]
    return None


_OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:after|before|while|when|upon|by|without|in)\s+)?(?P<verb>[A-Za-z]+ing)\b", re.I)


def opening_participle_subject(before: str, after: str, comma_inside: bool = False) -> str | None:
    """`After saying her right foot was “so swollen …,” she was “whisked … off”`, `Acknowledging that Trump
    “says a lot of stupid stuff,” though, Allen did suggest …`: a quote inside a sentence-opening clause
    whose verb is an -ing cue is said by the subject of the main clause, after the comma that closes the
    clause (not by anyone the clause names); `comma_inside`: the quote itself ends with that comma."""
    match = _OPENING_PARTICIPLE.match(before)
    rest = after.lstrip(" ”\"’'")
    if not match or not verb_at().fullmatch(match.group("verb").lower()) or not (comma_inside or rest.startswith(",")):
        return None
    main = (rest if comma_inside else rest[1:]).lstrip(" ”\"’'")  # `… on,” she was`: the comma may come first
    main = re.sub(r"^\s*(?:though|however|too|also|then),\s*", "", main)
    return sentence_subject(main)


_BEFORE_VERB_WORDS = 16  # "nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute …"


def described_before_cue(text: str) -> str | None:
    """`,” nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for
    Science and International Security wrote in September`: lowercase description words and a person's
    full name, then (past a second name or an affiliation) the cue verb of the clause: the first name."""
    if not text[:1].islower():
        return None
    name = described_name_after_cue(text)
    if not name:
        return None
    rest = text[text.find(name) + len(name):]
    verb = verb_at().search(rest)
    if not verb or re.search(r"[.!?;:“”\"]", rest[:verb.start()]) or len(rest[:verb.start()].split()) > _BEFORE_VERB_WORDS:
        return None
    return name



# Where a description read after a cue stops: a mark, a clause's comma, a full stop that ends the
# sentence (not the stops of "U.S."), a dash.
_DESCRIPTION_END = re.compile(r"[,;:!?“”\"″()—–]|(?<!\b[A-Z])(?<!Sen)(?<!Gov)(?<!Rep)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!Mrs)(?<!\bSt)"
                              r"(?<!\bJr)\.(?=\s+[A-Z“”\"]|\s*$)|\s-+\s")  # not "W. Bush", "Sen. Kaine"
_NAME_AFTER = re.compile(r"\s+(?P<np>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+| [A-Z]\.){1,3})(?=[\s.,;:!?“”\"]|$)")
_DESCRIPTION_LENGTH = 16  # words: the indefinite, the person noun and its qualifier
_DESCRIPTION_CHARS = 200  # the window a description of _DESCRIPTION_LENGTH words fits in
_AUXILIARIES = re.compile(r"(?:\s+(?:had|has|have|was|is|would|could|can|will|did|does|may|might|also|then|later))+$")


_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose)\b[^,;:“”\"]{1,150},\s+")  # a relative clause between subject and verb
_DEMONSTRATIVES = DEFINITES - {"the"}


def described_cue(text: str, verb_first: bool) -> str | None:
    """`,” said a senior Cruz adviser.`, `,” said a person close to the Clintons.` (`verb_first`: `text`
    starts after the verb) and `,” one Trump campaign source said.`, `,” a Democratic staffer in the room
    wondered.`: an indefinite, a few words and a person noun (data: staff roles, people nouns) with what
    qualifies it describe a speaker the text does not name. The description as written, up to the end of
    its phrase (`verb_first`) or its cue verb; not one that goes on to a name (`said a Trump aide, Hope
    Hicks`), nor, verb last, one with no cue verb after it."""
    first = text[:16].split(None, 1)[0].lower().rstrip(".,") if text[:16].strip() else ""
    if first not in word_set("indefinites", "descriptions") and first not in DEFINITES:
        return None
    text = text[:_DESCRIPTION_CHARS]
    end = _DESCRIPTION_END.search(text)
    phrase = text[:end.start() if end else len(text)]
    relative = _RELATIVE_CLAUSE.match(text, end.start()) if end and not verb_first else None
    if relative and verb_at().match(text, relative.end()):
        pass  # ",” an intelligence source, who was not authorized to speak, told Fox News": the source's
    elif not verb_first:
        verb = verb_at().search(phrase)
        if not verb or phrase[verb.start() - 1:verb.start()] != " ":
            return None
        phrase = _AUXILIARIES.sub("", phrase[:verb.start()].rstrip())
    elif end and _COMMA_NAME.match(text, end.start()):
        name = _NAME_AFTER.match(text, end.end())
        return name.group("np") if name and is_person(name.group("np")) else None  # "said a Trump aide, Hope Hicks"
    tokens = phrase.split()
    member = _one_of(tokens)
    if member:
        return member
    if len(tokens) == 1 and tokens[0].lower() in word_set("more_of_them", "descriptions"):
        return tokens[0]  # ",” another said.": one more of those described, as written
    if not 2 <= len(tokens) <= _DESCRIPTION_LENGTH or tokens[1].lower() in voices():
        return None  # "a narrator in the Clinton ad": the ad's voice speaks for its owner (ad_voices)
    phrase = " ".join(tokens)
    if first in _DEMONSTRATIVES:  # ",” this Trump look-alike declared": the writer points at someone unnamed
        return phrase if tokens[-1].lower() in person_heads() else None
    if first == "the":
        return phrase if for_someone(phrase) else None  # ",” the lawyer for Donald Trump told CNN": not Trump
    return phrase if anonymous(phrase) or owner_after(tokens) else None


def _one_of(tokens: list[str]) -> str | None:
    """`said one of two witnesses who relayed the same story …`, `one of Trump’s advisers said`: one member
    of a group of people (in_sentence.member_of_group), described up to the group's noun."""
    return next((" ".join(tokens[:end]) for end in range(3, min(len(tokens), 6) + 1) if member_of_group(tokens[:end])), None)


# Where a clause can open before the words that end at a cue verb: the text's start, a comma, a
# conjunction, a "that" ("… said that one aide told him, “…”").
# where a clause opens: the start (after a subordinator: "As one employee told Palo Alto Weekly, “…”"),
# after a comma, colon or semicolon, or after a conjunction
_CLAUSE_OPENING = re.compile(r"(?:^(?:(?:as|when|while|because|since|though|although)\s+)?|[,;:]\s+"
                             r"|\s(?:and|but|while|as|that|when)\s+)(?=\S)", re.I)


_COMMA_NAME = re.compile(r",\s+[A-Z]")
_CONJUNCTION_END = re.compile(r"\s(?:and|but|or)$")
_NAME_END = re.compile(r"[A-Z][\w.’'-]*\s*$")
_AFFILIATION_WORDS = frozenset({"from", "to", "of", "for", "with", "by", "at", "in", "on", "about", "against", "like"})
_RELATIVE = re.compile(r"(?:^|\s)(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+),?\s+who$")


def described_subject(head: str) -> str | None:
    """`Another source familiar with Cruz’s thinking said, “…”`, `Another commenter said, “…”`: the words
    before a cue verb, from the last place a clause can open, are an anonymous description (an
    indefinite, a person noun, what qualifies it): described, nobody named — not the Cruz it mentions."""
    cut = len(head) > _DESCRIPTION_CHARS
    head = head[-_DESCRIPTION_CHARS:]  # a description fits in the window; the cut is no clause opening
    relative = _RELATIVE.search(head)
    before = head[:relative.start("np")].split()[-1:] if relative else []
    if relative and anonymous(relative.group("np")) and not (before and before[0].lower() in _AFFILIATION_WORDS):
        return relative.group("np")  # "Trump retweeted a user who wrote: “…”": the user, not Trump
    # (not "… coming from a candidate who promised …": the object of a preposition is who is spoken of)
    openings = [o for o in _CLAUSE_OPENING.finditer(head) if o.end() > 0 or not cut]
    if not openings or _CONJUNCTION_END.search(head):  # "… declined to comment but said": further back
        return None
    opening = openings[-1]
    phrase = head[opening.end():].strip()
    tokens = phrase.split()
    if opening.group(0).startswith(",") and _NAME_END.search(head, 0, opening.start()):
        return None  # "Brian Fallon, a spokesman for the Clinton campaign, said": an apposition to a name
    if not tokens or tokens[0].lower() not in word_set("indefinites", "descriptions") or "," in phrase:
        return None
    return phrase if len(tokens) <= _DESCRIPTION_LENGTH and (anonymous(phrase) or owner_after(tokens)) else None


# "On Friday, Gingrich — mentioned by Newsmax as Trump’s likely running mate — told Bill O’Reilly": an aside
# between dashes (or "--", a dash typed as two hyphens) after the speaker's name or description
_DASH_ASIDE = re.compile(r"\s+(?:[—–]|--)\s*(?P<aside>[^—–“”\"]{1,200}?)\s*(?:[—–]|--)$")
_ASIDE_NAME = re.compile(r"(?P<np>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3})(?:,|$)")


def before_aside(head: str) -> str | None:
    """The speaker before a dash aside that ends `head`: `Gingrich — mentioned by Newsmax as … — told`. When
    that is an anonymous description and the aside opens with a person's full name (`A former Republican
    presidential candidate -- John McCain, who lost the 2008 election to Obama -- said`), the aside names
    whom it describes: the name."""
    aside = _DASH_ASIDE.search(head)
    if not aside:
        return None
    np = np_before(head[:aside.start()])
    named = _ASIDE_NAME.match(aside.group("aside"))
    if np and anonymous(np) and named and is_person(named.group("np")):
        return named.group("np")
    return np
