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


def test_a_state_and_a_party_describe_someone_they_name_nobody():
    # "the Wisconsin Republican" had been published as a person named "Wisconsin Republican"
    quote = quotes_of("House Speaker Paul Ryan (R-Wis.) met reporters.",
                      "In an interview Thursday, the Wisconsin Republican criticized the president's foreign policy and "
                      "said allies wanted to know if the U.S. is “still in the game.”")[-1]
    assert quote.speaker != "Wisconsin Republican"
    # a party alone, after a number, is a group: "Six in 10 Republican said" had been Donald Trump's
    poll = quotes_of("Donald Trump leads the Republican race.",
                     "Six in 10 Republican said that the delegates “should vote for the candidate with the most support "
                     "in the primaries and caucuses.”")[-1]
    assert poll.speaker is None


def test_a_bureau_chief_and_a_section_heading():
    assert quotes_of("“Obama emphasized that he did not pick a nominee with an eye to pleasing anyone,” wrote Post White "
                     "House bureau chief Juliet Eilperin.")[-1].speaker == "Juliet Eilperin"  # not "Post White House"
    heading = quotes_of("SHORT READS:", "—“An NYPD sketch artist gets a gallery show,” by Hyperallergic's Carey Dunne.")
    assert all(q.speaker != "SHORT READS" for q in heading)


def test_a_based_or_born_adjective_is_no_name_word():
    assert quotes_of("“Carson is cratering, and support was soft to begin with,” Texas-based Matt Mackowiak said.")[
        -1].speaker == "Matt Mackowiak"  # it had been "Texas-based Matt Mackowiak"
    assert quotes_of("“We will win this state and then the nomination,” said Jean-Baptiste Martin.")[
        -1].speaker == "Jean-Baptiste Martin"  # a hyphenated first name stays
