"""Speakers: who said each quote. The mention as written (a cue verb, a label, an apposition, a
pronoun, a description) is found in and around the quote's sentence and resolved to a person of the
article; when the evidence is not good enough the speaker stays unnamed.

strategies.py declares the ordered, named strategies (in-sentence readers of sentence_cues.py, then
discourse: resumption, lists, carry-over, the paragraph's previous quote); each quote records the rule
that read it, its evidence and a confidence (confidence.py, a model fitted on polnear-train by
benchmarks/train_speaker_confidence.py). An anonymous description ("a senior official", "a person close
to the Clintons") is a described speaker, never a person; a description resolved to a person ("the Florida
senator" -> Marco Rubio) informs the registry but is published as written (in_sentence.vouched), unless
it is a country's office or a plain title used as a pronoun is ("the Russian foreign minister", "the
governor"). cascade.attribute reads an article's quotes in order and is the one writer
of its people registry. benchmarks/eval_speakers.py scores each strategy on polnear-train and -dev.
"""

from generator.speakers.cascade import attribute

__all__ = ["attribute"]
