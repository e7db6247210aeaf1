"""Who speaks through a document or an ad: the owner of a medium ("a Government Accountability Office
report", "a Feb. 1 letter from the American Legion") and an ad's unnamed voices ("the narrator").

A medium's words are its owner's: `One Club for Growth ad said` is the Club speaking, `a letter
obtained by The Post` is not The Post. The media nouns, the voices, the indefinites and the authoring
participles are data (data/descriptions.yaml, read through descriptions.data); a person's title
between the medium and its owner ("by state attorney Dave Aronberg") is descriptions.is_role's.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from generator.speakers.descriptions import data, is_role

_OWNER_WORDS = frozenset({"for", "of", "on", "and"})
_POSSESSIVE_END = re.compile(r"[’']s?$")
_MEDIUM_WORDS = 5  # an indefinite and at most four words before the medium ("A Feb. 1 letter")


@cache
def media() -> frozenset[str]:
    """Nouns that carry an owner's words ("ad", "report", "brief"): a set, looked up per mention."""
    return frozenset(data()["media"])


@cache
def voices() -> frozenset[str]:
    """The unnamed voices of an ad ("narrator", "announcer"): data, looked up per mention."""
    return frozenset(data()["voices"])


def owner(tokens: list[str]) -> str | None:
    """`One Club for Growth ad`, `a Government Accountability Office report`: the capitalised owner of
    a medium (data: media) that carries its words, or None. `a White House pool report` has none. So
    for the voice of one: `a narrator in the Clinton ad`, and for the owner after its medium: `A Feb. 1
    letter from the American Legion`, `a Wednesday editorial in The Des Moines Register`."""
    after = owner_after(tokens)
    if after:
        return after
    if len(tokens) < 2 or tokens[-1].lower().rstrip(".") not in media():
        return None
    voice = next((i for i, t in enumerate(tokens[:3]) if t.lower() in voices()), None)
    if voice is not None:
        rest = tokens[voice + 1:]
        rest = rest[1:] if rest[:1] == ["over"] else rest
        return owner(rest[1:]) if rest[:1] and rest[0] in {"in", "of", "from"} else None
    words = tokens[1:-1] if tokens[0].lower() in data()["indefinites"] or tokens[0].lower() == "the" else tokens[:-1]
    words = [w for w in words if not w.isdigit()]  # "A 2014 House Intelligence Committee report": a year, no owner
    if words and _POSSESSIVE_END.search(words[-1]):  # "Ivana Trump's brief said": the owner, named before it
        words = words[:-1] + [_POSSESSIVE_END.sub("", words[-1])]
    if words and words[0][:1].isupper() and all(w[:1].isupper() or w in _OWNER_WORDS for w in words):
        return " ".join(words)
    return None


def owner_after(tokens: list[str]) -> str | None:
    """`A Feb. 1 letter from the American Legion obtained by …`, `a 2014 report by the House Intelligence
    Committee`: an indefinite document (data: media) and the capitalised owner right after from, by, in
    or of (after an authoring participle: `a court document filed by state attorney Dave Aronberg`, data:
    authoring): the owner speaks through it. Not `a statement from his office` (no capitalised owner), not
    `a letter to Facebook` (the addressee), not `a letter obtained by The Post` (who obtained it)."""
    if len(tokens) < 4 or tokens[0].lower() not in data()["indefinites"]:
        return None
    medium = next((i for i, t in enumerate(tokens[1:_MEDIUM_WORDS], 1) if t.lower().rstrip(".,") in media()), None)
    if medium is not None and medium + 1 < len(tokens) and tokens[medium + 1] in data()["authoring"]:
        medium += 1  # "a court document filed by …": the participle says who wrote it
    if medium is None or medium + 2 >= len(tokens) or tokens[medium + 1] not in {"from", "by", "in", "of"}:
        return None
    rest = tokens[medium + 2:]
    rest = rest[1:] if rest[0].lower() == "the" else rest
    while len(rest) > 1 and rest[0].islower() and is_role(rest[0]):
        rest = rest[1:]  # "by state attorney Dave Aronberg": the owner's title, then the owner
    run = list(takewhile(lambda t: t[:1].isupper() or t in _OWNER_WORDS, rest))
    while run and run[-1] in _OWNER_WORDS:
        run.pop()
    if run:  # "a statement from Warren’s office": Warren speaks through it
        run[-1] = _POSSESSIVE_END.sub("", run[-1])
    return " ".join(run).rstrip(".,") if run and run[0][:1].isupper() else None
