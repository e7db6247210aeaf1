"""The subject of a quote's sentence: who a statement belongs to when no cue names anyone.

mentions.py reads the noun phrase at a given place; this module finds the one that opens a
clause and is followed by its verb ("Trump took a risk …, telling the crowd, “…”"), past the
subordinate clauses, prepositional openers and appositions that are not where the subject is.
"""

from __future__ import annotations

import re

from generator.lexicon import word_set
from generator.metadata.datelines import without_dateline
from generator.speakers import descriptions
from generator.speakers.mentions import (
    CONJUNCTIONS,
    DEFINITES,
    OWNERS,
    POSSESSIVE,
    TOKEN,
    indefinites,
    np_tokens_forward,
    without_party,
)
from generator.speakers.names import from_place
from generator.speakers.vocabulary import OPENER_SHAPE, not_names, opener, vocab

_NOT_VERBS = {"of", "and", "or", "who", "which", "that", "in", "at", "after", "before", "to", "by", "with", "for",
              "from"}
_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "for", "from", "with", "by", "to", "into",
                           "under", "over", "since", "despite", "alongside", "amid", "among", "unlike", "like"})
_FOCUS = frozenset({"even", "also", "only"})  # a focus adverb before a clause's subject
_DASH = re.compile(r"\s[—–]\s+(?=[A-Z])")  # "… ignored much labor history — Frank cites …": a clause after a dash


def _owned_person(owner: list[str], rest: list[str]) -> str | None:
    """`Hillary Clinton’s right-hand woman rallied`: a capitalised owner, at most three lowercase words up
    to a person noun (descriptions.person_heads), then a lowercase word (its verb): the whole description."""
    if not owner or not owner[0][:1].isupper():
        return None
    for at, word in enumerate(rest[:3]):
        if not re.fullmatch(r"[a-z][a-z-]*", word):
            return None
        if word in descriptions.person_heads():
            after = rest[at + 1:at + 2]
            if after and after[0].islower() and after[0] not in _NOT_VERBS:
                return " ".join(owner + rest[:at + 1])
            return None
    return None


def _owned_body(np: list[str]) -> bool:
    """`His office`, `her campaign`: an owner pronoun and a body (data: bodies)."""
    return len(np) == 2 and np[0].lower() in OWNERS and np[1].lower() in word_set("bodies")


def _complement(follow: list[str], joint: str = "of") -> int:
    """How many tokens of `follow` continue a name past "of" ("Board of Elections", "Butterfield of North
    Carolina": names.from_place tells the person) or a person noun past "for" ("A spokesman for Platte
    River declined … but said"): the joint, an optional "the" and a run of capitalised words, or 0."""
    if follow[:1] != [joint]:
        return 0
    at = 2 if follow[1:2] == ["the"] else 1
    end = at
    while end < len(follow) and follow[end][:1].isupper() and follow[end].lower() not in not_names():
        end += 1
    return end if end > at else 0


def _verb_like(word: str) -> bool:
    """A lowercase word that can be a clause's verb (not a joining word, not an owner)."""
    return (word.islower() and word not in _NOT_VERBS and word not in DEFINITES | OWNERS | indefinites()
            and not re.search(r"[’']s?$", word))  # "in Aspen, Colo., the Stanford graduate ended": a place, then the subject


def sentence_subject(before: str) -> str | None:
    """The person the quote's sentence is about, when no cue names anyone: "Trump took a risk …,
    telling the crowd, “…”", "At the debate, Sanders compared himself to Clinton, saying, “…”".

    The subject is a name or pronoun at the start of a clause (the sentence's, or after one
    of its first commas), followed by a verb (a lowercase word), possibly after an apposition.
    """
    _, pronouns, _ = vocab()
    before = without_dateline(before)  # "PHILADELPHIA, July 25 (UPI) — ": a dateline opens it, not its subject
    starts = [0] + [m.end() for m in re.finditer(r",\s+", before[:150])][:3] + [m.end() for m in _DASH.finditer(before[:300])][:1]
    shaped = None  # "Reprising one of her lines, the former secretary …": a lone -ing word waits for a later clause
    for start in starts:
        rest = without_party(before[start:start + 300])
        tokens = TOKEN.findall(rest)
        if start == 0 and len(starts) > 1 and tokens and tokens[0].lower() in word_set("subordinators"):
            continue  # "While Clinton has condemned it, the groups say": the subordinate clause's subject is not it
        if start == 0 and len(tokens) > 1 and tokens[0].lower() in CONJUNCTIONS and tokens[1].lower() in pronouns:
            rest, tokens = rest.split(None, 1)[1], tokens[1:]  # "But he laid off …": the conjunction opens it
        if start > 0 and len(tokens) > 2 and tokens[0] in _FOCUS:
            rest, tokens = rest.split(None, 1)[1], tokens[1:]  # "…, even a top GOP strategist said"
        np = tokens[:2] if _owned_body(tokens[:2]) else np_tokens_forward(tokens)  # "…, his campaign sent out"
        skip = 0
        while skip < len(np) and opener(np[skip], skip == len(np) - 1) and np[skip].lower() not in pronouns:
            skip += 1
        prepositional = 0 < skip < len(np) and np[skip][:1].isupper() and np[0].lower() in _PREPOSITIONS
        if prepositional and np[skip - 1] in {"a", "an", "the"}:
            continue  # "In a Fox interview later that day, Trump went even further:": Fox is the preposition's
        if 0 < skip < len(np) and np[0].lower() in indefinites() | DEFINITES and (
                descriptions.is_role(np[-1]) or np[-1].lower() in descriptions.person_heads()):
            skip = 0  # "A Chinese official responded", "the former secretary of state talked": a description
        owned_body = _owned_body(np)
        if owned_body:
            skip = 0  # "His office put out a statement saying": the body a he/she owns (strategies.owned_body)
        described = owned_body or (skip == 0 and len(np) > 1 and np[0].lower() in indefinites() | DEFINITES)
        owned = _owned_person(np[skip:], tokens[len(np):]) if skip < len(np) and POSSESSIVE.search(np[-1]) else None
        if owned:
            return owned  # "Hillary Clinton’s right-hand woman rallied supporters, saying:": described by its owner
        if skip == len(np) or re.search(r"[’']s?$", np[-1]) or not (np[skip][:1].isupper() or np[skip].lower() in pronouns
                                                                  or described):
            continue
        follow = tokens[len(np):]
        heads = word_set("body_heads") | word_set("institution_heads")
        spoken_for = np[-1].lower() in descriptions.person_heads() and _complement(follow, "for")
        of_name = spoken_for or (np[-1][:1].isupper() and _complement(follow))
        if of_name and (spoken_for or np[-1].lower() in heads or len(from_place(np + follow[:of_name])) == 2):
            # "the Illinois Board of Elections was", "Rep. G.K. Butterfield of North Carolina declined": the name goes on
            np, follow = np + follow[:of_name], follow[of_name:]
        if follow[:1] == [","] and start > 0 and len(follow) > 1 and _verb_like(follow[1]):
            follow = follow[1:]  # "The editor I was talking to, Tim Grieve, interrupted me": the name closes an apposition
        elif follow[:1] == [","]:
            apposition = re.match(r"[^,“”\"]{1,150},\s*", rest[rest.find(np[-1]) + len(np[-1]):].lstrip(" ,"))
            follow = TOKEN.findall(rest[rest.find(np[-1]) + len(np[-1]):].lstrip(" ,")[apposition.end():]) if apposition else []
        if follow and follow[0].islower() and not re.search(r"[’']s?$", follow[0]) and follow[0] not in _NOT_VERBS:
            if skip and np[0].lower() == "the" and follow[1:2] == ["of"]:
                continue  # "The Archie Bunker stereotype of the gruff bigot ignored …": a noun the name modifies
            if start == 0 and len(starts) > 1 and (prepositional or len(np) - skip == 1 and OPENER_SHAPE.fullmatch(np[skip])):
                shaped = " ".join(np[skip:])  # waits for a later clause: "Alongside BLM calls for action, even a
                continue  # top GOP strategist said" (BLM is the preposition's), "Reprising one of her lines, …"
            return " ".join(np[skip:])
    return shaped
