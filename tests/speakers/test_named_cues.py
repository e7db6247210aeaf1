"""Attribution cues (named speakers): each rule on a real news sentence, and one it must not fire on."""

from __future__ import annotations

from tests.speakers.support import speakers_of


def test_a_cue_before_a_quote_that_ends_its_sentence_wins_over_the_next_sentence():
    assert speakers_of(
        "In appealing for the inquiry, Illinois Attorney General Lisa Madigan asserted that \"trust in the "
        "Chicago Police Department is broken.\" Democratic presidential candidate Hillary Clinton said "
        "Wednesday she, too, wants a Justice Department inquiry.",
    ) == ["Lisa Madigan"]
    # closed by a comma, the words after the quote are its cue
    assert speakers_of(
        "In appealing for the inquiry, Illinois Attorney General Lisa Madigan asserted that \"trust in the "
        "Chicago Police Department is broken,\" Democratic presidential candidate Hillary Clinton said.",
    ) == ["Hillary Clinton"]


def test_a_participle_after_a_cue_clause_belongs_to_that_clause():
    assert speakers_of(
        "Omar Mateen didn't mingle but left as soon as prayers were finished, Adel Nefzi said, adding, "
        "\"He was not very religious.\"",
    ) == ["Adel Nefzi"]
    # without a cue of its own, the clause before the comma is no speaker: the sentence subject is
    assert speakers_of(
        "Ted Cruz praised Donald Trump at the rally in Houston, adding, \"He was right about the border.\"",
    ) == ["Ted Cruz"]


def test_a_party_or_state_in_parentheses_after_a_name():
    assert speakers_of(
        "\"By putting this in the constitution, we are tying their hands,\" state Sen. Jason Holsman (D) said "
        "about halfway through the filibuster.",
        "Sen. Ted Cruz (Tex.) has said that he would \"carpet-bomb [the Islamic militants] into oblivion.\"",
    ) == ["Jason Holsman", "Ted Cruz"]
    assert speakers_of(
        "\"This is a big year for our potential United States senator,\" said state Del. Marcia Price "
        "(D-Newport News), the senator's niece.",
    ) == ["Marcia Price"]
    # a parenthesis that is no party or state keeps the name from the cue
    assert speakers_of(
        "\"By putting this in the constitution, we are tying their hands,\" state Sen. Jason Holsman (in a "
        "long speech) said about halfway through the filibuster.",
    ) == [None]


def test_words_between_the_speaker_and_the_cue_are_no_name():
    assert speakers_of(
        "Reince Priebus later Thursday told Fox News: \"Both of them are meeting up next week.\"",
        "Ted Cruz himself said Tuesday that \"the only way to win the state of Iowa is to go and ask.\"",
    ) == ["Reince Priebus", "Ted Cruz"]
    # a weekday after the verb is no speaker, and a phrase of time words alone names nobody
    assert speakers_of(
        "The campaign said Tuesday that \"the only way to win the state of Iowa is to go and ask.\"",
    ) == [None]


def test_a_span_of_time_opening_the_sentence_is_no_subject():
    assert speakers_of(
        "Sheldon Adelson praised Donald Trump on Friday.",
        "Hours later, Trump returned the compliment to Adelson, telling Reuters, \"Sheldon and I have been "
        "friends for a long time.\"",
    ) == ["Donald Trump"]


def test_an_aside_between_the_speaker_and_the_verb():
    assert speakers_of(
        "Trump, in Kentucky, said Tuesday that Marco Rubio was \"a total lightweight.\"",
        "Bernie Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about which "
        "of the two candidates is \"prepared to take on the establishment.\"",
    ) == ["Trump", "Bernie Sanders"]
    # a name inside the clause before the aside is no subject (and a fragment without one is dropped)
    assert speakers_of(
        "Many of the voters he met in Kentucky, in turn, said that Marco Rubio was \"a total lightweight.\"",
    ) == []


def test_a_name_after_the_verb_that_starts_a_reported_clause_is_no_speaker():
    assert speakers_of(
        "House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now said Trump had "
        "\"the opportunity and the obligation to bring us together.\"",
    ) == ["Thomas Massie"]
    # a name that ends the cue, or is followed by where it was said, is the speaker
    assert speakers_of(
        "The rules were simple, explained Nancy Cordes in a statement: \"We wanted to hear from "
        "all of them tonight.\"",
    ) == ["Nancy Cordes"]


def test_a_word_followed_by_a_preposition_is_no_subject():
    assert speakers_of(
        "Continuing to explain his perspective, Ben Carson rejected the notion that the episode should be "
        "forgotten, saying that if he \"found something that was rotten and that I didn't agree with.\"",
        "Reached by POLITICO, Barry Bennett denied the notion, explaining that he was \"taking a day off.\"",
    ) == ["Ben Carson", "Barry Bennett"]
    # a surname of the same shape followed by its verb is the subject
    assert speakers_of(
        "Curt Schilling spoke in Boston on Monday.",
        "Schilling stood by his post, saying, \"I am not going to apologize for what I said about the media.\"",
    ) == ["Curt Schilling"]


def test_on_after_a_name_is_where_it_was_written():
    assert speakers_of(
        "\"Crooked Hillary kind of flows off the lips, doesn't it?\" wrote Larry O'Connor on Hot Air.",
    ) == ["Larry O'Connor"]
    # before a name, "on" still belongs to a title phrase: no name, no speaker
    assert speakers_of(
        "\"Crooked Hillary kind of flows off the lips, doesn't it?\" wrote the expert on elections.",
    ) == [None]


def test_a_cue_after_a_clause_names_the_speaker_after_the_verb():
    assert speakers_of(
        "\"He can assert it, but it seems extremely unlikely\" that Sanders can catch Clinton, said Steve "
        "Elmendorf, a Democratic strategist.",
    ) == ["Steve Elmendorf"]
    # a verb that takes an object: the name after it is whom they told
    assert speakers_of(
        "\"Eventually, positions are gonna soften on Donald Trump,\" California Rep. Duncan Hunter's chief of "
        "staff, Joe Kasper, told POLITICO before the interview.",
    ) == ["Joe Kasper"]


def test_an_owner_before_a_role_is_no_speaker():
    assert speakers_of(
        "\"This has to be the first time that a major candidate has said that,\" said Clinton’s top foreign "
        "policy aide Jake Sullivan.",
    ) == ["Jake Sullivan"]
    # with no name after the owner's role, nobody is named: not the owner
    assert speakers_of("\"We are proud of this record and of the work we did,\" said Clinton’s longtime friend.") == [None]


def test_an_opening_word_is_no_part_of_a_single_name():
    assert speakers_of(
        "When Francis said Mr. Trump \"is not a Christian at all, and never was\" in answering a reporter's "
        "question, the pope served up red meat.",
    ) == ["Francis"]


def test_as_someone_put_it():
    assert speakers_of(
        "But at the time, as anti-terrorist prosecutor Marc Trevidic put it, \"apart from the wrong crowd and "
        "some jogging, nothing pointed to him.\"",
    ) == ["Marc Trevidic"]
    # "put" without "it" is no cue
    assert speakers_of(
        "But at the time, anti-terrorist prosecutor Marc Trevidic put \"apart from the wrong crowd and some "
        "jogging\" on the list.",
    ) == [None]


def test_a_headline_that_opens_like_a_label_and_a_dash_name():
    assert speakers_of(
        "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting people.”",
    ) == ["Carl Bialik"]
    # a single word after the dash is a topic
    assert speakers_of(
        "More from the polls today - Iowa: “One of the biggest lessons was a simple one: keep on contacting people.”",
    ) == [None]


def test_a_lone_participle_opening_the_sentence_waits_for_the_next_clause():
    assert speakers_of(
        "Kevin D. Williamson wrote a column in National Review.",
        "Surveying rust-belt desolation in upstate New York, Williamson concludes: \"Nobody did this to them. "
        "They failed themselves.\"",
    ) == ["Kevin D. Williamson"]
    # with no later clause naming anyone, the word of that shape is a surname
    assert speakers_of(
        "Curt Schilling spoke in Boston on Monday.",
        "Schilling stood by his post, saying, \"I am not going to apologize for what I said about the media.\"",
    ) == ["Curt Schilling"]


def test_a_lone_time_word_before_the_cue_is_no_speaker():
    assert speakers_of(
        "Donald Trump unleashed a series of tweets early Friday saying that Hillary Clinton had shown bad "
        "judgment in using Alicia Machado \"as a paragon of virtue.\"",
    ) == ["Donald Trump"]
    # a lone surname before the cue is still the speaker
    assert speakers_of(
        "Donald Trump spoke in Florida.",
        "Hours later Trump said that Hillary Clinton had shown bad judgment \"as a paragon of virtue.\"",
    ) == ["Donald Trump"]


def test_a_title_word_after_an_honorific_is_a_surname():
    assert speakers_of(
        "Charlie King, a Democratic strategist, was at the dinner.",
        "\"It's all about creating some enthusiasm around this race,\" Mr. King added.",
    ) == ["Charlie King"]
    assert speakers_of(
        "Billie Jean King won 12 Grand Slam singles titles during her career.",
        "King says Ali \"talked the talk and walked the walk.\"",
    ) == ["Billie Jean King"]
    # a title word with no honorific names nobody the article introduced
    assert speakers_of(
        "Charlie King, a Democratic strategist, was at the dinner.",
        "\"It's all about creating some enthusiasm around this race,\" the king added.",
    ) == [None]


def test_an_abbreviated_title_does_not_end_the_sentence():
    assert speakers_of(
        "\"That ignited something that said to everyone in our community, 'We might have something here,'\" "
        "said Rev. Kyev Tatum, then senior pastor at Servant House Baptist Church.",
    ) == ["Kyev Tatum"]
    # a full stop after a whole word still ends it: the next sentence's name is no cue
    assert speakers_of(
        "\"That ignited something in our community,\" one voter said at the revival. Kyev Tatum was there too.",
    ) == [None]


def test_a_paragraph_that_ends_with_an_inverted_cue_or_a_label():
    assert speakers_of(
        "Roger Stone, a longtime Trump adviser, spoke to Breitbart News on Monday. Stated Stone:",
        "“I think that the stakes are so high that they would do anything necessary to remain in power.”",
    ) == ["Roger Stone"]
    # a paragraph ending with a colon after a topic names nobody
    assert speakers_of(
        "Roger Stone, a longtime Trump adviser, spoke to Breitbart News on Monday. Consider the stakes:",
        "“I think that the stakes are so high that they would do anything necessary to remain in power.”",
    ) == [None]


def test_spoke_introduces_the_next_paragraph_quote():
    assert speakers_of(
        "What going after them actually means is left to the imagination of voters, since Donald Trump spoke "
        "only in evasive bromides during the interview.",
        "“We have to do something and it’s the only way you stop it.”",
    ) == ["Donald Trump"]
    # a sentence without a speech verb names nobody for the next paragraph
    assert speakers_of(
        "What going after them actually means is left to the imagination of voters, since Donald Trump stayed "
        "vague during the interview.",
        "“We have to do something and it’s the only way you stop it.”",
    ) == [None]


def test_more_cue_verbs_and_no_full_stop_in_the_name():
    assert speakers_of(
        "\"Gun owners should leave their weapons at home,\" opined Cleveland's Plain Dealer.",
        "Donald Trump watched the speech on Sunday night.",
        "“Obama said in his speech that Muslims are our sports heroes. What sport is he talking about?” reacted Trump.",
    ) == ["Plain Dealer", "Donald Trump"]
    # a verb that takes an object is no cue after the quote: the name is the object
    assert speakers_of("\"Gun owners should leave their weapons at home,\" annoyed Cleveland's mayor.") == [None]


def test_a_long_apposition_between_the_speaker_and_the_verb():
    assert speakers_of(
        "California Gov. Jerry Brown, who lost to Bill Clinton in the 1992 Democratic primaries and whose views "
        "then on trade and other issues clashed with those of the former Arkansas governor, described the DLC "
        "during a Tuesday interview as \"a remnant of another period.\"",
    ) == ["Jerry Brown"]
    # a name inside a clause (not opening the sentence, no apposition word after the comma) is no speaker
    assert speakers_of(
        "Voters who backed Jerry Brown in the 1992 Democratic primaries, which surprised many who watched the race "
        "and whose views then on trade and other issues clashed with those of the former Arkansas governor, "
        "described the DLC during a Tuesday interview as \"a remnant of another period.\"",
    ) == [None]


def test_an_office_speaks_for_the_person_it_is_named_after():
    assert speakers_of(
        "Colin Powell wrote to Hillary Clinton in 2009.",
        "“He did write former Secretary Clinton an email memo describing his use of his personal AOL email "
        "account,” Powell’s office said in a statement.",
    ) == ["Colin Powell office"]
    # an office with no owner named speaks for nobody we can name
    assert speakers_of(
        "Colin Powell wrote to Hillary Clinton in 2009.",
        "“He did write former Secretary Clinton an email memo describing his use of his personal AOL email "
        "account,” the office said in a statement.",
    ) == [None]


def test_where_the_speaker_works_between_name_and_verb():
    assert speakers_of(
        "\"Building a staged thermonuclear weapon is a bit more complicated than that,\" Jeffrey Lewis of the "
        "James Martin Center for Nonproliferation Studies wrote in December.",
        "\"Our method succeeds where others fail because we seek out independents,\" Matt Braynard is quoted as saying.",
    ) == ["Jeffrey Lewis", "Matt Braynard"]
    # a place after "of" and no verb: nobody is named
    assert speakers_of(
        "\"Building a staged thermonuclear weapon is a bit more complicated than that,\" Jeffrey Lewis of the "
        "James Martin Center for Nonproliferation Studies.",
    ) == [None]


def test_the_following_statement_and_echoed():
    assert speakers_of(
        "In response to the tragic loss of life, Republican presidential nominee Donald Trump issued the "
        "following statement:",
        "“Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue.”",
    ) == ["Donald Trump"]
    assert speakers_of(
        "17-year-old Jared Potts echoed:",
        "“He speaks his mind, and I think that might be what the county likes about him.”",
    ) == ["Jared Potts"]
    # a list introduced by "the following" is no statement
    assert speakers_of(
        "Donald Trump listed the following points:",
        "“Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue.”",
    ) == [None]
