"""Speaker fixes, round 10: each rule on a real news sentence (adapted from US political news), and a
case it must not fire on, as one table: (paragraphs, speakers)."""

from __future__ import annotations

import pytest

from tests.speakers.support import assert_speakers

CUES = {
    "an apposition that quotes a word of its own still ends at the comma before the cue": [
        (["Donald Trump and Hillary Clinton campaigned in Ohio on Tuesday.",
          "Trump, who has called Clinton “crooked,” said Tuesday that “we are going to win this state and win it "
          "big in November.”"], ["Donald Trump"]),
        # a place described with a quote opens the sentence: the subject after it speaks, not Ohio
        (["Donald Trump and Hillary Clinton campaigned in Ohio on Tuesday.",
          "In Ohio, a state that Clinton called “crucial,” Trump said Tuesday that “we are going to win this state "
          "and win it big in November.”"], ["Donald Trump"])],
    "a cue word owned by a possessive after 'called' is a noun, wherever the cue is found": [
        (["Hillary Rodham Clinton spoke on Saturday.",
          "Party Chairman Reince Priebus called Clinton's remarks on 9/11 a \"new low\" and a \"bizarre attempt to "
          "deflect attention from her ties to her wealthy donors.\""], ["Reince Priebus"]),
        # the owner's remarks, quoted rather than described, are the owner's words
        (["Hillary Rodham Clinton spoke on Saturday.",
          "Clinton's remarks on Saturday were short: \"We will not be intimidated by anyone, anywhere,\" she said."],
         ["Hillary Rodham Clinton"])],
    "the one spoken to is no speaker": [
        (["Another intelligence source speaking to Fox News said, “The agents are investigating the possible "
          "intersection of Clinton Foundation donations.”"], [None]),
        (["“He’s funny,” New York attorney Eric Levine said of Trump.",
          "Of Carson, Levine, who has given money to Marco Rubio, said, “He’s flat-out scary. I think he’s a "
          "wonderful man.”"], ["Eric Levine", "Eric Levine"]),
        # a possessive after "to" owns the remarks that carry the quote
        (["Lavrov replied to U.S. Secretary of State John Kerry's remarks that the two had agreed \"to intensify "
          "intelligence cooperation with respect to ISIL.\""], ["John Kerry"]),
        # "according to" names the source
        (["“The agents are investigating the possible intersection of donations,” according to Fox News."],
         ["Fox News"])],
    "promising is a cue; an -ing verb after a quote never comes before its subject": [
        (["Donald Trump and Ted Cruz spoke on Saturday.",
          "Cruz and Trump have used the most aggressive language, with Cruz recently promising to \"carpet bomb "
          "them into oblivion.\""], ["Ted Cruz"]),
        (["Jeremy Boreing spoke to the members.",
          "Boreing said the members will still meet, but said, “It’s time we change how we do it,” promising the "
          "Friends of Abe will return to its roots."], ["Jeremy Boreing"])],
    "a lone participle capitalised only where a sentence starts, or a month, is no surname": [
        (["Based on the statement released by Fox News, it seems some convincing was needed on behalf of Ailes who "
          "“has spoken to Donald Trump a few times over the past three months about appearing” on the special."],
         [None]),
        (["He sent a two-page memo to The Washington Post in April explaining his plan, which includes confiscating "
          "money that migrants send home until the government there makes “a one-time payment of $5-10 billion.”"],
         [None]),
        # a surname after a closing quote mark is inside its sentence; a country speaks
        (["“We’re tired of being told it is anti-immigrant, it’s offensive!” Cruz said."], ["Cruz"]),
        (["Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia insisted that Pyongyang \"stop "
          "its dangerous escapades and return to the talks at once.\""], ["Japan", "Russia"])],
    "a next sentence reporting speech of its own is no cue of the closed quote before it": [
        (["\"It's a very sad development,\" Cruz told reporters outside a restaurant in Milwaukee. \"This is the "
          "consequence of the culture of the Trump campaign. That has no place in a political campaign.\" Ohio Gov. "
          "John Kasich said he would have fired Lewandowski."], ["Cruz", "Cruz"]),
        # a cue that ends its sentence still closes the quote before it
        (["\"It's a very sad development,\" Cruz told reporters. \"This is the consequence of the culture of the "
          "Trump campaign.\" Ohio Gov. John Kasich said in a statement."], ["Cruz", "John Kasich"])],
    "'calling for' a clause before the quote is no cue of it": [
        (["Hillary Clinton spoke at the debate.",
          "During the debate, Clinton claimed that statements made by Republican front-runner Donald Trump calling "
          "for a temporary ban on Muslim immigration makes him “ISIS’ best recruiter.”"], ["Hillary Clinton"]),
        # the quote right after "called for" is what was called for
        (["Donald Trump called for “a total and complete shutdown of Muslims entering the United States.”"],
         ["Donald Trump"])],
    "a programme's name in quote marks does not stop a cue-less statement going on from the narration": [
        (["On \"Face the Nation,\" Sen. Bernie Sanders (Vt.), who lost the Democratic primaries to Clinton, "
          "identified young voters' exhaustion with bigotry as one of the reasons to back her. \"The younger people "
          "are sick and tired of discrimination and racism.\""], ["Bernie Sanders"])],
    "a sentence's one-word subject before a past-tense verb is an antecedent": [
        (["Cruz openly admitted that his pick was politically motivated. “With an eye to February 20th, Carolina,” "
          "he said.",
          "Carson defied the question, and didn’t make a choice. “With 100 percent certainly, I will predict the "
          "winner today,” he said."], ["Cruz", "Carson"]),
        # a plural is a group: "he" goes on with the last speaker
        (["Cruz openly admitted that his pick was politically motivated. “With an eye to February 20th, Carolina,” "
          "he said.",
          "Eyebrows raised around the room. “With 100 percent certainly, I will predict the winner today,” he said."],
         ["Cruz", "Cruz"])],
    "a one-word name a cue made a speaker is an antecedent where the article names it again": [
        (["\"We will act on this in Paris,\" Obama said.",
          "Nordhaus said: \"No large economy in the world has yet succeeded in making a big dent in emissions.\"",
          "And Obama, for all the progress he helped wrangle from world leaders, seems to agree. \"We don't yet know "
          "exactly what's going to work best,\" he said."], ["Obama", "Nordhaus", "Obama"])],
    "a quote whose sentence has another person as its subject does not inherit the previous quote's speaker": [
        (["Bernie Sanders and Hillary Clinton disagree.",
          "Sanders released a statement last week, insisting that the United States “must stop treating Puerto "
          "Rico like a colony.” Meanwhile, Clinton endorsed the bipartisan deal, although she made it clear that she "
          "has “serious concerns” about a handful of provisions."], ["Bernie Sanders"]),
        # the speaker's own organisation as the subject still inherits
        (["Donald Trump and Marc Roffman argued.",
          "Trump wrote to the chief executive, threatening \"a major lawsuit,\" according to a copy of the letter. "
          "That letter, on Trump Organization letterhead, demanded that Roffman make \"a major public apology\" or "
          "that Janney fire him."], ["Donald Trump", "Donald Trump"])],
    "an indefinite and a few lowercase words before a cue name someone unnamed, not the previous speaker": [
        (["“This shocking new ad raises new questions about whether Iowa can trust him,” Katie Packer said.",
          "“Donald Trump is skipping the last debate before the Iowa caucuses. Why?” a voice over says as a photo "
          "of an empty podium is shown."], ["Katie Packer", None]),
        # a named speaker after the indefinite-looking start is still found
        (["“Donald Trump is skipping the last debate before the Iowa caucuses,” a spokesman, Tim Miller, said."],
         ["Tim Miller"])],
}


@pytest.mark.parametrize("rule", sorted(CUES))
def test_cue_rule_fires_on_its_sentence_and_not_on_the_other(rule: str):
    assert_speakers(CUES[rule])


def test_a_word_written_in_lowercase_is_found_only_as_a_word_of_its_own():
    from generator.speakers.people import People
    people = People(text="Holding signs, they were up-holding the holdings. Then holding on.")
    assert people.writes_lowercase("Holding")
    assert not People(text="Holding signs, they were up-holding the holdings.").writes_lowercase("Holding")
    assert not People(text="Sanders spoke. Then Sanders left.").writes_lowercase("Sanders")


def test_empty_quote_marks_in_the_narration_do_not_crash_the_paraphrase_rule():
    from generator.speakers.context_cues import paraphrased_before
    text = "Sen. Bernie Sanders wrote \" \" on the board and left. \"The younger people are sick and tired of it.\""
    assert paraphrased_before(text, text.rindex("\"The") + 1) is None  # a sentence with quote marks of its own
