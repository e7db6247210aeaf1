"""A transcript's spoken paragraphs (seed 002, the ministry's "Sergey Lavrov: …") are
statements of their speaker: on his page and as note targets, shown on the paragraphs
themselves rather than flooding the article's numbered list of quotations."""

from __future__ import annotations

import subprocess
import sys

from bs4 import BeautifulSoup

from generator.ingest.read import read_source
from generator.pipeline import analyze_source
from generator.runtime.serialize import article_contract
from tests.conftest import CONTENT, ROOT, copy_project

TRANSCRIPT = CONTENT / "sources" / "002_c6b91583b424ce8c.txt"
PAGE = "articles/002-c6b91583b424ce8c/"


def test_each_spoken_paragraph_of_a_named_speaker_is_his_statement():
    article = analyze_source(read_source(TRANSCRIPT))
    spoken = [q for q in article.quotes if q.kind == "spoken"]
    assert len(spoken) == 7 and {q.speaker for q in spoken} == {"Sergey Lavrov"}
    assert {q.speaker_rule for q in spoken} == {"transcript"}  # the turn's label read it, no speaker strategy
    assert {q.speaker_confidence for q in spoken} == {None}  # so no model scores it, nor abstains it
    question = next(i for i, p in enumerate(article.paragraphs) if p.speaker == "Question")
    assert question not in {q.paragraph for q in spoken}  # the interviewer's turn is nobody's statement
    labelled = next(q for q in spoken if q.mention)
    assert labelled.text.startswith("We pointed out more than once") and labelled.mention == "Sergey Lavrov"
    assert article.paragraphs[labelled.paragraph].text[labelled.start:labelled.end] == labelled.text
    assert spoken[0].mention is None and spoken[0].text.startswith("It is a great pleasure")  # the title announces him
    assert article_contract(article)["quotes"] == []  # the evaluators' quotations: unchanged


def test_an_article_that_is_no_transcript_gets_no_spoken_passages():
    article = analyze_source(read_source(CONTENT / "sources" / "000_385545522f94976e.txt"))
    assert article.quotes and not [q for q in article.quotes if q.kind == "spoken"]


def test_headlines_that_name_their_speaker_with_a_colon_make_no_transcript():
    from generator.cleaning.transcript import mark_speakers
    from generator.model import Paragraph

    # a HuffPost report (polnear-train): its headline and a related link's; every paragraph had become
    # Sanders's turn, Clinton's “I do take what Alan Krueger said seriously” with them
    paragraphs = [Paragraph("Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage."),
                  Paragraph("“I do take what Alan Krueger said seriously,” she said."),
                  Paragraph("Bernie Sanders: I’m Not Much Of A Socialist Compared To Eisenhower.")]
    mark_speakers(paragraphs, "")
    assert [p.speaker for p in paragraphs] == [None, None, None]
    turns = [Paragraph("WALLACE: Senator, do you stand by what you said about the deal last week?"),
             Paragraph("SANDERS: I do, and I will say it again tomorrow.")]
    mark_speakers(turns, "")
    assert [p.speaker for p in turns] == ["WALLACE", "SANDERS"]


def test_the_transcript_page_marks_passages_and_the_speaker_page_carries_them(built_site):
    page = BeautifulSoup((built_site / PAGE / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one("section.quotes") is None  # no list of seven whole paragraphs
    facts = page.select_one("dl.meta").get_text(" ", strip=True)
    assert "Transcript 7 passages spoken by Sergey Lavrov" in facts
    body = page.select_one("div.body")
    assert len(body.select("p[id]")) == 7
    text = body.get_text(" ")
    assert "Sergey Lavrov: Sergey Lavrov:" not in " ".join(text.split()) and "Question: Question:" not in text
    speaker = BeautifulSoup((built_site / "speakers" / "sergey-lavrov" / "index.html").read_text(encoding="utf-8"),
                            "html.parser")
    assert "and 7 passages of transcripts" in speaker.select_one(".lede").get_text()
    cited = [b["cite"] for b in speaker.select("blockquote") if "We pointed out more than once" in b.get_text()]
    assert len(cited) == 1 and cited[0].split("#")[1] in {p["id"] for p in body.select("p[id]")}
    listing = BeautifulSoup((built_site / "articles" / "index.html").read_text(encoding="utf-8"), "html.parser")
    rows = {li.a["href"].rstrip("/").rsplit("/", 1)[-1]: li.get_text(" ", strip=True) for li in listing.select("main li")}
    assert rows["002-c6b91583b424ce8c"].endswith("· 0 quotes · transcript, 7 spoken passages")
    assert rows["000-385545522f94976e"].endswith("· 14 quotes")


def test_a_note_can_judge_a_spoken_passage(tmp_path):
    project = copy_project(tmp_path)
    (project / "content" / "notes" / "lavrov-nusra.md").write_text(
        "---\ntitle: \"Was the Western coalition passive against al-Nusra?\"\nverdict: unsupported\n"
        "summary: Lavrov's claim about the coalition.\neditor: Digest desk\ndate: 2017-10-05\n"
        "article: 002_c6b91583b424ce8c.txt\nquote: \"We pointed out more than once\"\n---\nReasoning.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "generator.commands.cli", "--content", str(project / "content"),
                             "--no-cache", "build", "--no-search", "--output", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((out / PAGE / "index.html").read_text(encoding="utf-8"), "html.parser")
    box = page.select_one("aside.verdict-box").get_text(" ", strip=True)
    assert "Was the Western coalition passive against al-Nusra?" in box and "spoken passage 6" in box
    passage = page.find("p", id=page.select_one("aside.verdict-box a[href^='#']")["href"][1:])
    assert passage.get_text().startswith("Sergey Lavrov: We pointed out") and passage.select_one("a.verdict-unsupported")
