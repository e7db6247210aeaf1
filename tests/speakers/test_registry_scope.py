"""How far an article's people registry is built: up to the paragraph of its last quote. Nothing reads it
afterwards, so a page that quotes no one, and the paragraphs after the last quote, cost the speaker
stage nothing (a third of the bench corpus's paragraphs) and change no reading."""

from __future__ import annotations

from unittest import mock

from generator.speakers.people import People
from tests.speakers.support import quotes_of, speakers_of

PARAGRAPHS = ["Sergey Lavrov met John Kerry in Paris.", "“We talked about terrorism,” Lavrov said.",
              "Kerry flew home.", "Officials in Washington said little."]


def test_the_paragraphs_after_the_last_quote_are_not_learnt():
    with mock.patch.object(People, "learn", autospec=True, side_effect=People.learn) as learn:
        assert speakers_of(*PARAGRAPHS) == ["Sergey Lavrov"]
    assert learn.call_count == 1 + 2  # the title, then the paragraphs up to the quote's
    assert not any("Kerry flew" in call.args[1] for call in learn.call_args_list)


def test_a_page_that_quotes_no_one_builds_no_registry():
    with mock.patch.object(People, "learn", autospec=True) as learn:
        assert quotes_of(PARAGRAPHS[0], *PARAGRAPHS[2:]) == []
    learn.assert_not_called()

