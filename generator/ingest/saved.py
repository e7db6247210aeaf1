"""Saved pages that come in a container: a single-file web archive (.mhtml) and a PDF.

- `.mhtml` / `.mht` is Chrome's and Edge's "Webpage, Single File" (Blink's
  Page.captureSnapshot writes the same): a MIME multipart message whose first text/html part
  is the page, and whose `Snapshot-Content-Location` header is the address it was saved
  from. The standard library's email parser reads it (quoted-printable and base64 included).
- `.pdf`: press releases and official transcripts are often published as PDF. Its text
  layer is read with pypdf (pure Python, no system libraries) and becomes a text source,
  cleaned like a copy-pasted page. A PDF without text (a scan) cannot be read.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser

_LIGATURES = re.compile("[\ufb00-\ufb06]")  # ﬁ, ﬂ, ﬀ…: one glyph in the PDF's font, two letters in the text
_ENDS = re.compile(r"[.!?:…][\"”’»)]*$")
_OPENERS = "\"“‘«('-–— "  # what may open a paragraph before its first letter
FULL = 0.9  # of the widest lines: a line this long, or that the next word would not fit on, was wrapped


def _unligature(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


class Unreadable(ValueError):
    """The container is not what its name says, or holds no page: message and hint for the editor."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


@dataclass(frozen=True)
class ArchivedPage:
    """The page inside a web archive: its HTML bytes, their declared charset, the address saved from."""

    html: bytes
    charset: str | None
    url: str | None


def mhtml_page(raw: bytes) -> ArchivedPage:
    """The main page of an MHTML archive (its first text/html part)."""
    try:
        return _archived(BytesParser(policy=policy.default).parsebytes(raw))
    except Unreadable:
        raise
    except Exception as exc:  # noqa: BLE001 - malformed MIME can break the parser anywhere; it is the editor's file
        raise Unreadable(f"not a readable MHTML archive ({type(exc).__name__})",
                         "save the page again as \"Webpage, Single File\"") from exc


def _archived(message) -> ArchivedPage:
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise Unreadable("not an MHTML archive (no MIME parts)", "save the page again as \"Webpage, Single File\"")
    location = str(message.get("Snapshot-Content-Location") or "").strip() or None
    for part in message.walk():
        if part.get_content_type() == "text/html" and not part.is_multipart():
            payload = part.get_payload(decode=True)
            if payload and payload.strip():
                url = location or (str(part.get("Content-Location") or "").strip() or None)
                return ArchivedPage(payload, part.get_content_charset(), url)
    raise Unreadable("the MHTML archive holds no HTML page", "save the page again as \"Webpage, Single File\"")


def pdf_text(raw: bytes) -> str:
    """The text layer of a PDF, page after page (a blank line between pages)."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd fonts are not the editor's concern
    try:
        reader = PdfReader(io.BytesIO(raw))
        encrypted = reader.is_encrypted and not reader.decrypt("")
        pages = [] if encrypted else [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # noqa: BLE001 - a damaged file can break a PDF parser anywhere; it is the editor's file
        raise Unreadable(f"not a readable PDF ({type(exc).__name__}: {exc})"[:300],
                         "save the document again or paste its text into a .txt file") from exc
    if encrypted:
        raise Unreadable("the PDF is encrypted", "save an unprotected copy or paste its text into a .txt file")
    text = reflow([line.strip() for page in pages for line in _LIGATURES.sub(_unligature, page).splitlines()])
    if not text:
        raise Unreadable("the PDF has no text layer (a scanned image?)",
                         "run text recognition on it, or paste its text into a .txt file")
    return text


def reflow(lines: list[str]) -> str:
    """A PDF's lines as paragraphs, one a line, a blank line between them.

    A PDF has no paragraphs, only lines placed on the page: every paragraph comes out
    wrapped at the page's width. A line is wrapped (its paragraph goes on) when the next
    line's first word would not have fitted after it: it is nearly as long as the widest
    lines (after a sentence's end: longer than they are). Character counts stand in for
    widths. A line ending in a hyphen joins the next
    without a space ("counter-" + "terrorism")."""
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return ""
    width = lengths[int(0.9 * (len(lengths) - 1))]
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = line if not current else current + ("" if current.endswith("-") else " ") + line
        nxt = next((later for later in lines[i + 1:] if later), "")
        first_word = nxt.split(" ", 1)[0] if nxt else ""
        # After a full stop the next word must overflow the widest lines: a paragraph's last
        # line is often nearly full, a sentence ending mid-paragraph is what needs proof.
        room = width if _ENDS.search(line) and nxt.lstrip(_OPENERS)[:1].isupper() else FULL * width
        wrapped = bool(nxt) and len(line) + 1 + len(first_word) > room
        if not wrapped:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)
