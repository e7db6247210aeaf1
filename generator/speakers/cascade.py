"""Stage 5: speakers. Resolve each quote's mention to a person (or body), one name per person.

Reading each article in order, each quote is read by the declared strategies of strategies.py
(in-sentence cues first, then discourse: carry-over, lists, resumption); the strategy that named the
speaker and its confidence (confidence.py) are recorded on the quote, and below the abstention
threshold the speaker is left unnamed. people.py keeps who the article has named; this module is
the one place that writes it. What the text does not name stays None — never a guess.
canonical.py then makes one name per person across the digest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from generator.lexicon import speech_words, verb_pattern
from generator.model import Paragraph, Quote
from generator.quotes.marks import scan
from generator.speakers import confidence
from generator.speakers.coref import is_nickname, titled_surnames
from generator.speakers.discourse import backfill, repeated
from generator.speakers.in_sentence import published_description, unnamed, vouched
from generator.speakers.mentions import NP_WINDOW, np_after, np_before
from generator.speakers.people import People, is_person, resolve
from generator.speakers.strategies import Reading, Turn, read

__all__ = ["attribute"]


def _outside_quotes(text: str) -> str:
    """The narration only: names inside quotations are not people the article introduces (a nickname,
    Juan “Chico” Manriquez, is left out with its marks so the name around it stays one)."""
    out, current, pos = [], "", 0
    for span in scan(text):
        if is_nickname(text, span.start, span.end):
            current += text[pos:span.start - 1]
            pos = span.end + 1
            continue
        out.append(current + text[pos:span.start])
        current, pos = "", span.end
    out.append(current + text[pos:])
    return " . ".join(out)


# "Rubio was asked by moderator Gerard Baker whether …“…” ¶ “…,” he said": the one asked stays the topic
_ASKED_BY = re.compile(r"\basked by\b")


def attribute(paragraphs: list[Paragraph], quotes: list[Quote], title: str = "") -> list[Quote]:
    """Fill in `mention` (as written), `speaker` (resolved), `speaker_rule` and `speaker_confidence`
    for each quote, in reading order."""
    if not quotes:
        return []  # a fifth of real pages quote no one: there is no registry to build for them
    people = People(text="\n".join(p.text for p in paragraphs))
    people.learn(title, weight=2)
    by_paragraph: dict[int, list[Quote]] = defaultdict(list)
    for quote in quotes:
        by_paragraph[quote.paragraph].append(quote)
    reading = Reading(paragraphs, people, titled_surnames(title), spoken=defaultdict(list))
    # the registry is read only while quotes are: the paragraphs after the last one's would change nothing
    last = max(by_paragraph)
    for index, paragraph in enumerate(paragraphs[:last + 1]):
        narration = _outside_quotes(paragraph.text)
        people.learn(narration)
        reading.titled |= titled_surnames(narration)
        if paragraph.speaker:
            continue
        in_paragraph = by_paragraph.get(index, [])
        for n, quote in enumerate(in_paragraph):
            following = in_paragraph[n + 1].start if n + 1 < len(in_paragraph) else None
            found = read(Turn(reading, index, n, quote, following))
            _record(reading, index, quote, found.speaker)
            speaker = vouched(found.mention, found.speaker, found.resolved_by, reading.people.titles.get(found.speaker or "", set()))
            description = None if speaker else published_description(found.mention)
            # "a senior official", "the Florida senator": shown as written, no person of the article or the digest
            rule = f"{found.rule}/described" if description else found.label
            score = (found.confidence if found.confidence is not None and speaker
                     else confidence.of(rule, found.evidence, quote.kind == "fragment") if speaker or description else None)
            quote = replace(quote, mention=found.mention, speaker=speaker, speaker_rule=rule,
                            speaker_confidence=score, speaker_description=description, speaker_evidence=found.evidence)
            if quote.kind == "fragment" and quote.said_by is None and not unnamed(quote.mention):
                continue  # a fragment is reported with its speaker, or not at all: an unnamed one ("a man") is one
            reading.out.append(quote)
            reading.previous = quote
        if not in_paragraph:
            _note_speech(paragraph.text, people)
        backfill(paragraph.text, reading.out, index)
    return confidence.abstain(repeated(reading.out))


def _record(reading: Reading, index: int, quote: Quote, speaker: str | None) -> None:
    """The people registry learns who spoke, and where (the pronouns after it look back through it)."""
    people = reading.people
    if speaker and (is_person(speaker) or speaker.lower() in people.by_last):
        people.said(speaker)
    elif speaker and " " not in speaker:
        people.lone_speakers.add(speaker)  # "Obama said": the article never gave a full name
    if (is_person(speaker) or (speaker and speaker in people.by_last.values())) and not _ASKED_BY.search(
            reading.texts[index], max(0, quote.start - NP_WINDOW * 4), quote.start):
        reading.spoken[index].append((quote.start, speaker))  # type: ignore[arg-type]  # people only: "the Kremlin" is no "he"


def _note_speech(text: str, people: People) -> None:
    """Reported speech without quote marks (`Lavrov said he had…`) still sets the last speaker."""
    pronouns = speech_words()["pronouns"]
    for verb in verb_pattern().finditer(text):
        before = text[max(0, verb.start() - 2 * NP_WINDOW): verb.start()].rstrip()  # windows, not whole prefixes
        last = before.rsplit(None, 1)[-1:]
        if last and last[0].lower() in pronouns:
            continue  # "he said": np_before reads the pronoun, which names nobody here (no regex pass)
        np = np_before(before) or np_after(text[verb.end(): verb.end() + NP_WINDOW])
        speaker = resolve(np, people) if np else None
        if speaker and is_person(speaker):
            people.said(speaker)
