"""Speaker fixes, round 9: each rule on a real news sentence (adapted from US political news), and a
case it must not fire on, as one table: (paragraphs, speakers)."""

from __future__ import annotations

import pytest

from tests.speakers.support import assert_speakers

CUES = {
    "a description after the cue may hold a number word or an inner 'of' before the full name": [
        (["“The president’s rationales to veto JASTA don’t hold weight. They are 100 percent wrong,” said 9/11 "
          "widow Terry Strada."], ["Terry Strada"]),
        (["\"Thanks, Clarkston, for welcoming these refugees,\" said master of ceremonies Asab Al-Tabchi, a Syrian "
          "engineer who immigrated to Clarkston decades ago."], ["Asab Al-Tabchi"]),
        # an "of" that opens the words after the cue is a preposition, not a description
        (["\"Thanks, Clarkston, for welcoming these refugees,\" said of the ceremony Asab Al-Tabchi."], [None])],
    "a party tag set off by commas is no speaker": [
        (["\"There has been a lot of talk in the last 24 hours about one of our presidential candidates,\" Senate "
          "Majority Leader Mitch McConnell, R-Ky., said."], ["Mitch McConnell"]),
        (["House Speaker Paul Ryan, R-Wis., despite admitting that he did have his concerns about “trial lawyers "
          "trying to get rich,” said the victims deserved their day in court."], ["Paul Ryan"]),
        (["Sen. Ron Johnson, R-Wis., said in an op-ed piece before a 2014 Senate Benghazi hearing, “The State "
          "Department not only failed to honor repeated requests for additional security.”"], ["Ron Johnson"])],
    "a clause opening with 'Neither' names no 'Neither Johnson'": [
        (["Libertarian presidential nominee Gary Johnson told a joke.",
          "Neither Johnson nor Weld is inclined to attack Clinton, something they have been trying to correct.",
          "\"You make mistakes along the trail,\" Johnson said."], ["Gary Johnson"])],
    "a lone capitalised word the article also writes in lowercase is no surname": [
        (["Holding signs calling Christie “New Jersey’s Biggest Loser,” the protesters chanted “Chris Christie: Bad "
          "for New Jersey, bad for you.”", "They were holding them high."], [None]),
        # a lone surname the article never writes in lowercase still speaks
        (["Holding signs, Paulson chanted “Chris Christie: Bad for New Jersey, bad for you.”",
          "They were holding them high."], ["Paulson"])],
    "a capitalised run too long for one mention still ends in a title and a name": [
        (["The Council on American-Islamic Relations National Executive Director Nihad Awad says in a statement that "
          "Trump’s “inflammatory rhetoric has crossed the line from spreading hatred to inciting violence.”"],
         ["Nihad Awad"]),
        # a run joining two people names neither: the quote stays with the campaign that said it
        (["New Hampshire Sen. Kelly Ayotte’s campaign, for example, said she would “support the nominee” but “isn’t "
          "planning to endorse anyone this cycle,” while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert "
          "suggested they would only offer conditional support."], ["Kelly Ayotte campaign"])],
    "an inverted cue set off by commas inside the sentence names the speaker after its verb": [
        (["The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she was "
          "\"one of the most powerful first ladies in the post-World War II era.\""], ["Carl Anthony"]),
        # a cue verb after a comma with its subject before it is no aside
        (["After the debate, Carl Anthony said Nancy was \"one of the most powerful first ladies.\""],
         ["Carl Anthony"])],
    "a dash and a name after a quote its sentence already cues are a credit, not the speaker": [
        (["Rajoy said Monday that he will \"try to form a stable government\" and insisted that his party was "
          "\"still the No. 1 force in Spain.\"--Kim Hjelmgaard."], ["Rajoy", "Rajoy"]),
        (["And although former Maryland governor Martin O'Malley lamented her tendency to commit gaffes - \"does she "
          "have to keep giving them so much ammunition?\" - Democrats in Iowa said they were unfazed."],
         ["Martin O'Malley"]),
        # a quote that fills its sentence is signed by the name after the dash
        (["“Those who make peaceful revolution impossible will make violent revolution inevitable.” — John F. "
          "Kennedy"], ["John F. Kennedy"])],
    "a lowercase quote after a comma resumes the quote its cue clause interrupted": [
        (["“Many people are uncertain in this election year,” Thiel wrote in a statement to Wired explaining why he "
          "is speaking at the convention, “but most Americans agree that our country is on the wrong track.”"],
         ["Thiel", "Thiel"]),
        # a cue of someone else's between them: the second quote is theirs
        (["“It’s misleading to imply that TARP II was an auto bailout bill,” Axelrod tweeted after Clinton argued for "
          "the second consecutive debate that “if everyone had voted as he voted, we would not have rescued the auto "
          "industry.”"], ["Axelrod", "Clinton"])],
    "a named institution speaks, and 'it' is the institution its sentence opens with": [
        (["The United Nations Security Council on Friday pledged to impose further sanctions as a deterrence to what "
          "it called \"a clear threat to international peace and security.\"",
          "Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the "
          "test \"a clear violation and in flagrant disregard\" of five previous resolutions."],
         ["United Nations Security Council", "Security Council"]),
        # a person's title word is no institution; "it" with no named subject stays unknown
        (["Justice Department spokesman Peter Carr said the review was \"thorough and complete.\"",
          "The review is over, and it called the findings \"thorough and complete in every respect.\""],
         ["Peter Carr", None])],
    "a closed quote is not cued by a next sentence that leads into a quote of its own": [
        (["Japan branded North Korea an \"outlaw nation in the neighborhood.\" Russia insisted that Pyongyang "
          "\"stop its dangerous escapades.\""], ["Japan", "Russia"]),
        # a name right after the closed quote, with no quote of its own, is still its cue
        (["\"We will not be dragged into another war in the Middle East.\" Sen. Rob Portman said it on Tuesday."],
         ["Rob Portman"])],
    "a cue word after a preposition and a capitalised modifier is a noun": [
        # no one "claims": the fragments have no speaker, so they are not reported
        (["In 2013, research conducted by the Center for Media and Public Affairs found PolitiFact consistently rated "
          "Democrats higher in its fact-checking.",
          "PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic "
          "claims – a 3 to 1 margin. Conversely, PolitiFact rated 22% of Democratic claims as “entirely true” "
          "compared to 11% of Republican claims – a 2 to 1 margin."], []),
        (["“We are not going anywhere,” Republican Chairman Reince Priebus claims in the letter."],
         ["Reince Priebus"])],
    "a person speaks through the document they own": [
        (["Earlier this month, lawyers for both Donald and Ivana Trump filed legal papers opposing the unsealing.",
          "However, Ivana Trump's brief said that was not her view and dismissed those reports as \"previous "
          "misinterpreted statements and allegations.\""], ["Ivana Trump"]),
        # the document as an object of someone else's cue is not the subject
        (["Christie said Trump's tweet saying African-Americans will vote for him meant that \"If people want "
          "safer streets, they should vote for Donald Trump.\""], ["Christie"])],
    "a capitalised common word opening a sentence is no antecedent for he/she": [
        (["\"I am not in the habit of supporting people who attack my wife and attack my father,\" Cruz said in July.",
          "Delegates questioned how Cruz could turn back on a pledge he and other delegates made.",
          "\"The day that was abrogated was the day this became personal,\" he said."], ["Cruz", "Cruz"])],
    "a long surname one typo from a known one is that person": [
        (["State Senate President Steve Sweeney said contractors built a Trump cushion into their bids.",
          "“As a construction guy, he put a lot of people out of business, too,” Sweeny said."], ["Steve Sweeney"]),
        (["Two voters, Tyresha McClenney and Bryan Anderson, saw Tim Kaine speak at a recent rally.",
          "McLenney said Clinton doesn’t show consistency in her concern for racial issues.",
          "“It’s not something that she continuously says,” she said."], ["Tyresha McClenney"]),
        # a short surname one letter off is another person; a plural is a family
        (["Sen. Tim Cook spoke first.", "“We are ready,” Cooke said."], ["Cooke"])],
    "a statement that is a sentence of its own goes on from the named subject of the sentence before it": [
        (["Moderator Carl Quintanilla questioned Ben Carson on his ties to a supplement maker. Quintanilla seemed "
          "taken aback and mentioned that Carson's picture had been on the company's Web site. \"Does that not speak "
          "to your vetting process or judgment in any way?\""], ["Carl Quintanilla"]),
        # a sentence before it with a quote of its own: its cue was that quote's
        (["“Hi Americans! Donald Trump may become the President of your country!” a welcome message on the website "
          "reads. “If that happens, and you decide to get out of there, might I suggest moving to Cape Breton?”"],
         [None, None])],
    "a short statement that is all of an attributed one, wherever it stands, has its speaker": [
        (["Republicans' reaction: 'Is that all there is?'",
          "Donald Trump tweeted that Obama had too little to say about defeating the Islamic State.",
          "\"Is that all there is?\" Trump said. \"We need a new President -- FAST!\""],
         ["Donald Trump", "Donald Trump", "Donald Trump"]),
    ],
    "a cue after a quote that leads with a colon into the next quote is the next quote's": [
        (["Justice Antonin Scalia spoke at oral argument.",
          "After Scalia said that minority students might do better at \"less advanced schools,\" Trump said: \"I "
          "don't like what he said, no, I don't like what he said.\""], ["Antonin Scalia", "Trump"]),
        # no cue before the quote: the colon's cue is both quotes'
        (["\"We will win,\" Trump said: \"We will win so much you will get tired of winning.\""],
         ["Trump", "Trump"])],
    "a name after 'on' or 'for' is a preposition's object, not a subject": [
        (["Clinton responded to Vargas’ question on Facebook writing, “Yes, I will. That was a poor choice of "
          "words.”"], ["Clinton"])],
    "a dateline opening the paragraph is not the sentence's subject": [
        (["PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement at the outset of "
          "the party’s convention Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders."],
         ["Democratic National Committee"])],
    "a role word before a name describes the person, it is no part of the name": [
        (["Comedian Sarah Silverman took the stage.", "\"Can I just say to the Bernie or Bust people: you're being "
          "ridiculous,\" Silverman said."], ["Sarah Silverman"]),
        (["\"I'm very disappointed in the RNC,\" said Billionaire Donald Trump."], ["Donald Trump"]),
        # a surname that is also a role word stays the surname
        (["New Yorker writer Mark Singer has a framed note.", "\"It was a long time ago,\" Singer said."],
         ["Mark Singer"])],
}


def test_three_words_are_too_few_to_be_sure_two_statements_are_the_same():
    from generator.speakers.discourse import repeat_key
    assert repeat_key("We will win!") is None
    assert repeat_key("Is that all there is?") == ("=", "is", "that", "all", "there", "is")


@pytest.mark.parametrize("rule", sorted(CUES))
def test_cue_rule_fires_on_its_sentence_and_not_on_the_other(rule: str):
    assert_speakers(CUES[rule])
