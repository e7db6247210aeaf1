"""Attribution cues: who a quote's own sentence says is speaking, as written.

Looks, in order, after the quote (`,” Lavrov said`, `,” said the senator`, `quoted Lavrov
as saying`), before it (`Lavrov said: “`, `according to X, “`), and elsewhere in its
sentence (`The sanctions, he added, undermined … “…”`). Returns the mention as written —
a name, a title phrase or a pronoun; speakers.py resolves it to a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from generator.lexicon import word_set
from generator.quotes.marks import scan
from generator.speakers import cue_limits as limits
from generator.speakers.after_cues import DASH_NAME, according_after, after_cue
from generator.speakers.after_quote import (
    before_aside,
    described_subject,
    opening_participle_subject,
)
from generator.speakers.labels import inverted_cue, label_cue, owned_quote, reported_owner
from generator.speakers.mentions import (
    NP_WINDOW,
    POSSESSIVE,
    np_after,
    np_after_cue,
    np_before,
)
from generator.speakers.subjects import sentence_subject
from generator.speakers.vocabulary import verb_at
from generator.text.sentences import CONTEXT, sentence_bounds, sentence_ends

_QUOTED_AS_BEFORE = re.compile(r"\bquoted\s+(?P<np>[^,.;:“”\"]{2,80}?)\s+as\s+(?:saying|having\s+said)\s*[,:]?\s*$", re.I)
_ACCORDING = re.compile(r"according to\s+(?P<np>[^,.;:“”\"]+?)\s*[,:]?\s*$", re.I)


@cache
def _following() -> re.Pattern[str]:
    """`issued the following statement`: verbs and nouns as data (statement_verbs, statement_nouns)."""
    verbs = "|".join(re.escape(v) for v in word_set("statement_verbs"))
    nouns = "|".join(re.escape(n) for n in word_set("statement_nouns"))
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{verbs})\s+(?:the|a)\s+following\s+(?:\w+\s+)?(?:{nouns})$")


def cue_before(text: str) -> str | None:
    """Cue right before the opening mark: `Lavrov said: ` / `He added that ` / `according to X, `."""
    match = _ACCORDING.search(text)
    if match:
        return np_before(match.group("np")) or match.group("np").strip()
    quoted = _QUOTED_AS_BEFORE.search(text)
    if quoted:  # "Clinton quoted Trump as saying “…”": the one quoted, not the one quoting
        return np_before(quoted.group("np")) or None
    tail = text.rstrip(" ,:—–-")
    following = _following().search(tail[-NP_WINDOW:])
    if following:  # "President Clinton released the following statement:"
        head = tail[-NP_WINDOW:][: following.start()].rstrip()
        return np_before(AUXILIARY.sub("", head)) or sentence_subject(head)
    for verb in reversed(list(verb_at().finditer(tail))):
        rest = tail[verb.end():]
        if len(rest.split()) <= 5 and not re.search(r"[.;!?]", rest):
            head = _HAD_THIS_TO.sub("", tail[: verb.start()].rstrip())
            if not text[len(tail):].strip() and _reported_owner(head, verb.group(0)):
                continue  # "Salceda said Trump's remarks “…”": Salceda's words on them ("…remarks: “…”": Trump's)
            asked = limits.asked_of(head, verb.group(0), rest)
            if asked:
                return asked
            if participle_cue(verb.group(0), head):
                return _participle_subject(head)
            described = described_subject(AUXILIARY.sub("", head))
            if described:
                return described  # "Another source familiar with Cruz’s thinking said, “": nobody named
            np = None if limits.noun_cue(head, verb.group(0)) else (
                np_before(head) or before_aside(head) or limits.relative_speaker(head)
                or limits.quoting_apposition(head) or limits.medium_subject(head))
            if _described(head, np, rest):
                return sentence_subject(head)
            if np is None and limits.characterising(verb.group(0)) and not re.match(r"\s*(?:on|for|upon)\b", rest):
                return sentence_subject(head)  # "… and called National Nurses United “…”": the object is described
            return np or (_named_after(rest.strip(), head) if _inverted(verb.group(0)) else None)
        break
    return None


def _reported_owner(head: str, verb: str) -> bool:
    """`Salceda said Trump's remarks “…”`: the cue word is the owner's noun (cue_limits.owned_noun) and a cue
    verb right before the owner reports it (labels.reported_owner): the quote is the reporter's."""
    return limits.owned_noun(head, verb) and reported_owner(head)


def _described(head: str, np: str | None, rest: str) -> bool:
    """`Hollande denounced Trump’s remarks as “…”`, `Priebus called Clinton's remarks a “…”`: the cue word
    is the owner's noun and the quote is how the sentence's subject describes it, not the owner's words."""
    if not np:
        return False
    return bool(POSSESSIVE.search(np)) and (bool(re.match(r"\s*as\b", rest)) or limits.characterised(head, np))


_CLAUSE_VERB = re.compile(r"\s*(?!(?:in|on|at|during|for|to|from|with|by|of|after|before|and|or|who)\b)[a-z]")


def _inverted(verb: str) -> bool:
    """A verb that can come before its subject (data: inverted_verbs): `explained moderator Nancy Cordes:`.
    Not `As one employee told Palo Alto Weekly, “…”`: the name after "told" is who was told."""
    return verb.split()[-1] in word_set("inverted_verbs")


def _named_after(rest: str, head: str) -> str | None:
    """`explained moderator Nancy Cordes: “…”` names the speaker after the verb; in `but now said Trump
    had “…”` the name after the verb starts the reported clause (a verb follows it), so the speaker is
    the sentence's subject."""
    np = np_after(rest)
    if np and _CLAUSE_VERB.match(rest[rest.find(np.split()[-1]) + len(np.split()[-1]):]):
        return sentence_subject(head)
    return np


def participle_cue(verb: str, head: str) -> bool:
    """`Cruz praised Trump, stating …`: after a comma an -ing cue's speaker is the sentence's
    subject; the name right before the comma is the main verb's object. So after `by` (`Bolton distanced
    himself from the movement by saying …`) and after `and` joining a second -ing clause (`Axelrod
    emailed her condolences, addressing her as “Hillary” and telling her, “…”`)."""
    return verb.endswith("ing") and (head.endswith(",") or head.endswith(" by")
                                     or (head.endswith(" and") and bool(re.search(r",\s+[a-z]+ing\b", head))))


def _participle_subject(head: str) -> str | None:
    """Who an -ing cue after a comma belongs to: `…, Nefzi said, adding, “…”` is Nefzi's (the clause
    just closed had a cue of its own); `Cruz praised Trump, stating …` is the sentence subject's."""
    clause = head.rstrip(" ,")[-NP_WINDOW:]
    last = re.search(f"(?:{verb_at().pattern})$", clause)
    if last:
        np = np_before(AUXILIARY.sub("", clause[: last.start()].rstrip()))
        if np:
            return np
    if _OWN_CLAUSE.search(clause):
        return None  # "… where about 50 protesters had gathered on Wednesday, chanting “…”": not the main subject's
    named = _OWN_NAMED_CLAUSE.search(clause)
    if named:
        return named.group("np")  # "He tweeted when Clinton ended a debate with a reference …, remarking, “…”"
    return limits.inverted_speaker(clause) or sentence_subject(head) or _pronoun_subject(clause)


def ends_in_own_clause_cue(before: str) -> bool:
    """Whether the last cue verb of `before` is an -ing cue of such a clause (own_clause_cue)."""
    cues = list(verb_at().finditer(before))
    return bool(cues) and own_clause_cue(before[:cues[-1].start()].rstrip(), cues[-1].group(0))


_SUBORDINATE = r"\b(?:where|as|while|when)\s+"  # a clause of its own, inside the sentence
# … and one whose subject is a name: the -ing cue is that name's
_OWN_NAMED_CLAUSE = re.compile(_SUBORDINATE + r"(?P<np>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})\s+"
                               r"(?:had\s+|has\s+|was\s+)?[a-z]+(?:ed|s)\b[^,;:]*$")


def own_clause_cue(head: str, verb: str) -> bool:
    """Whether an -ing cue after `head` belongs to a subordinate or relative clause whose subject names
    nobody (`… as a maintenance guy walks in front of her, saying he’s “…”`): then no earlier cue of the
    sentence, nor its subject, speaks the quote."""
    return participle_cue(verb, head) and bool(_OWN_CLAUSE.search(head.rstrip(" ,")[-NP_WINDOW:]))


# A subordinate or relative clause with a subject that names nobody, closed by the comma before an -ing cue
_OWN_CLAUSE = re.compile(_SUBORDINATE + r"(?:an?|the|about|some|many|several|\d+)\s+(?:[a-z\d][\w’'-]*\s+){0,3}"
                         r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?[a-z]+(?:ed|s)\b[^,;:“”\"]*$")


_PRONOUN_SUBJECT = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\b")


def _pronoun_subject(clause: str) -> str | None:
    """`When he returned he began by saying, “…”`: with no named subject, the last he/she that heads a
    verb in the clause is the one speaking."""
    narrated = clause
    for span in scan(clause):  # not a he inside a quote of the clause
        narrated = narrated[:span.start] + " " * (span.end - span.start) + narrated[span.end:]
    found = list(_PRONOUN_SUBJECT.finditer(narrated))
    return found[-1].group(1) if found else None


# "a paper from the Brookings Institution had this to say about …: “…”": the subject before "had this to"
_HAD_THIS_TO = re.compile(r"\s+(?:had|has|have)\s+(?:this|the following|plenty|much|a lot)\s+to$")
AUXILIARY = re.compile(r"(?:\s+(?:had|has|have|was|is|were|are|will|would|could|may|might|must|should|can|"
                        r"did|does|do|even|also|then|later|again|"
                        r"once|previously|repeatedly|never|not|has also|had also))+\s*$", re.I)


# An absolute clause after the cue verb, with a named subject of its own: the quote in it is that subject's
_WITH_SUBJECT = re.compile(r",\s+with\s+(?P<np>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})\s+[a-z]+ing\b")


# A relative clause with a subject of its own that names nobody, right before the cue verb
_RELATIVE_THING = re.compile(r",\s+(?:which|that)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w’'-]*$")


def _in_sentence(before: str, after: str) -> str | None:
    """Any `X said` (`X had said`) in the quote's own sentence, nearest to the quote first."""
    for verb in reversed(list(verb_at().finditer(before))):
        head = before[: verb.start()].rstrip()
        absolute = _WITH_SUBJECT.search(before, verb.end())
        if absolute:
            return absolute.group("np")  # "… has denied it, with Lewandowski taking to Twitter to call Fields “…”"
        if limits.calls_for(verb.group(0), before[verb.end():]) or (
                not before[verb.end():].strip() and _reported_owner(head, verb.group(0))):
            continue
        asked = limits.asked_of(head, verb.group(0), before[verb.end():])
        if asked:
            return asked
        if own_clause_cue(head, verb.group(0)):
            return None  # the -ing cue belongs to a clause whose subject names nobody: no earlier cue's speaker
        np = None if limits.noun_cue(head, verb.group(0)) else (_participle_subject(head) if participle_cue(
            verb.group(0), head) else _aside_cue(head, verb.group(0), before[verb.end():])
            or np_before(AUXILIARY.sub("", head)) or before_aside(head)
            or limits.relative_speaker(head))
        if _described(head, np, before[verb.end():]):
            return sentence_subject(head)
        if np:
            return np
        if _RELATIVE_THING.search(head):
            return None  # "… criticized Clinton’s email use, which an FBI investigation said was “…”": not his
    for verb in verb_at().finditer(after):
        head = after[: verb.start()].rstrip()
        if limits.noun_cue(head, verb.group(0)) or limits.owned_noun(head, verb.group(0)):
            continue
        np = None
        if _inverted_after_comma(head, verb.group(0)):
            # “…” that Sanders can catch Clinton, said Steve Elmendorf: not `Joe Kasper, told POLITICO`
            np = np_after_cue(after[verb.end():].lstrip())
        np = np or np_before(AUXILIARY.sub("", head))
        if not np and head.endswith(","):  # “…” in the 2008 primary, said Ohio State professor Paul Beck.
            np = np_after_cue(after[verb.end():].lstrip())
        if np:
            return None if limits.leads_own_quote(head, np, after[verb.end():]) else np
    return None


def _inverted_after_comma(head: str, verb: str) -> bool:
    """`…, said Steve Elmendorf`, `…, says Carl Anthony, …`: a verb that can come before its subject
    (data: inverted_verbs), right after a comma."""
    return head.endswith(",") and _inverted(verb)


def _aside_cue(head: str, verb: str, rest: str) -> str | None:
    """`The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that
    she was “…”`: an inverted cue set off by commas inside the sentence names its speaker after the
    verb, not before it (Nancy is the sentence's topic)."""
    if not _inverted_after_comma(head, verb):
        return None
    np = np_after_cue(rest.lstrip())
    after = rest.lstrip()[len(np):] if np and rest.lstrip().startswith(np) else ""
    return np if after.startswith(",") else None


def mention_for(text: str, start: int, end: int, next_quote_start: int | None = None) -> str | None:
    """The speaker mention for the quote at [start, end) of a paragraph, as written."""
    return read_mention(text, start, end, next_quote_start)[0]


def read_mention(text: str, start: int, end: int,
                 next_quote_start: int | None = None) -> tuple[str | None, str | None]:
    """The mention for the quote at [start, end) and the reader that found it (cue_after, cue_before,
    label, inverted, participle, in_sentence, according_after, previous_sentence), or (None, None).

    The readers are tried in a declared order, first mention wins: a quote that closes its sentence
    reads the words before it first, any other the words right after it first."""
    left, right = sentence_bounds(text, start, end)
    after = text[end:next_quote_start if next_quote_start is not None else right]
    before = text[left:max(left, start - 1)]
    asks = text[end - 1:end] in ("?", "!")  # “…?” Hannity pressed.
    readers: list[tuple[str, Callable[[], str | None]]]
    if _closed_sentence(text, end, after, before):
        readers = [("cue_before", lambda: cue_before(before)),
                   ("label", lambda: label_cue(before) or owned_quote(before, after)),
                   ("inverted", lambda: inverted_cue(before)), ("in_sentence", lambda: _in_sentence(before, "")),
                   ("cue_after", lambda: None if limits.opens_other_sentence(after) else after_cue(after, asks))]
    else:
        signed = not before.strip() or not DASH_NAME.match(after)  # a credit after a quote its sentence cues
        # "After Scalia said that … at “less advanced schools,” Trump said: “…”": a cue before the quote and a
        # colon after the next cue, which leads into the next quote
        leads_next = next_quote_start is not None and after.rstrip(" “\"‘'").endswith(":") and bool(verb_at().search(before))
        readers = [("cue_after", lambda: after_cue(after, asks) if signed and not leads_next else None),
                   ("cue_before", lambda: cue_before(before)),
                   ("label", lambda: label_cue(before) or owned_quote(before, after)),
                   ("inverted", lambda: inverted_cue(before)),
                   ("participle", lambda: opening_participle_subject(before, after, text[end - 1:end] == ",")),
                   ("in_sentence", lambda: _in_sentence(before, text[end:right])),
                   ("according_after", lambda: according_after(after))]
    for name, reader in readers:
        found = reader()
        if found:
            return found, name
    if before.strip(" -—–\"“‘'") or left == 0:
        return None, None
    found = last_sentence_mention(text[max(0, left - CONTEXT):left])
    return (found, "previous_sentence") if found else (None, None)


_NEXT_SENTENCE = re.compile(r"^[”\"’']\s+[A-Z]")


def _closed_sentence(text: str, end: int, after: str, before: str = "") -> bool:
    """`Madigan asserted that "trust … is broken." Clinton said …`: a quote that ends its sentence with a
    full stop, followed by a capital and no comma, leaves the words after it to the next sentence; a
    cue before the quote in its own sentence comes first. So does one ending with ! or ? that a lead-in
    introduced (`telling her, “we need you for the long run!” She replied …`); without one (`“…?”
    Hannity pressed.`) the words after it are its cue."""
    last = text[end - 1:end]
    led_in = last in "?!" and before.rstrip().endswith((",", ":"))
    return (last == "." or led_in) and bool(_NEXT_SENTENCE.match(after))


def last_sentence_mention(text: str) -> str | None:
    """Who the last sentence of `text` says is speaking, for a quote that opens the next sentence
    without a cue: `Iowa State University's Dianne Bystrom agreed. “…”`, `“…,” said Grimm. “…”`.

    A last sentence with a quote in it names that quote's speaker or nobody (`“…,” said one
    Trump confidant. “…”` stays unknown); one without a quote must have a cue verb.
    """
    bounds = sentence_ends(text)
    sentence = text[bounds[-1] if bounds else 0:]
    spans = scan(sentence)
    if spans:
        return after_cue(sentence[spans[-1].end:])
    return _in_sentence(sentence.rstrip(), "")
