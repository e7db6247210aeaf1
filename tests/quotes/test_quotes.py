"""Quote marks, quote kinds and speakers on real sentences from the seeds and news text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.corpus.canonical import canonicalize, translit_key
from generator.model import Article, Metadata, Paragraph, Quote
from generator.quotes.find import classify, find_quotes
from generator.quotes.marks import scan
from generator.speakers.cascade import attribute


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in scan(text)]


def test_curly_straight_and_guillemet_marks():
    assert spans("He said “yes” and ‘no’ and «peut-être» and \"maybe\".") == ["yes", "no", "peut-être", "maybe"]


def test_apostrophes_are_not_quote_marks():
    assert spans("It was Kerry’s initiative and students’ union, let's go.") == []


@pytest.mark.parametrize(("text", "quoted"), [
    ("In the early '80s, Lynch worked at a law firm. She said \"You know, you got it.\"", ["You know, you got it."]),
    ("The class of ’16 said “hello.”", ["hello."]),
    ("The ‘90s were kind to him, he said: “It was a good time.”", ["It was a good time."]),
    # an opening mark before a number that is no elided year still opens a quote
    ("He called it ‘16 reasons’ to leave.", ["16 reasons"]),
    ("She said '99 problems' was her song.", ["99 problems"]),
])
def test_an_elided_century_is_no_quote_mark(text, quoted):
    assert [text[s.start:s.end] for s in scan(text)] == quoted


def test_doubled_apostrophes_are_not_quote_marks_but_single_ones_are():
    assert spans("The ''Daily Show'' host said ''we will see.''") == []
    assert spans("“I told him ''no'' twice,” she said.") == ["I told him ''no'' twice,"]
    assert spans("He called it 'a disgrace' on Monday.") == ["a disgrace"]


def test_nested_quotes_stay_inside_their_parent():
    text = "“Now, against “bad terrorists” who topple regimes,” Lavrov stressed."
    assert spans(text) == ["Now, against “bad terrorists” who topple regimes,"]


def test_double_prime_closes_and_german_low_high_pair():
    assert spans("the so-called “2+2″ talks") == ["2+2"]
    assert spans("Er sagte „Wir sind bereit“ gestern.") == ["Wir sind bereit"]


def test_an_opening_mark_typed_for_the_closing_one_closes_before_the_cue():
    # a real typo: the quote after it used to run on and swallow "said Larry Noble, …"
    text = "“It's unusual,“ said Larry Noble, an attorney. “It's a hard thing to do.”"
    assert spans(text) == ["It's unusual,", "It's a hard thing to do."]
    # an opening mark after a comma and a space opens a nested quote as before
    assert spans("“He told me, “go home” and left,” she said.") == ["He told me, “go home” and left,"]


def test_a_straight_mark_glued_to_the_next_word_after_a_comma_closes_the_open_quote():
    # a real typo: the space after the closing mark left out; the mark used to open a second quote
    text = "\"Trump says different things to different audiences,\"Katie Packer said. \"More and more voters see it.\""
    assert spans(text) == ["Trump says different things to different audiences,", "More and more voters see it."]
    # with no quote open, the same mark opens one
    assert spans("He wrote,\"We will win.\"") == ["We will win."]


def test_unclosed_quote_runs_to_the_end_of_the_paragraph():
    found = scan("“That’s all,” Lavrov said. “There was no agreement that we will train the Iraqi army.")
    assert [s.closed for s in found] == [True, False]


@pytest.mark.parametrize(("text", "span", "kind"), [
    ("Lavrov said in the “Vesti v Subbotu” (Saturday News) programme.", "Vesti v Subbotu", None),
    ("as part of the so-called “2+2″ talks in Washington", "2+2", None),
    ("missile defense aimed at “rogue states” like Iran", "rogue states", None),
    ("Obama’s visit wasn’t canceled, but rather “postponed,” Lavrov said.", "postponed,", None),
    ("the two had agreed “to intensify intelligence cooperation with respect to ISIL,” Kerry said.",
     "to intensify intelligence cooperation with respect to ISIL,", "statement"),
    ("Clinton said the plan was “a total disaster” for workers.", "a total disaster", "fragment"),
    # titles keep "is", "with" lowercase: a show's name, not a statement
    ("She starred in “Orange is the New Black” before the campaign.", "Orange is the New Black", None),
    ("Trump said on “The Lead with Jake Tapper” that he would win.", "The Lead with Jake Tapper", None),
    ("“With an eye to February 20th, Carolina,” he said.", "With an eye to February 20th, Carolina", "statement"),
    ("Watch the full video at “http://video.foxnews.com/v/4626” on the network's site, he said.",
     "http://video.foxnews.com/v/4626", None),
])
def test_classify(text, span, kind):
    start = text.index(span)
    assert classify(text, start, start + len(span)) == kind


def _quotes(*texts: str, title: str = "") -> list[Quote]:
    paragraphs = [Paragraph(t) for t in texts]
    return attribute(paragraphs, find_quotes("a", paragraphs), title)


def test_title_mention_resolves_to_the_person_introduced_with_it():
    quotes = _quotes(
        "Russian Foreign Minister Sergey Lavrov said on Saturday that no deal was made.",
        "“It was Kerry’s initiative. It was he who suggested that we should meet,” the Russian foreign minister said.",
    )
    assert [(q.mention, q.speaker) for q in quotes] == [("the Russian foreign minister", "Sergey Lavrov")]


def test_quoted_as_saying_surname_and_pronoun():
    quotes = _quotes(
        "Foreign Minister Sergei Lavrov said Saturday there was no agreement.",
        "\"So I told John Kerry: if you want to work jointly, let's do so,\" Itar-Tass news agency quoted Lavrov as saying.",
        "\"We ... provided the United States with data that did not receive proper attention,\" he added.",
    )
    assert [q.speaker for q in quotes] == ["Sergei Lavrov", "Sergei Lavrov"]


def test_body_can_speak_and_apposition_names_the_speaker():
    quotes = _quotes(
        "Earlier, the Kremlin said the move only shows that America “still isn’t ready to build relations.”",
        "“There are a great many folks in Congress who know it,” Cornell William Brooks, president of the NAACP, said.",
    )
    assert [q.speaker for q in quotes] == ["Kremlin", "Cornell William Brooks"]


def test_unknown_speaker_stays_unknown():
    quotes = _quotes("“The vote was rigged from the very start of the count,” a voice shouted from the back.")
    assert [q.speaker for q in quotes] == [None]


def test_transcript_turns_are_not_quotes():
    paragraphs = [Paragraph("Sergey Lavrov: “We pointed out more than once that the coalition was passive.”",
                            speaker="Sergey Lavrov")]
    assert find_quotes("a", paragraphs) == []


def _speaking(aid: str, speaker: str) -> Article:
    """An article with one quote by `speaker`."""
    quote = Quote(id=f"{aid}-q", text="x", speaker=speaker, kind="statement", paragraph=0, start=0, end=1)
    return Article(source=aid, id=aid, kind="text", meta=Metadata(title=""), paragraphs=[], removed=[], quotes=[quote])


def test_canonicalize_merges_transliterations_across_articles():
    articles = [_speaking("a", "Sergei Shoigu"), _speaking("b", "Sergey Shoygu"), _speaking("c", "Sergey Shoygu")]
    canonicalize(articles, {})
    assert {a.quotes[0].speaker for a in articles} == {"Sergey Shoygu"}
    assert translit_key("Sergei Lavrov") == translit_key("Sergey Lavrov")


def test_canonical_spelling_keeps_the_accents_outlets_drop():
    """Two outlets type "Calderon", one "Calderón": one person, shown with the accent; a real
    variant of spelling (Shoigu/Shoygu) still goes by the majority."""
    articles = [_speaking("a", "Felipe Calderon"), _speaking("b", "Felipe Calderon"), _speaking("c", "Felipe Calderón"),
                _speaking("d", "Sergei Shoigu"), _speaking("e", "Sergey Shoygu"), _speaking("f", "Sergey Shoygu")]
    canonicalize(articles, {})
    assert [a.quotes[0].speaker for a in articles] == ["Felipe Calderón"] * 3 + ["Sergey Shoygu"] * 3


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab “”‘’\"'«»„″.,:;\n"), max_size=120))
def test_scanner_spans_are_substrings_in_bounds(text):
    for span in scan(text):
        assert 0 <= span.start <= span.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab Cd “”\"',. said he"), max_size=80), max_size=5))
def test_quotes_are_exact_substrings_of_their_paragraph(texts):
    paragraphs = [Paragraph(t) for t in texts]
    for quote in attribute(paragraphs, find_quotes("x", paragraphs)):
        assert paragraphs[quote.paragraph].text[quote.start:quote.end] == quote.text


def test_he_said_refers_to_the_subject_of_the_nearest_sentence_naming_someone():
    quotes = _quotes(
        "Mexican President Enrique Peña Nieto said immigration from Mexico had peaked. \"Mexican nationals in the"
        " United States are honest people, working people,\" he said.",
        "Donald Trump almost seemed to agree. \"Illegal immigration is a problem for Mexico as well as for us,\" he said.",
    )
    assert [q.speaker for q in quotes] == ["Enrique Peña Nieto", "Donald Trump"]


def test_a_sentence_led_by_the_same_pronoun_passes_over_its_objects():
    quotes = _quotes(
        "Donald Trump spoke in Iowa on Monday.",
        "He praised Ted Cruz at length. “We have to unite the party, all of us, right now,” he said.",
    )
    assert [q.speaker for q in quotes] == ["Donald Trump"]  # not Ted Cruz, the object of "He praised"


def test_she_said_skips_a_man_named_nearer():
    quotes = _quotes("Hillary Clinton spoke after Bernie Sanders. “We are going to win this nomination,” she said.",
                     "Bernie Sanders followed Hillary Clinton. “We are going to win this nomination,” she said.")
    assert [q.speaker for q in quotes] == ["Hillary Clinton", "Hillary Clinton"]


def test_appositions_with_an_age_a_participle_or_a_possessive_title():
    quotes = _quotes(
        "Hillary Clinton flew to Tampa.",
        "Clinton, speaking to reporters Tuesday on her plane, said of the request: “The FBI resolved all of this.”",
        "“You see people wearing scarves and pointing fingers at them,” Khizr Khan, 66, said on Capital Download.",
        "“This people-powered campaign is revolutionizing politics,” Jeff Weaver, Sanders’ campaign manager, said.",
        "“If we don’t expand our ability to reach voters, we face a wipeout,” said Florida’s Rick Wilson, a consultant.",
    )
    assert [q.speaker for q in quotes] == ["Hillary Clinton", "Khizr Khan", "Jeff Weaver", "Rick Wilson"]


def test_a_sentence_opening_word_is_not_a_speaker():
    quotes = _quotes(
        "GOP presidential candidate Carly Fiorina spoke at the conference.",
        "When asked about the merger, she defended her decision. \"If you are not leading, you are failing,\" she said.",
        "However, the rally went on. “There is no way we can stop this movement now,” a voice shouted.",
    )
    assert [q.speaker for q in quotes] == ["Carly Fiorina", None]


def test_a_statement_without_cue_belongs_to_its_sentence_subject():
    quotes = _quotes(
        "Donald Trump spoke at the Republican Jewish Coalition on Thursday.",
        "Trump took a risk by winking at stereotypes, telling the crowd, “I’m a negotiator like you, folks.”",
        "At Sunday night’s debate, Sanders compared himself to Clinton: “I don’t get personal speaking fees from them.”",
        "The town welcomed the visit, noting that his comments “are based on his opinion, not actual facts.”",
    )
    assert [q.speaker for q in quotes] == ["Donald Trump", "Sanders", None]  # "The town" names no one


def test_subject_rule_leaves_fragments_alone():
    quotes = _quotes("The US refuses guarantees that its missile defense, which is said to be aimed at “rogue states”"
                     " like Iran, won’t be targeting Russia.")
    assert quotes == []  # scare quotes in the US's sentence are not the US speaking


def test_coordinated_verb_and_comma_after_the_subject():
    quotes = _quotes(
        "In an interview last year, Lazar said he welcomed extradition to the United States and added, “I’ll plead "
        "guilty, no problem at all.”",
        "Tuesday at Baldwin Wallace University, after winning Ohio, Gov. John Kasich (R-OH), said, “I’m getting ready "
        "to rent a covered wagon.”",
        "The campaign said on Monday, “We will not comment on this matter at all.”",
    )
    assert [q.speaker for q in quotes] == ["Lazar", "John Kasich", None]


def test_inverted_cue_before_the_quote():
    quotes = _quotes(
        "In other words, explained CBS moderator Nancy Cordes: \"What does that have to do with taking big donations?\"",
        "In other words, the question stood: \"What does that have to do with taking big donations?\"",
    )
    assert [q.speaker for q in quotes] == ["Nancy Cordes", None]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["said", "said in a statement", "says", "s", "saw", "a", "in a"]) | st.text(
       alphabet="abs ’-", min_size=1, max_size=6), min_size=1, max_size=12),
       st.lists(st.sampled_from(["said", "in", "a", "statement", "says", "s", "saw", " ", ".", "X"]), max_size=30).map("".join))
@example(["said", "said in a statement"], "He said in a statement.")
def test_a_factored_word_list_matches_what_the_plain_alternation_matches(words, text):
    # trie_pattern replaces "said|says|said in a statement|…" (longest first) by one factored
    # alternative; at every position it must pick the same word, whatever the list and text.
    import re

    from generator.lexicon import trie_pattern

    plain = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")
    factored = re.compile(r"\b(?:" + trie_pattern(words) + r")\b")
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]
