"""The cross-link verifier on real sentence pairs: each failure mode with a pair that must link and one
that must not. Pairs are from links-dev (MSR Paraphrase Corpus training split, ids m…; TED translations
from Chinese, ids t…) and the seeds; the labels are the corpora's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.corpus import differences, verifier
from generator.corpus.entries import Entry, features
from generator.corpus.links import match
from generator.lexicon import parse
from generator.model import Article, Metadata, Quote
from generator.text.normalise import words
from tests.corpus.test_links import FULL, KERRY, TASS, XINHUA


def article(aid: str, text: str, speaker: str | None) -> Article:
    return Article(source=f"{aid}.txt", id=aid, kind="text", meta=Metadata(title=aid), paragraphs=[], removed=[],
                   quotes=[Quote(id=f"{aid}-0", text=text, speaker=speaker, kind="statement", paragraph=0, start=0,
                                 end=len(text))])


def linked(a: str, b: str, speaker_a: str | None = "Ann Lee", speaker_b: str | None = "Ann Lee") -> list:
    return match([article("a", a, speaker_a), article("b", b, speaker_b)])


def _quote(text: str) -> Entry:
    """A quote as matching reads it (entries.features), for the verifier's features alone."""
    return Entry("q", "a", None, *features(text))


def kind(a: str, b: str) -> str | None:
    found = linked(a, b)
    return found[0].kind if found else None


# Numbers: the same market move told twice links; two different moves of one share do not.
CONAGRA = ("ConAgra stock closed Monday on the New York Stock Exchange at $21.63 a share, down 11 cents.",
           "ConAgra shares closed Monday at $21.63 a share, down 11 cents, on the New York Stock Exchange.")  # m0193


def test_same_numbers_reworded_link():  # m0193, label 1
    assert kind(*CONAGRA) == "paraphrase"


def test_different_numbers_do_not_link():  # m0003, label 0
    assert kind("Around 0335 GMT, Tab shares were up 19 cents, or 4.4%, at A$4.56, having earlier set a record high "
                "of A$4.57.", "Tab shares jumped 20 cents, or 4.6%, to set a record closing high at A$4.57.") is None


def test_two_closes_of_one_index_do_not_link():  # m0090, label 0: nearly the same words, other figures
    assert kind("The technology-laced Nasdaq Composite Index <.IXIC> added 1.92 points, or 0.12 percent, at 1,647.94.",
                "The technology-laced Nasdaq Composite Index .IXIC dipped 0.08 of a point to 1,646.") is None


# One figure written two ways (words / digits, a scale word, rounded) is no difference; scored 0.797
# (no link) when "a quarter of a million" and "250000" were a number on one side only.
def test_a_figure_in_words_and_in_digits_links():  # t0942, label 1 (ref-refB)
    assert kind("There are a quarter of a million -- at least those are the ones we know about -- a quarter of a "
                "million species of flowering plants.",
                "There are 250000 types - at least that many we know of — 250000 types of flowering plants.") is not None
    assert kind("That compares with earnings of $446 million, or 7 cents per share, on revenue of $6.3 billion in the "
                "same period a year ago.", "That compares with a profit of $446 million, or seven cents per share, on "
                "revenue of $6.32 billion in the same period last year.") is not None  # m2233, label 1


def test_two_quarters_figures_written_alike_do_not_link():  # m2768, label 0
    assert kind("That compares to a net loss of $6.6 million, or 47 cents per share, on revenue of $15.5 million in "
                "2002's second fiscal quarter.", "In the first quarter, SCO had reported a net loss of $724,000, or 6 "
                "cents per diluted share, on revenue of $13.5 million.") is None


# Added claims: a name written two ways links; a sentence that adds a claim does not.
def test_one_claim_with_a_name_written_two_ways_links():  # m0184, label 1
    assert kind("Platinum prices soared to 23-year highs earlier this year after President Bush (news - web sites) "
                "proposed investing $1.2 billion for research on fuel cell-powered vehicles.",
                "Platinum prices soared to 23-year highs earlier this year after U.S. President George W. Bush "
                "proposed investing $1.2 billion for research on fuel cell-powered vehicles.") == "paraphrase"


def test_an_added_claim_does_not_link():  # m0011, label 0
    assert kind("Legislation making it harder for consumers to erase their debts in bankruptcy court won overwhelming "
                "House approval in March.",
                "Legislation making it harder for consumers to erase their debts in bankruptcy court won speedy, House "
                "approval in March and was endorsed by the White House.") is None


def test_the_same_people_doing_other_things_do_not_link():  # m0030, label 0
    assert kind("Duque will return to Earth Oct. 27 with the station's current crew, U.S. astronaut Ed Lu and Russian "
                "cosmonaut Yuri Malenchenko.", "Currently living onboard the space station are American astronaut Ed Lu "
                "and Russian cosmonaut Yuri Malenchenko.") is None


# Short translations: two short renderings of one sentence link; two of one talk's sentences do not.
def test_short_translation_with_a_contraction_links():  # t0001, label 1 (ref-refB)
    assert kind("One of them is the input from the user, as you are building bricks.",
                "One of them is the input from the user, as you're building your bricks.") is not None


def test_short_translation_in_other_words_links():  # t0480, label 1 (refB-MT)
    assert kind("This means that the user lays bricks in their desired way.",
                "This means that users pile up bricks the way they want.") == "paraphrase"


def test_short_sentences_of_one_talk_alike_do_not_link():  # t0294, label 0 (similar)
    assert kind("One is input from the user, as if you were building bricks.",
                "This means that users build bricks the way they want.") is None


def test_a_long_translation_links_as_paraphrase():  # seeds: TASS and Xinhua's English of one Lavrov sentence
    assert kind(TASS, XINHUA) == "paraphrase"


# Same words, different speakers: linked and flagged; other words from two people are not linked.
def test_same_words_from_two_speakers_link_and_are_flagged():
    (link,) = linked(KERRY, KERRY.replace("’", "'"), "Sergey Lavrov", "John Kerry")
    assert link.kind == "verbatim" and link.speakers_differ


def test_same_speaker_is_not_flagged_and_other_words_from_two_speakers_do_not_link():
    (link,) = linked(KERRY, KERRY, "Sergey Lavrov", "Sergey Lavrov")
    assert not link.speakers_differ
    assert linked(TASS, XINHUA, "Sergey Lavrov", "Maria Zakharova") == []


# Figures that disagree inside one statement: linked (the corpus labels it one statement) and flagged,
# so the reader sees which figure each outlet gave; one figure written two ways is no flag.
def test_one_statement_told_with_other_figures_links_and_is_flagged():  # m0611, label 1
    (link,) = linked("A rebel who was captured said more than 2,000 insurgents were involved in the attack.",
                     "A captured rebel said 2,100 combatants had been involved in the offensive.")
    assert link.kind == "paraphrase" and link.figures_differ


def test_the_same_figures_reworded_are_not_flagged():  # m0193, label 1
    (link,) = linked(*CONAGRA)
    assert link.kind == "paraphrase" and not link.figures_differ


# The score is the verifier's probability; the kind is decided apart from it.
def test_score_is_the_probability_and_a_paraphrase_scores_below_the_same_words():
    (para,) = linked(TASS, XINHUA)
    (same,) = linked(KERRY, KERRY)
    assert verifier.model().threshold <= para.score < 1.0 and same.score == 1.0


def test_contractions_and_country_names_are_one_wording():
    assert words("As you're building, we can't say") == words("as you are building, we can not say")
    assert words("Americans") == words("US") and words("don't") != words("do")


def test_the_country_is_content_and_no_pronoun():  # "U.S." and "ISIS" had been the stop words "us", "is"
    assert words("provided the US with data") == words("provided the United States with data")
    assert words("the U.S. will help") != words("tell us, will help")
    assert "isis" in _quote("He is the founder of the Islamic State").stem_set
    assert "usa" in _quote("a piece of American history").stem_set


def test_trees_for_other_features_are_refused():
    data = parse("threshold: 0.9\nfeatures: [dice_stems]\nbase: 0\ntrees: []\ncalibration: [1, 0]\n", "link_verifier.yaml")
    with pytest.raises(ValueError, match="retrain"):
        verifier.build_model(data)


# Containment: a fragment another outlet quotes whole links; a sentence another outlet extends does not.
def test_an_unmarked_fragment_of_a_longer_quote_links_partial():  # seeds: Lavrov's words, cut without "…"
    assert kind("provided the US with data that unfortunately did not receive proper attention", FULL) == "partial"


def test_a_sentence_extended_with_a_claim_does_not_link():  # m0338, label 0: the shorter is all in the longer
    assert kind("The transfers would reduce P&G's worldwide work force to slightly less than 100,000.",
                "The transfers would reduce P&G’s worldwide work force to slightly less than 100,000, down from "
                "110,000 several years ago.") is None


# Register: in a spoken, first-person quote other words for one thought are a translator's (t0409
# links), yet two sentences of one talk about one subject are still two statements (t0216 does not).
# (t0150, "what we are talking about" / "what we are discussing", linked at 0.892 by the trees before
# the synonym features and scores 0.885 with them: "talk" and "discuss" share no WordNet synset.)
def test_a_short_spoken_translation_in_other_words_links():  # t0409, label 1
    assert kind("I mean, we can't help but ask, has there ever been a big explosion like that before?",
                "What I meant is, we can't help but ask, was there a similar big bang that happened before that?"
                ) == "paraphrase"


def test_two_sentences_of_one_talk_on_one_subject_do_not_link():  # t0216, label 0 (similar)
    assert kind("So what we see is the relationship between widespread social disorder and inequality.",
                "This is the relationship between the index and the same level of inequality.") is None


def test_the_calibration_maps_the_trees_log_odds_to_the_probability():
    text = "threshold: 0.9\nfeatures: [{}]\nbase: 2\ntrees: []\ncalibration: [{}, {}]\n"
    names = ", ".join(verifier.FEATURES)
    plain = verifier.build_model(parse(text.format(names, 1, 0), "link_verifier.yaml"))
    shrunk = verifier.build_model(parse(text.format(names, 0.5, -1), "link_verifier.yaml"))
    x = [0.0] * len(verifier.FEATURES)
    assert round(plain.probability(x), 3) == 0.881 and shrunk.probability(x) == 0.5
    assert verifier.model().calibration != (1.0, 0.0)  # the shipped trees are calibrated out of fold


# Phrases: quotes of a few words alike by one frame link only with the same content words
# (PolNeAR train quotes of one speaker, each pair scored >= 0.92 by the trees alone).
def test_a_phrase_with_its_own_words_links():  # Donald Trump, two reports
    assert kind("mind is shot.", "Her mind is shot!") == "paraphrase"
    assert kind("not quite there yet", "I’m not quite there yet") is not None


def test_phrases_apart_by_the_word_that_matters_do_not_link():
    assert kind("a terrible mistake", "a terrible deal") is None
    assert kind("the best in the world", "the best of both worlds") is None
    assert kind("No boots on the ground", "boots on the ground.") is None  # the negation


# Synonyms (WordNet, generator/text/synonyms.py): a translation in other words for one thing links only
# because the words it does not share are synonyms; a related pair whose unshared words include
# synonyms still does not link when the rest differs.
def _without_synonyms(a: str, b: str) -> float:
    x = verifier.features(_quote(a), _quote(b))
    for soft, hard in (("synonym_cover_short", "cover_short"), ("synonym_cover_long", "cover_long")):
        x[verifier.FEATURES.index(soft)] = x[verifier.FEATURES.index(hard)]
    share = verifier.FEATURES.index("synonym_share")
    x[share] = 0.0 if x[share] < 1 else 1.0
    return verifier.model().probability(x)


def _explained(a: str, b: str) -> float:
    return verifier.features(_quote(a), _quote(b))[verifier.FEATURES.index("synonym_share")]


def _apart_despite_synonyms(pair: tuple[str, str]) -> None:
    """Words of one side explained by the other's (WordNet), and still no link: the rest differs."""
    assert _explained(*pair) > 0
    assert kind(*pair) is None


GAUDY = ("And the flowers don't really have to be that gaudy.",
         "There's actually no need for the flowers to be so showy.")  # t0624, label 1


def test_a_translation_in_synonyms_links_only_thanks_to_them():
    assert _explained(*GAUDY) > 0  # "gaudy" / "showy", "really" / "actually"
    assert verifier.probability(_quote(GAUDY[0]), _quote(GAUDY[1])) >= verifier.model().threshold
    assert _without_synonyms(*GAUDY) < verifier.model().threshold
    assert kind(*GAUDY) == "paraphrase"


def test_a_news_pair_believed_for_thought_is_read_as_synonyms():  # m2639, label 1
    # "believed" / "thought" explain each other and lift the pair most of the way; it stays just under
    # the threshold (0.87 against 0.89 when written) because "chromosome 6" is a figure on one side only
    pair = ("About 1,557 genes on chromosome 6 are thought to be functional.",
            "The remaining 1,557 genes are believed to be all functional.")
    assert _explained(*pair) > 0
    assert verifier.probability(_quote(pair[0]), _quote(pair[1])) > _without_synonyms(*pair) + 0.2


def test_synonyms_do_not_link_a_pair_that_drops_a_charge():  # m1716, label 0: "accused" / "charged"
    pair = ("He is accused of obstructing justice, witness tampering and destroying evidence.",
            "Quattrone, 47, is charged with obstruction of justice and witness tampering.")
    _apart_despite_synonyms(pair)


def test_synonyms_do_not_link_two_sentences_of_one_talk():  # t0443, label 0
    pair = ("But once again, if you look at the relationship between child welfare and per capita national income, "
            "you will get nothing. There is no sign of a connection.",
            "But if you look at the same health and social issues compared to the index of per capita national "
            "income and gross national income, you will find nothing. There is no correlation.")
    _apart_despite_synonyms(pair)


# Kin (synonyms.kin): another part of speech or a word of the same cluster is another word for one
# thing too; a translation that says it so links, and with synonyms alone it would not.
CHEATED = ("As such, it cheated on two levels - unbelievable.", "So it's deceiving on two levels -- fabulous.")  # t0664, 1


def test_a_translation_in_kin_words_links_only_thanks_to_them(monkeypatch: pytest.MonkeyPatch):
    assert kind(*CHEATED) == "paraphrase"  # "cheated" / "deceiving", "unbelievable" / "fabulous"
    monkeypatch.setattr(verifier, "kin", differences.senses)
    assert verifier.probability(_quote(CHEATED[0]), _quote(CHEATED[1])) < verifier.model().threshold


def test_kin_words_do_not_link_a_sentence_that_adds_a_claim():  # m1267, label 0
    # "government" / "state" and "remaining" / "still" are kin; "leading to suspicions of government
    # meddling in lending decisions" is a claim the other does not make
    pair = ("Woori Finance is the only large bank remaining to be sold but the government still has large stakes in "
            "several other lenders.",
            "Woori Finance is the only large bank still to be sold but the state retains large stakes in several "
            "others, leading to suspicions of government meddling in lending decisions.")
    _apart_despite_synonyms(pair)


# An added clause (differences.added_clause): a block the other side has no word of, opened by a
# connective and carried by a verb, is a claim of its own; a relative clause whose content the other
# side tells in its own words is not.
DEAD = ("Police said her two small children were alone in the apartment for up to two days.",
        "Police said her two small children were alone there for up to two days as she lay dead.")  # m2630, 0
SORKIN = ("Sorkin, who faces charges of conspiracy to obstruct justice and lying to a grand jury, was to have been "
          "tried separately.",
          "Sorkin was to have been tried separately on charges of conspiracy and lying to a grand jury.")  # m0042, 1


def _clause(shorter: str, longer: str) -> int:
    """The added clause the longer sentence has (differences.added_clause)."""
    a, b = _quote(shorter), _quote(longer)
    return differences.added_clause(b, differences.unmatched_stems(b.stem_set, a.stem_set, differences.profile(a).prefixes))


def test_a_sentence_with_a_clause_added_does_not_link():
    assert _clause(*DEAD) == 2  # "lay dead"
    assert kind(*DEAD) is None


def test_a_relative_clause_told_otherwise_still_links():
    assert _clause(*reversed(SORKIN)) == 0  # "who faces": one word, and "charges" is shared
    assert kind(*SORKIN) == "paraphrase"


# Few content words: each side with one the other lacks is half the content apart; one side's all
# found in the other (inflected, or a synonym) may still be one statement.
def test_few_content_words_apart_on_both_sides_do_not_link():  # PolNeAR: two articles, scored 0.91
    assert kind("You don’t want to be the story", "I don’t want to have fisticuffs") is None


def test_few_content_words_found_in_the_other_link():  # t0060, t0369, label 1
    assert kind("We can predict what this sound will become.", "And we can predict what the sound will be.") is not None
    assert kind("So what does this tell us about the future?", "What does it tell us about the future?") is not None


# A fragment of two content words quoted whole elsewhere is one statement only with its speaker (PolNeAR).
def test_a_common_fragment_from_an_unnamed_speaker_does_not_link():
    tip_worker = ("As a tip worker, I make a sub-minimum wage of $5 an hour plus tips, so I never really know how "
                  "much I’m going to make, and in every other position you generally know how much you’re making "
                  "before you take a job. A lot of people here are wondering why we’re talking about racial justice.")
    assert linked(tip_worker, "a lot of people", None, "Harry M. Reid") == []
    assert linked("To have a President who is constantly saying there are no ‘boots on the ground,’ when we have, "
                  "obviously, people are being killed and wounded", "No boots on the ground", "John Bolton", None) == []


def test_a_short_fragment_of_the_same_speaker_links_partial():  # Hillary Clinton, two reports
    found = linked("People have every right to be angry, but they're hungry. They're hungry for solutions.",
                   "right to be angry", "Hillary Clinton", "Hillary Clinton")
    assert [link.kind for link in found] == ["partial"]


def test_a_two_word_phrase_from_two_speakers_is_no_finding():  # PolNeAR: scare quotes in many reports
    assert linked("top secret", "top secret", "Ben Carson", "James Comey") == []
    assert linked("We’ll see", "We’ll see.", "Bernie Sanders", None) == []
    assert [link.kind for link in linked("top secret", "top secret", "James Comey", "James Comey")] == ["verbatim"]


# Meaning (text/vectors.py): word-piece vectors tell one statement in other words from a related one,
# and are not read on phrases, where one word carries the statement.
def _without_meaning(a: str, b: str) -> float:
    x = verifier.features(_quote(a), _quote(b))
    for name in ("meaning_cosine", "meaning_alignment", "meaning_weakest"):
        x[verifier.FEATURES.index(name)] = -1.0
    return verifier.model().probability(x)


LACY = ("Even after he turned 94, Lacy worked to change baseball.",
        "Even into his 90s, Lacy worked to change the game of baseball.")  # m2101, label 1
GAUGES = ("The market's broader gauges also posted big gains, having climbed higher for four consecutive weeks.",
          "The broader market also retreated, having climbed higher for four consecutive weeks.")  # m1175, label 0


def test_one_statement_in_other_words_links_thanks_to_meaning():
    assert kind(*LACY) == "paraphrase"
    assert _without_meaning(*LACY) < verifier.model().threshold


def test_gains_and_a_retreat_do_not_link():
    assert kind(*GAUGES) is None


def test_meaning_is_not_read_on_phrases():  # Donald Trump, two reports: two statements
    pair = ("the worst thing that ever happened to the establishment.", "was the worst thing that's happened to Israel.")
    x = verifier.features(_quote(pair[0]), _quote(pair[1]))
    assert x[verifier.FEATURES.index("meaning_cosine"):] == list(verifier.UNREAD)
    assert kind(*pair) is None


@given(st.sampled_from([LACY, GAUGES, CONAGRA, GAUDY]),
       st.lists(st.floats(min_value=-1.0, max_value=1.0), min_size=3, max_size=3))
def test_the_ceiling_bounds_the_trees_whatever_the_meaning_reads(pair, meaning):
    """probability(a, b, floor) skips the vectors when Model.ceiling, the trees' bound with the
    meaning features free, is under the floor; the bound must hold for any value they could take."""
    m = verifier.model()
    x = verifier.features(_quote(pair[0]), _quote(pair[1]))
    x[verifier.MEANING[0]:] = meaning
    assert m.ceiling is not None and m.log_odds(x) <= m.ceiling(x) + 1e-9


def test_a_floor_changes_no_probability_that_reaches_it():
    exact = verifier.probability(_quote(LACY[0]), _quote(LACY[1]))
    assert verifier.probability(_quote(LACY[0]), _quote(LACY[1]), floor=0.7) == exact
    # words of m0139 and m2630: two statements, far under the floor; the answer is the bound, not the
    # probability, and the vectors were not read
    low = (_quote("The ECB has cut interest rates six times over that period."),
           _quote("Police said her two small children were alone."))
    bounded = verifier.probability(*low, floor=0.7)
    assert low[0].profile is not None and low[0].profile.embedded is False  # never looked up
    assert verifier.probability(*low) < bounded < 0.7
