"""Speakers: who said each quote. The mention as written (a cue verb, a label, an apposition, a
pronoun, a description) is found in and around the quote's sentence and resolved to a person of the
article; when the evidence is not good enough the speaker stays unnamed.
"""

from generator.speakers.cascade import attribute

__all__ = ["attribute"]
