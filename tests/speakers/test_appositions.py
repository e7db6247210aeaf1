"""Appositions between a speaker's name and their cue verb, on polnear-train sentences."""

from __future__ import annotations

from generator.speakers.mentions import np_before
from tests.speakers.support import quotes_of


def test_an_apposition_may_hold_a_short_quoted_name():
    quote, = quotes_of("“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing "
                       "a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down "
                       "around him amid the sound of popping balloons underfoot.")
    assert (quote.speaker, quote.speaker_rule) == ("Bill Eastland", "in_sentence")
    assert np_before("Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins,") == "Bill Eastland"


def test_an_apposition_holding_a_quoted_clause_is_no_apposition():
    # a quote of his own words in the clause: what comes after it is another clause's, not his cue
    assert np_before("Texas delegate Bill Eastland, who called it “the least successful convention I have ever "
                     "seen in all my years,”") is None


def test_a_dash_aside_typed_as_two_hyphens_is_an_aside():
    quote, = quotes_of('A former Republican presidential candidate -- John McCain, who lost the 2008 election to '
                       'Obama -- said the president "offered no changes to his reactive, indirect and incremental '
                       'strategy."')
    # the aside names whom the description describes
    assert (quote.speaker, quote.speaker_rule) == ("John McCain", "cue_before")


def test_an_aside_about_the_speaker_keeps_the_speaker_not_whom_it_names():
    quote, = quotes_of("On Friday, Gingrich — mentioned by Newsmax as Trump’s likely running mate — told Bill "
                       "O’Reilly: “I think he will be a very good president.”")
    assert quote.speaker == "Gingrich"  # not Newsmax, not Trump: the aside opens with no person's name


def test_the_comma_inside_a_short_quoted_title_closes_the_apposition():
    # American style puts the apposition's comma inside the title's closing mark
    quote, = quotes_of("Washington, star of television’s “Scandal,” thanked Obama for “taking these steps to make "
                       "us ALL safer.”")
    assert (quote.speaker, quote.speaker_rule) == ("Washington", "cue_before")
    assert np_before("Tony Schwartz, author of “The Art of the Deal,”") == "Tony Schwartz"
    # a quoted clause, not a title: nothing to move, no apposition to read
    assert np_before("The crowd, which had chanted “we want Trump, we want Trump, we want Trump all night long,”") is None


def test_a_name_closing_an_apposition_to_a_description_is_the_subject():
    quote, = quotes_of("The editor I was talking to, Tim Grieve, interrupted me in mid-sentence to announce, “And… there "
                       "goes the franchise, the whole thing is gone.”")
    # nobody had been read: the comma after the name was taken for the start of another apposition
    assert (quote.speaker, quote.speaker_rule) == ("Tim Grieve", "subject")
    # a place set off by commas is no apposition: the description after it is the subject
    place, = quotes_of("At the town hall meeting in Hudson, New Hampshire Monday, the Christie supporter retorted: “There "
                       "is a special place in hell for women who vote for women just because they’re women.”")
    assert (place.speaker, place.speaker_description) == (None, "the Christie supporter")
