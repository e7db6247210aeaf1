"""Cleaning: a Source becomes a Cleaned article (title, paragraphs, what was removed and why).
A registry picks the cleaner by the source's kind (saved HTML page, pasted text); both apply the
same boilerplate rules (data/boilerplate_text.yaml); transcripts are told apart turn by turn.
"""

from generator.cleaning.registry import clean

__all__ = ["clean"]
