"""Speaker fixes, round 8: each rule on a real news sentence (adapted from US political news), and a
case it must not fire on, as one table: (paragraphs, speakers)."""

from __future__ import annotations

import pytest

from generator.speakers.subjects import sentence_subject
from tests.speakers.support import assert_speakers, quotes_of

CUES = {
    "a lowercase title word after the cue gives way to the full name the description leads to": [
        (["\"Watch a fully formed fetus on the table, its heart beating,\" said former tech executive Carly "
          "Fiorina during the second GOP debate."], ["Carly Fiorina"]),
        # no name after the description: nobody is named, the cue keeps its description
        (["\"Watch a fully formed fetus on the table, its heart beating,\" said former staff during the debate."],
         [None])],
    "a full name before 'of' is a person, the words after it a place": [
        (["She is locked in a dead heat in Iowa with Sen. Bernie Sanders of Vermont, whose long-shot bid has "
          "gained momentum.",
          "Republicans were quick to chime in, with Donald Trump tweeting that it was a disaster for Clinton.",
          "Sanders appeared to dismiss the email issue in October. On Friday, he remarked: \"As I said at the "
          "first Democratic debate, there is a legal process in place.\""],
         ["Bernie Sanders"]),
        # a title before 'of' holds no name: the run stays whole
        (["Secretary of State John Kerry spoke in Geneva.",
          "\"We have agreed to intensify our cooperation,\" he said."], ["John Kerry"])],
    "before a colon, a clause opening with description words and a full name has that person as subject": [
        (["But after Tuesday night’s appearance, conservative commentator Jonah Goldberg of the anti-Trump National "
          "Review imagined Christie was thinking: “My God what have I done? I have really done it this time.”"],
         ["Jonah Goldberg"]),
        # an owner is no subject: the description leads to a possessive
        (["In the end, longtime Clinton adviser Paul Begala’s memo laid out the case: “This race is about the "
          "economy and it will be decided by it.”"], [None])],
    "an -ing cue after an inverted cue belongs to the speaker it named": [
        (["“It’s not new in Virginia,” said Rep. Bobby Scott (D-Va.) at the time, adding that “we’ve been electing "
          "African-Americans to office for a long time.” Political analyst David Bositis agreed that the shift was "
          "a matter of geography."], ["Bobby Scott", "Bobby Scott"]),
        # an unnamed speaker stays unnamed, whoever the next sentence names
        (["“It’s not new in Virginia,” said a campaign spokesman at the time, adding that “we’ve been electing "
          "African-Americans to office for a long time.” Political analyst David Bositis agreed."], [None, None])],
    "a named cue joined on after a quote, leading into its own quote, is not the first quote's": [
        (["Ted Cruz accuses Obama of \"leading from behind\" and Donald Trump says he's \"losing the war on "
          "terrorism,\" part of a verbal lashing they've administered to the president."], ["Donald Trump"]),
        # a pronoun goes on speaking: both quotes are his
        (["Donald Trump spoke on Friday.",
          "Trump took to Twitter overnight to accuse Clinton’s campaign of being “duped” by “a con” and encourage "
          "Americans to check out what he called Machado’s “sex tape.”"], ["Donald Trump"] * 2)],
    "a cue verb that is a plural noun after a quantifier is no cue": [
        (["China's expanding influence has provoked mixed feelings in many Asian states, and it has used \"velvet "
          "gloves\" in its dealings with Central Asia, said Nargis Kassenova, an international relations expert at "
          "KIMEP University in Almaty."], ["Nargis Kassenova"]),
        # a name right before the verb is its subject
        (["In his book, Donald Trump states that \"we will build a great wall and Mexico will pay for it.\""],
         ["Donald Trump"])],
    "speech verbs the list lacked (proclaimed, grumbled, proposed, yelling, admitting) are cues": [
        (["Guns are “the ultimate public health crisis that this country faces” and “stunt children’s growth,” "
          "Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd."],
         ["Howard Dean", "Howard Dean"]),
        (["At a Trump rally in Birmingham, Alabama, on Saturday, some of his supporters kicked and punched a Black "
          "Lives Matter protester, with Trump reportedly yelling: “Get him the hell out of here! Get him out!”"],
         ["Trump"]),
        (["\"Our ideas of 'success' are different,\" agrees Michelle Stevens, 30, of Gainesville, Fla."],
         ["Michelle Stevens"]),
        (["A spokeswoman for the House Armed Services Committee emailed reporters with the relevant text of the "
          "law, arguing, “As you can see, the text of the law they cite says no such thing.”"],
         [None]),  # described, not named: "A spokeswoman for the House Armed Services Committee" (test_described)
        (["Louisiana Gov. Bobby Jindal on Monday signed an order to block the settlement of any Syrian refugee, "
          "while Mike Huckabee, the former Arkansas governor, proposed we \"wake up and smell the falafel\" and "
          "said House Speaker Paul Ryan should resign."], ["Mike Huckabee"]),
        # a verb that is no speech is no cue: the fragment is dropped, and the statement's sentence subject
        # is a plural common noun, no speaker (round 11)
        (["Guns are “the ultimate public health crisis that this country faces” and “stunt children’s growth,” "
          "Howard Dean, the former governor of Vermont, walked to a cheering crowd."], [None])],
    "a capitalised word after a preposition and an article is no subject": [
        (["Donald Trump spoke on NBC.",
          "In a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the end "
          "of his career.”"], ["Donald Trump"]),
        # an opening participle before an article-led description still leaves the description
        (["Hillary Clinton spoke on NBC.",
          "Reprising one of her lines, the former secretary of state went even further: “If he goes forward and "
          "loses, it’s the end of his career.”"], [None])],
    "a quote that fills its paragraph is signed by a dash line after it": [
        (["MSNBC aired the fifth Democratic presidential debate, a showdown between former secretary of state "
          "Hillary Clinton and Sen. Bernie Sanders of Vermont.",
          "\"I went to Wall Street before the crash. I was the one saying you're going to wreck the economy because "
          "of these shenanigans with mortgages.\"",
          "- Clinton.",
          "\"The idea that I would dismantle health care in America while we're waiting to pass Medicare for all "
          "is just not accurate.\"",
          "-President Obama, tweeting after Clinton's speech."],
         ["Hillary Clinton", "Obama"]),
        # a quote inside narration is not what a dash line after the paragraph signs
        (["The banner over the stage read \"Stronger together for all of America\" as the crowd waited in the rain.",
          "- Hillary Clinton."], [None])],
}


@pytest.mark.parametrize("rule", sorted(CUES))
def test_cue_rule_fires_on_its_sentence_and_not_on_the_other(rule: str):
    assert_speakers(CUES[rule])


def test_a_body_named_with_of_is_no_person():
    from generator.speakers.people import People
    people = People()
    people.learn("The Bank of America and the University of Iowa said Jeffrey Lewis of the James Martin Center wrote.")
    assert people.by_last == {"lewis": "Jeffrey Lewis"}


def test_an_owned_office_as_the_subject_of_a_statement_speaks_for_its_owner():
    quote = quotes_of("Republicans quickly pounced on the administration’s policy announcement by tying it to "
                      "unauthorized immigration and, in Sen. David Vitter’s (R-La.) case, terrorist threats. His office "
                      "put out a statement saying the U.S. “does not have the capacity to properly vet every incoming "
                      "refugee.”")[-1]
    assert (quote.speaker, quote.speaker_rule) == ("David Vitter office", "subject/body")
    assert sentence_subject("His plan would cut taxes for") is None  # a plan is no body that speaks
