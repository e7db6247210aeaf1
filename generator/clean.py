"""Stage 2: cleaning. Dispatch a Source to the cleaner for its kind.

Both cleaners return a `Cleaned`: title, kept paragraphs, and every removed piece with
the reason it was dropped, so nothing disappears without a trace.
"""

from __future__ import annotations

from .clean_html import clean_html
from .clean_text import clean_text
from .model import Cleaned, Source


def clean(source: Source) -> Cleaned:
    """Clean one source according to its kind."""
    if source.kind == "html":
        return clean_html(source.text)
    return clean_text(source.text)
