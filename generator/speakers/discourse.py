"""Discourse evidence: a quote's speaker read from the quotes and paragraphs around it.

A quote resumed after its cue, a list of quotes under one cue, a paragraph carried on from the one
before (`He said:`, a continued quote, the previous paragraph's speaker), a second quote of the same
paragraph, a statement whose cue comes after the next quote (backfill), a pull quote repeating a
cited one. Apart from the in-sentence readers: these read no cue of the quote's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from generator.lexicon import verb_pattern
from generator.model import Paragraph, Quote
from generator.quotes.marks import opens_unclosed, scan
from generator.speakers.context_cues import trailing_cue
from generator.speakers.in_sentence import own_subject
from generator.speakers.people import People, is_person, resolve
from generator.speakers.sentence_cues import last_sentence_mention
from generator.speakers.subjects import sentence_subject


def continues(paragraphs: list[Paragraph], index: int) -> bool:
    """True when the previous paragraph left a quote open and this one opens the next part."""
    return index > 0 and opens_unclosed(paragraphs[index - 1].text)


def resumed(text: str, previous: Quote | None, quote: Quote) -> Quote | None:
    """`“Many people are uncertain,” Thiel wrote in a statement to Wired explaining why he is speaking,
    “but most Americans agree …”`: a quote that opens in lowercase right after a quote closed by a comma
    and the cue naming its speaker, and after a comma, is the same sentence resumed, whatever else the cue
    clause names. Not `“…,” Axelrod tweeted after Clinton argued that “if everyone had voted …”`."""
    if previous is None or previous.speaker is None or not previous.mention or not quote.text[:1].islower():
        return None
    between = text[previous.end:quote.start]
    if (not re.match(r"[”\"’']?,", between) or not re.search(r",\s*[“\"‘']?$", between)
            or previous.mention not in between or re.search(r"[.!?;]", between)):
        return None
    return previous


_LIST_JOINS = frozenset({",", "and", "or", ", and", ", or"})


def listed(text: str, previous: Quote | None, quote: Quote) -> Quote | None:
    """`as Trump went on about “how the system is rigged,” and “wounded American families” and “our own
    struggling citizens,” Melanie said yes`: quotes joined by a comma or an and are one list, governed by
    one cue; the list's first quote found it, so the cue after the last one (said yes) does not change it."""
    if previous is None or previous.speaker is None or previous.paragraph != quote.paragraph:
        return None
    joint = " ".join(text[previous.end:quote.start].strip(" ”\"’'“‘").replace(",", " , ").split()).replace(" ,", ",")
    return previous if joint in _LIST_JOINS else None


def backfill(text: str, out: list[Quote], index: int) -> None:
    """`“We owe them nothing at all” was the message, a “blunt warning,” said Susan Crawford`: a statement
    with no speaker takes that of the next quote of its sentence, whose cue comes after both. Not across
    a sentence end, nor across a cue verb between the two (`“…” Smith said, and Jones added “…”`)."""
    for i in range(len(out) - 2, -1, -1):
        quote, following = out[i], out[i + 1]
        if quote.paragraph != index:
            break
        between = text[max(quote.start, quote.end - 2):following.start]
        if (quote.speaker is None and quote.kind == "statement" and following.speaker
                and not re.search(r"[.!?;:]", between) and not verb_pattern().search(between)):
            out[i] = replace(quote, mention=following.mention, speaker=following.speaker, speaker_rule="backfill",
                             speaker_confidence=None)


_REPEAT_WORDS = 10  # a statement's first words: a pull quote and its cited copy share them, however cut


_WHOLE_WORDS = 4  # a shorter statement repeats another only when it is all of it: "Is that all there is?"


def repeat_key(text: str) -> tuple[str, ...] | None:
    words = re.findall(r"\w+", text.lower())
    if len(words) >= _REPEAT_WORDS:
        return tuple(words[:_REPEAT_WORDS])
    return ("=", *words) if len(words) >= _WHOLE_WORDS else None


def repeated(quotes: list[Quote]) -> list[Quote]:
    """A pull quote (the statement set apart, its cue elsewhere) is the same words as the cited copy in
    the body: a statement that opens its paragraph and no cue attributes takes the speaker of another
    statement of the article that starts with the same ten words. So does a shorter statement that is
    all of another one, wherever it stands (a headline's "Is that all there is?" is Trump's words from
    the body). One pass over the article's quotes, a dict lookup each."""
    known: dict[tuple[str, ...], Quote] = {}
    for quote in quotes:
        key = repeat_key(quote.text) if quote.kind == "statement" and quote.speaker else None
        if key:
            known.setdefault(key, quote)
    if not known:
        return quotes
    out = []
    for quote in quotes:
        key = repeat_key(quote.text) if quote.kind == "statement" and quote.speaker is None else None
        key = key if key and (quote.start <= 2 or key[0] == "=") else None
        source = known.get(key) if key else None
        out.append(replace(quote, mention=source.mention, speaker=source.speaker, speaker_rule="repeated",
                           speaker_confidence=None) if source else quote)
    return out


def carry(paragraphs: list[Paragraph], index: int, previous: Quote | None, people: People,
          lead_in_pronoun: Callable[[str, int], str | None]) -> tuple[str, str | None, str] | None:
    """A quote opening its paragraph without a cue: a `He said:` lead-in (carry_lead_in), a continued
    quote or the previous paragraph's speaker (carry_previous), the cue of the previous paragraph's
    last sentence (carry_last_sentence; a he/she there read by coref, like a lead-in's), the speaker two paragraphs back whom the paragraph between
    is about (carry_topic). Returns (rule, mention, speaker)."""
    cue = trailing_cue(paragraphs[index - 1].text) if index else None
    if cue:
        speaker = lead_in_pronoun(cue, index - 1) or resolve(cue, people)
        if speaker:
            return "carry_lead_in", cue, speaker
    if previous and previous.speaker and (previous.paragraph == index - 1 or continues(paragraphs, index)):
        return "carry_previous", previous.mention, previous.speaker
    if index and (previous is None or previous.paragraph != index - 1):  # "Schoen elaborated in an editorial piece … ¶ “…”"
        mention = last_sentence_mention(paragraphs[index - 1].text)
        speaker = (lead_in_pronoun(mention, index - 1) if mention else None) or resolve(mention, people)
        if is_person(speaker) or (speaker and speaker in people.by_last.values()):
            return "carry_last_sentence", mention, speaker  # type: ignore[return-value]
    if (previous and previous.speaker and previous.kind == "statement" and previous.paragraph == index - 2
            and not scan(paragraphs[index - 1].text)):
        between = paragraphs[index - 1].text
        subject = sentence_subject(between[:300])
        if subject and subject.lower() not in {"he", "she"} and resolve(subject, people) == previous.speaker:
            return "carry_topic", previous.mention, previous.speaker  # "Viguerie is upbeat about Cruz’s chances … ¶ “…”"
        if subject and _same_pronoun(subject, between, previous.speaker, people):
            return "carry_topic", previous.mention, previous.speaker  # "“…” ¶ She pauses. ¶ “…”": the speaker goes on
    return None


def _same_pronoun(subject: str, between: str, speaker: str, people: People) -> bool:
    """`She pauses.` between two quotes: a he/she of the speaker's gender opens the paragraph between, and
    it names nobody else the pronoun could be."""
    gender = {"he": "m", "she": "f"}.get(subject.lower())
    if gender is None or people.gender.get(speaker) != gender:
        return False
    return not any(full.split()[-1] in between for full in set(people.by_last.values()) if full != speaker)


def other_person_between(text: str, previous: Quote, quote: Quote, people: People) -> bool:
    """`Sanders released a statement, insisting that “…” Meanwhile, Clinton endorsed the deal, although
    she made it clear that she has “serious concerns”`: when the sentence of the second quote has a
    subject of its own, another known person, the quote does not inherit the previous one's speaker."""
    left, subject = own_subject(text, quote)
    if left <= previous.end:
        return False
    person = resolve(subject, people) if subject else None
    surname = (previous.speaker or "").split()[-1:]
    return (bool(person) and person in people.by_last.values() and person != previous.speaker
            and not (surname and subject and surname[0] in subject))  # "That letter, on Trump Organization letterhead, …"
