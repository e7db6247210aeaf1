"""Quotes: the direct quotations in an article's paragraphs. A quote-mark scanner finds quoted
spans; this stage decides which are statements, fragments or not quotes at all.
"""

from generator.quotes.find import find_quotes

__all__ = ["find_quotes"]
