"""How far to trust each strategy's reading, and when to leave the speaker unnamed.

A wrong name is a published misattribution; a missing one is a gap the desk can fill. So each
reading gets a confidence: the precision its strategy (and how the mention was resolved) had on
polnear-train, smoothed towards the overall precision so that a rule seen a few times is not
trusted on its own luck (confidence.yaml, written by benchmarks/train_speaker_confidence.py, which
also records the threshold chosen on polnear-dev). A reading below the threshold keeps its rule and
confidence but loses its speaker: the page says the text does not name one.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from generator.model import Quote

TABLE = Path(__file__).with_name("confidence.yaml")


class Reading(Protocol):
    """What a confidence is read from: strategies.Candidate (no import: strategies imports this module's users)."""

    rule: str | None
    speaker: str | None
    resolved_by: str


@cache
def table() -> dict[str, Any]:
    """The shipped table: {"threshold": float, "default": float, "rules": {key: confidence}}."""
    if not TABLE.is_file():
        return {"threshold": 0.0, "default": None, "rules": {}}
    return yaml.safe_load(TABLE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def key(rule: str, resolved_by: str | None) -> str:
    """The table key of a reading: its rule and how its mention was resolved ("cue_after/pronoun")."""
    return f"{rule}/{resolved_by}" if resolved_by else rule


def lookup(rule: str | None, resolved_by: str | None) -> float | None:
    """The reading's confidence: its rule and resolution's, else its rule's, else the default."""
    if not rule:
        return None
    rules = table()["rules"]
    found = rules.get(key(rule, resolved_by), rules.get(rule, table()["default"]))
    return None if found is None else float(found)


def of(candidate: Reading) -> float | None:
    """The confidence of a reading that named somebody (None when nobody was named)."""
    return lookup(candidate.rule, candidate.resolved_by) if candidate.speaker else None


def abstain(quotes: list[Quote], threshold: float | None = None) -> list[Quote]:
    """Fill in the confidence of the readings made after the fact (backfill, repeated) and leave the
    speaker unnamed where the confidence is below the threshold. One pass, a dict lookup a quote."""
    limit = table()["threshold"] if threshold is None else threshold
    out = []
    for quote in quotes:
        score = quote.speaker_confidence
        if quote.speaker and score is None:
            score = lookup(quote.speaker_rule, None)
            quote = replace(quote, speaker_confidence=score)
        if quote.speaker and score is not None and score < limit:
            quote = replace(quote, speaker=None)
        out.append(quote)
    return out
