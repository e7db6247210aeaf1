"""The verdict scale, read once from generator/data/verdicts.yaml.

Notes validate against it, ClaimReview rates with it and the Verdicts page shows it as a
legend: one file, so the meaning a reader sees is the one the editors chose from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from generator import lexicon


@dataclass(frozen=True)
class Verdict:
    key: str
    label: str
    rating: int
    meaning: str


@cache
def scale() -> tuple[Verdict, ...]:
    """The verdicts, best first. The file is the generator's own: a bad one fails loudly."""
    data = lexicon.data("verdicts")
    return tuple(Verdict(str(key), str(v["label"]), int(v["rating"]), str(v["meaning"])) for key, v in data.items())


def by_key() -> dict[str, Verdict]:
    return {v.key: v for v in scale()}
