"""Attribution cues: who a quote's own sentence says is speaking, as written.

Looks, in order, after the quote (`,” Lavrov said`, `,” said the senator`, `quoted Lavrov
as saying`), before it (`Lavrov said: “`, `according to X, “`), and elsewhere in its
sentence (`The sanctions, he added, undermined … “…”`). Returns the mention as written —
a name, a title phrase or a pronoun; speakers.py resolves it to a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .quote_marks import scan
from .quotes import speech_words

_TOKEN = re.compile(r"[\w.’'-]+|[^\w\s]")
_QUOTED_AS = re.compile(r"^[\s,.—–\-“”\"″’']*(?:[\w-]+\s+){0,4}?quoted\s+(?P<np>.+?)\s+as\s+say", re.I)
_ACCORDING = re.compile(r"according to\s+(?P<np>[^,.;:“”\"]+?)\s*[,:]?\s*$", re.I)
_MARKS = "“”\"„«»″‘’'"
_DASH_NAME = re.compile(r"^[\s,.“”\"’']*[―—–-]+\s*(?P<np>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3})")
CONTEXT = 600
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
                           r"(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])[.!?][”\"’]?\s+(?=[A-Z“\"‘])")


@lru_cache(maxsize=1)
def _vocab() -> tuple[set[str], set[str], set[str]]:
    words = speech_words()
    return set(words["titles"]) | set(words["roles"]), set(words["pronouns"]), set(words["roles"])


@lru_cache(maxsize=1)
def _verb_at() -> re.Pattern[str]:
    verbs = sorted(speech_words()["verbs"], key=len, reverse=True)
    # case-sensitive: "States" in "the United States" is not the verb "states"
    return re.compile(r"\b(?:(?:also|then|later|again|once|further|simply|[a-z]+ly)\s+)?(?:"
                      + "|".join(re.escape(v) for v in verbs) + r")\b")


def _np_tokens_forward(tokens: list[str]) -> list[str]:
    titles, pronouns, _ = _vocab()
    out: list[str] = []
    named = False  # once a name has started, "of" begins a place ("Rangel of New York"), not a title
    for token in tokens:
        low = token.lower()
        if not out and low in pronouns:
            return [token]
        if named and low == "of":
            break
        named = named or (token[:1].isupper() and low not in titles)
        if token[:1].isupper() or low in titles or (out and low in {"of", "de", "al", "bin", "van", "von"}):
            out.append(token)
            if len(out) > 8:
                return []
            continue
        break
    return out


def np_after(text: str) -> str | None:
    """The name or title phrase that starts `text` (`said Jared Diamond, a historian`)."""
    tokens = _np_tokens_forward(_TOKEN.findall(text[:120]))
    if tokens and _POSSESSIVE.search(tokens[-1]):
        return None  # "calling Rubio’s proposed credit": the owner of the next noun, not a speaker
    return " ".join(tokens) if tokens and _is_mention(tokens) and tokens[0][:1].isupper() else None


_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
_PARTY = re.compile(r"\s*\([A-Z][\w.]{0,3}-[A-Z][\w.]{1,8}\)")  # (R-Fla.), (D-Wis.)
_APPOSITION_AFTER = re.compile(r"^(?P<np>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}),\s+(?:a|an|the|who|whose|\d+|[A-Z][\w.-]*(?:[’']s|s[’'])|[a-z][\w’'-]*)(?![\w])[^“”\"]{0,150}?,\s*")


_APPOSITION_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}),\s+([\w’'-]+)(?=[^“”\"]{0,150},$)")


@lru_cache(maxsize=1)
def _org_words() -> set[str]:
    return set(speech_words()["org_words"])


@lru_cache(maxsize=1)
def not_names() -> set[str]:
    """Capitalised words that open a sentence or clause but never a name ("When", "Despite")."""
    return set(speech_words()["not_names"])


_OPENER_SHAPE = re.compile(r"[A-Z][a-z]{3,}ing|[A-Z][a-z]+(?:ally|ately|ously|ently|antly|ively|edly|fully)")


def opener(word: str, alone: bool = False) -> bool:
    """A capitalised word that opens a sentence or clause, never a name: listed words ("When",
    "Had"), cue verbs ("Said"), participles ("Reprising Trump’s line") and -ly adverbs
    ("Immediately") before a name. A word of that shape standing `alone` is a surname
    ("Schilling"), and a first name of that shape ("Irving") is a name."""
    low = word.lower()
    if low in not_names() or is_cue_verb(word):
        return True
    if alone:
        return False
    words = speech_words()
    return bool(_OPENER_SHAPE.fullmatch(word)) and low not in words["male_names"] and low not in words["female_names"]


def _apposition_word(word: str) -> bool:
    """An apposition starts like "a professor", "the campaign's", "who", "president of",
    an age ("66"), a possessive ("Sanders’ campaign manager") or a participle ("speaking to")."""
    titles, _, roles = _vocab()
    low = word.lower()
    return (low in {"a", "an", "the", "who", "whose", "then", "now", "formerly", "himself", "herself"}
            or low in titles or low in roles or word.isdigit() or bool(re.fullmatch(r"[A-Z][\w.-]*(?:[’']s|s[’'])", word))
            or (word.islower() and low.endswith("ing")))


NP_WINDOW = 400  # chars: a phrase of <= 8 tokens after an apposition of <= 150 chars fits with room


def np_before(text: str) -> str | None:
    """The noun phrase that ends `text` (a name, title phrase or pronoun), or None.

    Only the last NP_WINDOW characters are read (less the word the cut went through):
    callers pass whole prefixes, and a paragraph with many speech verbs would otherwise
    cost its length squared.
    """
    if len(text) > NP_WINDOW:
        text = text[-NP_WINDOW:].split(None, 1)[-1]
    text = _PARTY.sub("", text).rstrip()
    if text.endswith(","):  # apposition: "Michael Oppenheimer, a professor at Princeton,"
        match = next((m for m in _APPOSITION_BEFORE.finditer(text)
                      if _apposition_word(m.group(2)) and not opener(m.group(1).split()[0])), None)
        if match:
            return match.group(1)
        np = np_before(text[:-1])  # "…, Gov. John Kasich (R-OH), said": the comma closes an opening phrase
        last = np.split()[-1].lower() if np else ""
        return np if np and np[:1].isupper() and last not in not_names() and last not in _org_words() else None
    titles, pronouns, _ = _vocab()
    tokens = _TOKEN.findall(text)
    out: list[str] = []
    for token in reversed(tokens):
        low = token.lower()
        if not out and low in pronouns:
            return token
        if token[:1].isupper() or low in titles or (out and low in {"of", "de", "al", "bin", "van", "von"}):
            out.insert(0, token)
            if len(out) > 8:
                return None
            continue
        break
    while out and out[0].lower() in {"of", "and"}:
        out.pop(0)
    if out and out[-1].lower() == "and":
        return None  # "Lazar said he welcomed it and added": the subject is further back
    return " ".join(out) if out and _is_mention(out) else None


def _is_mention(tokens: list[str]) -> bool:
    """A phrase that can name a speaker: has a capitalised word or ends in a role noun."""
    _, _, roles = _vocab()
    return any(t[:1].isupper() for t in tokens) or tokens[-1].lower() in roles


def _after(text: str, asks: bool = False) -> str | None:
    """Cue right after the closing mark: `, Lavrov said` / `, said Lavrov` / `quoted X as saying`."""
    dash = _DASH_NAME.match(text)
    if dash:
        return dash.group("np")
    match = _QUOTED_AS.match(text)
    if match:
        return np_before(match.group("np")) or match.group("np")
    stripped = _PARTY.sub("", text.lstrip(" ,.—–-" + _MARKS))
    apposition = _APPOSITION_AFTER.match(stripped)
    if apposition and _verb_at().match(stripped[apposition.end():]):
        return apposition.group("np")
    verb = _verb_at().match(stripped)
    if verb:
        tokens = _np_tokens_forward(_TOKEN.findall(stripped[verb.end():]))
        return " ".join(tokens) if tokens and _is_mention(tokens) else None
    tokens = _TOKEN.findall(stripped[:120])
    np = _np_tokens_forward(tokens)
    if np and (_is_mention(np) or np[0].lower() in _vocab()[1]):  # `,” she said`
        rest = stripped[stripped.find(np[-1]) + len(np[-1]):] if np else stripped
        if _verb_at().match(rest.lstrip()) or _cue_like(rest, text, asks):
            return " ".join(np)
    return None


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


def _before(text: str) -> str | None:
    """Cue right before the opening mark: `Lavrov said: ` / `He added that ` / `according to X, `."""
    match = _ACCORDING.search(text)
    if match:
        return np_before(match.group("np")) or match.group("np").strip()
    tail = text.rstrip(" ,:—–-")
    for verb in reversed(list(_verb_at().finditer(tail))):
        rest = tail[verb.end():]
        if len(rest.split()) <= 5 and not re.search(r"[.;!?]", rest):
            head = tail[: verb.start()].rstrip()
            if _participle(verb.group(0), head):
                return _subject(head)
            np = np_before(head)
            if np and _POSSESSIVE.search(np) and re.match(r"\s*as\b", rest):
                return _subject(head)  # "Hollande denounced Trump’s remarks as “…”": described, not quoted
            return np or np_after(rest.strip())  # "explained moderator Nancy Cordes:"
        break
    return None


def _participle(verb: str, head: str) -> bool:
    """`Cruz praised Trump, stating …`: after a comma an -ing cue's speaker is the sentence's
    subject; the name right before the comma is the main verb's object."""
    return verb.endswith("ing") and head.endswith(",")


_AUXILIARY = re.compile(r"(?:\s+(?:had|has|have|was|is|were|are|will|would|could|may|might|must|should|can|"
                        r"did|does|do|even|also|then|later|again|"
                        r"once|previously|repeatedly|never|not|has also|had also))+\s*$", re.I)


def _in_sentence(before: str, after: str) -> str | None:
    """Any `X said` (`X had said`) in the quote's own sentence, nearest to the quote first."""
    for verb in reversed(list(_verb_at().finditer(before))):
        head = before[: verb.start()].rstrip()
        np = _subject(head) if _participle(verb.group(0), head) else np_before(_AUXILIARY.sub("", head))
        if np:
            return np
    for verb in _verb_at().finditer(after):
        np = np_before(_AUXILIARY.sub("", after[: verb.start()].rstrip()))
        if np:
            return np
    return None


def sentence_ends(text: str) -> list[int]:
    """Where each sentence after the first starts."""
    return [match.end() for match in _SENTENCE_END.finditer(text)]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a quote, looking at most CONTEXT characters either side (linear overall)."""
    window = max(0, start - CONTEXT)
    left = window
    for match in _SENTENCE_END.finditer(text, window, max(window, start)):  # the lookahead sees the mark
        left = min(match.end(), start)
    right_match = _SENTENCE_END.search(text, end, end + CONTEXT)
    return left, right_match.start() + 1 if right_match else min(len(text), end + CONTEXT)


def mention_for(text: str, start: int, end: int, next_quote_start: int | None = None) -> str | None:
    """The speaker mention for the quote at [start, end) of a paragraph, as written."""
    left, right = _sentence_bounds(text, start, end)
    after = text[end:next_quote_start if next_quote_start is not None else right]
    before = text[left:max(left, start - 1)]
    asks = text[end - 1:end] in ("?", "!")  # “…?” Hannity pressed.
    found = (_after(after, asks) or _before(before) or _label(before) or _inverted(before)
             or _in_sentence(before, text[end:right]))
    if found or before.strip(" -—–\"“‘'") or left == 0:
        return found
    return last_sentence_mention(text[max(0, left - CONTEXT):left])


_LABEL = re.compile(r"^\s*(?:[-—–]\s*)?(?P<np>[^:]{1,80}):\s*$")


def _label(before: str) -> str | None:
    """`Rep. Trey Gowdy (R-S.C.): “…”`, `- Michael P. McDonald: “…”`: a sentence that is only a
    name and a colon labels the quote with its speaker. Not `He visited three states: “…”` —
    the name must be the whole sentence, with nothing before it."""
    match = _LABEL.match(_PARTY.sub("", before))
    if not match:
        return None
    np = np_before(match.group("np").rstrip())
    return np if np and np[:1].isupper() and len(np) >= len(match.group("np").strip()) - 1 else None


_INVERTED = re.compile(r"^\s*(?P<verb>[A-Z][a-z]+)\s+(?P<rest>.{1,200})$", re.S)


def is_cue_verb(word: str) -> bool:
    """A capitalised word that is a cue verb ("Said", "Tweeted"): it opens a clause, no name."""
    return word[:1].isupper() and bool(_verb_at().fullmatch(word.lower()))


def _inverted(before: str) -> str | None:
    """`Said Comey, “…”`, `Continued Stone: “…”`: a sentence that opens with a cue verb names its
    speaker right after it. Not `Asked if Clinton…`: the name must follow the verb directly."""
    match = _INVERTED.match(before)
    if not match or not is_cue_verb(match.group("verb")):
        return None
    return np_after(match.group("rest"))


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
        return _after(sentence[spans[-1].end:])
    return _in_sentence(sentence.rstrip(), "")


def subject_mention(text: str, start: int, end: int) -> str | None:
    """For a statement no cue attributes: the subject of its sentence (see _subject). Not for
    fragments: a few quoted words in someone's sentence are as often a phrase they mock."""
    left, _ = _sentence_bounds(text, start, end)
    return _subject(text[left:max(left, start - 1)])


def _subject(before: str) -> str | None:
    """The person the quote's sentence is about, when no cue names anyone: "Trump took a risk …,
    telling the crowd, “…”", "At the debate, Sanders compared himself to Clinton, saying, “…”".

    The subject is a name or pronoun at the start of a clause (the sentence's, or after one
    of its first commas), followed by a verb (a lowercase word), possibly after an apposition.
    """
    _, pronouns, _ = _vocab()
    starts = [0] + [m.end() for m in re.finditer(r",\s+", before[:150])][:3]
    for start in starts:
        rest = _PARTY.sub("", before[start:start + 300])
        tokens = _TOKEN.findall(rest)
        np = _np_tokens_forward(tokens)
        skip = 0
        while skip < len(np) and opener(np[skip], skip == len(np) - 1) and np[skip].lower() not in pronouns:
            skip += 1
        if skip == len(np) or re.search(r"[’']s?$", np[-1]) or not (np[skip][:1].isupper() or np[skip].lower() in pronouns):
            continue
        follow = tokens[len(np):]
        if follow[:1] == [","]:
            apposition = re.match(r"[^,“”\"]{1,150},\s*", rest[rest.find(np[-1]) + len(np[-1]):].lstrip(" ,"))
            follow = _TOKEN.findall(rest[rest.find(np[-1]) + len(np[-1]):].lstrip(" ,")[apposition.end():]) if apposition else []
        if follow and follow[0].islower() and not re.search(r"[’']s?$", follow[0]) and follow[0] not in {"of", "and", "or", "who", "which", "that", "in", "at"}:
            return " ".join(np[skip:])
    return None


def trailing_cue(text: str) -> str | None:
    """A paragraph that ends by introducing a quote (`He said:`) names the next paragraph's speaker."""
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return None
    return _before(stripped)
