"""A lowercase role between capitalised words ("Band member Flea", "Staff writer John Smith") is a title:
the name is what comes after it, never the capitalised word that opens the sentence before it; joining
words ("Cameron Easley for Morning Consult") and particles ("Federico de Jesús") do not cut a name."""

from __future__ import annotations

from generator.speakers.names import capital_run
from tests.speakers.support import quotes_of


def test_the_word_before_a_lowercase_role_is_no_part_of_the_name():
    quote = quotes_of("Band member Flea shared the news on social media last week, writing “Feels great to support "
                      "someone I believe in. This is a man with integrity.”")[-1]
    # it was published as "Band", then as "Band Flea"
    assert (quote.speaker, quote.speaker_rule) == ("Flea", "cue_before")
    assert quotes_of("Staff writer John Smith wrote, “We will vote no.”")[-1].speaker == "John Smith"


def test_joining_words_and_particles_keep_the_name_whole():
    assert capital_run(["Band", "member", "Flea"]) == ["Flea"]
    assert capital_run(["Cameron", "Easley", "for", "Morning", "Consult"]) == ["Cameron", "Easley", "Morning", "Consult"]
    assert capital_run(["Federico", "de", "Jesús"]) == ["Federico", "Jesús"]


def test_ranks_and_local_offices_before_a_name_are_titles():
    for title in ("Army Capt.", "Rear Admiral", "Chicago Alderman", "Maricopa County Recorder",
                  "New York City Public Advocate"):
        assert quotes_of(f"“We made some horrendous mistakes, and I apologize for that,” said {title} Helen Purcell.")[
            -1].speaker == "Helen Purcell", title  # the whole title had been published as part of the name
