"""The desk's corrections of the machine reading, end to end on real pages: a speaker set
by the desk moves the quote (and its verdict) to the right person's page, a seed paste gets
its outlet, date and address, a rejected link stays gone, and a stale correction is an
error at its file and line."""

from __future__ import annotations

import io
import json
import re
from contextlib import redirect_stderr
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.commands import cli
from tests.conftest import copy_project

AL_BAWABA = "833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730.html"
POMPEO_NOTE = """---
title: "Are Israeli settlements consistent with international law?"
verdict: misleading
summary: Most states and the UN hold the settlements illegal under international law.
editor: Digest desk
date: 2019-11-21
article: albawaba.html
quote: "not, per se, inconsistent with international law"
---
Body.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    copy_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def build() -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stderr(err):
        status = cli.main(["--workers", "1", "build", "--no-search"])
    return status, err.getvalue()


def check(capsys) -> list[str]:
    cli.main(["--no-cache", "check"])
    return [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def jsonld(path: Path) -> list[dict]:
    return [json.loads(s.string) for s in soup(path).find_all("script", type="application/ld+json")]


@pytest.fixture
def al_bawaba(project: Path, shared: Path) -> Path:
    (project / "content/sources/albawaba.html").write_bytes((shared / "corpora/aeb-dev/html" / AL_BAWABA).read_bytes())
    (project / "content/notes/pompeo.md").write_text(POMPEO_NOTE, encoding="utf-8")
    return project


def test_without_a_correction_the_capital_is_the_speaker(al_bawaba):
    assert build()[0] == 0
    assert (al_bawaba / "output/speakers/washington/index.html").exists()


def test_al_bawaba_corrected_to_mike_pompeo(al_bawaba):
    desk = al_bawaba / "content/sources/albawaba.yaml"
    desk.write_text("date: 2019-11-21\nwhy: The reader took the capital for the speaker.\nquotes:\n"
                    "  - quote: \"not, per se, inconsistent\"\n    speaker: Mike Pompeo\n", encoding="utf-8")
    status, report = build()
    assert status == 0, report
    out = al_bawaba / "output"
    assert not (out / "speakers/washington").exists()
    pompeo = soup(out / "speakers/mike-pompeo/index.html")
    assert "not, per se, inconsistent with international law" in pompeo.get_text()
    assert pompeo.find("a", class_="verdict-misleading", href=re.compile("notes/pompeo/"))
    article = soup(out / "articles/albawaba/index.html")
    card = next(li for li in article.select("ol.quote-list > li") if "not, per se" in li.get_text())
    assert card.find("a", href=re.compile("speakers/mike-pompeo/")) and "set by the desk" in card.get_text()
    (review,) = jsonld(out / "notes/pompeo/index.html")
    assert review["itemReviewed"]["author"]["name"] == "Mike Pompeo"
    note = soup(out / "notes/pompeo/index.html").find("figcaption").get_text()
    assert note.startswith("— Mike Pompeo") and "set by the desk" in note
    corrections = soup(out / "corrections/index.html").get_text()
    assert "set to Mike Pompeo (was Washington)" in corrections
    assert "The reader took the capital for the speaker." in corrections
    (al_bawaba / "content/notes/pompeo.md").write_text(POMPEO_NOTE.replace("Body.", "Body, edited."), encoding="utf-8")
    assert build()[0] == 0  # warm: the source comes from the cache, the correction still applies
    assert not (out / "speakers/washington").exists() and (out / "speakers/mike-pompeo/index.html").exists()


def test_a_notes_claimant_is_the_speaker_the_page_shows(al_bawaba):
    note = al_bawaba / "content/notes/pompeo.md"
    note.write_text(POMPEO_NOTE.replace("quote:", "claimant: Mike Pompeo\nquote:"), encoding="utf-8")
    assert build()[0] == 0
    out = al_bawaba / "output"
    assert not (out / "speakers/washington").exists()
    assert soup(out / "notes/pompeo/index.html").find("figcaption").get_text().startswith("— Mike Pompeo")


def test_not_a_quote_and_an_added_quote(al_bawaba, capsys):
    (al_bawaba / "content/sources/albawaba.yaml").write_text(
        "date: 2019-11-21\nquotes:\n  - {quote: dangerous consequences, not_a_quote: true}\n"
        "  - {add: \"The United States faced stiff international\", speaker: unnamed}\n", encoding="utf-8")
    assert check(capsys) == []
    assert build()[0] == 0
    cards = soup(al_bawaba / "output/articles/albawaba/index.html").select("ol.quote-list > li")
    texts = [li.get_text() for li in cards]
    assert not any("dangerous consequences" in t for t in texts)
    added = next(t for t in texts if "The United States faced stiff international" in t)
    assert "Speaker not named" in added and "set by the desk" in added


def test_a_seed_paste_given_outlet_date_and_url(project):
    (project / "content/sources/003_2342fa2aa6b80750.yaml").write_text(
        "date: 2026-12-06\nmetadata:\n  outlet: RT\n  published: 2013-08-10\n"
        "  url: https://www.rt.com/news/lavrov-snowden-no-cold-war/\n  authors: [RT staff]\n  language: en\n",
        encoding="utf-8")
    (project / "content/notes/cold-war.md").write_text(POMPEO_NOTE.replace("albawaba.html", "003_2342fa2aa6b80750.txt")
                                                      .replace("not, per se, inconsistent with international law",
                                                               "There’s no Cold War"), encoding="utf-8")
    status, report = build()
    assert status == 0, report
    out = project / "output"
    page = soup(out / "articles/003-2342fa2aa6b80750/index.html")
    assert page.find("p", class_="kicker").get_text() == "RT"
    assert page.find("time")["datetime"] == "2013-08-10"
    assert page.find("a", href="https://www.rt.com/news/lavrov-snowden-no-cold-war/")
    marked = page.find("dd", class_="set-by")
    assert marked["data-desk-fields"] == "authors language outlet published url"
    meta = page.find("dl", class_="meta")
    assert meta["data-from-desk"] == "authors language outlet published url" and meta["data-from-page"] == "title"
    assert page.find("article", class_="source-article")["lang"] == "en"
    (review,) = jsonld(out / "notes/cold-war/index.html")
    appearance = review["itemReviewed"]["appearance"]
    assert appearance["url"] == "https://www.rt.com/news/lavrov-snowden-no-cold-war/"
    assert appearance["publisher"]["name"] == "RT" and appearance["datePublished"] == "2013-08-10"
    assert (project / "content/sources/003_2342fa2aa6b80750.txt").read_bytes() == \
        (Path(__file__).resolve().parent.parent.parent / "content/sources/003_2342fa2aa6b80750.txt").read_bytes()


def test_a_page_read_field_is_not_marked_as_the_desks(project):
    assert build()[0] == 0
    page = soup(project / "output/articles/000-385545522f94976e/index.html")
    assert page.find("dd", class_="set-by") is None
    assert page.find("dl", class_="meta")["data-from-page"] == "outlet published title"


def test_a_rejected_seed_link_is_gone_after_two_rebuilds(project):
    other = "000-385545522f94976e-1e5a30c2"
    page = project / "output/articles/001-a6332ebc66c091c0/index.html"
    assert build()[0] == 0
    assert f"#{other}" in page.read_text(encoding="utf-8")
    back = project / "output/articles/000-385545522f94976e/index.html"
    assert "#001-a6332ebc66c091c0-0ed5720f" in back.read_text(encoding="utf-8")
    (project / "content/sources/001_a6332ebc66c091c0.yaml").write_text(
        f"date: 2026-12-06\nlinks:\n  - quote: There was no agreement\n    with: {other}\n    reject: true\n",
        encoding="utf-8")
    for _ in range(2):
        status, report = build()
        assert status == 0, report
        assert f"#{other}" not in page.read_text(encoding="utf-8")
        assert "#001-a6332ebc66c091c0-0ed5720f" not in back.read_text(encoding="utf-8")
    assert "#001-a6332ebc66c091c0-b995fb89" in back.read_text(encoding="utf-8")  # the other links stay


def test_a_link_the_desk_adds_is_shown_with_its_kind(project):
    (project / "content/sources/001_a6332ebc66c091c0.yaml").write_text(
        "date: 2026-12-06\nlinks:\n  - quote: to intensify intelligence\n"
        "    with: {article: 000_385545522f94976e.txt, quote: There was no agreement}\n    kind: paraphrase\n",
        encoding="utf-8")
    assert build()[0] == 0
    card = next(li for li in soup(project / "output/articles/001-a6332ebc66c091c0/index.html")
                .select("ol.quote-list > li") if "to intensify intelligence" in li.get_text())
    assert card.find("a", href=re.compile("#000-385545522f94976e-1e5a30c2")) and "other wording" in card.get_text()


def test_a_stale_speaker_correction_is_an_error_at_its_line(project, capsys):
    path = project / "content/sources/001_a6332ebc66c091c0.yaml"
    path.write_text("date: 2026-12-06\nquotes:\n  - quote: to intensify intelligence\n    speaker: John Kerry\n"
                    "  - quote: words no quote of the article has\n    speaker: John Kerry\n", encoding="utf-8")
    (error,) = check(capsys)
    assert error.startswith("content/sources/001_a6332ebc66c091c0.yaml:5: error: stale correction: no quote starts "
                            "with 'words no quote of the article has' in 001_a6332ebc66c091c0.txt — ")


def test_a_stale_link_decision_is_an_error_at_its_line(project, capsys):
    (project / "content/sources/001_a6332ebc66c091c0.yaml").write_text(
        "date: 2026-12-06\nlinks:\n  - {quote: There was no agreement, with: 000-385545522f94976e-0badf00d, reject: true}\n",
        encoding="utf-8")
    (error,) = check(capsys)
    assert error.startswith("content/sources/001_a6332ebc66c091c0.yaml:3: error: stale link decision: no quote has "
                            "the id '000-385545522f94976e-0badf00d' — ")


def test_added_words_must_be_in_the_article(project, capsys):
    (project / "content/sources/001_a6332ebc66c091c0.yaml").write_text(
        "date: 2026-12-06\nquotes:\n  - add: words that are nowhere in it\n", encoding="utf-8")
    assert check(capsys) == ["content/sources/001_a6332ebc66c091c0.yaml:3: error: the words “words that are nowhere "
                             "in it” are not in 001_a6332ebc66c091c0.txt — copy them from the article page exactly "
                             "(the cleaned text), or delete the entry"]


def test_a_desk_file_beside_no_source(project, capsys):
    (project / "content/sources/005_gone.yaml").write_text("date: 2026-12-06\n", encoding="utf-8")
    (error,) = check(capsys)
    assert error.startswith("content/sources/005_gone.yaml:1: error: no source 005_gone.html or 005_gone.txt beside")


@pytest.mark.parametrize(("text", "line", "message"), [
    ("date: 2026-12-06\nmetdata: {outlet: RT}\n", 2, "unknown key 'metdata' — did you mean 'metadata'?"),
    ("date: 2026-12-06\nmetadata:\n  outlet: RT\n  publisher: RT\n", 4,
     "unknown metadata field 'publisher' — did you mean 'published'?"),
    ("date: 2026-12-06\nquotes:\n  - quote: to intensify\n    speeker: John Kerry\n", 4,
     "unknown key 'speeker' — did you mean 'speaker'?"),
    ("date: 2026-12-06\nmetadata:\n  published: 10 August 2013\n", 3,
     "`published: 10 August 2013` is not a valid ISO 8601 date"),
    ("date: 2026-12-06\nmetadata:\n  outlet: RT\n  outlet: TASS\n", 4, "duplicate key 'outlet' on lines 3 and 4"),
    ("date: 2026-12-06\nlinks:\n  - {quote: There was no agreement, with: x, kind: same}\n", 3,
     "unknown link kind 'same'"),
    ("metadata: {outlet: RT}\n", 1, "missing required key 'date'"),
    ("date: 2026-12-06\nmetadata:\n  language: English\n", 3, "`language: English` is not a language tag"),
])
def test_desk_file_errors_name_their_line(project, capsys, text, line, message):
    (project / "content/sources/001_a6332ebc66c091c0.yaml").write_text(text, encoding="utf-8")
    (error,) = check(capsys)
    assert error.startswith(f"content/sources/001_a6332ebc66c091c0.yaml:{line}: error: {message}")


def test_a_claimant_spelled_another_way_keeps_the_digests_name(project):
    from generator.pipeline import Settings, build_digest

    note = project / "content/notes/lavrov-boston-data.md"
    note.write_text(note.read_text(encoding="utf-8").replace("claimant: Sergey Lavrov", "claimant: Sergey Lawrow"),
                    encoding="utf-8")
    digest = build_digest(Settings(content=project / "content", cache_dir=None, workers=1))
    assert digest.problems == []
    (judged,) = [q for a in digest.articles for q in a.quotes if q.id == digest.notes[1].quote_id]
    # whether the machine's reading ("he said") clears the abstention threshold or the claimant names
    # an abstained quote, the name shown is the digest's spelling, never the note's
    assert judged.speaker == "Sergey Lavrov"
    assert not any(q.speaker == "Sergey Lawrow" for a in digest.articles for q in a.quotes)


def test_the_log_of_a_described_speaker_named_by_the_desk_says_what_the_text_said():
    from generator.corpus.corrections import apply_reading
    from generator.corpus.desk import DeskFile, QuoteFix
    from tests.site.test_pages import make_article

    words = "It's a difficult issue"  # PolNeAR train: '“…,” the Florida senator said', published as written
    article = make_article("a", f"“{words},” the Florida senator said.", [(words, None)], "Paper A", "2015-11-02")
    article.quotes[0].speaker_description = "the Florida senator"
    desk = DeskFile("content/sources/a.yaml", article.source, "2026-12-07",
                    quotes=[QuoteFix("speaker", "It's a difficult", 4, "Marco Rubio")])
    problems, log = apply_reading([article], [desk], {})
    assert problems == [] and article.quotes[0].speaker == "Marco Rubio"
    assert log[0].what.endswith("set to Marco Rubio (was described as “the Florida senator”)")


def test_a_described_speaker_the_desk_calls_unnamed_is_shown_unnamed():
    """`speaker: unnamed` on a quote the text describes: the page says the speaker is not named, not the
    description the desk rejected (before, said_by kept "a senior Cruz adviser")."""
    from generator.corpus.corrections import apply_reading
    from generator.corpus.desk import DeskFile, QuoteFix
    from tests.site.test_pages import make_article

    words = "We are going to win this state"  # PolNeAR train shape: '“…,” said a senior Cruz adviser'
    article = make_article("a", f"“{words},” said a senior Cruz adviser.", [(words, None)], "Paper A", "2016-02-01")
    article.quotes[0].speaker_description = "a senior Cruz adviser"
    desk = DeskFile("content/sources/a.yaml", article.source, "2026-12-07",
                    quotes=[QuoteFix("speaker", "We are going to win", 4, None)])
    problems, log = apply_reading([article], [desk], {})
    assert problems == [] and article.quotes[0].said_by is None
    assert log[0].what.endswith("set to not named (was described as “a senior Cruz adviser”)")
