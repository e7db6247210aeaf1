"""Speaker fixes, round 8: each rule on a real news sentence (adapted from US political news), and a
case it must not fire on, as one table: (paragraphs, speakers)."""

from __future__ import annotations

import pytest

from .test_speaker_cues import _speakers

CUES = {
    "a lowercase title word after the cue gives way to the full name the description leads to": [
        (["\"Watch a fully formed fetus on the table, its heart beating,\" said former tech executive Carly "
          "Fiorina during the second GOP debate."], ["Carly Fiorina"]),
        # no name after the description: nobody is named, the cue keeps its description
        (["\"Watch a fully formed fetus on the table, its heart beating,\" said former staff during the debate."],
         [None])],
}


@pytest.mark.parametrize("rule", sorted(CUES))
def test_cue_rule_fires_on_its_sentence_and_not_on_the_other(rule: str):
    for paragraphs, expected in CUES[rule]:
        assert _speakers(*paragraphs) == expected, paragraphs[-1]

