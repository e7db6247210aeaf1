"""The read stage's guards against hostile files: encodings, size, nesting, things that are not files.

Fast unit tests on bytes built here; tests/test_hostile.py runs the same inputs through
`digest build`.
"""

from __future__ import annotations

import os

import pytest

from generator.ingest.read import MAX_BYTES, MIXED, SourceError, decode, read_bytes, read_source

QUOTE = "Lavrov said: “No deal was reached in Geneva,” and left the room."


def test_valid_utf8_wins_over_a_stale_meta_charset():
    page = f"<html><head><meta charset='iso-8859-1'></head><body><p>{QUOTE} Café.</p></body></html>"
    source = read_bytes("a.html", page.encode("utf-8"))
    assert "“No deal was reached in Geneva,”" in source.text and "Café" in source.text
    assert source.encoding == "utf-8"


def test_meta_charset_still_decides_when_the_bytes_are_not_utf8():
    page = "<html><head><meta charset='windows-1252'></head><body><p>Le ministre a déclaré “non”.</p></body></html>"
    source = read_bytes("fr.html", page.encode("cp1252"))
    assert "déclaré “non”" in source.text


def test_utf8_mixed_with_windows_1252_is_repaired_run_by_run():
    raw = (QUOTE + "\n").encode() * 3 + "Café déjà vu, he wrote.\n".encode("cp1252") + (QUOTE + "\n").encode()
    source = read_bytes("mixed.txt", raw)
    assert source.encoding == MIXED
    assert "Café déjà vu, he wrote." in source.text
    assert source.text.count("“No deal was reached in Geneva,”") == 4


def test_a_legacy_file_is_not_mistaken_for_mixed_utf8():
    text = "Le ministre a déclaré à la télévision française que l'accord était signé. " * 4
    text, encoding = decode(text.encode("cp1252"), is_html=False)
    assert encoding != MIXED
    assert "déclaré à la télévision" in text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text_not_binary(codec):
    source = read_bytes("u16.txt", (QUOTE * 3).encode(codec))
    assert source.encoding == codec
    assert source.text == QUOTE * 3


def test_html_nested_deeper_than_parsers_read_is_refused_with_its_line():
    page = "<html>\n<body>\n" + "<div>" * 10_000 + "<p>Deep text.</p>" + "</div>" * 10_000 + "\n</body></html>"
    with pytest.raises(SourceError) as info:
        read_bytes("content/sources/deep.html", page.encode())
    assert str(info.value).startswith("content/sources/deep.html: the HTML is nested more than 256 levels deep (line 3)")
    assert "paste its text into a .txt file" in info.value.hint


def test_ordinary_nesting_and_unclosed_paragraphs_pass():
    page = "<html><body>" + "<div>" * 100 + "<p>x " * 3000 + "</div>" * 100 + "</body></html>"
    assert read_bytes("ok.html", page.encode()).kind == "html"


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.html"
    with big.open("wb") as handle:  # sparse: 50 MiB on paper, nothing on disk
        handle.truncate(50 * 2**20)
    with pytest.raises(SourceError, match=r"big.html: the file is 50 MiB, over the 10 MiB limit"):
        read_source(big)
    assert MAX_BYTES == 10 * 2**20


def test_a_folder_or_a_pipe_named_like_a_source_is_not_read(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(SourceError, match="not a regular file"):
        read_source(tmp_path / "folder.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(SourceError, match="not a regular file"):  # opening it would block forever
        read_source(tmp_path / "pipe.txt")


@pytest.mark.parametrize("raw", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8,  # a gzipped page renamed to .html
    b"%PDF-1.7\n" + bytes(range(256)) * 8,
])
def test_media_renamed_to_html_is_binary(raw):
    with pytest.raises(SourceError, match="the file is binary"):
        read_bytes("x.html", raw)


def test_bidi_overrides_and_controls_never_reach_the_text():
    raw = f"{QUOTE} Attached: \u202etxt.exe\u202c and \u2066x\u2069, a \x07bell and \x1b[31mred.".encode()
    assert read_bytes("b.txt", raw).text == f"{QUOTE} Attached: txt.exe and x, a bell and [31mred."
