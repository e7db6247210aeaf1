"""Speakers left unknown or mis-resolved, round 6: each rule on a real news sentence (adapted from
political news), and a sentence it must not fire on."""

from __future__ import annotations

from generator.speakers.after_cues import owned
from generator.speakers.coref import is_nickname
from generator.speakers.in_sentence import CONTRACTED as _CONTRACTED
from generator.speakers.sentence_cues import participle_cue
from tests.speakers.support import quotes_of, speakers_of


def test_an_apposition_with_commas_of_its_own_still_ends_at_the_cue_verb():
    assert speakers_of(
        "The new plans “will not solve this challenge, but are steps in the right direction,” Anne Richards, "
        "assistant secretary of state for population, refugees, and migration, said on the same call.",
    ) == ["Anne Richards"]
    # the closing comma left out: the apposition still ends at the cue verb
    assert speakers_of(
        "“Clinton needs a strategy for targeting third-party voters,” Nate Silver, the polling guru who "
        "founded fivethirtyeight.com tweeted on Wednesday.",
    ) == ["Nate Silver"]


def test_a_clause_after_a_closed_quote_is_no_apposition():
    # "South Carolina, he said, was …": a new sentence with its own subject, not a speaker's apposition
    assert speakers_of(
        "Dan Tripp runs the campaign. \"We're trying to show some mercy to the bully.\" South Carolina, he "
        "said, was \"where we have a chance to go mano a mano with Trump.\"",
    )[0] != "South Carolina"
    # a relative clause has its own subject and verb: "who said" does not end the apposition
    assert speakers_of(
        "“We will not back down,” Maria Lopez, the mother of a student who said she was bullied at the school.",
    ) == [None]


def test_a_name_that_modifies_a_role_before_another_name_is_no_antecedent():
    # "Obama consultant Cornell Belcher": the sentence is about Belcher; Obama says whom he worked for
    assert speakers_of(
        "Barack Obama won Iowa that night.",
        "Obama consultant Cornell Belcher, the highest-ranking African-American pollster, picked up a similar "
        "thread at the time. “African-Americans are beginning to see and sense that,” he said.",
    ) == ["Cornell Belcher"]


def test_a_name_before_a_place_is_still_the_antecedent():
    # "Lee Zeldin of New York": "of" is no role word, so Zeldin still heads the sentence
    assert speakers_of(
        "Donald Trump met Paul Ryan.",
        "Republican Rep. Lee Zeldin of New York, a Trump supporter, said it will help both the candidate and the "
        "speaker.",
        "“I don’t think it’s do or die, any endorsement in particular,” he said outside the building.",
    ) == ["Lee Zeldin"]


def test_a_pull_quote_takes_the_speaker_of_its_cited_copy():
    quotes = quotes_of(
        "On its face, Clinton’s critique is a typical Democratic line of attack on tax cuts for the rich.",
        "\"I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets as Clinton "
        "tries to distinguish herself from Trump’s irresponsible tax cuts.",
        "Dean Baker, Center for Economic and Policy Research.\"",
        "But Clinton’s broadside leaves room to be interpreted as maligning a fundamental tenet of progressive "
        "economics.",
        "“I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets as Clinton "
        "tries to distinguish herself from Trump’s irresponsible tax cuts,” said Dean Baker, co-director of the "
        "Center for Economic and Policy Research.",
    )
    assert [q.speaker for q in quotes if q.text.startswith("I worry")] == ["Dean Baker", "Dean Baker"]


def test_a_statement_that_only_shares_a_few_words_stays_unknown():
    quotes = quotes_of(
        "On its face, Clinton’s critique is a typical Democratic line of attack on tax cuts for the rich.",
        "\"I worry that we may see a resurgence of Republicans praising deficits again this fall.\"",
        "But Clinton’s broadside leaves room to be interpreted as maligning a tenet of progressive economics.",
        "“I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets,” said Dean "
        "Baker, co-director of the Center for Economic and Policy Research.",
    )
    assert [q.speaker for q in quotes] == [None, "Dean Baker"]


def test_an_ing_cue_after_by_belongs_to_the_sentence_subject():
    assert speakers_of(
        "Bolton distanced himself from the NeverTrump movement by saying he would be willing to bring his "
        "expertise to the Trump Administration if asked. “I’m going to support him, and support him "
        "enthusiastically, because I think he can do the job.”",
    ) == ["Bolton"]


def test_a_name_between_by_and_the_cue_is_the_speaker():
    # "followed by Jones saying": by does not stand right before the cue, so the name before it speaks
    assert speakers_of(
        "Senator Mark Smith spoke first. He was followed by Jones saying “we have waited long enough for this "
        "vote.”",
    ) == ["Jones"]


def test_a_bare_quote_after_a_paragraph_about_the_last_speaker_is_theirs():
    assert speakers_of(
        "“Cruz appeals to Reagan Democrats. He has a lot of the appeal Reagan had,” Richard Viguerie notes.",
        "Viguerie is upbeat about Cruz’s chances of winning in November, in part because he sees Cruz as a uniter.",
        "“Not only can Ted Cruz win in November, he’s the one with the best chance of winning.”",
    ) == ["Richard Viguerie", "Richard Viguerie"]


def test_a_bare_quote_after_a_paragraph_about_someone_else_stays_unknown():
    assert speakers_of(
        "“Cruz appeals to Reagan Democrats. He has a lot of the appeal Reagan had,” Richard Viguerie notes.",
        "Ted Cruz is upbeat about his chances of winning in November, in part because he sees himself as a uniter.",
        "“Not only can Ted Cruz win in November, he’s the one with the best chance of winning.”",
    ) == ["Richard Viguerie", None]


def test_an_as_clause_names_the_speaker_of_the_quote_its_paragraph_introduces():
    assert speakers_of(
        "Of course, as Joel Pollak of Breitbart California observed, the biggest victor was not on the stage, it "
        "was the stage itself:",
        "“The clear winner of Tuesday night’s GOP debate was the Fox Business Network, which conducted two lively "
        "sessions.”",
    ) == ["Joel Pollak"]


def test_an_as_clause_without_a_name_or_a_closing_comma_names_nobody():
    assert speakers_of(
        "Turnout fell as voters said they would stay home, and the stage itself was the story:",
        "“The clear winner of Tuesday night’s GOP debate was the Fox Business Network, which conducted two lively "
        "sessions.”",
    ) == [None]


def test_the_name_after_an_owners_role_and_a_comma_speaks():
    # "Clinton's introducer, actress Jamie Lee Curtis": the introducer speaks, not Clinton
    assert speakers_of(
        "Then there was the most obvious change of all: “It's about time that we had a woman running this "
        "country,” exhorted Clinton's introducer, actress Jamie Lee Curtis.",
    ) == ["Jamie Lee Curtis"]
    # after the comma a clause, not a role: Jeb Bush is who the aide talks about, not the aide's name
    assert owned(" Clinton's aide, adding that Jeb Bush had no plan.") is None


def test_a_statement_goes_on_with_the_reported_speech_of_the_sentence_before():
    assert speakers_of(
        "Jeffery Hemsley, the co-author of a book about the spread of information, spoke at the panel.",
        "This makes it increasingly difficult to dislodge misinformation, he said. Good information can still "
        "drive out bad, but usually only when “the truth is sexier than the lie.”",
    ) == ["Jeffery Hemsley"]


def test_a_sentence_that_only_mentions_someone_lends_no_speaker():
    # the sentence before has no cue of its own closing it: Hemsley is mentioned, not reported
    assert speakers_of(
        "Jeffery Hemsley, the co-author of a book about the spread of information, spoke at the panel.",
        "This makes it increasingly difficult to dislodge misinformation. Good information can still drive out "
        "bad, but usually only when “the truth is sexier than the lie.”",
    ) == [None]


def test_a_statement_takes_the_speaker_of_the_next_quote_of_its_sentence():
    assert speakers_of(
        "From Donald Trump’s “coarse, vulgar, and nasty 95-minute effusion” in Iowa last week to his call for a "
        "federal “deportation force,” Will described Trump as a “caricature of democracy’s most embarrassing "
        "possibilities.”",
    )[0] == "Will"


def test_a_statement_does_not_borrow_across_a_sentence_end():
    assert speakers_of(
        "The memoir was announced in the spring. Its pitch was “the whole story of the marriage, told at last.” It "
        "was to be a “cautionary tale,” said Susan Crawford, then the author's literary agent.",
    )[0] is None


def test_a_nickname_in_quote_marks_stays_inside_the_name():
    assert speakers_of(
        "In downtown San Francisco, a group dressed in \"We are Orlando\" T-shirts marched in silence.",
        "Juan \"Chico\" Manriquez of Oakland carried one of the photos. \"I pretty much cried the whole parade,\" "
        "he said.",
    ) == ["Juan Manriquez"]


def test_a_quoted_title_after_a_name_is_no_nickname():
    # "Schumer tweeted" before and a lowercase word after: a quotation, not part of a name
    assert not is_nickname("Schumer tweeted \"Trainwreck\" last night.", 17, 27)
    assert is_nickname("Juan \"Chico\" Manriquez of Oakland", 6, 11)


def test_a_surname_titled_earlier_is_a_person_when_named_bare():
    assert speakers_of(
        "President Obama hosted the leaders of Canada and Mexico at the summit.",
        "Both Justin Trudeau and the Mexican president gave assurances that they would work with whomever U.S. "
        "voters elect. And even Obama tried to help them off the hook, noting that he'd demur too.",
        "\"When I visit other countries, it's not my job to comment on candidates,\" he said.",
    ) == ["Obama"]


def test_an_untitled_bare_surname_stays_no_person():
    # "Obama" never had a title here: the known full name before it stays the antecedent
    assert speakers_of(
        "Justin Trudeau hosted the summit.",
        "Both Justin Trudeau and the Mexican president gave assurances that they would work with whomever U.S. "
        "voters elect. And even Obama tried to help them off the hook, noting that he'd demur too.",
        "\"When I visit other countries, it's not my job to comment on candidates,\" he said.",
    ) == ["Justin Trudeau"]


def test_according_to_after_the_quote_names_its_source():
    assert speakers_of(
        "“Last week’s document production also includes material from a records cache of thousands of new "
        "records,” according to Judicial Watch.",
    ) == ["Judicial Watch"]


def test_according_to_after_the_quote_yields_to_the_sentences_own_cue():
    # Francis said it; Reuters only reported it
    assert speakers_of(
        "On Saturday, Pope Francis made clear that his meeting with Sanders was not political, saying that those "
        "who thought it was should \"look for a psychiatrist,\" according to Reuters.",
    ) == ["Francis"]


def test_an_aside_between_dashes_after_the_speaker_is_skipped():
    assert speakers_of(
        "Newt Gingrich spoke on Friday.",
        "On Friday, Gingrich — mentioned by Newsmax as the leading choice for Republican presidential nominee "
        "Donald Trump’s running mate — told Bill O’Reilly of Fox News, that “you have to look at it very "
        "seriously, of course.”",
    ) == ["Newt Gingrich"]


def test_a_dash_clause_that_does_not_close_is_no_aside():
    # one dash only: the words before it are no subject of the cue verb
    assert speakers_of(
        "Newt Gingrich spoke on Friday.",
        "It was a long week — the race tightened and everyone told Bill O’Reilly of Fox News, that “you have to "
        "look at it very seriously, of course.”",
    ) != ["Newt Gingrich"]


def test_a_question_introduced_by_a_lead_in_ends_its_sentence():
    # "Mills then writes back" starts the next sentence: it is the cue of the next quote, not of this one
    assert speakers_of(
        "Hillary Clinton wrote to her aide Cheryl Mills about the photo.",
        "Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look "
        "cute.”",
    ) == ["Hillary Clinton", "Cheryl Mills"]


def test_a_question_without_a_lead_in_takes_the_cue_after_it():
    assert speakers_of(
        "Sean Hannity interviewed Donald Trump on Fox News on Tuesday night.",
        "“Do you think the polls are wrong about Ohio?” Hannity pressed.",
    ) == ["Sean Hannity"]


def test_a_name_after_an_article_and_an_adjective_speaks():
    assert speakers_of(
        "Donald Trump asserted that France had lost its identity: “France is no longer France,” he claimed.",
        "“France will always be France,” an angry Hollande retaliated.",
    ) == ["Donald Trump", "Hollande"]


def test_a_described_name_without_a_comma_before_it_is_no_cue():
    # the quote ends its sentence; "the next day Hollande retaliated" is narration of its own
    assert speakers_of(
        "Donald Trump asserted that “France is no longer France.” The next day Hollande retaliated in a speech.",
    ) == ["Donald Trump"]


def test_a_second_ing_clause_after_and_belongs_to_the_sentence_subject():
    assert speakers_of(
        "In June 2009, after Clinton suffered a concussion, Axelrod emailed her condolences, addressing her "
        "informally as “Hillary” and telling her, “you are an all-star player and we need you for the long run!” "
        "She replied to him that it was an honor.",
    ) == ["Axelrod"]



def test_an_ing_cue_after_and_without_an_earlier_ing_clause_is_left_alone():
    # only "and" joining a second comma-led -ing clause hands the cue to the sentence subject
    assert participle_cue("telling", "Axelrod emailed her condolences, addressing her informally and")
    assert not participle_cue("telling", "Jones stood by the stage and")


def test_a_contracted_pronoun_is_still_the_pronoun():
    # "He’s claiming": he, resolved to the person — never a speaker called "He"
    assert speakers_of(
        "Donald Trump tells his supporters at a Michigan rally to “go to your place and vote.”",
        "He’s claiming that voting fraud is “a big, big problem in this country” but “nobody has the guts to "
        "talk about it.”",
    ) == ["Donald Trump", "Donald Trump", "Donald Trump"]


def test_a_name_that_starts_like_a_pronoun_keeps_its_ending():
    assert _CONTRACTED.sub("", "Shelley’s") == "Shelley’s"
    assert _CONTRACTED.sub("", "Hess") == "Hess"
