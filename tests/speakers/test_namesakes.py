"""Speaker fixes, round 11: each rule on a real news sentence (adapted from US political news), and a
case it must not fire on, as one table: (paragraphs, speakers)."""

from __future__ import annotations

import pytest

from tests.speakers.support import assert_speakers, speakers_of

CUES = {
    "they is a group: no one person is its speaker": [
        (["Critics of the program, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, "
          "Democrat of Vermont, see reauthorization as an opportunity. They sent a letter on Thursday.",
          "\"The program has become plagued by fraud and abuse and, if not reformed, it should be allowed to "
          "expire,\" they wrote."], [None]),
        # the he of the same paragraph still names its person
        (["Critics of the program, like Senators Charles E. Grassley and Patrick J. Leahy, sent a letter.",
          "\"The program has become plagued by fraud and abuse and should be allowed to expire,\" Leahy wrote."],
         ["Patrick J. Leahy"])],
    "I and we in the narration are the author, whom the article does not name": [
        (["That night, I discussed my sentence on the Fox News Channel. I told Megyn Kelly that the government "
          "tried to put me away, but a federal judge refused to let them.",
          "“This is a big political win for me,” I confessed."], [None]),
        (["Megyn Kelly spoke on Fox News. “This is a big political win for me,” she said."], ["Megyn Kelly"])],
    "the he of a lead-in colon is resolved where it stands, not to the last speaker": [
        (["Ted Cruz was compared with George Wallace.",
          "Cruz pledged to oppose legal status for undocumented immigrants, saying: “today, tomorrow, forever.”",
          "George Wallace (a Democrat) was the symbol of segregation, and he carried that message to the 1972 "
          "Democratic convention. In a 1963 speech, he declared:",
          "“It is very appropriate that from this cradle of the Confederacy we sound the drum for freedom.”"],
         ["Ted Cruz", "George Wallace"]),
        (["George Wallace spoke in 1963. Ted Cruz spoke in 2015 and he said:",
          "“It is very appropriate that we sound the drum for freedom today and tomorrow.”"], ["Ted Cruz"])],
    "a one-word subject before its verb is the he's antecedent, ahead of the other names of its sentence": [
        (["Donald Trump has made comments about voter fraud.",
          "Obama also addressed Trump’s general concerns last Thursday, stating state and local authorities are "
          "in charge of the election process.",
          "“We do take seriously our responsibilities to monitor the integrity of the vote process,” he added."],
         ["Obama"]),
        # "None" is no name
        (["It's the first time a candidate has made Alzheimer's a major issue, said Robert Egge, executive "
          "director of the Alzheimer's Impact Movement. None has offered specific plans. "
          "\"It makes this a national conversation,\" he said."], ["Robert Egge"])],
    "quotes joined by a comma or an and are one list, governed by the cue its first quote found": [
        (["Donald Trump was on television.",
          "“You winning?” Melanie said, but Kevin was drifting off again, and as Trump went on about “how the "
          "system is rigged,” and “wounded American families” and “our own struggling citizens,” Melanie said "
          "yes, yes, yes, over and over again."], ["Melanie", "Donald Trump", "Donald Trump", "Donald Trump"]),
        # a cue between two quotes is no list
        (["Donald Trump spoke. “The system is rigged against our own struggling citizens,” Trump said, and "
          "“wounded American families know it,” Melanie said."], ["Donald Trump", "Melanie"])],
    "an ad's narrator speaks for the ad's owner, named in the mention or with the ad just before": [
        (["Hillary Clinton released a 30-second spot on Donald Trump’s taxes on Monday.",
          "“You work hard. You pay your taxes. So why didn’t Donald Trump pay his?” a narrator in the Clinton ad "
          "asks. The spot concludes with footage of Trump saying during the debate, “That makes me smart.”",
          "“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”"],
         ["Hillary Clinton", "Donald Trump", "Hillary Clinton", "Hillary Clinton"]),
        (["A memorable Hillary Clinton ad in 2008 questioned whether Barack Obama was prepared. As a phone rang, "
          "the announcer said, “It’s 3 a.m., and your children are safe and asleep. Who do you want answering?”"],
         ["Hillary Clinton"]),
        # an ad whose owner the text gives by a pronoun only: the narrator stays unnamed
        (["Donald Trump is expected to unveil his second ad, contrasting his approach with Hillary Clinton’s.",
          "“In Hillary Clinton’s America, the middle class get crushed. It’s more of the same, but worse,” says a "
          "narrator."], [None])],
    "a question put to someone (was asked) is the asker's words, or no one's when no asker is named": [
        (["Sen. Marco Rubio spoke at the debate.",
          "Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax "
          "credits would risk “adding another expensive entitlement program to an already overburdened budget.”",
          "“The most important job I’m ever going to have is the job of being a parent,” he said."],
         ["Gerard Baker", "Marco Rubio"]),
        (["In an interview with The New York Times Magazine, Donald Trump was asked, “What’s the most dangerous "
          "place in the world you’ve been to?”"], [None]),
        # a request, not a question: the phrase is the subject's own
        (["Ted Cruz spoke in New York.",
          "Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.” His comments came after "
          "being asked yet again to defend his criticism of “New York values.”"], ["Ted Cruz", "Ted Cruz"])],
    "a relative named by a first name in an apposition is a person, of the kin word's gender": [
        (["Sen. Bernie Sanders campaigned in New York. But his wife, Jane, offered a preview of the candidate's "
          "thinking in an interview with The Washington Post.",
          "\"If he's president, he wants to keep this movement going,\" she said."], ["Jane"]),
        (["Hillary Clinton spoke in Des Moines. Former President Bill Clinton was in the audience.",
          "Clinton's husband, Bill, hurled the kitchen sink at Sanders in a speech Sunday.",
          "\"The hotter this election gets, the more I wish I was just a former president,\" he said."],
         ["Bill Clinton"]),
        # no apposition: the kin word is no name's
        (["Sen. Bernie Sanders campaigned in New York. His wife offered a preview in an interview.",
          "\"If he's president, he wants to keep this movement going,\" he said."], ["Bernie Sanders"])],
    "a person's full name right before the colon that introduces a quote is its speaker": [
        (["The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, "
          "lesser-known candidates beating establishment candidates have seen the biggest boost.”"], ["Daron Shaw"]),
        (["VOTERS CARE MORE ABOUT INSPIRATION - Frank Newport and Jim Harter: “We found that, across candidates, "
          "the leadership strengths most highly correlated with likelihood to vote were inspiring.”",
          "More from Harter: “Overall, the conclusion is that ratings on the softer dimensions matter.”"],
         ["Frank Newport", "Jim Harter"]),
        # a name a preposition governs is no speaker; nor a newspaper's acronym
        (["Perez compared the Republican candidate with Hillary Clinton: “What I have seen is a steady hand "
          "in every crisis we faced.”"], ["Perez"]),
        (["A Mexican-born actress explained what was wrong with the message to the Dutch newspaper NRC "
          "Handelsblad: “What Trump did was so insensitive. Not all Hispanics are Mexican.”"], [None])],
    "a plural common noun opening a cue-less sentence is no speaker; a group with a cue still speaks": [
        (["Norbert Leo Butz will perform on Monday.",
          "Putting the show together, Butz said, allowed him to “get in touch with the feminine within myself,” "
          "too. Audiences can expect him to approach the evening’s set with “maybe a little more recklessness "
          "than they’re used to.”"], ["Norbert Leo Butz", "Norbert Leo Butz"]),
        # a group with a cue speaks as a described group, no person (test_groups.py)
        (["Demonstrators said they want “justice for Terrence,” but pledged to remain civil."], [None]),
        # a full stop inside the closing mark ends the sentence before: "Boos" opens the next one
        (["“Thank you,” Donald Trump said. “We will win in November.”",
          "Boos rained down when Trump mentioned the former secretary of state, and the crowd loudly reprised "
          "the caustic chant “Lock her up! Lock her up!” that ricocheted through the arena."],
         ["Donald Trump", "Donald Trump", None])],
    "an -ing cue's speaker, when the sentence names none, is the he/she heading a verb of its clause": [
        (["Judge Richard Berman took a short recess.",
          "When he returned he began by saying, “I don’t think that it’s necessary for Mr. D’Souza to go to jail.”"],
         ["Richard Berman"]),
        # a he inside a quote of the clause is no subject of it
        (["Donald Trump spoke in North Carolina.",
          "“By the way, if she gets to pick her judges, nothing you can do, folks,” Trump told a North Carolina "
          "rally, saying Clinton would “abolish the second amendment.”"], ["Donald Trump", "Donald Trump"])],
    "the speaker of a \"who said\" is the last person named before it, past the apposition": [
        (["Hillary Clinton defended her email server.",
          "Clinton's position was supported Friday by Sen. Dianne Feinstein of California, the ranking Democrat on "
          "the Senate Intelligence Committee, who said none of the emails in question originated with Clinton.",
          "\"It has never made sense to me that Secretary Clinton can be held responsible,\" she said."],
         ["Dianne Feinstein"]),
        # no person before the who: the chain goes on as before
        (["Hillary Clinton defended her email server in Iowa on Friday.",
          "The committee, which met Friday, and the voters, who said little, waited.",
          "\"It has never made sense to me that I can be held responsible,\" she said."], ["Hillary Clinton"])],
    "a cue whose subject is \"who\" is the speaker named before the comma, past an apposition": [
        (["The speakers included Trump's running mate, Indiana Gov. Mike Pence, who called their son “an American "
          "hero.”"], ["Mike Pence"]),
        (["The campaign works through surrogates (like top Obama aide David Plouffe, who called Trump “a "
          "psychopath” over the weekend)."], ["David Plouffe"]),
        (["Sen. Marco Rubio of Florida spoke at the debate.",
          "The inquiry provided fodder to GOP candidates such as Sen. Marco Rubio of Florida, who mused in the "
          "debate that Clinton was \"disqualified from being the commander in chief.\""], ["Marco Rubio"]),
        # a clause, not an apposition, between the name and the who
        (["Domestically, Trump’s row with the Khan family triggered a damning reaction from U.S. President Barack "
          "Obama, who called the Republican nominee “unfit to serve” as president."], ["Barack Obama"])],
    "a description refers first to the subject of the sentence before, not to a name in its opening clause": [
        (["One month after announcing his support for Donald Trump, Marco Rubio still believes that the "
          "presumptive GOP nominee is unfit to be commander-in-chief. “I stand by everything I said during the "
          "campaign,” the Florida senator told THE WEEKLY STANDARD on Thursday."], ["Marco Rubio"]),
        (["Marco Rubio still believes that Donald Trump is unfit. “I stand by everything I said during the "
          "campaign,” the Florida senator told THE WEEKLY STANDARD on Thursday."], ["Marco Rubio"])],
    "a sentence whose subject is a description names only objects for the next description": [
        (["Mike Pence says too much is made of Donald Trump’s tweets.",
          "The Republican vice presidential nominee was speaking Friday in Fort Wayne, Indiana, hours after Trump "
          "unleashed a flurry of tweets.",
          "The Indiana governor said Democrats and the media are to blame for focusing on “he said this, he "
          "tweeted that.”"], ["Mike Pence"]),
        # the quote's own sentence still names the one it describes
        (["Bernie Sanders came to Syracuse.",
          "The senator was rallying for a 70-year-old academic named Eric Kingson, who worked the crowd, praising "
          "\"Bernie's genuineness and indisputable integrity\" as he promised to defend Social Security."],
         ["Eric Kingson"])],
    "the name after a characterising verb (called, dubbed) is the object the quote describes": [
        (["Ben Carson spoke in Maryland.",
          "Carson took the stage Tuesday at the Grand Hotel in Baltimore and called the political system “rotten "
          "to the core.”"], ["Ben Carson"]),
        (["Sen. Bernie Sanders campaigned in Iowa.",
          "It’s become such a presence that Sanders thanked its members and called National Nurses United “one of "
          "the sponsors of my campaign and I appreciate that.”"], ["Bernie Sanders"]),
        # "calling on" asks: not a description of the one asked, and no sentence subject is guessed
        (["The BLM group is calling on Hillary Clinton to “stop pimping black votes” and call on the mayor to "
          "resign."], [])],
    "an opening adverb or preposition is no part of the name after it": [
        (["Christoph Blocher led the Swiss People's Party.",
          "Interestingly Blocher, a wealthy industrialist, became the voice of a rural party. He said the party "
          "\"must be careful not to launch a popular initiative where everything is decided by the people.\""],
         ["Christoph Blocher"]),
        (["Hillary Clinton spoke in Texas.",
          "Besides Clinton's potential status as the first woman president, none of those breakthroughs has gotten "
          "much attention. \"We know we've got work to do, and we will do it together,\" she said."],
         ["Hillary Clinton"])],
    "one capitalised word that modifies a description after the cue is no speaker": [
        (["\"The biggest concern for me is the next Supreme Court justice,\" said Idaho nutritional-supplement "
          "executive Frank VanderSloot, who had backed Sen. Marco Rubio."], ["Frank VanderSloot"]),
        (["\"I can't vote for Trump in November,\" said Concord resident Whit Symms. \"He is an embarrassment to us.\""],
         ["Whit Symms", "Whit Symms"]),
        # a surname alone after the cue stays the speaker
        (["Martin Baron edits the paper. \"We will keep reporting on the campaign,\" said Baron."], ["Martin Baron"])],
    "a title with \"from\" or \"of\" and a place is a description of a person, not the place": [
        (["Sen. Bernie Sanders (I-Vt.) debated Hillary Clinton on Sunday.",
          "The senator from Vermont said the financial system was \"corrupt,\" noting that it is \"very strange "
          "that a major financial institution that pays $5 billion in fines is not prosecuted.\""],
         ["Bernie Sanders"]),
        # "from" after a noun that is no title joins nothing: the name after it stays the name
        (["Sen. Bernie Sanders (I-Vt.) received a letter from Smith. \"We will keep fighting for the workers of this "
          "country,\" Sanders said."], ["Bernie Sanders"])],
    "a quote in a sentence-opening -ing clause is said by the main clause's subject": [
        (["Hillary Clinton wrote a memoir.",
          "In her 2003 book, Clinton noted the clot’s existence.",
          "After saying her right foot was “so swollen I could barely get my shoe on,” she was “whisked … off to "
          "Bethesda Naval Hospital” for tests."], ["Hillary Clinton", "Hillary Clinton"]),
        (["Tim Allen was asked about Donald Trump.",
          "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that the mogul’s "
          "wealth does give him a unique advantage."], ["Tim Allen"]),
        # an opening clause with no cue verb is no lead-in
        (["Tim Allen was asked about Donald Trump.",
          "Considering that Trump “says a lot of stupid stuff,” though, the crowd did laugh."], [None])],
    "description words and a full name after the quote, then the clause's cue verb, name its first speaker": [
        (["“Tritium would enable nuclear weapons designs that could have a greater explosive yield,” nuclear "
          "experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for Science and "
          "International Security wrote in September."], ["David Albright"]),
        # a title and a name the other readings already take stay theirs
        (["“What I fundamentally believe — and what the president believes,” former Obama Education Secretary Arne "
          "Duncan told The New York Times in 2012, “is that the only way to end poverty is through education.”"],
         ["Arne Duncan", "Arne Duncan"])],
}


@pytest.mark.parametrize("rule", sorted(CUES))
def test_cue_rule_fires_on_its_sentence_and_not_on_the_other(rule: str):
    assert_speakers(CUES[rule])


def test_initials_end_no_sentence_but_a_place_s_may():
    from generator.speakers.names import name_runs
    from generator.speakers.people import People
    text = "CBC Chairman G.K. Butterfield of North Carolina said he was outraged. Trump spoke in the U.S. Ryan left."
    people = People(text=text)
    people.learn(text)
    assert people.by_last["butterfield"] == "G.K. Butterfield"
    assert people.person_in(["Butterfield."]) == "G.K. Butterfield"
    assert ["U.S"] in name_runs(text)  # "U.S." ends its sentence: Ryan is no part of a name with it


def test_text_encoded_twice_is_repaired_in_as_many_passes():
    from generator.ingest.mojibake import repair
    # UTF-8 read as Latin-1 twice: C1 control characters stand for the continuation bytes
    assert repair("Arturo SarukhÃ\x83Â¡n added.") == "Arturo Sarukhán added."
    assert repair("Miguel BasÃ\x83Â¡Ã\x83Â±ez Ebergenyi") == "Miguel Basáñez Ebergenyi"
    assert repair("São Paulo, Ã€ bientôt") == "São Paulo, Ã€ bientôt"  # correct text and unsure runs stay


def test_the_first_of_two_surnames_names_the_person_too():
    assert _speakers_of(
        "Mexico's ambassador, Miguel Basáñez Ebergenyi, took over the embassy last year.",
        "Basáñez played down Trump's comments as \"just part of the primary campaign\" and said \"we are not "
        "going to pay for any wall, whatever the candidates say.\"") == ["Miguel Basáñez Ebergenyi"] * 2


def _speakers_of(*paragraphs: str) -> list[str | None]:
    return speakers_of(*paragraphs)


def test_a_shared_surname_means_the_namesake_named_in_full_nearby_else_the_most_named():
    article = [
        "Sen. Chris Murphy has made gun control his cause. Chris Murphy spoke on the Senate floor.",
        "Anne Marie Murphy, a teacher, was killed at Sandy Hook in 2012.",
        "The shooting shaped his politics.",
        "Colleagues noticed the change.",
        "\"It takes courage to look into the eye of a shooter,\" Murphy said.",
    ]
    assert _speakers_of(*article) == ["Chris Murphy"]
    # named in full in the paragraph just before: that one, though the other is named more often
    assert _speakers_of(
        "Liz Cheney won the Wyoming primary on Tuesday. Liz Cheney, 50, received about 40 percent of the vote.",
        "Liz Cheney will face Democrat Ryan Greene in November.",
        "Her father, former Vice President Dick Cheney, held the seat from 1979 to 1989.",
        "\"This seat belongs to the people of Wyoming and always will,\" Cheney said in 1988.") == ["Dick Cheney"]


def test_a_gendered_honorific_picks_the_namesake_of_its_gender():
    paragraphs = [
        "Hillary Clinton won the primary on Tuesday. Former President Bill Clinton watched from the front row.",
        "\"You can be anything you want to be in this country, including president,\" Mrs. Clinton said.",
        "\"She has earned it, and she will win in November,\" Mr. Clinton said later.",
    ]
    assert _speakers_of(*paragraphs) == ["Hillary Clinton", "Bill Clinton"]


def test_a_shared_surname_follows_the_gender_of_the_pronouns_around_it():
    paragraphs = [
        "Secrecy is not a stranger when it comes to Hillary Clinton's health, her former doctor maintains.",
        "Dr. Connie Mariano was the White House physician in the administration of former President Bill Clinton.",
        "Mariano wrote a memoir of her time at the White House.",
        "In her 2003 book, Living History, Clinton noted the clot's existence. After saying her right foot was "
        "swollen, she was sent to Bethesda Naval Hospital for tests.",
        "\"Sure enough I had a big clot behind my right knee that required immediate treatment,\" Clinton wrote.",
    ]
    assert _speakers_of(*paragraphs) == ["Hillary Clinton"]


def test_british_honorifics_and_descriptions_before_a_given_name_are_no_part_of_the_name():
    assert _speakers_of(
        "Deputy Director of Public Prosecution Eva-Marie Persson took the decision, the authority said.",
        "Ms Persson said: \"I would like to emphasise that the injured party has submitted a credible version.\"",
    ) == ["Eva-Marie Persson"]
    assert _speakers_of(
        "UK Independence Party leader Nigel Farage said the warning showed the president did not know what he "
        "was talking about.",
        "\"Americans don't use the word 'queue', Americans use the word 'line',\" Mr Farage told the BBC.",
    ) == ["Nigel Farage"]
    assert _speakers_of(
        "\"I was concerned by the call and I reported it to the lawyer,\" said Lt Col Alexander Vindman.",
    ) == ["Alexander Vindman"]
    # three words stay a name, though the lists do not know the first one
    assert _speakers_of("\"He talked the talk and walked the walk for all of us,\" said Billie Jean King.") == [
        "Billie Jean King"]


def test_an_academic_rank_opens_an_apposition():
    assert _speakers_of(
        "Senior author Dr. Silvia S. Martins, associate professor of epidemiology at Columbia University Mailman "
        "School of Public Health, commented: \"Cannabis use disorder in adolescence is associated with long-term "
        "adverse health consequences.\"") == ["Silvia S. Martins"]


def test_a_body_keeps_the_lowercase_words_of_its_name():
    assert _speakers_of("The Democratic National Convention released a statement, saying Trump's comments are "
                        "\"another example of his dangerous and divisive race-baiting.\"") == [
        "Democratic National Convention"]
    assert _speakers_of("The French foreign ministry said it \"regrets any decision likely to encourage settlement "
                        "building in the occupied territories.\"") == ["French foreign ministry"]


def test_for_inside_a_body_s_name_keeps_the_name_whole():
    assert _speakers_of(
        "The Club for Growth spent millions in Wisconsin.",
        "\"Only Ted Cruz can beat Donald Trump in the primaries,\" a narrator in the Club for Growth ad says.",
    ) == ["Club for Growth"]
    assert _speakers_of(
        "A study by the Centre for Economic Policy Research concluded that \"the full incidence of the tariff falls "
        "on domestic consumers.\"") == ["Centre for Economic Policy Research"]
    # a sentence opening with a plural and "for" names a group, not a body
    assert _speakers_of(
        "Hillary Clinton used a private server.",
        "Attorneys for Clinton have argued that the server \"has never been the property of the State Department, "
        "and never will be.\"") == ["Hillary Clinton"]


def test_a_dash_signature_after_a_quote_paragraph_stays_in_the_article_and_signs_it():
    from generator.cleaning.text_page import clean_text
    page = "\n\n".join([
        "Convention notebook",
        "The delegates gathered on Thursday for the last night of the convention in Philadelphia, where the "
        "nominee accepted the party's nomination before a crowd of thousands.",
        "Many of them said they had waited years for the moment and would remember it for the rest of their lives.",
        "\"The whole idea of a 'Crooked Hillary' is something that we hear about all the time, and it needs to "
        "stop.\"",
        "-Michelle Marks, Philadelphia.",
    ])
    texts = [p.text for p in clean_text(page).paragraphs]
    assert texts[-1] == "-Michelle Marks, Philadelphia."
    assert _speakers_of(*texts) == ["Michelle Marks"]
