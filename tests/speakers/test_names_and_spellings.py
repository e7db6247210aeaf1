"""Speaker fixes, round 7: each rule on a real news sentence (adapted from US political news), and a
case it must not fire on."""

from __future__ import annotations

import pytest

from generator.corpus.canonical import canonicalize
from generator.model import Article, Metadata, Paragraph, Quote
from generator.speakers.names import split_title
from tests.speakers.support import assert_speakers, speakers_of


def _article(aid: str, speaker: str, text: str = "") -> Article:
    quote = Quote(id=f"{aid}-q", text="x", speaker=speaker, kind="statement", paragraph=0, start=0, end=1)
    return Article(source=aid, id=aid, kind="text", meta=Metadata(title=""), paragraphs=[Paragraph(text or "x")],
                   removed=[], quotes=[quote])


def test_a_lone_surname_is_not_merged_with_a_look_alike_surname_from_another_article():
    articles = [_article("a", "Haines", "“We are watching closely,” Haines said on Tuesday."),
                _article("b", "Bruce Haynes", "Republican strategist Bruce Haynes said the race was close.")]
    canonicalize(articles, {})
    assert [a.quotes[0].speaker for a in articles] == ["Haines", "Bruce Haynes"]


def test_a_lone_surname_still_takes_an_exact_or_grounded_full_name():
    # exact surname from another article
    articles = [_article("a", "Lavrov"), _article("b", "Sergey Lavrov")]
    canonicalize(articles, {})
    assert [a.quotes[0].speaker for a in articles] == ["Sergey Lavrov", "Sergey Lavrov"]
    # another spelling, but the article itself names the full name
    articles = [_article("a", "Shoigu", "Defence Minister Sergei Shoygu met the envoy. Shoigu said little."),
                _article("b", "Sergey Shoygu"), _article("c", "Sergey Shoygu")]
    canonicalize(articles, {})
    assert {a.quotes[0].speaker for a in articles} == {"Sergey Shoygu"}


def test_double_encoded_utf8_is_repaired_at_read_time_so_names_read_whole():
    from generator.ingest.read import read_bytes
    text = ("Mexico’s ambassador, Gerónimo GutiÃ©rrez, met Arturo SarukhÃ¡n and Enrique Pe" + "A\u0303" + "±a Nieto "
            "at GuantÃ¡namo; SÃ©golÃ \u0308ne Royal called it naÃ \u0304ve. itâ€™s over.")
    source = read_bytes("a.txt", text.encode("utf-8"))
    assert source.text == ("Mexico’s ambassador, Gerónimo Gutiérrez, met Arturo Sarukhán and Enrique Peña Nieto "
                           "at Guantánamo; Ségolène Royal called it naïve. it’s over.")


def test_correct_accented_text_is_never_changed_by_the_repair():
    from generator.ingest.mojibake import repair
    for text in ("Ségolène Royal a dit « voilà » à l’Élysée — naïve, être, garçon, Noël, Œuvre.",
                 "España, señor Peña, José Núñez, ¿qué? ¡Sí! Sarukhán, Guantánamo.",
                 "Сергей Лавров сказал: «Мы это уже обсуждали», — Шойгу.",
                 "NÃO…  SÃO PAULO, IRMÃ» ESPAÑA— château…» Â« Ã"):
        assert repair(text) == text
    # decomposed correct text only comes back composed
    assert repair("Pen\u0303a") == "Peña"


def test_a_repaired_name_is_the_speaker_and_quote_offsets_hold():
    from generator.ingest.read import read_bytes
    from generator.pipeline import analyze_source
    raw = ("Mexico’s ambassador, Arturo SarukhÃ¡n, spoke on Monday.\n\n"
           "â€œWe will not pay for any wall,â€\x9d SarukhÃ¡n said.\n").encode()
    article = analyze_source(read_bytes("a.txt", raw))
    assert [q.speaker for q in article.quotes] == ["Arturo Sarukhán"]
    for q in article.quotes:
        assert article.paragraphs[q.paragraph].text[q.start:q.end] == q.text


def test_a_leading_conjunction_is_no_part_of_a_name():
    assert speakers_of(
        "Both men issued a statement expressing optimism about working together – Ryan saying he was “very "
        "encouraged by the talks today” and Trump calling it a “great meeting.”")[:1] == ["Ryan"]
    # a title that holds "and" still reads whole
    from generator.speakers.mentions import TOKEN, np_tokens_forward
    assert " ".join(np_tokens_forward(TOKEN.findall("Secretary of Health and Human Services Sylvia Burwell said"))) == (
        "Secretary of Health and Human Services Sylvia Burwell")


def test_accented_first_names_give_a_gender():
    from generator.speakers.people import gender_of
    assert gender_of("François Hollande", []) == "m"
    assert gender_of("Ségolène Royal", []) == "f"  # the lists spell it without the accents
    assert gender_of("Ngozi Okonjo-Iweala", []) is None  # not in the lists



# Each rule on a real news sentence, then a case it must not fire on: (paragraphs, speakers).
CUES = {
    "a possessive's cue noun after 'called' leaves the quote to the subject": [
        (["With 50 days until the election, Minyon Moore, a senior adviser to the Clinton campaign, called Mr. "
          "Obama's remarks on Saturday \"a true wake-up call\" to his coalition of supporters."], ["Minyon Moore"]),
        # remarks quoted, not characterised: their owner speaks
        (["Lavrov was answering John Kerry's remarks that the two had agreed \"to intensify intelligence "
          "cooperation with respect to ISIL.\""], ["John Kerry"])],
    "a next sentence opening with a conjunction is no cue for a closed quote": [
        (["But Sen. Pat Toomey (R-Pa.) refused to entertain the possibility of campaigning alongside Cruz, "
          "responding that he’s “not going to go into what my campaign is doing.” And Sen. Rob Portman (R-Ohio), "
          "another vulnerable incumbent, said he hadn’t thought about enlisting Cruz."], ["Pat Toomey"]),
        # a name right after the closed quote is still its cue
        (["“We will not be dragged into another war in the Middle East.” Sen. Rob Portman said it on Tuesday."],
         ["Rob Portman"])],
    "a preposition after a known first name can be a surname": [
        (["The DLC was a reaction to a series of defeats, said Al From, who helped found it in 1985.",
          "\"The circumstances are changed when you go through a depression like we did,\" From said."], ["Al From"]),
        # no first name before it: "From" is a preposition in a headline run, and nobody's surname
        (["Letters From Moscow ran on Sunday.",
          "\"The circumstances are changed when you go through a depression like we did,\" From said."], [None])],
    "a description may hold a capitalised adjective before the name after the cue": [
        (["\"I don't know exactly where he stands on that,\" said undecided Republican voter Stephanie Hooton of "
          "Derry, N.H., before the barn event."], ["Stephanie Hooton"]),
        # a time word is no description
        (["\"We will not pay for that wall,\" said on Tuesday night Republican Donald Trump."], [None])],
    "a pronoun after an opening conjunction is the subject": [
        (["Bernie Sanders spoke at an Indiana rally Wednesday.",
          "Sanders hasn't said whether he has a strategy for changing the focus of his campaign. But he laid off "
          "more than 200 staffers and began talking about what will happen \"if we do not win the nomination.\""],
         ["Bernie Sanders"]),
        # a conjunction before a name that is no subject finds nobody
        (["But Sanders’s aides and \"the people who have lost faith in the system\" stayed."], [None])],
}


@pytest.mark.parametrize("rule", sorted(CUES))
def test_cue_rule_fires_on_its_sentence_and_not_on_the_other(rule: str):
    assert_speakers(CUES[rule])


def test_a_names_particles_are_part_of_it():
    # "Bill de Blasio" had been learnt as the title "mayor bill de" and the name "Blasio", and published as
    # "Bill Blasio"; "Bashar al-Assad" as no name at all
    for name in ("Bill de Blasio", "Charles de Gaulle", "Mohammed bin Salman", "Ursula von der Leyen", "Bashar al-Assad"):
        for paragraph in (f"“We will not back down,” said {name}.", f"“We will not back down,” {name} said.",
                          f"{name} said: “We will not back down.”"):
            assert speakers_of("Officials met on Monday.", paragraph) == [name], paragraph


def test_a_particle_alone_or_after_a_title_starts_no_name():
    # polnear-dev: "de Blasio" names the Bill de Blasio the article introduced; "President de Gaulle" is Gaulle
    assert speakers_of("Mayor Bill de Blasio spoke on Monday.", "“We do not see a link,” de Blasio said.") == [
        "Bill de Blasio"]
    assert split_title(["President", "de", "Gaulle"]) == (["president", "de"], ["Gaulle"])
    assert split_title(["Bill", "de"]) == (["bill", "de"], [])


def test_a_suffix_keeps_the_surname_before_it():
    # "King" is also a title word: before "Jr." it had gone to the title, and "Martin Luther Jr." was published
    assert speakers_of("Officials met on Monday.", "“We shall overcome,” Martin Luther King Jr. said in 1963.") == [
        "Martin Luther King Jr."]
    assert split_title(["Sen.", "Robert", "P.", "Casey", "Jr."]) == (["sen."], ["Robert", "P.", "Casey", "Jr."])
