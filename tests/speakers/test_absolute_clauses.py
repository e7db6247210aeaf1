"""An absolute clause after a cue verb with a named subject of its own ("…, with Lewandowski taking to Twitter
to call Fields “…”"): the quote in it is that subject's, not the main clause's. From a Breitbart report
(polnear-train)."""

from __future__ import annotations

from tests.speakers.support import quotes_of


def test_the_subject_of_a_with_clause_speaks_the_quote_in_it():
    quote, = quotes_of("Donald Trump and his campaign manager Corey Lewandowski were in Florida on Tuesday.",
                       "Even after several videos of the incident surfaced, the Trump campaign has denied it happened, "
                       "with Lewandowski taking to Twitter to call Fields “totally delusional” for the accusation.")
    # it had been the campaign's, the subject of "denied"
    assert (quote.speaker, quote.speaker_rule) == ("Corey Lewandowski", "in_sentence")


def test_without_a_named_subject_the_with_clause_changes_nothing():
    quote, = quotes_of("Donald Trump and his campaign manager Corey Lewandowski were in Florida on Tuesday.",
                       "Lewandowski denied it happened, with a tweet calling Fields “totally delusional” for the accusation.")
    assert quote.speaker == "Corey Lewandowski"
