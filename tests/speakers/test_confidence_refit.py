"""The shipped speaker confidence is what its training script writes from today's readings: a change
to the readings that moves the fit fails here until the model is refitted (and its figures checked),
so generator/data/speaker_confidence.yaml never drifts from benchmarks/train_speaker_confidence.py."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import yaml


def test_the_training_script_reproduces_the_shipped_model(benchmark_script: Callable[[str], ModuleType]) -> None:
    eval_speakers = benchmark_script("eval_speakers")
    train_speaker_confidence = benchmark_script("train_speaker_confidence")
    results = {split: eval_speakers.score(split) for split in eval_speakers.SPLITS}
    fitted = train_speaker_confidence.train(results)
    shipped = train_speaker_confidence.TABLE.read_text(encoding="utf-8")
    assert yaml.safe_load(shipped)["threshold"] == fitted["threshold"]
    assert train_speaker_confidence.model_text(fitted, train_speaker_confidence.HEADER) == shipped
