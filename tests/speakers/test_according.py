"""A sentence that opens with its source (`According to X, …`) and has no cue of its own: the statement in
it is the source's, not the subject's of the clause after it; polnear-train sentences."""

from __future__ import annotations

from tests.speakers.support import quotes_of


def _reading(*texts: str) -> tuple[str | None, str | None]:
    quote = quotes_of(*texts)[-1]
    return quote.speaker, quote.speaker_rule


def test_the_source_opening_the_sentence_speaks_not_the_clause_subject():
    # the subject rule read "the Great Recession"
    assert _reading('According to a 2013 study by economists Peter Schott and Justin Pierce, the Great Recession is '
                    'partly to blame for lost jobs and lost job growth, but so is this "major change in U.S. trade '
                    'policy."') == ("Justin Pierce", "subject")


def test_a_cue_in_the_sentence_still_names_its_speaker():
    assert _reading('Joey Salceda filed a bill. According to GMA News, Salceda said the "ugliness of utterances, '
                    'largely unprompted and undeserved," by Trump last week stood in contrast to the warm welcome he '
                    'had received.') == ("Joey Salceda", "cue_before")


def test_a_source_named_only_by_its_place_names_nobody():
    # the exit polls are no person, and New Hampshire is where they were taken
    assert _reading('According to the exit polls  in New Hampshire, 24% of Republican voters put a priority on '
                    'choosing a candidate who would "tell it like it is" -- essentially the slogan for Christie\'s '
                    'campaign.') == (None, None)


def test_according_to_a_document_names_who_filed_it_not_who_obtained_it():
    # carried over to the previous quote's speaker before the document's author was read
    assert _reading("Michelle Fields said she was grabbed.",
                    "“Although there was probable cause to make an arrest, the evidence cannot prove all legally "
                    "required elements of the crime alleged,” according to a court document filed by state attorney "
                    "Dave Aronberg.") == ("Dave Aronberg", "according_after")
    assert _reading("Michelle Fields said she was grabbed.",
                    "“The evidence cannot prove all legally required elements of the crime alleged,” according to a "
                    "court document obtained by The Associated Press.")[0] != "Associated Press"
