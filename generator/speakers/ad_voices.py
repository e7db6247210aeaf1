"""The unnamed voices of an ad: `a narrator in the Clinton ad asks`, `the ad’s narrator says`.

An ad's narrator or announcer speaks for whoever paid for the ad, as the ad itself does (`One Club
for Growth ad says` is the Club's words), and a fact check rates the claim as the sponsor's. The
voice words and the media are data (descriptions.yaml: voices, media); people.resolve turns `a
narrator in the Clinton ad` into its owner, and ad_owner finds the owner of the ad the text spoke of
last when the voice names none (`the ad’s narrator`).
"""

from __future__ import annotations

import re

from generator.speakers.media_owners import media, voices
from generator.speakers.vocabulary import opener, verb_at

_VOICE_WORDS = 12  # "a narrator in the new Club for Growth Action ad": the phrase ends at its medium


def ad_voice(text: str) -> str | None:
    """`,” a narrator in the Clinton ad asks`: an unnamed voice of an owner's medium, right before a cue
    verb, is the mention."""
    words = text.split(None, _VOICE_WORDS + 1)
    if len(words) < 5 or words[0].lower() not in {"a", "an", "the"} or words[1].lower() not in voices():
        return None
    for k in range(4, min(len(words), _VOICE_WORDS + 1)):
        if words[k - 1].lower() in media() and verb_at().match(" ".join(words[k:])):
            return " ".join(words[:k])
    return None


def is_voice(mention: str | None) -> bool:
    """`the ad’s narrator`, `a voice over`: a mention whose head is an ad's voice."""
    words = (mention or "").lower().split()
    return bool(words) and (words[-1] in voices() or words[-2:] == ["voice", "over"])


_AD = re.compile(r"(?P<owner>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|for|of))*?)(?:[’']s?)?"
                 r"\s+(?:(?:campaign|new|television|TV|radio|web|video|attack)\s+)*(?:ad|ads|spot|commercial)\b")
AD_LOOKBACK = 2  # paragraphs: a narrator is quoted right where the ad is described


def ad_owner(texts: list[str], index: int, at: int) -> str | None:
    """The owner of the ad the text spoke of last before `texts[index][at]`, as written (`the Clinton
    ad`, `Sanders’ new ad`), within AD_LOOKBACK earlier paragraphs; None when no ad has an owner."""
    for back in range(index, max(-1, index - AD_LOOKBACK - 1), -1):
        found = _AD.finditer(texts[back], 0, at if back == index else len(texts[back]))
        owners = [m.group("owner") for m in found if not opener(m.group("owner").split()[0])]  # not "The spot"
        if owners:
            return owners[-1]
    return None
