"""He/she antecedents, round 4: each rule on a real news sentence, and a sentence it must not fire on."""

from __future__ import annotations

from generator.people import People

from .test_speaker_cues import _speakers


def test_a_name_run_stops_before_a_verb_that_starts_like_of():
    # "O'Malley offered": "of" is a name word only as a word of its own
    assert _speakers(
        "During a town hall event broadcast by CNN, Democrats Hillary Clinton, Bernie Sanders, and Martin O'Malley "
        "offered Iowa voters different approaches to the presidency.",
        "O'Malley, the former governor of Maryland, stressed his executive experience.",
        "\"I know it's a tough fight, but I've always been drawn to a tough fight,\" he said.",
    ) == ["Martin O'Malley"]
    people = People()
    people.learn("Secretary of State John Kerry met Sergey Lavrov.")
    assert people.by_last["kerry"] == "John Kerry"
