"""Metadata: title, outlet, date, dateline and authors of an article, from the evidence its page
carries (JSON-LD, meta tags, header lines, bylines). It sits below cleaning in the layers because the
saved-page cleaner hands it the tree it parsed once.
"""

from generator.metadata.fields import extract

__all__ = ["extract"]
