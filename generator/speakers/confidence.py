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
from typing import Any

import yaml

from generator.model import Quote

TABLE = Path(__file__).with_name("confidence.yaml")


@cache
def table() -> dict[str, Any]:
    """The shipped table: {"threshold": float, "default": float, "rules": {key: confidence}}."""
    if not TABLE.is_file():
        return {"threshold": 0.0, "default": None, "rules": {}}
    return yaml.safe_load(TABLE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def threshold() -> float:
    """Below this confidence a reading's speaker is left unnamed (chosen on polnear-dev)."""
    return float(table()["threshold"])


def of(rule: str | None) -> float | None:
    """The confidence of a reading by `rule` (a quote's speaker_rule): its entry, else its strategy's
    (the part before the "/"), else the table's default."""
    if not rule:
        return None
    rules = table()["rules"]
    found = rules.get(rule, rules.get(rule.split("/")[0], table()["default"]))
    return None if found is None else float(found)


def abstain(quotes: list[Quote]) -> list[Quote]:
    """Every named reading gets its confidence; below the threshold its speaker is left unnamed (the
    rule and confidence stay). A fragment left unnamed is dropped, as one no rule named is: a few
    quoted words are reported with their speaker or not at all. One pass, a dict lookup a quote."""
    limit = threshold()
    out = []
    for quote in quotes:
        score = of(quote.speaker_rule) if quote.speaker else None
        if score is not None and score < limit:
            if quote.kind == "fragment":
                continue
            quote = replace(quote, speaker=None, speaker_confidence=score)
        elif score != quote.speaker_confidence:
            quote = replace(quote, speaker_confidence=score)
        out.append(quote)
    return out
