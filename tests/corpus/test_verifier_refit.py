"""The shipped cross-link verifier is what its training script writes from today's features: a change
to what the verifier reads (verifier.py, text/numbers.py, synonyms, normalisation) that moves the fit
fails here until the trees are refitted and their held-out figures checked, so
generator/data/link_verifier.yaml never drifts from benchmarks/train_link_verifier.py."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType


def test_the_training_script_reproduces_the_shipped_verifier(benchmark_script: Callable[[str], ModuleType]) -> None:
    train_link_verifier = benchmark_script("train_link_verifier")
    model, threshold = train_link_verifier.train()
    shipped = train_link_verifier.verifier.WEIGHTS.read_text(encoding="utf-8")
    assert train_link_verifier.model_text(model, threshold) == shipped
