"""Page furniture: apply the boilerplate rules of data/boilerplate_text.yaml to one line.

The rules are data (patterns and the reason each gives); this module only applies them,
for pasted pages (clean_text.py) and for the lines trafilatura keeps (clean_html.py).
Every line of every source is judged, so speed counts: lines are lower-cased once and
searched with case-sensitive twins of the rules (see Rule.lower_twin). Combining the
rules into one alternation was tried and measured slower: Python then tries every
branch at every position, where a pattern anchored at ^ alone is tried once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator import lexicon
from generator.cleaning.lines import Line

JUNK_TOKEN = re.compile(r"\b\d+[a-z]{3,}")
_CODE_ESCAPE = re.compile(r"\\(x|u|N|0)")  # \x41 is "A": a code escape could hide an upper-case letter


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    reason: str
    short_only: bool
    # The same pattern without IGNORECASE, for lower-cased text: Python's case-insensitive
    # matching costs about three times more on long lines, and every article line is searched.
    # Only when the pattern has no upper-case letter (`[A-Z]`, `\S`, `\W`...), so that both
    # give the same answer; otherwise None and the text is searched as it is.
    lower_twin: re.Pattern[str] | None = None
    contains: tuple[str, ...] = ()  # one of these is in every line it matches (lower-cased)

    def search(self, text: str, lowered: str | None) -> bool:
        """Does the rule match `text`? `lowered` is `lower_case(text)`."""
        if self.contains:
            # the twin searches `lowered`; the case-insensitive pattern also matches ſ for s, K for k
            low = lowered if lowered is not None and self.lower_twin is not None else text.casefold()
            if not any(part in low for part in self.contains):
                return False
        if lowered is not None and self.lower_twin is not None:
            return self.lower_twin.search(lowered) is not None
        return self.pattern.search(text) is not None


def lower_case(text: str) -> str | None:
    """text.lower() when it keeps every character in place, else None.

    On such text a lower-case pattern gives the answer its IGNORECASE twin gives on the
    original (test_furniture_rules_give_the_same_reason_lowered_or_not checks it on real
    lines). A few letters lower-case to two characters (İ → i̇): their lines are searched
    case-insensitively, as written."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def _rule(pattern: str, reason: str, short_only: bool, contains: list[str] | None = None) -> Rule:
    plain = pattern == pattern.lower() and pattern.isascii() and not _CODE_ESCAPE.search(pattern)
    lower = re.compile(pattern) if plain else None
    return Rule(re.compile(pattern, re.I), reason, short_only, lower, tuple(contains or ()))


@lru_cache(maxsize=1)
def rules() -> tuple[list[Rule], list[re.Pattern[str]]]:
    """(furniture rules, comment-section barriers) as written in the rules file."""
    data = lexicon.data("boilerplate_text")
    furniture = [_rule(r["pattern"], r["reason"], bool(r.get("short_only")), r.get("contains")) for r in data["furniture"]]
    barriers = [re.compile(p, re.I) for p in data["barrier"]]
    return furniture, barriers


@lru_cache(maxsize=1)
def long_rules() -> list[Rule]:
    """The rules that also apply to long lines (not `short_only`), in their order."""
    return [rule for rule in rules()[0] if not rule.short_only]


def is_barrier(line: Line) -> bool:
    """Does the line open a comment section (the article is over)?"""
    return any(b.search(line.text) for b in rules()[1])


# A line's verdict depends on its text alone, and pages repeat lines: a paste's menu, share bar and
# footer come back on every page of its site, and within a page ("Share", "Reply"): 37% of the
# paste-dev lines were judged before. Kept by text for the rules in force (read once per process),
# forgotten wholesale when the table is full.
_SEEN_MAX = 100_000
_seen: dict[str, str | None] = {}
_seen_rules: list[object] = [None]


def furniture_reason(line: Line) -> str | None:
    """The reason a line is page furniture, or None; each distinct text is judged once."""
    text = line.text
    if text in _seen and _seen_rules[0] is rules():
        return _seen[text]
    if len(_seen) >= _SEEN_MAX or _seen_rules[0] is not rules():
        _seen.clear()
        _seen_rules[0] = rules()
    reason = _seen[text] = _judge(line)
    return reason


def _judge(line: Line) -> str | None:
    if is_barrier(line):
        return "comment section"
    if not line.has_letters:
        return "no words"
    if JUNK_TOKEN.match(line.text):
        return "scraped tag soup"
    lowered = lower_case(line.text)
    for rule in rules()[0] if line.words <= 10 else long_rules():
        if rule.search(line.text, lowered):
            return rule.reason
    if line.glued_headline and line.words <= 80:
        return "related-article teaser"
    return None
