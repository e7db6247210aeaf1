"""Ranking a he/she's antecedent candidates: a linear score over what each candidate rests on.

coref.options walks back from the pronoun as a reader does (the pronoun's sentence, then the
sentences before it, then LOOKBACK paragraphs) and lists the people of the right gender it
meets, nearest first, each with its features: its place in that order, where it was found
(the speaker of a quote there, the subject of a cue, a name of the sentence), how many
sentences and paragraphs back, whether its gender is known, whether it spoke last. The
candidate with the highest score is the antecedent. How contested the reading is — how many
options there were, whether the runner-up is a person of that gender the text names nearby,
whether it scored close — is the pick's evidence, which the confidence model weighs (`ev:*`).

The weights are data (generator/data/pronoun_ranker.yaml), fitted on polnear-train by
benchmarks/train_pronoun_ranker.py (a conditional logit, plain Python, deterministic) and kept
only where they do not lower dev. With no weight but `rank:0` the ranker is the nearest-first
order itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from generator import lexicon

NAME = "pronoun_ranker"
CLOSE = 1.0  # a runner-up within this many log-odds of the winner makes the reading contested


@dataclass(frozen=True)
class Option:
    """One person a he/she may refer to, and the features the ranker scores it by."""

    name: str
    features: tuple[str, ...]


@dataclass(frozen=True)
class Pick:
    """The antecedent chosen, and what the reading rests on (for the confidence model)."""

    name: str
    evidence: tuple[str, ...]


@cache
def weights() -> dict[str, float]:
    """feature -> weight, as shipped."""
    return {str(k): float(v) for k, v in lexicon.data(NAME)["weights"].items()}


def score(option: Option, table: dict[str, float] | None = None) -> float:
    table = weights() if table is None else table
    return sum(table.get(f, 0.0) for f in option.features)


def rank(options: list[Option], table: dict[str, float] | None = None) -> Pick | None:
    """The best-scoring option (the nearest first among equals), with its margin and where it was
    found as evidence; None when there is no option."""
    if not options:
        return None
    scores = [score(o, table) for o in options]
    best = max(range(len(options)), key=lambda i: (scores[i], -i))
    rest = [i for i in range(len(options)) if i != best]
    chosen = options[best]
    evidence = [f"options_{min(len(options), 3)}"]
    if rest:
        runner = max(rest, key=lambda i: (scores[i], -i))
        if scores[best] - scores[runner] < CLOSE:
            evidence.append("margin_close")
        if "src:named" in options[runner].features and "gender:unknown" not in options[runner].features:
            evidence.append("rival_named")  # another man (woman) the text names nearby: the reading is contested
    evidence += [f.replace(":", "_") for f in chosen.features if f.startswith(("src:", "sent:", "para:"))]
    return Pick(chosen.name, (*evidence, *(["not_nearest"] if best else [])))
