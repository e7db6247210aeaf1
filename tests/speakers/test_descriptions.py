"""Descriptions as speakers ("the Vermont senator", "a State Department official"), round 6: each rule on a
real news sentence (adapted from US political news), and one it must not fire on."""

from __future__ import annotations

from generator.speakers.descriptions import parse
from generator.speakers.people import People
from tests.speakers.support import quotes_of, resolved_of


def test_a_state_and_office_before_the_name_are_learned():
    assert resolved_of(
        "Indiana Gov. Mike Pence spoke Friday in Fort Wayne.",
        "Donald Trump unleashed a flurry of tweets on Friday morning.",
        "“Democrats and the media are to blame for all of this,” the Indiana governor said.",
    ) == ["Mike Pence"]
    # another state names someone else: not the Indiana governor, and nobody the text describes so
    assert resolved_of(
        "Indiana Gov. Mike Pence spoke Friday in Fort Wayne.",
        "“Democrats and the media are to blame for all of this,” the Ohio governor said.",
    ) == [None]


def test_a_party_and_state_tag_after_the_name_is_learned():
    assert resolved_of(
        "Sen. Bernie Sanders (I-Vt.) on Wednesday morning called upon the U.S. to press China.",
        "Sen. Joni Ernst, R-Iowa, appeared with him in Des Moines.",
        "“China is equally concerned about what North Korea is doing,” the Vermont senator told ABC.",
    ) == ["Bernie Sanders"]
    # the senator last named is from Iowa: "the Florida senator" is not her
    assert resolved_of(
        "Sen. Joni Ernst, R-Iowa, spoke in Des Moines.",
        "“We will see what it translates to a week from tonight,” the Florida senator told reporters.",
    ) == [None]


def test_an_apposition_after_the_name_is_learned():
    assert resolved_of(
        "Donald Trump, the New York billionaire, campaigned Monday in New Hampshire.",
        "Hillary Clinton spoke in Iowa. “We need a president who knows the job,” she said.",
        "“We can't have a guy who stands in the middle of the Senate floor,” said the New York businessman.",
    ) == ["Hillary Clinton", "Donald Trump"]
    # a businessman is a man: with no man described so, nobody
    assert resolved_of(
        "Hillary Clinton spoke in Iowa. “We need a president who knows the job,” she said.",
        "“We can't have a guy who stands in the middle of the Senate floor,” said the New York businessman.",
    ) == ["Hillary Clinton", None]


def test_an_indefinite_description_names_someone_new():
    assert resolved_of(
        "Jake Sullivan sent such content to Clinton, a source said.",
        "In a statement for this story, a State Department official said, “We are not going to speak "
        "to the content of these documents.”",
    ) == [None]
    # the definite description refers back to the official the text introduced
    assert resolved_of(
        "State Department official Mark Toner spoke on Tuesday.",
        "“We are not going to speak to the content of these documents,” the State Department official said.",
    ) == ["Mark Toner"]


def test_a_staff_role_names_only_someone_introduced_in_it():
    assert resolved_of(
        "David Cameron met Donald Trump's advisers on Monday.",
        "“The prime minister has made his views on Donald Trump clear,” the spokesman said.",
    ) == [None]
    assert resolved_of(
        "Cruz spokesman Rick Tyler defended the senator on Monday.",
        "“The senator has been consistent on this issue for years,” the spokesman said.",
    ) == ["Rick Tyler"]


def test_another_office_contradicts_a_description():
    assert resolved_of(
        "Ohio Gov. John Kasich spoke in Cleveland.",
        "“I think that would be an absolute disaster for the party,” the senator said.",
    ) == [None]
    assert resolved_of(
        "Sen. Ted Cruz spoke in Houston.",
        "“I think that would be an absolute disaster for the party,” the senator said.",
    ) == ["Ted Cruz"]


def test_a_two_word_office_is_not_its_last_word():
    assert resolved_of(
        "President Barack Obama says he is not plotting to take away everyone's guns.",
        "Vice President Joe Biden will push the actions in interviews.",
        "The president noted that he taught constitutional law, and added: “I know a little about this, folks.”",
    ) == ["Barack Obama"]
    people = People()
    people.learn("Vice President Joe Biden will push the actions in interviews.")
    assert "president" not in people.titles["Joe Biden"]


def test_a_sitting_office_holder_before_a_former_one():
    assert resolved_of(
        "Former New Jersey Gov. Christine Todd Whitman criticized Gov. Chris Christie on Monday.",
        "“I’ve known him personally for 14 years and I believe he is the best,” the governor said.",
    ) == ["Chris Christie"]
    assert resolved_of(
        "Former New Jersey Gov. Christine Todd Whitman criticized Gov. Chris Christie on Monday.",
        "“I’ve known him personally for 14 years and I believe he is the best,” the former governor said.",
    ) == ["Christine Todd Whitman"]


def test_parse_reads_state_office_and_gender():
    description = parse(["the", "former", "governor", "of", "Vermont"])
    assert description and description.head == "governor" and description.states == {"vermont"} and description.former
    description = parse(["the", "California", "congresswoman"])
    assert description and description.head == "congressman" and description.gender == "f"
    assert parse(["the", "former"]) is None


def test_a_description_refers_to_the_person_just_named():
    assert resolved_of(
        "“Let’s not get ahead of ourselves here,” John Kasich said.",
        "Ted Cruz was more ominous. “I think that would be an absolute disaster for the voters,” the Texas "
        "senator said.",
    ) == ["John Kasich", "Ted Cruz"]
    # the person just named is an Ohio governor: not the Texas senator, and nobody else is
    assert resolved_of(
        "“Let’s not get ahead of ourselves here,” Ohio Gov. John Kasich said.",
        "Kasich was more ominous. “I think that would be an absolute disaster for the voters,” the Texas "
        "senator said.",
    ) == ["John Kasich", None]
    # after a he/she, the names of a sentence are its objects: the description looks further back
    assert resolved_of(
        "Sergei Lavrov spoke in Moscow on Saturday.",
        "He referred to a committee that was disbanded after Moscow granted asylum to U.S. intelligence "
        "whistleblower Edward Snowden.",
        "“Intelligence data exchanges really took place in the framework of the commission,” the Russian "
        "diplomat said.",
    ) == ["Sergei Lavrov"]


def test_a_country_contradicts_a_description():
    assert resolved_of(
        "Secretary of State John Kerry, an American diplomat, spoke on Friday.",
        "“There is no Cold War between our countries, and there will not be one,” the Russian diplomat said.",
    ) == [None]
    assert resolved_of(
        "Russian Foreign Minister Sergei Lavrov spoke on Friday.",
        "“There is no Cold War between our countries, and there will not be one,” the Russian diplomat said.",
    ) == ["Sergei Lavrov"]


def test_an_indefinite_determiner_stays_in_the_mention():
    quotes = quotes_of(
        "Joe Biden spoke in Scranton on Monday.",
        "“That doesn’t mean no response, but a muted one,” said one Clinton aide.",
        "A Chinese official responded by saying Japan should be careful “not to interfere and stir up "
        "problems” in the waterway.",
    )
    assert [(q.mention, q.speaker) for q in quotes] == [("one Clinton aide", None), ("A Chinese official", None)]
    # a definite description keeps resolving
    assert resolved_of(
        "Sen. Ted Cruz spoke in Houston.",
        "“That is not how we see it at all, not at all,” said the senator.",
    ) == ["Ted Cruz"]


def test_a_role_noun_ends_a_description_after_a_cue():
    quotes = quotes_of(
        "Donald Trump, the New York billionaire, campaigned Monday in New Hampshire.",
        "“We can't have a guy who stands in the middle of the Senate floor,” said the New York businessman.",
    )
    assert [(q.mention, q.said_by) for q in quotes] == [("the New York businessman", "the New York businessman")]
    assert resolved_of("Donald Trump, the New York billionaire, campaigned Monday in New Hampshire.",
                       "“We can't have a guy who stands in the middle of the Senate floor,” said the New York "
                       "businessman.") == ["Donald Trump"]
    # a capitalised place after the cue without a role noun stays what it was
    quotes = quotes_of("“We can't have a guy who stands in the middle of the Senate floor,” said Donald Trump.")
    assert [q.speaker for q in quotes] == ["Donald Trump"]


def test_a_fragment_with_an_unnamed_speaker_is_a_quotation():
    quotes = quotes_of("The retiring senator had “obligations in Tennessee,” the former vice president’s spokeswoman said.")
    assert [(q.text, q.speaker) for q in quotes] == [("obligations in Tennessee", None)]
    # a fragment with no cue at all is still left out
    assert quotes_of("The retiring senator had “obligations in Tennessee” all week.") == []


def test_an_unnamed_speaker_does_not_inherit_the_previous_quote():
    assert resolved_of(
        "“We will win this state,” Sen. Ted Cruz said. “That is not how we see it at all,” a State "
        "Department official said.",
    ) == ["Ted Cruz", None]


def test_the_owner_of_an_ad_speaks_through_it():
    # a capitalised owner of an ad or a report speaks through it, whatever the article before it
    speakers = resolved_of("One Club for Growth ad says “only Ted Cruz can beat Donald Trump, and John Kasich cannot.”")
    assert len(speakers) == 1 and (speakers[0] or "").endswith("Growth")  # the group (its name as people.py reads it)
    # an owner in lower case is no owner: "a White House pool report" leaves the speaker to the cue
    assert resolved_of("According to a pool report, “there is love in this room tonight,” the families heard.") == [None]


def test_a_description_can_be_the_subject_of_a_quote_s_sentence():
    assert resolved_of(
        "Former Secretary of State Hillary Clinton spoke in Iowa. Bernie Sanders spoke too.",
        "Reprising one of her own favorite lines, the former secretary of state talked about continuing the "
        "“progress we had under President Obama” and her commitment “to do everything we possibly can not to "
        "let the Republicans rip it away.”",
    ) == ["Hillary Clinton", "Hillary Clinton"]
    # a body as the subject is no person: nobody is named
    assert resolved_of(
        "Bernie Sanders spoke.",
        "The campaign released a statement on Monday saying “we will fight on to the convention in Philadelphia.”",
    ) == [None]


def test_a_heads_own_synonym_is_no_second_word_that_matches():
    # "senator" implies "lawmaker": scoring it as a second matching word made any senator named before, however
    # far back, win at once (wash-post, polnear-train: Cruz's ad, published as John McCain's)
    assert parse(["the", "senator"]).words == frozenset()
    assert "lawmaker" not in parse(["the", "conservative", "senator"]).words
    quote = quotes_of("Ted Cruz is on the air in Iowa with a new commercial this week.",
                      "Recall Sen. John McCain damaging his reputation for candor in 2000.",
                      "The race has changed since then, and so have the voters in Iowa.",
                      "Most of them now distrust every career politician in Washington.",
                      "Cruz defends his outsider bona fides in a commercial running on Iowa TV: “Securing our borders is a "
                      "matter of national security,” the senator says directly to the camera.")[-1]
    assert quote.speaker != "John McCain"


def test_a_titled_person_far_back_does_not_outrank_the_nearest():
    quote = quotes_of("Marco Rubio and Donald Trump campaigned across New Hampshire on Monday.",
                      "Chris Christie, John Kasich and Jeb Bush made their last appeals, and Sen. Bernie Sanders "
                      "rallied in Concord.",
                      "Rubio sought to stoke positive energy as he stopped by his campaign headquarters in Manchester.",
                      "Walking into the office, the senator said his campaign here was “closing really strong.”")[-1]
    assert quote.speaker != "Bernie Sanders"  # Rubio's words, or nobody's: never the fifth person back
