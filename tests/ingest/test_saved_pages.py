"""Every kind of saved page in content/sources/ is read, or refused by name: .mhtml (Chrome's
"Webpage, Single File"), .pdf (as text), .html/.txt as before; any other kind is an error
naming the file and the kinds read. A page's NAME_files/ folder and editors' lock, swap and
backup files are never sources (nor notes, nor topics)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.corpus.notes import load_notes
from generator.ingest.read import SourceError, read_bytes, read_source
from generator.ingest.saved import reflow
from generator.pipeline import analyze_source, source_paths
from tests.conftest import CONTENT, ROOT, SHARED

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED_002 = CONTENT / "sources" / "002_c6b91583b424ce8c.txt"


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_an_mhtml_archive_is_read_as_its_page_with_the_address_it_was_saved_from():
    source = read_source(FIXTURES / "lavrov-intelligence.mhtml")
    assert source.kind == "html" and source.url.startswith("http://127.0.0.1:") and source.url.endswith(
        "/lavrov-intelligence.html")
    article = analyze_source(source)
    assert article.meta.url == source.url
    assert article.meta.title == "Lavrov denies Russia will share intelligence data with US"
    text = " ".join(p.text for p in article.paragraphs)
    assert "Russia has never planned to exchange intelligence data with the United States" in text
    assert "=\n" not in source.text and "=E2=80" not in source.text  # quoted-printable decoded
    assert any(q.speaker == "Sergey Lavrov" for q in article.quotes)


def test_a_pdf_is_read_as_text_with_its_paragraphs_rejoined():
    source = read_source(FIXTURES / "ministry-transcript.pdf")
    assert source.kind == "text" and source.encoding == "pdf" and source.url is None
    assert source.text.split("\n\n") == _lines(SEED_002)  # every line of the PDF rejoined into the seed's paragraphs
    article = analyze_source(source)
    assert article.meta.title.startswith("Foreign Minister Sergey Lavrov’s comment and answer")


@pytest.mark.parametrize("name, raw", [("saved.webarchive", b"bplist00\xd1\x01\x02"), ("notes.md", b"# A draft\n"),
                                       ("letter.docx", b"PK\x03\x04 docx"), ("README", b"what this folder is")])
def test_any_other_kind_is_an_error_naming_the_file_and_the_kinds_read(tmp_path, name, raw):
    (tmp_path / name).write_bytes(raw)
    assert source_paths(tmp_path) == [str(tmp_path / name)]  # listed, never skipped without a word
    with pytest.raises(SourceError) as info:
        read_source(tmp_path / name)
    message = str(info.value)
    assert message.startswith(f"{tmp_path / name}: ") and ".html, .htm, .mhtml, .mht, .txt, .pdf" in message


def test_a_broken_pdf_or_archive_is_an_error_not_an_empty_page(tmp_path):
    (tmp_path / "cut.pdf").write_bytes((FIXTURES / "ministry-transcript.pdf").read_bytes()[:400])
    (tmp_path / "page.mhtml").write_bytes(b"From: <Saved by Blink>\nSubject: x\n\nnot a multipart body")
    for name, says in (("cut.pdf", "PDF"), ("page.mhtml", "MHTML")):
        with pytest.raises(SourceError, match=says):
            read_source(tmp_path / name)


def test_a_pdf_without_a_text_layer_is_an_error(tmp_path):
    """What a scanner makes: pages and no text (pypdf writes one)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    with (tmp_path / "scan.pdf").open("wb") as handle:
        writer.write(handle)
    with pytest.raises(SourceError, match="scan.pdf: the PDF has no text layer"):
        read_source(tmp_path / "scan.pdf")


def test_a_saved_pages_files_folder_holds_resources_never_articles(tmp_path):
    shutil.copy(SEED_002, tmp_path / "report.html")
    (tmp_path / "report_files").mkdir()
    (tmp_path / "report_files" / "saved_resource.html").write_text("<p>Advertisement</p>", encoding="utf-8")
    (tmp_path / "report_files" / "deep").mkdir()
    (tmp_path / "report_files" / "deep" / "frame.htm").write_text("<p>ad</p>", encoding="utf-8")
    (tmp_path / "cables_files").mkdir()  # no cables.html beside it: an editor's own folder of sources
    shutil.copy(SEED_002, tmp_path / "cables_files" / "cable.txt")
    assert source_paths(tmp_path) == [str(tmp_path / "cables_files" / "cable.txt"), str(tmp_path / "report.html")]


def test_editors_lock_swap_and_backup_files_are_ignored_everywhere(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    for folder in ("sources", "notes", "topics"):
        os.symlink("editor@host.4242:1700000000", content / folder / ".#lavrov-boston-data.md")  # Emacs: dangling
        (content / folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (content / "sources" / "000_385545522f94976e.txt~").write_bytes(SEED_002.read_bytes())
    (content / "notes" / ".lavrov-boston-data.md.swp").write_bytes(b"b0VIM 9.0\x00\x00")
    (content / "notes" / "lavrov-boston-data.md~").write_text("---\ntitle: old\n", encoding="utf-8")
    assert [Path(p).name for p in source_paths(content / "sources")] == sorted(p.name for p in (CONTENT / "sources").iterdir())
    assert sorted(n.slug for n in load_notes(content / "notes")) == ["kerry-intelligence-cooperation", "lavrov-boston-data"]
    result = subprocess.run([sys.executable, "-m", "generator.commands.cli", "--content", str(content), "--no-cache", "check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    os.symlink("nowhere.txt", content / "sources" / "broken.txt")  # not an editor's lock file: reported
    result = subprocess.run([sys.executable, "-m", "generator.commands.cli", "--content", str(content), "--no-cache", "check"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1 and "broken.txt: error: cannot read the file" in result.stderr


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["ministry-transcript.pdf", "lavrov-intelligence.mhtml"]), st.integers(0, 30000),
       st.binary(min_size=1, max_size=64), st.booleans())
def test_a_damaged_pdf_or_archive_is_read_or_refused_with_a_source_error(name, at, junk, cut):
    """Real files cut short or with bytes overwritten: never another exception, never an empty page."""
    good = (FIXTURES / name).read_bytes()
    at = at % len(good)
    raw = good[:at] if cut else good[:at] + junk + good[at + len(junk):]
    try:
        source = read_bytes(f"x{Path(name).suffix}", raw)
    except SourceError as exc:
        assert str(exc).startswith(f"x{Path(name).suffix}: ")
        return
    assert source.text.strip()


@given(st.lists(st.text(alphabet="abc -.", max_size=40), max_size=30))
def test_reflow_keeps_every_word_in_order(lines):
    words = " ".join(line.strip() for line in lines).split()
    out = reflow([line.strip() for line in lines]).split()
    assert "".join(out) == "".join(words)


@pytest.mark.browser
@pytest.mark.slow
def test_a_page_saved_as_mhtml_by_chromium_reads_as_the_html_does(tmp_path):
    """The BBC page of the corpus, saved by headless Chromium's Page.captureSnapshot."""
    from tests.site.browser_support import chromium, serve

    found = sorted((SHARED / "corpora" / "aeb-dev" / "html").glob("c7e39ac4*.html"))
    if not found:
        pytest.skip(f"aeb-dev page not found under {SHARED}")
    (tmp_path / "web").mkdir()
    shutil.copy(found[0], tmp_path / "web" / "assange.html")
    with serve(tmp_path / "web") as url, chromium(tmp_path / "chrome") as driver:
        driver.get(url + "assange.html")
        snapshot = driver.execute_cdp_cmd("Page.captureSnapshot", {"format": "mhtml"})["data"]
    (tmp_path / "assange.mhtml").write_text(snapshot, encoding="utf-8", newline="")
    archived = analyze_source(read_source(tmp_path / "assange.mhtml"))
    saved = analyze_source(read_source(found[0]))
    assert archived.meta.url == url + "assange.html"
    assert archived.meta.title == saved.meta.title == "Julian Assange: Sweden drops rape investigation"
    assert [(p.kind, p.text) for p in archived.paragraphs] == [(p.kind, p.text) for p in saved.paragraphs]
    assert [q.text for q in archived.quotes] == [q.text for q in saved.quotes]
