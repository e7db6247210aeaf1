"""The cue after a quote: who the words right after its closing mark say spoke it.

`,” Lavrov said`, `,” said the senator`, `,” said Clinton’s top aide Jake Sullivan`, `,” quoted
Lavrov as saying`, `,” according to Judicial Watch`, `― Michael P. McDonald`: the mention as written
(a name, a title phrase, a described speaker or a pronoun); people.resolve turns it into a person.
sentence_cues.py tries this reader beside the ones before the quote and in its sentence.
"""

from __future__ import annotations

import re

from generator.speakers import cue_limits as limits
from generator.speakers.ad_voices import ad_voice
from generator.speakers.after_quote import described_before_cue, described_cue, long_apposition, unnamed_cue
from generator.speakers.media_owners import owner
from generator.speakers.mentions import (
    APPOSITION_AFTER,
    POSSESSIVE,
    TOKEN,
    is_mention,
    kin_after,
    np_after,
    np_after_cue,
    np_before,
    np_tokens_forward,
    without_full_stop,
    without_party,
)
from generator.speakers.vocabulary import is_cue_verb, verb_at, vocab

_QUOTED_AS = re.compile(r"^[\s,.—–\-“”\"″’']*(?:[\w-]+\s+){0,4}?quoted\s+(?P<np>.+?)\s+as\s+say", re.I)


_MARKS = "“”\"„«»″‘’'"


_ACCORDING_AFTER = re.compile(r"^[\s,“”\"’']*according to\s+(?P<np>[^,.;:“”\"]+)")


DASH_NAME = re.compile(r"^[\s,.“”\"’']*[―—–-]+\s*(?P<np>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3})")


def after_cue(text: str, asks: bool = False) -> str | None:
    """Cue right after the closing mark: `, Lavrov said` / `, said Lavrov` / `quoted X as saying`."""
    dash = DASH_NAME.match(text)
    if dash:
        return dash.group("np")
    match = _QUOTED_AS.match(text)
    if match:
        return np_before(match.group("np")) or match.group("np")
    stripped = without_party(text.lstrip(" ,.—–-" + _MARKS))
    apposition = APPOSITION_AFTER.match(stripped)
    if apposition and verb_at().match(stripped[apposition.end():]):
        return apposition.group("np")
    long = long_apposition(stripped)
    if long:
        return long
    verb = verb_at().match(stripped)
    if verb and verb.group(0).endswith("ing"):
        return None  # “…,” promising the Friends of Abe …: an -ing verb never comes before its subject
    if verb:
        after_verb = described_cue(stripped[verb.end():].lstrip(), verb_first=True)
        if after_verb:
            return after_verb  # `,” said a senior Cruz adviser.`: described, nobody named
        tokens = np_tokens_forward(TOKEN.findall(stripped[verb.end():]))
        if tokens and POSSESSIVE.search(tokens[-1]):  # "said Trump’s son, Eric": the son, not the owner
            return owned(stripped[verb.end():]) or kin_after(stripped[verb.end():].lstrip())
        if any(POSSESSIVE.search(t) for t in tokens[:-1]):  # "said Trump’s campaign manager, Corey Lewandowski"
            named = owned(stripped[verb.end():])
            if named:
                return named
        if tokens and is_mention(tokens):  # `, said Baron.` / opined the Plain Dealer.
            return limits.name_past_modifiers(tokens, stripped[verb.end():]) or without_full_stop(" ".join(tokens))
        cued = stripped[verb.end():].lstrip()
        return np_after_cue(cued) or limits.described_name_after_cue(cued)
    described_first = described_cue(stripped, verb_first=False) if "," in text[:3] or asks else None
    if described_first:
        return described_first  # `,” one Trump campaign source said.`
    described = _DESCRIBED.match(stripped)
    rest = stripped[described.end():] if described else ""
    if described and "," in text[:3] and (verb_at().match(rest.lstrip()) or _cue_like(rest, text, asks)):
        return described.group("np")  # “…,” an angry Hollande retaliated.
    voice = ad_voice(stripped)
    if voice:
        return voice
    tokens = TOKEN.findall(stripped[:120])
    np = np_tokens_forward(tokens)
    unnamed = unnamed_cue(stripped)
    if unnamed and not (np and is_mention(np)):
        return unnamed
    if np and (is_mention(np) or np[0].lower() in vocab()[1]):  # `,” she said`
        rest = stripped[stripped.find(np[-1]) + len(np[-1]):] if np else stripped
        rest = _AFFILIATION.sub("", rest, count=1)
        # "the crowd applauded": a description in lowercase words speaks only through a listed cue verb
        plain = np[0].lower() not in vocab()[1] and not any(t[:1].isupper() for t in np)
        if verb_at().match(rest.lstrip()) or _QUOTED.match(rest) or (_cue_like(rest, text, asks) and not plain):
            return " ".join(np)
    thing = _definite_before_verb(stripped) if "," in text[:3] or asks else None  # "?” the board asks": one sentence
    return thing or (described_before_cue(stripped) if "," in text[:3] else None)


_FUNCTION_WORDS = frozenset({"the", "a", "an", "at", "in", "on", "of", "for", "from", "with", "by", "to", "and", "or"})


def _definite_before_verb(text: str) -> str | None:
    """`,” the editorial board writes.`, `,” the committee chairmen wrote.`: "the", at most three lowercase
    words and a cue verb. What it describes (a body, a document, a group) is resolved or shown as written,
    never carried over to the previous speaker, which the cue says it is not."""
    words = text.split(None, 4)
    if not words or words[0] not in {"the", "his", "her", "their"}:
        return None  # "his childhood friend told The Daily Beast": the friend, not the he of the sentence
    for width in range(2, min(4, len(words)) + 1):
        if not words[width - 1].isalpha() or not words[width - 1].islower() or words[width - 1] in _FUNCTION_WORDS:
            return None  # "the banner at the rally said": the phrase stops at its preposition
        if verb_at().match(" ".join(words[width:])):
            return " ".join(words[:width])
    return None


# "an angry Hollande", "a visibly frustrated Kasich": an article and one or two lowercase words before a name
_DESCRIBED = re.compile(r"^(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,2}?(?P<np>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})")


_OWNED_NAME = re.compile(r"^\s*\S+\s+(?:[a-z][\w-]*,?\s+){1,4}(?P<np>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3})")


def owned(text: str) -> str | None:
    """`said Clinton’s top foreign policy aide Jake Sullivan`, `exhorted Clinton's introducer, actress Jamie
    Lee Curtis`: the speaker is the full name after the owner's role, not the owner; with no such name
    (`said Clinton’s campaign`) nobody is named."""
    match = _OWNED_NAME.match(text)
    if match and "," in match.group(0):  # after the comma only a role may stand: not "aide, adding that Jeb Bush"
        words = match.group(0)[match.group(0).index(",") + 1:match.start("np") - match.start()].split()
        if not all(w in vocab()[0] for w in words):
            return None
    return re.sub(r"(?<=\w{3})\.$", "", match.group("np")) if match else None  # the full stop ends the sentence


# "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": where the speaker works.
_AFFILIATION = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|for|of|and|on|the))*(?=\s+[a-z])")


_QUOTED = re.compile(r"\s+(?:is|was|has been)\s+quoted\b")  # "Braynard is quoted as saying"


_PAST_CLAUSE = re.compile(r"\s+(?:(?P<verb>[a-z]{2,}ed)(?=[\s.,;:!?]|$)|(?P<capital>[A-Z][a-z]+)\b)")


def _cue_like(rest: str, after: str, asks: bool = False) -> bool:
    """`,” Toomey fumed on Tuesday.` / `,” Murphy Tweeted`: a quote closed by a comma and followed by
    a name and a past-tense verb is attributed to that name, even with a verb the list lacks; a
    capitalised cue verb ("Tweeted") is still a cue. Without the comma ("“…” Smith joined later")
    the quote may end its sentence, so only listed verbs count there."""
    match = _PAST_CLAUSE.match(rest)
    if not match:
        return False
    if match.group("capital"):
        return is_cue_verb(match.group("capital"))
    return asks or "," in after[:3]


def according_after(after: str) -> str | None:
    """`“…,” according to Judicial Watch.`: the source named after the quote, when its sentence has no
    cue of its own (`Francis made clear …, saying “…,” according to Reuters` is Francis's), or the owner of a
    document named there (`according to a court document filed by state attorney Dave Aronberg`)."""
    match = _ACCORDING_AFTER.match(after)
    if not match:
        return None
    phrase = match.group("np").strip()
    return np_after(phrase) or (phrase if owner(phrase.split()) else None)  # "a court document filed by X": X
