"""A document as the subject of a cue verb speaks for the owner it names (`A 2014 House Intelligence
Committee report found “…”`); polnear-train sentences."""

from __future__ import annotations

from generator.speakers.cue_limits import medium_subject
from tests.speakers.support import quotes_of


def test_a_report_naming_its_owner_speaks_for_the_owner():
    quote, = quotes_of('A 2014 House Intelligence Committee report found "no evidence that there was either a stand '
                       'down order or a denial of available air support."')
    assert (quote.mention, quote.speaker, quote.speaker_rule) == (
        "A 2014 House Intelligence Committee report", "House Intelligence Committee", "cue_before")


def test_a_document_that_names_no_owner_names_nobody():
    quote, = quotes_of('The report found "no evidence that there was either a stand down order or a denial of '
                       'available air support."')
    assert quote.speaker is None
    assert medium_subject("According to a White House pool report") is None  # a pool report has no owner
    assert medium_subject("A campaign TV ad released Thursday") is None  # nor an ad of "a campaign"
