"""The read stage: encodings, BOMs, meta charset, and files that are not pages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ingest.read import SourceError, read_bytes, read_source, slugify

RUSSIAN = "Лавров заявил, что Россия не планировала обмениваться разведданными с США."


def test_utf8_with_bom_is_decoded_without_the_bom():
    source = read_bytes("a.txt", "\ufeffLavrov said “no”.".encode())
    assert source.text == "Lavrov said “no”."
    assert source.encoding == "utf-8-sig"


def test_windows_1251_text_is_detected():
    source = read_bytes("ru.txt", ((RUSSIAN + "\n") * 5).encode("cp1251"))
    assert RUSSIAN in source.text


def test_latin1_text_is_detected():
    text = "Le ministre a déclaré à la télévision française que l'accord était signé. " * 3
    source = read_bytes("fr.txt", text.encode("latin-1"))
    assert "déclaré à la télévision" in source.text


def test_html_meta_charset_is_honoured():
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    source = read_bytes("ru.html", page.encode("cp1251"))
    assert RUSSIAN in source.text
    assert source.kind == "html"


def test_crlf_becomes_newline():
    assert read_bytes("a.txt", b"one\r\ntwo\rthree").text == "one\ntwo\nthree"


@pytest.mark.parametrize(("raw", "message"), [
    (b"", "empty"),
    (b"   \n\n ", "empty"),
    (bytes(range(256)) * 40, "binary"),
])
def test_unreadable_files_raise_errors_naming_the_file(raw, message):
    with pytest.raises(SourceError) as info:
        read_bytes("content/sources/bad.txt", raw)
    assert "content/sources/bad.txt" in str(info.value)
    assert message in str(info.value)


def test_unsupported_suffix_is_an_error_naming_the_kinds_read():
    with pytest.raises(SourceError, match=r"a.webarchive: a .webarchive file is not read as a source \(the kinds read"):
        read_bytes("a.webarchive", b"bplist00")
    with pytest.raises(SourceError, match="a.pdf: not a readable PDF"):  # read, and found broken
        read_bytes("a.pdf", b"%PDF-1.4")


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(SourceError, match="cannot read"):
        read_source(tmp_path / "nope.txt")


def test_slugify_is_url_safe_and_stable():
    assert slugify("000_385545522f94976e") == "000-385545522f94976e"
    assert slugify("Лавров: «Нет»") == "lavrov-net"
    assert slugify("лавров-сша") != slugify("путин-сша")
    assert slugify("拉夫罗夫") == "la-fu-luo-fu"
    assert slugify("«»") == slugify("«»") != slugify("—") and slugify("«»").startswith("source-")
    assert slugify("Café Ümlaut  2014") == "cafe-umlaut-2014"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_either_read_or_raise_source_error(raw):
    try:
        source = read_bytes("x.txt", raw)
    except SourceError:
        return
    assert isinstance(source.text, str)
    assert "\x00" not in source.text
