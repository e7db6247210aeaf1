"""Sentences that only name their speaker: a name and a colon labelling the quote (`Rep. Trey Gowdy
(R-S.C.): “…”`, `… - Michael P. McDonald: “…”`), or a cue verb opening the sentence with the name
right after it (`Said Comey, “…”`). Read before the quote, by the in-sentence and context readers.
"""

from __future__ import annotations

import re

from generator.lexicon import word_set
from generator.speakers import cue_limits as limits
from generator.speakers.mentions import np_after, np_before, without_party
from generator.speakers.vocabulary import is_cue_verb, verb_at

_LABEL = re.compile(r"^\s*(?:[-—–]\s*)?(?P<np>[^:]{1,80}):\s*$")


def label_cue(before: str) -> str | None:
    """`Rep. Trey Gowdy (R-S.C.): “…”`, `- Michael P. McDonald: “…”`: a sentence that is only a
    name and a colon labels the quote with its speaker. Not `He visited three states: “…”` —
    the name must be the whole sentence, with nothing before it."""
    topic = _topic_label(without_party(before)) or _here_label(before)
    if topic:
        return topic
    np = _whole_name(_LABEL.match(without_party(before)))
    if np:
        return np
    return (_dash_label(without_party(before)) or limits.colon_name(before)  # "Pollsters agree - Carl Bialik:"
            or owned_words(before))


_TOPIC_LABEL = re.compile(r"^\s*(?P<np>[A-Z][^:“”\"]{1,60}?)\s+(?:on|to|about)\s+[^:“”\"]{1,60}:\s*$")


def _topic_label(before: str) -> str | None:
    """`Clinton on Trump: “…”`, `Trump to Clinton: “…”`: a label with what (or whom) the words are about;
    the name before "on"/"to" speaks, not the one after it (which the plain label read)."""
    return _whole_name(_TOPIC_LABEL.match(before))


def _whole_name(match: re.Match[str] | None) -> str | None:
    """The name a label's `np` group is, when the noun-phrase reader takes it whole (all but a stop)."""
    np = np_before(match.group("np").rstrip()) if match else None
    return np if match and np and np[:1].isupper() and len(np) >= len(match.group("np").strip()) - 1 else None


# "Here’s Clinton in December 1992: “…”", "Here is Trump on Tuesday:": the label a column shows a quote with
_HERE_LABEL = re.compile(r"^\s*Here(?:[’']s|\s+is)\s+(?P<np>[A-Z][^:“”\"]{1,60}?)"
                         r"(?:\s+(?:in|on|at|during|from|last|this)\s+[^:“”\"]{1,60})?:\s*$")


def _here_label(before: str) -> str | None:
    """`Here’s Clinton in December 1992: “…”`: a column presents its quote with the speaker's name (and
    when or where); the whole name, or nothing (`Here’s the thing:` names no one)."""
    return _whole_name(_HERE_LABEL.match(before))


_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_OWNED_WORDS = re.compile(rf"^\s*(?:[Ii]n\s+)?(?P<owner>{_NAME})(?:[’']s|s[’'])\s+(?:own\s+|latest\s+|first\s+|full\s+)?"
                          r"(?P<noun>[a-z]+)(?:\s+(?:was|is)\s+[a-z]+)?\s*[:,]\s*$")
_TO_QUOTE = re.compile(rf"^\s*To\s+quote\s+(?P<owner>{_NAME})\s*,\s*$")


def owned_words(before: str) -> str | None:
    """`Trump’s response: “…”`, `In Clinton’s words, “…”`, `Trump’s message was clear: “…”`, `To quote
    Trump, “…”`: what someone said (data: speech_nouns), owned by them, leads into the quote: the owner
    speaks. Not `Trump’s plan: “…”` (a plan says nothing) nor a sentence with more before the owner."""
    match = _OWNED_WORDS.match(before)
    if match and match.group("noun") in word_set("speech_nouns"):
        return np_before(match.group("owner"))
    quoted = _TO_QUOTE.match(before)
    return np_before(quoted.group("owner")) if quoted else owned_in_sentence(before)


# "Donald Trump’s claim that", "in Forbes’ words,", "Barrett’s dictum to his interns (…) was,": an owner and the
# lowercase words after it, one of the first three a speech noun; then what may stand before the quote (_OWNED_TAIL)
_OWNED_NOUN = re.compile(rf"(?P<owner>{_NAME})(?:[’']s\b|(?<=s)[’'])(?P<words>(?:\s+[a-z-]+){{1,3}})")
_OWNED_TAIL = re.compile(r"\s*[,:]?\s*$"  # "in Forbes’ words, “"
                         r"|(?:\s+[a-z]+)?\s*[—–]\s*$"  # "Bill Clinton’s stock answer then — “…” — is likely to be repeated"
                         # "Trump’s claim that President Barack Obama “", not "Rubio's claim that Cruz is … is “simply not
                         # true”": there the quote is said of the claim, by the sentence's speaker
                         r"|\s+that\s+(?![^“”\"]*\s(?:is|was|are|were)\s*$)[^.;:!?“”\"]{0,80}$"
                         r"|(?!\s+that\b)[^.;:!?“”\"]{0,80}?\s(?:was|is)(?:\s*[,:]|\s+that\b[^.;:!?“”\"]{0,60})?\s*$")  # "… was, “"


def owned_in_sentence(before: str) -> str | None:
    """`… making an issue out of Donald Trump’s claim that President Barack Obama “…”`, `because, in Forbes’
    words, “…”`, `Rubio’s catch phrase in that election was that Crist “…”`: the last owned speech noun
    (data: speech_nouns) of the quote's sentence leads into the quote when only its complement stands
    between them, with no cue verb of its own: the owner speaks, not the subject of the sentence around
    it (who speaks of the claim). Not `Trump’s plan was “…”` (a plan says nothing)."""
    nouns = word_set("speech_nouns")
    for match in reversed(list(_OWNED_NOUN.finditer(before))):
        at = next((w for w in re.finditer(r"[a-z-]+", match.group("words")) if w.group(0) in nouns), None)
        if at is None:
            continue
        tail = before[match.start("words") + at.end():]
        if not _OWNED_TAIL.match(tail) or verb_at().search(tail) or (not tail.strip() and reported_owner(
                before[:match.end("owner")] + "’s")):
            return None  # "Salceda said Trump's remarks “have had …”": the quote goes on Salceda's sentence
        return np_before(match.group("owner"))
    return None


_OWNER_BEFORE = re.compile(rf"(?P<owner>{_NAME})(?:[’']s|(?<=s)[’'])\s*$")
_NOUN_AFTER = re.compile(r"^[”\"’']?\s*(?P<noun>[a-z]+)\b")


def owned_quote(before: str, after: str) -> str | None:
    """`the persistent pull of Obama’s “if you like your plan, you can keep it” promise`, `Trump’s “Make America
    Great Again” slogan`: an owner right before the quote and a speech noun (data: speech_nouns) right after
    it: the quote is the owner's words. Not `Trump’s “wall” plan` (a plan says nothing)."""
    owner = _OWNER_BEFORE.search(before)
    noun = _NOUN_AFTER.match(after)
    if owner is None or noun is None or noun.group("noun") not in word_set("speech_nouns") or reported_owner(before):
        return None
    return np_before(owner.group("owner"))


def reported_owner(head: str) -> bool:
    """Whether the owner that ends `head` (`… said Trump's`) comes right after a cue verb: what is said of
    the owner's words, with no colon, is the reporter's (`Salceda said Trump's remarks “have had …”`)."""
    owner = np_before(head)
    before = head[: len(head) - len(owner)].rstrip() if owner and head.endswith(owner) else ""
    return bool(before) and re.search(f"(?:{verb_at().pattern})$", before) is not None


_DASH_LABEL = re.compile(r"\s[-—–]\s*(?P<np>[^:—–]{3,60}):\s*$")


def _dash_label(before: str) -> str | None:
    """`IOWA TURNOUT DOESN’T RAISE EXPECTATIONS - Michael P. McDonald: “…”`: a headline, a dash, then a
    person's full name and a colon. A single word after the dash (`three states - Iowa:`) or a
    place (`- New Hampshire:`) is a topic, not a speaker."""
    match = _DASH_LABEL.search(before)
    if not match:
        return None
    np = np_before(match.group("np").rstrip())
    words = np.split() if np else []
    if np is None or len(words) < 2 or len(np) < len(match.group("np").strip()) - 1 or not all(w[:1].isupper() for w in words):
        return None
    return None if any(w.lower().strip(".") in word_set("not_person_words") for w in words) or np.isupper() else np


_INVERTED = re.compile(r"^\s*(?P<verb>[A-Z][a-z]+)\s+(?P<rest>.{1,200})$", re.S)


def inverted_cue(before: str) -> str | None:
    """`Said Comey, “…”`, `Continued Stone: “…”`: a sentence that opens with a cue verb names its
    speaker right after it. Not `Asked if Clinton…`: the name must follow the verb directly."""
    match = _INVERTED.match(before)
    if not match or not is_cue_verb(match.group("verb")):
        return None
    return np_after(match.group("rest"))
