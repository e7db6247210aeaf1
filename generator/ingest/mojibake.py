"""Repair double-encoded UTF-8 ("mojibake") that a source carries in its text.

Some sources were saved after UTF-8 bytes had been read as cp1252 or Latin-1: "Peña"
arrives as "PeÃ±a", "Guantánamo" as "GuantÃ¡namo", an apostrophe as "â€™". Names
with such letters are split or misspelt, so speakers are lost. Some copies are also
decomposed ("A" + combining tilde for "Ã", a space + combining diaeresis for "¨").

The repair runs at read time, before cleaning, so every later offset is into repaired
text. It is deliberately narrow: it only touches a run that starts with "Ã", "Â" or
"â" followed by characters standing for UTF-8 continuation bytes, and only when the
run re-encodes to bytes that decode as strict UTF-8. Correct accented text (French,
Spanish, Russian...) never has such runs, and the ambiguous ones (a capital "Ã" before
an ellipsis or a guillemet, as Portuguese capitals may have) also need a lowercase
letter beside them.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that cp1252 (or Latin-1, for its undefined slots) maps to bytes 0x80-0xBF.
# Latin-1 reads 0x80-0x9F as C1 control characters: a text double-encoded that way has them too.
_CONT_CHARS = "".join(sorted({bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)}
                             | {chr(b) for b in range(0x80, 0xA0)}))
_CONT = "[" + re.escape(_CONT_CHARS) + "]"
# Latin-1 symbols (0xA0-0xBF) after "Ã" are never correct text; the others (0x80-0x9F:
# ellipsis, dashes, quotes) and a no-break space or guillemet might be, so they need a
# lowercase letter beside the pair.
_SURE = set("¡¢£¤¥¦§¨©ª¬\u00ad®¯°±²³´µ¶·¸¹º¼½¾¿") | {chr(b) for b in range(0x80, 0xA0)}  # C1 controls never are text
_PASSES = 3  # a text encoded twice needs two passes; a third finds nothing left on correct text
_RUN = re.compile(rf"â{_CONT}{_CONT}|[ÃÂ]{_CONT}")
# Compatibility-decomposed forms of the Latin-1 symbols: a spacing diacritic became a space
# and a combining mark; "ª" and "º" became plain "a" and "o" (then only inside a lowercase word).
_SPACING = {" \u0308": "¨", " \u0304": "¯", " \u0301": "´", " \u0327": "¸"}
_DECOMPOSED = re.compile(r"Ã(?: [\u0308\u0304\u0301\u0327])|(?<=[a-z])Ã[ao](?=[a-z])")


def _to_bytes(text: str) -> bytes | None:
    """cp1252 bytes for text, with Latin-1 for cp1252's five undefined slots; None if impossible."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def _undecompose(match: re.Match[str]) -> str:
    """Put back the Latin-1 symbol a compatibility decomposition turned into plain characters."""
    run = match.group(0)
    if run[1:] in _SPACING:
        return "Ã" + _SPACING[run[1:]]
    return "Ãª" if run[1] == "a" else "Ãº"


def _fix(match: re.Match[str]) -> str:
    """The run decoded as the UTF-8 it was, or the run unchanged when that is not sure."""
    run = match.group(0)
    text = match.string
    if len(run) == 2 and run[1] not in _SURE:
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if not (before.islower() or after.islower()):
            return run
    raw = _to_bytes(run)
    if raw is None:
        return run
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return run
    if len(fixed) != 1 or (len(raw) == 3 and not _is_punctuation(fixed)):
        return run
    return fixed


def _is_punctuation(ch: str) -> bool:
    """True for general punctuation, currency and letterlike symbols: what "â" + two bytes spelled."""
    return "\u2000" <= ch <= "\u215f"


def repair(text: str) -> str:
    """NFC text with its clear mojibake runs decoded; correct text comes back only NFC-normalised."""
    text = unicodedata.normalize("NFC", text)
    if "Ã" not in text and "Â" not in text and "â" not in text:
        return text
    text = _DECOMPOSED.sub(_undecompose, text)
    for _ in range(_PASSES):  # encoded twice: "SarukhÃ\x83Â¡n" -> "SarukhÃ¡n" -> "Sarukhán"
        repaired = _RUN.sub(_fix, text)
        if repaired == text:
            break
        text = repaired
    return text
