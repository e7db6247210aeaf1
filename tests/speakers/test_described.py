"""Anonymous descriptions ("one Trump confidant", "a State Department official") are a described,
unnamed speaker: shown as written, with the rule that read them, never a person of the article or
one canonical person across the digest. Sentences from US political news (PolNeAR train)."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from jinja2 import Environment, FileSystemLoader

from generator.corpus.canonical import canonicalize
from generator.model import Article, Digest, Metadata, Paragraph, Quote
from generator.quotes.find import find_quotes
from generator.runtime.serialize import article_contract
from generator.site.diff_markup import FILTERS
from generator.site.pages import pages
from generator.speakers.cascade import attribute
from generator.speakers.in_sentence import anonymous, described_speaker
from generator.speakers.subjects import sentence_subject
from tests.speakers.support import quotes_of, resolved_of


def _article(slug: str, *texts: str) -> Article:
    paragraphs = [Paragraph(t) for t in texts]
    quotes = attribute(paragraphs, find_quotes(slug, paragraphs))
    return Article(source=f"{slug}.txt", id=slug, kind="text", meta=Metadata(title=slug), paragraphs=paragraphs,
                   removed=[], quotes=quotes)


def _read(*texts: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.speaker_description, q.speaker_rule) for q in _article("a", *texts).quotes]


def test_an_indefinite_description_is_a_described_speaker() -> None:
    assert _read("“What Reince and the mainstream media don't understand is that this is a movement,” one Trump "
                 "confidant said.") == [(None, "one Trump confidant", "cue_after/described")]
    assert _read("“We are not going to speak to the content of these documents,” a State Department official "
                 "said.") == [(None, "a State Department official", "cue_after/described")]


def test_capitals_inside_an_indefinite_description_are_no_name() -> None:
    # "New Hampshire Republican" was read as a person's name
    assert _read("“The deal is a disaster for the country and for everyone,” said a New Hampshire Republican.") == [
        (None, "a New Hampshire Republican", "cue_after/described")]


def test_a_description_of_a_thing_or_a_cut_off_phrase_is_no_described_speaker() -> None:
    assert _read("“It’s going to be a very long night for the campaign,” a voice-over in the ad says.") == [
        (None, None, "cue_after")]
    assert described_speaker("a Sunday") is None
    assert described_speaker("a former") is None
    assert described_speaker("was asked") is None


def test_a_definite_description_of_someone_named_before_is_shown_as_written() -> None:
    # resolved to Marco Rubio for the article's registry, but the text does not name him there: on PolNeAR train
    # the gold was the description, not the person, 32 times of 52 such readings
    assert _read("Sen. Marco Rubio of Florida spoke in Iowa on Monday.",
                 "“It's a difficult issue because it puts in conflict two competing rights,” the Florida senator "
                 "said.") == [(None, "the Florida senator", "cue_after/described")]
    assert resolved_of("Sen. Marco Rubio of Florida spoke in Iowa on Monday.",
                       "“It's a difficult issue because it puts in conflict two competing rights,” the Florida "
                       "senator said.") == ["Marco Rubio"]


def test_a_countrys_office_names_its_holder() -> None:
    # the seeds (RT, 2013): a country's foreign minister is one person, whom the article names
    assert _read("The remarks come after Sergey Lavrov’s meeting with US State Secretary John Kerry in Washington.",
                 "“There’s no Cold War between Russia and the US,” the Russian foreign minister said.") == [
        ("Sergey Lavrov", None, "cue_after/description")]


def test_described_speakers_are_never_merged_across_the_digest() -> None:
    one = _article("one", "“We are not going to speak to the content of these documents,” a senior official said.")
    two = _article("two", "“The sanctions will stay in place for as long as it takes,” a senior official said.",
                   "“We will not back down from this position at all,” Sergei Lavrov said.")
    canonicalize([one, two], {})
    assert [q.speaker for q in one.quotes + two.quotes] == [None, None, "Sergei Lavrov"]
    assert [q.said_by for q in one.quotes + two.quotes] == ["a senior official", "a senior official", "Sergei Lavrov"]


def test_the_contract_shows_the_description_as_the_speaker_and_says_so() -> None:
    quote = article_contract(_article("a", "“We are not going to speak to the content of these documents,” a "
                                           "State Department official said."))["quotes"][0]
    assert (quote["speaker"], quote["speaker_described"], quote["speaker_rule"]) == (
        "a State Department official", True, "cue_after/described")
    named: Quote = _article("b", "“We will not back down,” Lavrov said on Tuesday.").quotes[0]
    assert (named.said_by, named.speaker_description) == ("Lavrov", None)


def test_the_article_page_shows_the_description_and_that_no_name_is_given() -> None:
    article = _article("a", "“We are not going to speak to the content of these documents,” a State Department "
                            "official said. “This is not over by a long shot at all,” the senator said.")
    page = next(p for p in pages(Digest(articles=[article]), {"url": "https://digest.example", "name": "Digest"})
                if p.path == "articles/a/index.html")
    env = Environment(loader=FileSystemLoader(Path(__file__).parents[2] / "themes" / "digest" / "templates"),
                      autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(FILTERS)
    html = env.get_template(f"{page.template}.html").render(SITEURL="", SITENAME="Digest", DEFAULT_LANG="en",
                                                            SITE_DESCRIPTION="About", canonical="", **page.context)
    heads = [h.get_text(" ", strip=True) for h in BeautifulSoup(html, "lxml").select("p.qhead")]
    # "the senator" the article names nobody as is shown as written too, never as a person of the digest
    assert heads == ["1 a State Department official (speaker not named in the text)",
                     "2 the senator (speaker not named in the text)"]
    assert "/speakers/" not in str(BeautifulSoup(html, "lxml").select("p.qhead"))


def test_a_description_cut_off_mid_phrase_is_kept_up_to_its_person_noun() -> None:
    # the mention reader stops inside "one Republican involved in the planning"
    assert described_speaker("one Republican involved in the") == "one Republican"
    assert described_speaker("one Democratic source on") == "one Democratic source"
    assert described_speaker("a source familiar with the talks") == "a source familiar with the talks"
    assert described_speaker("A spokesperson for the British Foreign Office") == (
        "A spokesperson for the British Foreign Office")
    # no person noun, or a name after a comma: no description
    assert described_speaker("One intelligence") is None
    assert described_speaker("a Wednesday editorial") is None
    assert described_speaker("a Trump aide, Hope Hicks") is None


def test_an_indefinite_description_after_or_before_the_cue_verb_is_read_whole() -> None:
    # PolNeAR train: these were left with no mention at all ("said a senior Cruz adviser" read nothing)
    assert _read("“That can go a long way toward establishing good relationships,” said a senior Cruz adviser.") == [
        (None, "a senior Cruz adviser", "cue_after/described")]
    assert _read("“The drop we are seeing now is directly attributable to the emails, the foundation, all the old "
                 "trust stuff,” said a person close to the Clintons.") == [
        (None, "a person close to the Clintons", "cue_after/described")]
    assert _read("“Will he be the next attorney general?” a Democratic staffer in the room wondered.") == [
        (None, "a Democratic staffer in the room", "cue_after/described")]
    assert _read("Another source familiar with Cruz’s thinking said, “I think he’ll certainly try to get to be more "
                 "friendly with his colleagues.”") == [
        (None, "Another source familiar with Cruz’s thinking", "cue_before/described")]


def test_a_description_that_goes_on_to_a_name_or_an_apposition_is_that_name() -> None:
    # "a spokesman for the Clinton campaign" is Brian Fallon's apposition, "a Trump aide" is Hope Hicks
    assert _read("Brian Fallon, a spokesman for the Clinton campaign, said: “The Department had a preexisting "
                 "process in place for reviewing the documents.”") == [("Brian Fallon", None, "cue_before")]
    assert _read("“We are going to win this state and win it big in November,” said a Trump aide, Hope Hicks.") == [
        ("Hope Hicks", None, "cue_after")]


def test_a_qualified_description_is_anonymous_and_a_cut_off_one_is_not() -> None:
    assert anonymous("a person close to the Clintons")
    assert anonymous("a White House official who spoke anonymously to discuss internal strategy")
    assert not anonymous("one Republican involved in the")  # cut off: kept up to its noun by described_speaker
    assert not anonymous("a Sunday rally in Iowa")


def test_an_indefinite_subject_runs_to_its_person_noun() -> None:
    # PolNeAR train: the subject was cut at "One intelligence" (a title word) and read nobody
    assert _read("One intelligence source said FBI agents would be angry if a prosecution is not pursued because "
                 "“many previous public corruption cases have been made and successfully prosecuted with much less "
                 "evidence.”") == [(None, "One intelligence source", "in_sentence/described")]
    # a title word that ends the description stays its end: "one intelligence official"
    assert _read("“The agents are investigating the possible intersection of Clinton Foundation donations,” one "
                 "intelligence official said.") == [(None, "one intelligence official", "cue_after/described")]


def test_a_spokeswoman_for_a_body_is_described_and_an_ads_narrator_speaks_for_the_ad() -> None:
    assert _read("A spokeswoman for the House Armed Services Committee emailed reporters with the relevant text of the "
                 "law, arguing, “As you can see, the text of the law they cite says no such thing.”") == [
        (None, "A spokeswoman for the House Armed Services Committee", "cue_before/described")]
    assert _read("The Club for Growth spent millions in Wisconsin.",
                 "\"Only Ted Cruz can beat Donald Trump in the primaries,\" a narrator in the Club for Growth ad "
                 "says.")[0][0] == "Club for Growth"


def test_a_definite_description_runs_over_its_lowercase_words_to_its_person_noun() -> None:
    # PolNeAR train: read as "the former" (nobody) and not at all
    assert _read("One of the authors of that 2013 report, Ari Fleischer, said Trump’s nomination will test their "
                 "conclusions. “Certainly Donald Trump has gone in the opposite direction from what we recommended,” "
                 "said the former top aide to President George W. Bush.")[0][1:] == (
        "the former top aide to President George W. Bush", "cue_after/described")
    assert _read("At a rally here last week, Mike Pence showed the crowd a clip of Gov. Maggie Hassan.",
                 "“Governor Hassan, let me help you out - the answer's no,” the Republican vice-presidential nominee "
                 "riffed on Hassan's non-answer.")[0][1:] == (
        "the Republican vice-presidential nominee", "cue_after/described")
    # no person noun within reach: the description is not stretched over the sentence
    assert _read("“We will not stop until the job is done,” the banner at the rally said.") == [(None, None, None)]
    # a crowd is a group that speaks (people_nouns), described as written
    assert _read("“We will not stop until the job is done,” the crowd chanted at the rally.") == [
        (None, "the crowd", "cue_after/described")]


def test_a_document_speaks_for_the_owner_named_after_it() -> None:
    # PolNeAR train: "a Wednesday editorial" named nobody; the AP that obtained the letter is not its author
    assert _read("“There are invertebrates that have shown more spine than Sen. Charles Grassley,” reads a Wednesday "
                 "editorial in The Des Moines Register.") == [("Des Moines Register", None, "cue_after")]
    assert _read("A Feb. 1 letter from the Republican National Committee obtained by The Associated Press warns that “any "
                 "further use of the emblem will be reported.”")[0][0] == "Republican National Committee"
    # no capitalised owner after the medium: nobody named
    assert _read("“We are proud of the work we have done for the state,” reads a statement from his office.")[0][:2] == (
        None, None)


def test_a_bare_title_is_read_like_a_pronoun() -> None:
    # "the governor" alone is how the text goes on about the person it just named, as "he" is
    assert _read("New Jersey Gov. Chris Christie endorsed Donald Trump on Friday.",
                 "“I’ve known him personally for 14 years and he is a good friend,” the governor said.") == [
        ("Chris Christie", None, "cue_after/description")]


def test_the_spokesman_for_someone_is_not_that_someone() -> None:
    # was read as Bernie Sanders: a published misattribution
    assert _read("The spokesman for Bernie Sanders said: “We are going to win this state and win it big in "
                 "November.”") == [(None, "The spokesman for Bernie Sanders", "cue_before/described")]
    # an office of a place or a body is its holder's title, not someone speaking for them
    assert _read("The chairman of the Republican National Committee, Reince Priebus, said: “We are going to win "
                 "this state and win it big.”")[0][0] == "Reince Priebus"


def test_a_role_for_someone_after_the_quote_is_not_that_someone() -> None:
    # adapted from PolNeAR train: the name after "to"/"for" is whom the adviser or lawyer works for
    assert _read("“With about half the vote in by Election Day, we’re treating Feb. 15 to March 15 as one long "
                 "Election Day in Florida,” the adviser to Marco Rubio said.") == [
        (None, "the adviser to Marco Rubio", "cue_after/described")]
    assert _read("“With about half the vote in by Election Day, we’re treating Feb. 15 to March 15 as one long "
                 "Election Day in Florida,” the lawyer for Donald Trump told CNN.")[0][:2] == (
        None, "the lawyer for Donald Trump")
    # the name after the role is the speaker
    assert _read("“With about half the vote in by Election Day, we’re treating Feb. 15 to March 15 as one long "
                 "Election Day in Florida,” said Rubio’s deputy campaign manager, Rich Beeson.")[0][0] == "Rich Beeson"
    assert _read("“With about half the vote in by Election Day, we’re treating Feb. 15 to March 15 as one long "
                 "Election Day in Florida,” Rich Beeson, Marco Rubio’s deputy campaign manager, said.")[0][0] == (
        "Rich Beeson")


def test_the_one_quoted_and_a_described_relative_speak_not_the_subject() -> None:
    # adapted from US political news: the subject quotes or retweets someone else
    intro = "Donald Trump and Hillary Clinton campaigned in Ohio on Tuesday."
    assert _read(intro, "Clinton quoted Trump as saying “we are going to win this state and win it big in "
                        "November.”")[0][0] == "Donald Trump"
    assert _read(intro, "Trump retweeted a user who wrote: “We are going to win this state and win it big in "
                        "November.”")[0][1:] == ("a user", "cue_before/described")
    # PolNeAR train: "a candidate" is whom the tweet is about, after "from"; the reporter speaks
    assert _read("A Plus reporter Isaac Saul tweeted back at Trump pointing out how ironic the statement was coming "
                 "from a candidate who promised mass deportation: “Uh.. your unrealistic proposal is to spend "
                 "billions on a wall.”")[0][0] == "Isaac Saul"


def test_a_described_voter_by_trade_is_a_described_speaker() -> None:
    assert _read("“We are going to win this state and win it big in November,” said a 54-year-old teacher from "
                 "Columbus.")[0][1] == "a 54-year-old teacher from Columbus"


def test_a_group_opening_the_sentence_is_described_not_one_person() -> None:
    # "Supporters" and "Critics" were speakers of their own, one person across the digest
    assert _read("Supporters chanted “Lock her up! Lock her up!” as Donald Trump took the stage in Cleveland.")[0][
        :2] == (None, "Supporters")
    assert _read("Critics said the plan was “a recipe for disaster for working families across the country.”")[0][
        :2] == (None, "Critics")
    # a party's members are a body the text goes on quoting
    assert _read("Democrats said: “We are going to win this state and win it big in November.”")[0][0] == "Democrats"


def test_an_owned_description_opening_the_sentence_is_its_subject():
    # polnear-train (UPI): the sentence's subject is the description, shown as written; nobody is named
    assert _read("Clinton camp: Trump’s Islamaphobia threatens national security.",
                 "WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal to bar Muslims from entering the "
                 "United States, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready "
                 "to stop him.”")[0][1:] == ("Hillary Clinton’s right-hand woman", "cue_before/described")
    # a plan is no person; a description whose next word is no verb is not the subject: the name set off after it is
    assert sentence_subject("Trump’s plan would cut taxes") is None
    assert sentence_subject("Hillary Clinton’s right-hand woman, Huma Abedin, said") == "Huma Abedin"


def test_a_party_frontrunner_is_described_and_a_nod_to_one_is_no_speaker():
    assert _read("Hillary Clinton wants to see D.C. become a state.",
                 "The Democratic frontrunner wrote for The Washington Informer that \"the District of Columbia is often "
                 "neglected when it comes to federal attention\" because it doesn't have a vote in Congress.")[-1] == (
        None, "The Democratic frontrunner", "cue_before/described")
    # the person noun ends a preposition's object: "a nod" is a thing, not someone who speaks
    assert not anonymous("a nod to the front-runner")
    assert anonymous("a longtime adviser to both Clintons")


def test_a_description_after_a_subordinator_speaks_not_whom_it_told():
    """`As one employee told Palo Alto Weekly, “…”` (PolNeAR train) had been the weekly's: the description
    opens its clause after "As", and a name after "told" is who was told, never the speaker."""
    [quote] = _quotes("When Fiorina a month later announced 6,000 layoffs, some workers felt betrayed. As one "
                      "employee told Palo Alto Weekly, “She wants to put fear in our hearts, and she's done that.”")
    assert (quote.speaker, quote.speaker_description, quote.speaker_rule) == (None, "one employee",
                                                                              "cue_before/described")
    # a verb that comes before its subject still names the speaker after it
    [quote] = _quotes("Asked about the debate, explained moderator Nancy Cordes: “We wanted to give every "
                      "candidate a fair chance to answer.”")
    assert quote.speaker == "Nancy Cordes"


def _quotes(*texts: str) -> list[Quote]:
    paragraphs = [Paragraph(t) for t in texts]
    return attribute(paragraphs, find_quotes("a", paragraphs), "")


def test_an_office_names_only_someone_the_article_titled_so():
    """`the senator` after a journalist's question (PolNeAR train, CNN's Gloria Borger interviewing Sanders)
    had published the journalist: a lowercase office description publishes a person only when the
    article gave them the title; else it is shown as written."""
    turn = ["Bernie Sanders appeared on CNN on Sunday.",
            "“It tells you that one of us is a candidate of the establishment,” Sanders remarked.",
            "“That would be you?” Borger asked.",
            "“That would be me, yes. I think that's probably right,” the senator said."]
    last = _quotes(*turn)[-1]
    assert (last.speaker, last.speaker_description) == (None, "the senator")
    titled = ["Sen. Bernie Sanders appeared on CNN on Sunday.", *turn[1:]]
    assert _quotes(*titled)[-1].speaker == "Bernie Sanders"
    # a description that is no office ("the businessman") still reads like a pronoun
    assert _quotes("Donald Trump spoke in Iowa.", "“We will win,” the businessman said.")[-1].speaker == "Donald Trump"


def test_a_description_its_owner_names_is_shown_not_carried_over():
    """`“…,” Clinton’s campaign spokesman said` after a sentence about Trump had been carried over to Trump
    (the cue's description named nobody, so the last sentence's person stood in): a cue that reads a
    description stops the carry, and the description is shown as written. From PolNeAR's shape
    (`“My reaction, that was outrageous,” Obama's former campaign strategist said` after David Axelrod)."""
    quote = _quotes("Donald Trump on Monday accused Hillary Clinton of lying about her emails.",
                    "“That was outrageous,” Clinton’s campaign spokesman said in an interview with CNN.")[-1]
    assert (quote.speaker, quote.speaker_description) == (None, "Clinton’s campaign spokesman")


def test_a_definite_description_nobody_answers_to_is_still_shown():
    """`said the base chief known as Bob` (PolNeAR train): "the base chief" resolves to nobody the article
    named; it is shown as written rather than leaving the quote with no speaker."""
    quote = _quotes("According to the officer in charge of the CIA's Benghazi base that night, the scene in the "
                    "movie is entirely untrue.",
                    "“There never was a stand-down order,” said the base chief known as Bob, speaking publicly "
                    "for the first time.")[-1]
    assert (quote.speaker, quote.speaker_description) == (None, "the base chief")


def test_a_demonstrative_description_is_shown_as_written():
    # the writer points at someone unnamed: not the Trump named before, nor the Trump inside the phrase
    assert _read("Donald Trump spoke in Ohio.", "“I just like the way he talks,” this Trump supporter "
                 "declared.")[-1] == (None, "this Trump supporter", "cue_after/described")
    assert _read("Donald Trump spoke in Ohio.", "This Trump supporter said: “I just like the way he "
                 "talks.”")[-1] == (None, "This Trump supporter", "subject/described")


def test_a_spokesman_for_someone_opening_the_sentence_is_its_described_subject():
    # the subject reader stopped at "A spokesman" and found no verb after it
    assert _read("A spokesman for Platte River declined to address the FBI's report specifically but said in a "
                 "statement that “Platte River Networks did not, at any time, treat the server belonging to the "
                 "Clintons differently.”") == [(None, "A spokesman for Platte River", "subject/described")]
    # a person and where they are from stays the person
    assert _read("Rep. G.K. Butterfield of North Carolina declined to comment but said “we will see what the caucus decides next week.”")[0][0] == (
        "G.K. Butterfield")


def test_an_indefinite_description_before_its_cue_verb_keeps_its_article_and_capitals():
    # polnear-train: "a top aide" had been read as the bare title "aide" and resolved to Clinton
    assert _read("Hillary Clinton prepared for the debate.", "Clinton, a top aide said, “is very confident, very "
                 "confident in the contrast” between her and Trump.")[-1] == (None, "a top aide", "cue_before/described")
    # polnear-train: the prepositional opener's BLM had been the subject, and "a top GOP strategist" was cut
    assert _read("Black Lives Matter protested.", "Alongside BLM calls for action, even a top GOP strategist said "
                 "Clinton will have to choose whose side she’s on, saying, “At some point, she’s going to have to come "
                 "out on where she stands.”")[-1][:2] == (None, "a top GOP strategist")


def test_a_description_with_a_relative_clause_or_one_of_a_group_is_described():
    # polnear-train: Fox News, whom the source told, had been named; Alan Grayson carried over from before
    assert _read("Hillary Clinton was investigated.", "“The agents involved are under a lot of pressure,” an "
                 "intelligence source, who was not authorized to speak on the record, told Fox News.")[-1] == (
        None, "an intelligence source", "cue_after/described")
    assert _read("Alan Grayson denied it.", "“It was unseemly: Alan definitely tried to torpedo Randolph’s "
                 "endorsement,” said one of two witnesses who relayed the same story but didn’t want to speak on the "
                 "record for fear of retribution from the congressman.")[-1] == (
        None, "one of two witnesses", "cue_after/described")
    # one of a group of things is nobody
    assert _read("Alan Grayson denied it.", "“It was unseemly,” said one of two reports on the "
                 "congressman.")[-1][1] is None


def test_a_definite_description_of_a_body_or_a_document_after_the_quote_is_no_one_carried_over():
    # polnear-train: Donald Trump, James Comey had been carried over from the paragraph before
    assert _read("Trump later called Haley “very weak on immigration.”", "“Are we talking about the same Nikki "
                 "Haley?” the editorial board writes.")[-1][:2] == (None, None)
    assert _read("James Comey testified on Tuesday.", "“The evidence collected by the FBI appears to directly "
                 "contradict several aspects of her sworn testimony,” the committee chairmen wrote.")[-1][:2] == (None, None)
    # "the board" is a body the article named, never a person learned from a headline
    assert _read("Ted Cruz Is A ‘Natural Born Citizen,’ Board Of Election Finds.", "“The Candidate is a natural born "
                 "citizen by virtue of being born in Canada to his mother,” the board said.")[-1][:2] == (None, None)
    # the phrase stops at its preposition, and a person noun is still described
    assert _read("“We will not stop until the job is done,” the banner at the rally said.") == [(None, None, None)]
    assert _read("Trump spoke in Ohio.", "“We will build the wall,” the crowd chanted.")[-1][1] == "the crowd"


def test_an_owned_relation_after_the_quote_is_described_not_the_owner():
    # polnear-train: the pilot's childhood friend had been read as the "He" of the sentence
    assert _read("Assem, the plane’s co-pilot, had logged 2,766 flying hours.", "He had “wanted to be a pilot since "
                 "he was 5,” his childhood friend told The Daily Beast.")[-1] == (
        None, "his childhood friend", "cue_after/described")
    assert _read("Donald Trump spoke.", "“We will win so much,” his wife said.")[-1][:2] == (None, "his wife")


def test_a_compound_role_is_a_description_shown_as_written():
    # "secretary of state", "campaign manager" (descriptions.yaml compounds) end a description: the quote
    # had been read as nobody's, and a fragment so read was dropped
    [quote] = quotes_of("Sen. Ted Cruz and Hillary Clinton campaigned in Iowa.",
                        "“We are going to win this state by a lot of votes,” the former secretary of state said.")
    assert (quote.speaker, quote.speaker_description) == (None, "the former secretary of state")


def test_a_compound_role_of_another_body_is_not_the_person_named_before():
    # polnear-train: Uber's senior vice president had been read as Bill Daley, named sentences before
    quote = quotes_of("Daley now works for a Swiss hedge fund. Obama adviser David Plouffe took a job at Uber a few "
                      "months before its senior vice president boasted about a plan to spend “a million dollars” "
                      "digging up personal dirt on journalists.")[-1]
    assert quote.speaker is None and quote.speaker_description == "senior vice president"
