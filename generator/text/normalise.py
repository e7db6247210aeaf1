"""Text normalisation for matching quotes across outlets.

Two outlets quoting one statement differ in quote-mark style, case, punctuation,
no-break spaces, British/American spelling, contractions and how they write a country's name; none
of that may keep them apart. Ellipses stay visible as gap markers, because a cut is
what makes a quote "partial".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator import lexicon

GAP = "…"
_TOKEN = re.compile(r"\.\.\.+|…|[^\W_]+(?:[.’'-][^\W_]+)*\.?", re.U)
STOPWORDS = frozenset(["a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "about", "over", "after", "before", "than", "then", "that", "this", "these", "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "we", "our", "us", "you", "your", "he", "she", "his", "her", "him", "they", "their", "them", "i", "me", "my", "mine", "not", "no", "nor", "so", "just", "very", "also", "too", "only", "such", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "own", "same", "s", "t", "ve", "re", "ll", "d", "m"])


@lru_cache(maxsize=1)
def _spelling() -> tuple[dict[str, str], dict[str, list[tuple[list[str], str]]]]:
    """Word table, and phrases indexed by their first word (longest first)."""
    data = lexicon.data("spelling")
    phrases: dict[str, list[tuple[list[str], str]]] = {}
    for key, value in sorted(data["phrases"].items(), key=lambda item: -len(item[0].split())):
        parts = [p.rstrip(".") for p in key.split()]
        phrases.setdefault(parts[0], []).append((parts, value))
    return data["words"], phrases


def without_accents(text: str) -> str:
    """The text without its combining marks ("Calderón" is "Calderon"); ASCII text as it is."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _cased() -> tuple[re.Pattern[str], dict[str, str]]:
    """The variants read before case is folded (spelling.yaml `cased`), as one whole-word pattern."""
    table = lexicon.data("spelling")["cased"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(table, key=len, reverse=True))) + r")\b"), table


def words(text: str) -> list[str]:
    """Lower-case words with ellipses kept as GAP, spelling and name variants unified."""
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    pattern, cased = _cased()
    if pattern.search(text):  # "US" is the country, "us" the pronoun: told apart before case is folded
        text = pattern.sub(lambda m: cased[m.group(0)], text)
    text = text.lower().replace("’", "'")
    raw = [t if t.isalnum() else GAP if t[0] == "." or t == "…" else t.rstrip(".").replace("'", "")
           for t in _TOKEN.findall(text)]  # most tokens are plain words: isalnum() spares them the rest
    table, phrases = _spelling()
    if phrases.keys().isdisjoint(raw):  # most quotes: no phrase to join, one pass in C
        return _spelled_out([w for w in map(table.get, raw, raw) if w])
    out: list[str] = []
    i = 0
    while i < len(raw):
        for phrase, repl in phrases.get(raw[i], ()):
            if raw[i:i + len(phrase)] == phrase:
                out.append(repl)
                i += len(phrase)
                break
        else:
            out.append(table.get(raw[i], raw[i]))
            i += 1
    return _spelled_out([w for w in out if w])


def _spelled_out(tokens: list[str]) -> list[str]:
    """The tokens with each spelled-out contraction ("do not") as its words."""
    if " " not in "".join(tokens):  # the usual case, tested in C
        return tokens
    return [part for t in tokens for part in t.split(" ")]


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """A light suffix strip, enough for "activity/activities", "exchange/exchanges".

    Memoised: a digest's vocabulary is small next to its millions of words."""
    for suffix in ("ities", "ity", "ies", "ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def content_stems(tokens: list[str]) -> list[str]:
    """The words that carry a statement's content, stemmed."""
    return [stem(t) for t in tokens if t != GAP and t not in STOPWORDS and not t.isdigit()]
