"""Cues outside a quote's own sentence: who the sentences around it say is speaking.

attribution.py reads the quote's own sentence. When that names nobody, speakers.py asks
here: the subject of a statement's sentence, the reported speech of the sentence just
before it (`…, he said. … “the truth is sexier than the lie.”`), and a paragraph that
ends by introducing the next one's quote (`He said:`). Mentions are returned as written.
"""

from __future__ import annotations

import re

from generator.quotes.marks import scan
from generator.speakers import cue_limits as limits
from generator.speakers.labels import inverted_cue, label_cue
from generator.speakers.mentions import np_before
from generator.speakers.sentence_cues import AUXILIARY, cue_before, ends_in_own_clause_cue
from generator.speakers.subjects import sentence_subject
from generator.speakers.vocabulary import verb_at
from generator.text.sentences import CONTEXT, sentence_bounds, sentence_ends


def subject_mention(text: str, start: int, end: int) -> str | None:
    """For a statement no cue attributes: the subject of its sentence (see sentence_subject). Not for
    fragments: a few quoted words in someone's sentence are as often a phrase they mock."""
    left, _ = sentence_bounds(text, start, end)
    before = text[left:max(left, start - 1)]
    if ends_in_own_clause_cue(before):
        return None  # "Clinton asks as a maintenance guy walks in front of her, saying he’s “…”": not Clinton's
    return (_according_opening(before) or limits.clause_subject(before)
            or _reported_before(text[max(0, left - CONTEXT):left]))


# "According to a 2013 study by economists Peter Schott and Justin Pierce, the Great Recession is …": the source
_ACCORDING_OPENING = re.compile(r"^\s*According to\s+(?P<np>[^,;:“”\"]{2,120}),\s")


def _according_opening(before: str) -> str | None:
    """`According to a 2013 study by …, the Great Recession is partly to blame …, but so is this “…”`: a
    statement in a sentence that opens with its source and has no cue of its own is the source's, not the
    subject's of the clause after it (the Great Recession says nothing)."""
    match = _ACCORDING_OPENING.match(before)
    if not match:
        return None
    phrase = match.group("np").strip()
    np = np_before(phrase)
    if not np or re.search(r"\s(?:in|at|on)\s+" + re.escape(np) + "$", phrase):
        return None  # "the exit polls in New Hampshire": the polls, not the state, and the polls name nobody
    return np


def paraphrased_before(text: str, start: int) -> str | None:
    """`Quintanilla seemed taken aback and mentioned that Carson's picture had been on the company's Web
    site. “Does that not speak to your vetting process?”`: a statement that is a sentence of its own, with
    no cue anywhere, goes on from the sentence before it in its paragraph, whose named subject the writer
    was narrating. Not after a sentence with quote marks of its own (`…,” a welcome message reads.`: its
    cue was that quote's). The caller keeps only a known person."""
    left, _ = sentence_bounds(text, start, start)
    if left == 0 or text[left:start].strip(" “\"‘'"):
        return None
    bounds = sentence_ends(text[:left])
    sentence = text[bounds[-1] if bounds else 0:left].rstrip()
    plain = _TITLES.sub(_title_or_quote, sentence)
    subject = sentence_subject(plain) if plain.endswith(".") and not re.search(r"[“”\"]", plain) else None
    return subject if subject and subject[:1].isupper() and subject.lower() not in {"he", "she", "they", "i", "we"} else None


# `On “Face the Nation,” Sen. Bernie Sanders … identified …`: a programme's or a book's name in quote marks
_TITLES = re.compile(r"[“\"](?P<inner>[^“”\"]{1,40}?)[,.]?[”\"]")
_SMALL_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "to", "for", "with", "at", "by", "is"})


def _title_or_quote(match: re.Match[str]) -> str:
    """A title in quote marks (every word capitalised but small ones) loses its marks; a quote keeps them."""
    words = match.group("inner").split()
    title = bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in _SMALL_WORDS for w in words)
    return match.group("inner") if title else match.group(0)


def _reported_before(text: str) -> str | None:
    """`This makes it harder to dislodge misinformation, he said. Good information can still drive out
    bad, but usually only when “the truth is sexier than the lie.”`: a statement in a sentence with no
    cue and no subject goes on with the reported speech of the sentence just before it, when that
    sentence closes with its own cue (`…, he said.`). Not a sentence that only mentions someone."""
    bounds = sentence_ends(text)
    sentence = text[bounds[-1] if bounds else 0:].rstrip()
    if scan(sentence) or not sentence.endswith("."):
        return None
    verbs = list(verb_at().finditer(sentence))
    if not verbs or len(sentence[verbs[-1].end():].split()) > 3:
        return None
    head = sentence[:verbs[-1].start()].rstrip()
    np = np_before(AUXILIARY.sub("", head))
    if not np or not re.search(r",\s*" + re.escape(np) + r"$", AUXILIARY.sub("", head)):
        return None
    return np


def trailing_cue(text: str) -> str | None:
    """A paragraph that ends by introducing a quote (`He said:`) names the next paragraph's speaker."""
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return None
    left = sentence_ends(stripped)
    sentence = stripped[left[-1] if left else 0:-1]
    return (cue_before(stripped) or inverted_cue(sentence) or label_cue(sentence + ":")  # "Stated Stone:", "Rep. Trey Gowdy:"
            or _as_clause(sentence))


def _as_clause(sentence: str) -> str | None:
    """`Of course, as Joel Pollak of Breitbart California observed, the biggest victor was the stage
    itself:`: an `as X said` clause names the speaker of the quote the sentence introduces. Not `as
    voters said they would` (no comma closes the clause) nor `as he put it` without a name."""
    for match in _AS_CLAUSE.finditer(sentence):
        clause = sentence[match.end():match.end() + 100].split(",", 1)[0]
        verb = next(iter(verb_at().finditer(clause)), None)
        if verb and not clause[verb.end():].strip() and "," in sentence[match.end() + verb.end():][:2]:
            np = np_before(AUXILIARY.sub("", clause[:verb.start()].rstrip()))
            if np and np[:1].isupper() and len(np) >= len(clause[:verb.start()].strip()) - 1:
                return np.split(" of ", 1)[0]  # "Joel Pollak of Breitbart California": where, not who
    return None


_AS_CLAUSE = re.compile(r"\b[Aa]s\s+(?=[A-Z])")
