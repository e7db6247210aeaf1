"""Speaker fixes, round 9: each rule on a real news sentence (adapted from US political news), and a
case it must not fire on, as one table: (paragraphs, speakers)."""

from __future__ import annotations

import pytest

from .test_speaker_cues import _speakers

CUES = {
    "a description after the cue may hold a number word or an inner 'of' before the full name": [
        (["“The president’s rationales to veto JASTA don’t hold weight. They are 100 percent wrong,” said 9/11 "
          "widow Terry Strada."], ["Terry Strada"]),
        (["\"Thanks, Clarkston, for welcoming these refugees,\" said master of ceremonies Asab Al-Tabchi, a Syrian "
          "engineer who immigrated to Clarkston decades ago."], ["Asab Al-Tabchi"]),
        # an "of" that opens the words after the cue is a preposition, not a description
        (["\"Thanks, Clarkston, for welcoming these refugees,\" said of the ceremony Asab Al-Tabchi."], [None])],
}


@pytest.mark.parametrize("rule", sorted(CUES))
def test_cue_rule_fires_on_its_sentence_and_not_on_the_other(rule: str):
    for paragraphs, expected in CUES[rule]:
        assert _speakers(*paragraphs) == expected, paragraphs[-1]
