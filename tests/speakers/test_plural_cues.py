"""Cue verbs of a plural or modal subject (`Sims say`, `could only quip:`) and the discourse adverbs
that open a clause but never a name (`Likewise, a paper …`), on polnear-train sentences."""

from __future__ import annotations

from tests.speakers.support import quotes_of

_SIMS = ("Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision to vote for Marco "
         "Rubio, and that Gov. Nikki Haley’s endorsement was “a big deal.”")


def test_a_plain_say_cues_the_quote_and_a_later_clause_keeps_its_own_subject():
    quote = quotes_of(_SIMS, "Sims say he was “kind of riding the fence” until Haley said she was backing "
                             "the Florida senator.")[-1]
    # before "say" joined the cue verbs, the "until Haley said" clause named Haley
    assert (quote.mention, quote.speaker, quote.speaker_rule) == ("Sims", "Jason Sims", "cue_before")


def test_a_modal_quip_before_a_colon_gives_the_described_speaker():
    quote, = quotes_of('The scheduling was so odd that a spokesman for Bernie Sanders could only quip: '
                       '"I guess Christmas Eve was booked."')
    assert (quote.speaker, quote.speaker_description, quote.speaker_rule) == (
        None, "a spokesman for Bernie Sanders", "cue_before/described")


def test_a_quote_with_no_cue_verb_is_read_by_its_label_alone():
    quote, = quotes_of("Here’s Clinton in December 1992: “Our new direction must rest on an understanding of the "
                       "new realities of global competition.”")
    assert (quote.speaker, quote.speaker_rule) == ("Clinton", "label")  # no cue verb read: "Here’s X …:" labels it


def test_a_discourse_adverb_is_no_speaker_after_a_quote():
    first, second = quotes_of(
        'Which brings me to Bernie Sanders. The Washington Post recently ran a piece  that noted his "health care '
        'plan would benefit affluent households more than it would poorer ones." Likewise, a paper from the '
        'left-leaning Brookings Institution had this to say about his free-college proposal: "Families from the '
        'top half of the income distribution would receive 24% more in dollar value from eliminating tuition."')
    # "Likewise, a paper … had this to say" read as a long apposition named "Likewise"
    assert (first.speaker, first.speaker_rule) == ("Washington Post", "subject")
    assert "Likewise" not in (first.mention, second.mention)
    # "had this to say" cues its subject: the Post's reading had been carried on to the paper's words
    assert (second.speaker, second.speaker_rule) == ("Brookings Institution", "cue_before")

