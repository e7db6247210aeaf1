"""Stage 1: read a source file into a decoded `Source`.

Editors save pages from anywhere, so bytes arrive in any encoding. We trust, in order:
a byte-order mark, an HTML page's own `<meta charset>` (when the bytes agree with it),
strict UTF-8, and then charset-normalizer's detection. A file we cannot read raises
`SourceError` naming the file, never an empty page.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from .model import Source

HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt"}
SOURCE_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES
MAX_BYTES = 10 * 1024 * 1024  # a saved article page is far smaller; bigger files are media or dumps

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
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


class SourceError(Exception):
    """A source that cannot be turned into text; the message names the file and what to do."""

    def __init__(self, path: str, message: str, hint: str = "") -> None:
        super().__init__(f"{path}: {message}" + (f" — {hint}" if hint else ""))
        self.path = path
        self.message = message
        self.hint = hint


def strip_controls(text: str) -> str:
    """Remove control and bidi-override characters: never content, sometimes a spoofing trick."""
    return _BIDI.sub("", _CONTROL.sub("", text))


def slugify(name: str) -> str:
    """A URL-safe, lower-case slug: permalinks are built from it and must not change."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text or "source"


def _meta_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(raw: bytes, is_html: bool) -> tuple[str, str]:
    """Decode bytes to text and say which encoding was used."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return raw.decode(name, errors="replace"), name
    candidates = []
    if is_html and (declared := _meta_charset(raw)):
        candidates.append(declared)
    candidates.append("utf-8")
    for name in candidates:
        try:
            return raw.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
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


def _looks_binary(raw: bytes, text: str) -> bool:
    if b"\x00" in raw[:8192] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = text[:8192]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.05 * len(sample)


def read_bytes(path: str, raw: bytes) -> Source:
    """Turn a file's bytes into a Source; raise SourceError when they are not a readable page."""
    suffix = Path(path).suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise SourceError(path, f"unsupported file type {suffix or '(none)'}", "save the page as .html or .txt")
    if not raw.strip():
        raise SourceError(path, "the file is empty", "paste the article's page into it or delete the file")
    if len(raw) > MAX_BYTES:
        raise SourceError(path, f"the file is {len(raw) // 2**20} MiB, over the {MAX_BYTES // 2**20} MiB limit",
                          "save only the article's page, without embedded media")
    is_html = suffix in HTML_SUFFIXES
    text, encoding = decode(raw, is_html)
    if _looks_binary(raw, text):
        raise SourceError(path, "the file is binary, not a web page or text", "save the page as HTML or plain text")
    text = strip_controls(text).replace("\r\n", "\n").replace("\r", "\n")
    return Source(
        path=path,
        slug=slugify(Path(path).stem),
        kind="html" if is_html else "text",
        text=text,
        encoding=encoding,
        digest=hashlib.sha256(raw).hexdigest(),
    )


def read_source(path: str | Path) -> Source:
    """Read one source file from disk."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SourceError(name, f"cannot read the file ({exc.strerror or exc})", "check the path and its permissions") from exc
    return read_bytes(name, raw)
