"""Stage 1: read a source file into a decoded `Source`.

Editors save pages from anywhere, so bytes arrive in any encoding. We trust, in order:
a byte-order mark, UTF-16 recognisable by its zero bytes, strict UTF-8 (valid UTF-8 with
non-ASCII text is almost never anything else, whatever a stale `<meta charset>` claims),
UTF-8 mixed with Windows-1252 (pasted from two places), an HTML page's own `<meta charset>`,
and then charset-normalizer's detection. A file we cannot read raises `SourceError`
naming the file, never an empty page.

The limits here guard every later stage: a file over MAX_BYTES is refused before it is
read, and an HTML page nested deeper than lxml will parse (every extractor uses lxml, and
would silently drop whatever lies below that depth) is refused with the line it starts at.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes
from lxml import etree
from lxml import html as lxml_html
from unidecode import unidecode

from generator.ingest import html_tree, mojibake
from generator.ingest.saved import Unreadable, mhtml_page, pdf_text
from generator.model import Source, SourceKind

HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt"}
ARCHIVE_SUFFIXES = {".mhtml", ".mht"}  # a web page in one MIME file (saved.py)
PDF_SUFFIXES = {".pdf"}  # read as text (saved.py)
SOURCE_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | ARCHIVE_SUFFIXES | PDF_SUFFIXES
KINDS_READ = ".html, .htm, .mhtml, .mht, .txt, .pdf"
MAX_BYTES = 10 * 1024 * 1024  # a saved article page is far smaller; bigger files are media or dumps
MAX_DEPTH = 256  # libxml2's element nesting limit without XML_PARSE_HUGE: deeper text is lost to every parser

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
PREFERRED = ["utf_8", "cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2"]
# Control characters other than tab/newline are never article text; a file full of them is binary.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Bidi embedding/override controls can make published text read differently from what it is.
# Both removed in one pass (the same text as one after the other, in a third of the time).
_CONTROL_OR_BIDI = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# Those, and what trafilatura's repair of a page removes besides (form feeds, U+FFFE, U+FFFF): a text
# with none of them (nearly every page) is searched once, where stripping it and repairing it as
# markup would each pass over the whole text (0.7 ms apiece on a saved news page).
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
# One well-formed multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
MIXED = "utf-8+cp1252"


class SourceError(Exception):
    """A source that cannot be turned into text; the message names the file and what to do."""

    def __init__(self, path: str, message: str, hint: str = "") -> None:
        super().__init__(f"{path}: {message}" + (f" — {hint}" if hint else ""))
        self.path = path
        self.message = message
        self.hint = hint


def strip_controls(text: str) -> str:
    """Remove control and bidi-override characters: never content, sometimes a spoofing trick."""
    return _CONTROL_OR_BIDI.sub("", text)


def slugify(name: str) -> str:
    """A URL-safe, lower-case slug: permalinks are built from it and must not change.

    Latin names keep the slug they always had (accents dropped). A name in another script
    (лавров-сша) is transliterated (lavrov-ssha), so two such files do not both become
    `source`; a name with no letters or digits left gets a short hash of itself.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    text = decomposed.encode("ascii", "ignore").decode("ascii")
    if sum(c.isalpha() for c in text) < sum(c.isalpha() for c in decomposed if not unicodedata.combining(c)):
        text = unidecode(name)  # letters outside Latin would be lost: transliterate them
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text or "source-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


def _meta_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode-error handler: bytes that are not UTF-8 are read as Windows-1252, one by one."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error("digest-cp1252", _cp1252_fallback)


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: Latin text has a zero byte in every other position."""
    sample = raw[:4096]
    half = len(sample) // 2
    if half < 8:
        return None
    even, odd = sample[0:2 * half:2].count(0), sample[1:2 * half:2].count(0)
    if odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _mostly_utf8(raw: bytes) -> bool:
    """More well-formed UTF-8 sequences than stray high bytes: UTF-8 text with pasted-in legacy bytes.

    A legacy single-byte file almost never forms valid UTF-8 sequences by chance, so its
    stray bytes far outnumber them and it goes to detection instead.
    """
    sequences = _UTF8_SEQUENCE.findall(raw)
    stray = len(_NON_ASCII.findall(raw)) - sum(len(seq) for seq in sequences)
    return len(sequences) >= 2 and len(sequences) > stray


def decode(raw: bytes, is_html: bool) -> tuple[str, str]:
    """Decode bytes to text and say which encoding was used."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                if name == "utf-32":  # FF FE 00 00 is also UTF-16's mark before a NUL: try that next
                    continue
                return raw.decode(name, errors="replace"), name
    if utf16 := _bomless_utf16(raw):
        return raw.decode(utf16, errors="replace"), utf16
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        return raw.decode("utf-8", errors="digest-cp1252"), MIXED
    if is_html and (declared := _meta_charset(raw)):
        try:
            return raw.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    best = _detect(raw)
    if best is not None:
        return str(best), best.encoding
    return raw.decode("latin-1"), "latin-1"


def _detect(raw: bytes):
    """charset-normalizer's best guess; among equally good guesses, the most common encoding.

    Short Latin-script texts decode equally well in several single-byte code pages; the
    detector's own order then picks e.g. cp1250 and turns "à" into "ŕ". The web's most
    common code pages win such ties.
    """
    matches = list(from_bytes(raw))
    if not matches:
        return None
    top = matches[0]
    ties = [m for m in matches if m.chaos == top.chaos and m.coherence == top.coherence]
    return min(ties, key=lambda m: PREFERRED.index(m.encoding) if m.encoding in PREFERRED else len(PREFERRED))


def _looks_binary(raw: bytes, text: str, encoding: str) -> bool:
    if b"\x00" in raw[:8192] and not encoding.startswith(("utf-16", "utf-32")):
        return True
    sample = text[:8192]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.05 * len(sample)


def _check_size(path: str, size: int) -> None:
    if size > MAX_BYTES:
        raise SourceError(path, f"the file is {size / 2**20:.0f} MiB, over the {MAX_BYTES // 2**20} MiB limit",
                          "save only the article's page, without embedded media")


def _check_nesting(path: str, text: str, clean: bool = False) -> None:
    """Refuse HTML nested deeper than lxml parses: the extractors would return nothing, silently.

    The errors are those of the parse the cleaner will use (html_tree.py), else of one of its own;
    `clean`: the text holds none of the characters trafilatura's repair removes."""
    errors = html_tree.parse_errors(text, clean)
    if errors is None:
        parser = lxml_html.HTMLParser()
        try:
            lxml_html.document_fromstring(text, parser=parser)
        except (ValueError, etree.LxmlError):
            return  # not parseable at all: the cleaners report a page without article text
        errors = list(parser.error_log)
    for entry in errors:
        if entry.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT or "Excessive depth" in entry.message:
            raise SourceError(path, f"the HTML is nested more than {MAX_DEPTH} levels deep (line {entry.line}); "
                              "no parser reads text below that depth",
                              "save the article again (\"Web page, HTML only\") or paste its text into a .txt file")


def read_bytes(path: str, raw: bytes) -> Source:
    """Turn a file's bytes into a Source; raise SourceError when they are not a readable page."""
    suffix = Path(path).suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise SourceError(path, f"a {suffix or 'file without an extension'} file is not read as a source "
                          f"(the kinds read are {KINDS_READ})",
                          "save the page as one of those (a browser's \"Webpage, HTML only\" or \"Single File\", "
                          "or paste its text into a .txt file), or move the file out of content/sources/")
    if not raw.strip():
        raise SourceError(path, "the file is empty", "paste the article's page into it or delete the file")
    _check_size(path, len(raw))
    digest = hashlib.sha256(raw).hexdigest()
    url = declared = None
    try:
        if suffix in PDF_SUFFIXES:
            return _source(path, strip_controls(pdf_text(raw)).replace("\r\n", "\n").replace("\r", "\n"),
                           "text", "pdf", digest)
        if suffix in ARCHIVE_SUFFIXES:
            page = mhtml_page(raw)
            raw, url, declared = page.html, page.url, page.charset
    except Unreadable as exc:
        raise SourceError(path, exc.message, exc.hint) from exc
    is_html = suffix in HTML_SUFFIXES or suffix in ARCHIVE_SUFFIXES
    text, encoding = _as_declared(raw, declared) or decode(raw, is_html)
    if _looks_binary(raw, text, encoding):
        raise SourceError(path, "the file is binary, not a web page or text", "save the page as HTML or plain text")
    text = mojibake.repair(text)
    clean = _UNSAFE.search(text) is None  # then strip_controls would change nothing
    text = (text if clean else strip_controls(text)).replace("\r\n", "\n").replace("\r", "\n")
    if is_html:
        _check_nesting(path, text, clean)
    return _source(path, text, "html" if is_html else "text", encoding, digest, url)


def _as_declared(raw: bytes, charset: str | None) -> tuple[str, str] | None:
    """An archived page in the charset its MIME part declares, when it decodes in it."""
    if not charset:
        return None
    try:
        return raw.decode(charset), codecs.lookup(charset).name
    except (LookupError, UnicodeDecodeError):
        return None


def _source(path: str, text: str, kind: SourceKind, encoding: str, digest: str, url: str | None = None) -> Source:
    return Source(path=path, slug=slugify(Path(path).stem), kind=kind, text=text, encoding=encoding, digest=digest,
                  url=url if url and url.startswith(("https://", "http://")) else None)


def read_source(path: str | Path) -> Source:
    """Read one source file from disk."""
    return read_bytes(str(path), _raw(path))


def source_digest(path: str | Path) -> str:
    """The cache's view of a source: the SHA-256 of its bytes, without decoding or parsing it
    (a warm rebuild asks this of every source; source_digests.py remembers them by file
    identity, within a build and between builds)."""
    from generator.ingest.source_digests import digest_of

    info = _stat(path)
    return digest_of(info, lambda: hashlib.sha256(_raw(path, info)).hexdigest())


def _stat(path: str | Path) -> os.stat_result:
    """A source's file status; SourceError for what is not a regular file of sane size."""
    name = str(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise SourceError(name, f"cannot read the file ({exc.strerror or exc})", "check the path and its permissions") from exc
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(name, "not a regular file", f"sources are files ({KINDS_READ}), not folders or devices")
    _check_size(name, info.st_size)  # before reading: a 5 GB file must not be loaded to be refused
    return info


def _raw(path: str | Path, info: os.stat_result | None = None) -> bytes:
    """A source file's bytes; SourceError for what is not a readable regular file of sane size."""
    if info is None:
        _stat(path)
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise SourceError(str(path), f"cannot read the file ({exc.strerror or exc})",
                          "check the path and its permissions") from exc
