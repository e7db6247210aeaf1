"""Another of those just described ("“…,” one user wrote. “…,” another said."): a described speaker, as
written, never the one quoted before it nor carried on from it. Sentences adapted from US political news."""

from __future__ import annotations

from tests.speakers.support import quotes_of


def test_another_is_one_more_of_those_described_never_the_one_before() -> None:
    intro = "Chinese social media users weighed in on the Republican race."
    quotes = quotes_of(intro, "“Trump is very cute with a big mouth,” one user wrote. “He is great for us,” another said.")
    # "another" had been read as nobody, and the previous sentence's "one user" carried on
    assert [(q.speaker_description, q.speaker_rule) for q in quotes] == [
        ("one user", "cue_after/described"), ("another", "cue_after/described")]
    later = quotes_of("David Waters responded to the tweet.",
                      "Another tweeted, “Clinton thinks she’s above rules and the law, and she will run things that way.”")
    assert (later[-1].speaker, later[-1].speaker_description) == (None, "Another")
    assert quotes_of(intro, "“He is great for us,” said another.")[-1].speaker_description == "another"
