"""Stage 5: speakers. Resolve each quote's mention to a person (or body), one name per person.

Reading each article in order: attribution.py finds the mention as written, people.py keeps
who the article has named and resolves the mention to a person, coref.py resolves he/she
through the text around it; a quote with no cue of its own takes a paragraph-opening carry
(`He said:` / a continued quote / the previous paragraph's cue). What the text does not name
stays None — never a guess. canonical.py then makes one name per person across the digest.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from generator.lexicon import verb_pattern
from generator.model import Paragraph, Quote
from generator.quotes.marks import opens_unclosed, scan
from generator.speakers.ad_voices import ad_owner, is_voice
from generator.speakers.context_cues import paraphrased_before, subject_mention, trailing_cue
from generator.speakers.coref import LOOKBACK, Split, antecedent, is_nickname, titled_surnames
from generator.speakers.cue_limits import passive_question
from generator.speakers.descriptions import staff_roles
from generator.speakers.mentions import NP_WINDOW, np_after, np_before, sentence_subject
from generator.speakers.people import People, description_of, is_person, plural_opener, resolve
from generator.speakers.sentence_cues import last_sentence_mention, mention_for
from generator.text.sentences import sentence_bounds

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


def _continues(paragraphs: list[Paragraph], index: int) -> bool:
    """True when the previous paragraph left a quote open and this one opens the next part."""
    return index > 0 and opens_unclosed(paragraphs[index - 1].text)


def attribute(paragraphs: list[Paragraph], quotes: list[Quote], title: str = "") -> list[Quote]:
    """Fill in `mention` (as written) and `speaker` (resolved) for each quote, in reading order."""
    people = People(text="\n".join(p.text for p in paragraphs))
    people.learn(title, weight=2)
    by_paragraph: dict[int, list[Quote]] = defaultdict(list)
    for quote in quotes:
        by_paragraph[quote.paragraph].append(quote)
    out: list[Quote] = []
    previous: Quote | None = None
    texts = [p.text for p in paragraphs]
    spoken: dict[int, list[tuple[int, str]]] = defaultdict(list)
    titled = titled_surnames(title)
    split = Split(texts, people)
    for index, paragraph in enumerate(paragraphs):
        narration = _outside_quotes(paragraph.text)
        people.learn(narration)
        titled |= titled_surnames(narration)
        if paragraph.speaker:
            continue
        in_paragraph = by_paragraph.get(index, [])
        for n, quote in enumerate(in_paragraph):
            following = in_paragraph[n + 1].start if n + 1 < len(in_paragraph) else None
            mention = mention_for(paragraph.text, quote.start, quote.end, following) or _signed(texts, index, quote)
            if mention is None and quote.kind == "statement":
                mention = subject_mention(paragraph.text, quote.start, quote.end)
                mention = None if plural_opener(mention, people) else mention
            mention = _CONTRACTED.sub("", mention) if mention else mention  # "He’s claiming that …": he
            resumed = _resumed(paragraph.text, out[-1] if n and out else None, quote) or _listed(
                paragraph.text, out[-1] if n and out else None, quote)
            mention = resumed.mention if resumed else mention
            nearby = _nearby(texts, index, quote.start, people, split) if description_of(mention) else None
            speaker = resumed.speaker if resumed else (_pronoun(mention, texts, index, quote, people, spoken, titled, split)
                                                       or resolve(mention, people, nearby)
                                                       or _body_it(mention, paragraph.text, quote, people))
            if speaker is None and is_voice(mention):
                speaker = resolve(ad_owner(texts, index, quote.start), people)  # "the ad’s narrator says"
            if speaker is None and mention is None and quote.kind == "statement":
                subject = paraphrased_before(paragraph.text, quote.start)
                person = resolve(subject, people) if subject else None
                mention, speaker = (subject, person) if person and person in people.by_last.values() else (None, None)
            if speaker is None and not (mention and mention[:1].islower()) and quote.start <= 2:
                lead_in = partial(_lead_in_pronoun, texts=texts, people=people, spoken=spoken, titled=titled, split=split)
                carried = _carry(paragraphs, index, previous, people, lead_in)
                mention, speaker = carried if carried else (mention, speaker)
            if (speaker is None and n > 0 and out and out[-1].paragraph == index and not description_of(mention)
                    and not passive_question(mention)
                    and not _other_person_between(paragraph.text, out[-1], quote, people)):
                mention, speaker = out[-1].mention, out[-1].speaker
            if is_person(speaker) or (speaker and speaker.lower() in people.by_last):
                people.said(speaker)
            elif speaker and " " not in speaker:
                people.lone_speakers.add(speaker)  # "Obama said": the article never gave a full name
            if (is_person(speaker) or (speaker and speaker in people.by_last.values())) and not _ASKED_BY.search(
                    paragraph.text, max(0, quote.start - NP_WINDOW * 4), quote.start):
                spoken[index].append((quote.start, speaker))  # people only: "the Kremlin" is no "he"
            quote = replace(quote, mention=mention, speaker=speaker)
            if quote.kind == "fragment" and speaker is None and not _unnamed(mention):
                continue  # a fragment is reported with its speaker, or not at all: an unnamed one ("a man") is one
            out.append(quote)
            previous = quote
        if not in_paragraph:
            _note_speech(paragraph.text, people)
        _backfill(paragraph.text, out, index)
    return _repeated(out)


def _resumed(text: str, previous: Quote | None, quote: Quote) -> Quote | None:
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


def _listed(text: str, previous: Quote | None, quote: Quote) -> Quote | None:
    """`as Trump went on about “how the system is rigged,” and “wounded American families” and “our own
    struggling citizens,” Melanie said yes`: quotes joined by a comma or an and are one list, governed by
    one cue; the list's first quote found it, so the cue after the last one (said yes) does not change it."""
    if previous is None or previous.speaker is None or previous.paragraph != quote.paragraph:
        return None
    joint = " ".join(text[previous.end:quote.start].strip(" ”\"’'“‘").replace(",", " , ").split()).replace(" ,", ",")
    return previous if joint in _LIST_JOINS else None


# "Rubio was asked by moderator Gerard Baker whether …“…” ¶ “…,” he said": the one asked stays the topic
_ASKED_BY = re.compile(r"\basked by\b")


def _own_subject(text: str, quote: Quote) -> tuple[int, str | None]:
    """Where the quote's sentence starts, and that sentence's subject before the quote, as written."""
    left, _ = sentence_bounds(text, quote.start, quote.end)
    return left, sentence_subject(text[left:max(left, quote.start - 1)])


def _body_it(mention: str | None, text: str, quote: Quote, people: People) -> str | None:
    """`The United Nations Security Council … pledged to impose further sanctions as a deterrence to what
    it called “a clear threat …”`: "it" is the institution its own sentence opens with. Not a person,
    and not a sentence whose subject is no name."""
    if not mention or mention.lower() != "it":
        return None
    _, subject = _own_subject(text, quote)
    body = resolve(subject, people) if subject else None
    return body if body and not is_person(body) and body.lower() not in people.by_last else None


_SIGNATURE = re.compile(r"[-–—]+\s*(?P<who>[A-Z][^,;:!?\"“”]{1,60}?)\s*(?:,[^\"“”]{0,160})?\.?")


def _signed(texts: list[str], index: int, quote: Quote) -> str | None:
    """`“…” ¶ — Bernie Sanders.`: a quote that fills its paragraph, signed by the next one with a
    dash (how a fact check sets out the claim it checks, or an epigraph its author). The name is
    the mention; what follows a comma (`-President Obama, tweeting after the speech.`) is context."""
    text = texts[index].rstrip()
    if index + 1 == len(texts) or quote.start > 2 or quote.end < len(text) - 3:
        return None
    match = _SIGNATURE.fullmatch(texts[index + 1].strip())
    return match.group("who") if match else None


def _backfill(text: str, out: list[Quote], index: int) -> None:
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
            out[i] = replace(quote, mention=following.mention, speaker=following.speaker)


_REPEAT_WORDS = 10  # a statement's first words: a pull quote and its cited copy share them, however cut


_WHOLE_WORDS = 4  # a shorter statement repeats another only when it is all of it: "Is that all there is?"


def _repeat_key(text: str) -> tuple[str, ...] | None:
    words = re.findall(r"\w+", text.lower())
    if len(words) >= _REPEAT_WORDS:
        return tuple(words[:_REPEAT_WORDS])
    return ("=", *words) if len(words) >= _WHOLE_WORDS else None


def _repeated(quotes: list[Quote]) -> list[Quote]:
    """A pull quote (the statement set apart, its cue elsewhere) is the same words as the cited copy in
    the body: a statement that opens its paragraph and no cue attributes takes the speaker of another
    statement of the article that starts with the same ten words. So does a shorter statement that is
    all of another one, wherever it stands (a headline's "Is that all there is?" is Trump's words from
    the body). One pass over the article's quotes, a dict lookup each."""
    known = {}
    for quote in quotes:
        key = _repeat_key(quote.text) if quote.kind == "statement" and quote.speaker else None
        if key:
            known.setdefault(key, quote)
    if not known:
        return quotes
    out = []
    for quote in quotes:
        key = _repeat_key(quote.text) if quote.kind == "statement" and quote.speaker is None else None
        key = key if key and (quote.start <= 2 or key[0] == "=") else None
        source = known.get(key) if key else None
        out.append(replace(quote, mention=source.mention, speaker=source.speaker) if source else quote)
    return out


_CONTRACTED = re.compile(r"(?<=^[Hh]e)[’'](?:s|d|ll)$|(?<=^[Ss]he)[’'](?:s|d|ll)$")


def _pronoun(mention: str | None, texts: list[str], index: int, quote: Quote, people: People,
             spoken: dict[int, list[tuple[int, str]]], titled: set[str], split: Split | None = None) -> str | None:
    """A he/she mention resolved through the text around it (coref.py), or None."""
    if not mention or mention.lower() not in {"he", "she"}:
        return None
    text, word = texts[index], re.escape(mention)
    after = re.search(rf"\b{word}\b", text[quote.end: quote.end + 80])
    if after:
        at = quote.end + after.start()
    else:
        before = list(re.finditer(rf"\b{word}\b", text[:quote.start]))
        at = before[-1].start() if before else quote.start
    return antecedent(mention.lower(), texts, index, at, people, spoken, titled, split)


def _unnamed(mention: str | None) -> bool:
    """A mention of someone the text does not name: `a man`, `one Clinton aide`, `the spokeswoman`
    (a staff role nobody was introduced in). Not `the State Department`, not a lone `Republican`."""
    if passive_question(mention):
        return True  # "Trump was asked, “…?”": the question is the unnamed asker's
    description = description_of(mention)
    return bool(description) and (description.indefinite or description.head in staff_roles())


NEARBY_SENTENCES = 24  # how far back a description looks for the person it describes


def _nearby(texts: list[str], index: int, at: int, people: People,
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


def _lead_in_pronoun(word: str, back: int, *, texts: list[str], people: People,
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


def _carry(paragraphs: list[Paragraph], index: int, previous: Quote | None, people: People,
           lead_in_pronoun: Callable[[str, int], str | None]) -> tuple[str | None, str] | None:
    """A quote opening its paragraph without a cue: a continued quote or a `He said:` lead-in."""
    cue = trailing_cue(paragraphs[index - 1].text) if index else None
    if cue:
        speaker = lead_in_pronoun(cue, index - 1) or resolve(cue, people)
        if speaker:
            return cue, speaker
    if previous and previous.speaker and (previous.paragraph == index - 1 or _continues(paragraphs, index)):
        return previous.mention, previous.speaker
    if index and (previous is None or previous.paragraph != index - 1):  # "Schoen elaborated in an editorial piece … ¶ “…”"
        mention = last_sentence_mention(paragraphs[index - 1].text)
        speaker = resolve(mention, people)
        if is_person(speaker) or (speaker and speaker in people.by_last.values()):
            return mention, speaker
    if (previous and previous.speaker and previous.kind == "statement" and previous.paragraph == index - 2
            and not scan(paragraphs[index - 1].text)):
        subject = sentence_subject(paragraphs[index - 1].text[:300])
        if subject and subject.lower() not in {"he", "she"} and resolve(subject, people) == previous.speaker:
            return previous.mention, previous.speaker  # "Viguerie is upbeat about Cruz’s chances … ¶ “…”"
    return None


def _other_person_between(text: str, previous: Quote, quote: Quote, people: People) -> bool:
    """`Sanders released a statement, insisting that “…” Meanwhile, Clinton endorsed the deal, although
    she made it clear that she has “serious concerns”`: when the sentence of the second quote has a
    subject of its own, another known person, the quote does not inherit the previous one's speaker."""
    left, subject = _own_subject(text, quote)
    if left <= previous.end:
        return False
    person = resolve(subject, people) if subject else None
    surname = (previous.speaker or "").split()[-1:]
    return (bool(person) and person in people.by_last.values() and person != previous.speaker
            and not (surname and surname[0] in subject))  # "That letter, on Trump Organization letterhead, …"


def _note_speech(text: str, people: People) -> None:
    """Reported speech without quote marks (`Lavrov said he had…`) still sets the last speaker."""
    for verb in verb_pattern().finditer(text):
        before = text[max(0, verb.start() - 2 * NP_WINDOW): verb.start()]  # windows, not whole prefixes/suffixes
        np = np_before(before.rstrip()) or np_after(text[verb.end(): verb.end() + NP_WINDOW])
        speaker = resolve(np, people) if np else None
        if is_person(speaker):
            people.said(speaker)
