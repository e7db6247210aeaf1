"""How far to trust each reading of a speaker, and when to leave the speaker unnamed.

A wrong name is a published misattribution; a missing one is a gap the desk can fill. So each
reading gets a confidence: a logistic regression over what the reading rests on — the reader that
found the mention (cue_after, cue_before, carry_previous, …), how the mention was resolved (a name,
a he/she, a description), the pronoun's evidence (gender agreement, last speaker, where the person
was named, a rival) and whether the quote is a fragment — fitted on polnear-train and shipped as
generator/data/speaker_confidence.yaml with the threshold chosen on polnear-dev (benchmarks/train_speaker_confidence.py
writes both, reproducibly). A reading below the threshold keeps its rule and confidence but loses
its speaker; where its mention describes the speaker ("the Florida senator") the page shows that
description instead of a name it does not vouch for.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache
from typing import Any

from generator import lexicon
from generator.model import Quote
from generator.speakers.in_sentence import shown_description

NAME = "speaker_confidence"  # generator/data/speaker_confidence.yaml, read through the lexicon


def model() -> dict[str, Any]:
    """The shipped model: {"threshold": float, "bias": float, "weights": {feature: weight}}."""
    return lexicon.data(NAME)  # the schema checks its keys


def threshold() -> float:
    """Below this confidence a reading's speaker is left unnamed (chosen on polnear-dev)."""
    return float(model()["threshold"])


def features(rule: str, evidence: tuple[str, ...] | list[str] = (), fragment: bool = False) -> list[str]:
    """A reading as the model sees it: its reader, its resolution, its evidence flags, its kind."""
    reader, _, resolved = rule.partition("/")
    if resolved == "description":  # not learnt (train_speaker_confidence.rows_features): read as its reader's
        return [f"rule:{reader}", *(["fragment"] if fragment else [])]
    out = [f"rule:{reader}", f"by:{resolved or 'name'}", f"label:{rule}", *(f"ev:{flag}" for flag in evidence)]
    return [*out, "fragment"] if fragment else out


def of(rule: str | None, evidence: tuple[str, ...] = (), fragment: bool = False) -> float | None:
    """The probability that a reading by `rule` with this evidence names the right person. The
    readings are few kinds (a rule, a handful of flags): each is computed once per process."""
    return _of(rule, tuple(evidence), fragment) if rule and rule not in UNSCORED else None


# Readings no strategy made, so no model scores or abstains: a transcript's turn, its label says who speaks
UNSCORED = frozenset({"transcript"})


@lru_cache(maxsize=4096)
def _of(rule: str, evidence: tuple[str, ...], fragment: bool) -> float:
    weights = model()["weights"]
    z = model()["bias"] + sum(weights.get(f, 0.0) for f in features(rule, evidence, fragment))
    return 1.0 / (1.0 + math.exp(-z))


def forget() -> None:
    """Forget the confidences computed so far: for a model swapped in (the training script)."""
    _of.cache_clear()


def abstain(quotes: list[Quote]) -> list[Quote]:
    """Below the threshold a reading's speaker is left unnamed (rule and confidence stay) and a
    describing mention is shown instead; a fragment left with nothing to show is dropped, as one no
    rule named is. The readings made after the fact (backfill, repeated) get their confidence here.
    One pass; a new Quote only where something changes."""
    limit = threshold()
    out = []
    for quote in quotes:
        score = quote.speaker_confidence
        if score is None and quote.said_by:
            score = of(quote.speaker_rule, quote.speaker_evidence, quote.kind == "fragment")
            quote = replace(quote, speaker_confidence=score)
        if quote.speaker and score is not None and score < limit:
            description = shown_description(quote.mention)
            if quote.kind == "fragment" and not description:
                continue
            quote = replace(quote, speaker=None, speaker_description=description)
        out.append(quote)
    return out
