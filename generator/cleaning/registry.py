"""Stage 2: cleaning. Dispatch a Source to the cleaner for its kind.

Both cleaners return a `Cleaned`: title, kept paragraphs, and every removed piece with
the reason it was dropped, so nothing disappears without a trace.
"""

from __future__ import annotations

from generator.cleaning.html_page import clean_html
from generator.cleaning.text_page import clean_text
from generator.cleaning.transcript import mark_speakers
from generator.model import Cleaned, Source


def clean(source: Source) -> Cleaned:
    """Clean one source according to its kind, then mark who speaks in a transcript."""
    cleaned = clean_html(source.text) if source.kind == "html" else clean_text(source.text)
    mark_speakers(cleaned.paragraphs, cleaned.title)
    return cleaned
