"""Which line of a copy-pasted page is the article's headline.

A pasted page puts the headline somewhere above the body, among menu entries ("Got a news tip?",
"CBS Sports Home"), section labels ("TECH PERSONAL TECHNOLOGY: REVIEW"), notices ("Accept &
Close") and photo credits ("ITV, ASSOCIATED PRESS"), all of which are headline-shaped too. What
sets the headline apart is that it is about what the body is about: its words come back, line
after line, in the body. So each headline-shaped line above the body is scored by the share of
its words the body repeats, with smaller terms for a headline's length, for shouting in capitals
(section labels do, headlines rarely), for notices of two sentences and for distance from the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.cleaning.lines import Line
from generator.metadata.bylines import name_kind
from generator.metadata.paste import dateish
from generator.metadata.words import words

WINDOW = 60  # lines above the body that can hold the headline
REPEATS = 3  # a word this many body lines hold counts fully; fewer, in part (a substring test: cheap)
BODY_LINES = 30  # the body lines read for the words of its topic
FEW_KEYS = 2  # a line with fewer content words than this gets a share of its overlap
_WORD = re.compile(r"[^\W\d_]{4,}")  # words of four letters or more: few function words are that long
_NOT_WORD = re.compile(r"[\W_]+")
_QUOTE_SIGNATURE = re.compile(r"^[—–-]\s*[A-Z]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _keys(text: str) -> set[str]:
    """What to look for in the body's lowered lines: each content word as a word start (" main", so
    not "remain"); for Chinese, Japanese and Korean (no spaces) the character pairs."""
    if _CJK.search(text):
        chars = _CJK.findall(text)
        return {a + b for a, b in zip(chars, chars[1:], strict=False)}
    return {" " + w.lower() for w in _WORD.findall(text) if w.lower() not in words("headline", "function_words")}


def _score(line: Line, distance: int, body: list[str]) -> float:
    keys = _keys(line.text)
    overlap = sum(min(1.0, sum(k in text for text in body) / REPEATS) for k in keys) / len(keys) if keys else 0.0
    overlap *= min(1.0, len(keys) / FEW_KEYS)  # one repeated word ("Work with us") is weak evidence
    score = 3.0 * overlap - 0.02 * distance
    if line.words < 4:
        score -= 1.0
    if line.text.isupper():
        score -= 1.5  # "SKIP TO SITE INDEX", "HOLIDAYS & GIFTS": labels shout, headlines rarely do
    if line.ends_sentence and len(re.findall(r"[.!?]\s+[A-Z]", line.text)) >= 1:
        score -= 1.0  # two sentences: a notice ("Space is supported by its audience. When you …")
    return score


def bare_byline(above: str, line: str, below: str) -> bool:
    """A person's name alone on its line, a date or a weekday and time under it ("Adam Clark Estes" over
    "Monday 5:30PM"): a byline without its "By". Under another name-like line it is one of a list of
    names, a caption's ("Miguel Bernal North Diving" over "Ben Patton Trinity")."""
    return (len(line.split()) <= 4 and name_kind(line.strip()) == "person" and dateish(below)
            and name_kind(above.strip()) != "person")


def find_headline(lines: list[Line], candidate: Callable[[int], bool], start: int, end: int,
                  header: Callable[[int], bool], signed: Callable[[int], bool] | None = None) -> int | None:
    """The index of the headline among the lines above `start` that `candidate` accepts, or None.

    `end` closes the body run whose opening lines the headline's words are compared with. A
    standfirst repeats the body too, and sits below the headline: so from the best line we walk up
    through its header block (candidates and the lines `header` accepts: dates, bylines) and take
    the topmost line that scores nearly as well. A line that `signed` finds a byline or a date line
    just below (a headline's own header) scores SIGNED more: teasers and captions have none.
    """
    def signs(j: int) -> bool:  # a dash-led line signs a quotation ("— David McKinley on Sunday, …"), no headline
        if signed is None or j >= len(lines) or _QUOTE_SIGNATURE.match(lines[j].text):
            return False
        return signed(j) or (0 < j < len(lines) - 1 and bare_byline(lines[j - 1].text, lines[j].text, lines[j + 1].text))

    def is_signed(i: int) -> bool:
        return any(signs(j) for j in range(i + 1, min(len(lines), i + 1 + SIGNED_WITHIN)))

    above = [i for i in range(start - 1, max(-1, start - WINDOW - 1), -1) if candidate(i)]
    # the headline inside the body run's opening lines, its byline or date under it (a fact-check's claim
    # quoted above its headline, or the headline itself opening the run)
    direct = next((k for k in range(start, min(end, start + OPENING_LINES))
                   if candidate(k) and signs(k + 1)), None)
    opening = direct if direct is not None else (start if start < end and candidate(start) and is_signed(start) else None)
    if opening is not None:
        start, above = opening + 1, [opening, *above]
    if len(above) <= 1:
        return above[0] if above else None  # the only headline-shaped line: nothing to compare
    body = [" " + _NOT_WORD.sub(" ", line.text.lower()) for line in lines[start:min(end + 1, start + BODY_LINES)]]
    scores = {i: _score(lines[i], start - i, body) for i in above}
    for i in scores:  # only for a line the body is about: a date under an unrelated teaser is no credit
        if scores[i] > 0 and is_signed(i):
            scores[i] += SIGNED
    best = max(scores, key=lambda i: (scores[i], i))
    chosen = best
    # a long best line is a standfirst: a headline above it need only be about the body half as much
    enough = scores[best] / 2 if lines[best].words > STANDFIRST_WORDS else scores[best] - STANDFIRST_MARGIN
    for i in range(best - 1, max(-1, start - WINDOW - 1), -1):
        if i in scores and scores[i] >= enough:
            chosen = i
        elif i not in scores and not header(i):
            break
    return chosen


STANDFIRST_MARGIN = 0.75  # how much less a line above the best may score and still be the headline over it
STANDFIRST_WORDS = 20  # a best line longer than this is a standfirst
SIGNED = 1.5  # a headline's byline or date line below it: evidence worth half a full body overlap (3.0)
OPENING_LINES = 3  # the body run's first lines that may hold the headline, when its byline or date follows it
SIGNED_WITHIN = 4  # lines below a headline that may hold its byline or date (a standfirst between)
