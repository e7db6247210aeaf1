"""Word-piece vectors (generator/text/vectors.py) on real sentence pairs from links-dev."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.text import vectors

# t0001 (label 1, two translations): one sentence, with a contraction and one word added
BRICKS = ("One of them is the input from the user, as you are building bricks.",
          "One of them is the input from the user, as you're building your bricks.")
# t0000 (label 0): two sentences of one talk
APART = ("It looked as if they were still embracing each other.",
         "Is there any other life in the multiverse, would they be also speculating about our existence?")


def read(a: str, b: str) -> tuple[float, float, float]:
    return vectors.alignment(vectors.embed(a.split()), vectors.embed(b.split()))


def test_one_sentence_translated_twice_is_near_and_two_sentences_are_not():
    near, far = read(*BRICKS), read(*APART)
    assert near[0] > 0.9 and near[1] > 0.9
    assert far[0] < 0.7 and far[1] < near[1] - 0.2
    assert far[2] < near[2]


def test_an_added_clause_is_the_weakest_words_not_the_mean():  # m2630, label 0: "as she lay dead" added
    plain = "Police said her two small children were alone in the apartment for up to two days."
    added = "Police said her two small children were alone there for up to two days as she lay dead."
    cosine, f_measure, weakest = read(plain, added)
    assert cosine > 0.8 and f_measure > 0.8  # the mean and the alignment barely show the clause
    assert weakest < min(cosine, f_measure) - 0.3


def test_the_same_words_read_as_one():
    cosine, f_measure, weakest = read(BRICKS[0], BRICKS[0])
    assert min(cosine, f_measure, weakest) > 0.999


def test_no_known_word_piece_reads_as_nothing():
    assert vectors.embed([]) is None
    assert vectors.alignment(None, vectors.embed(BRICKS[0].split())) == (0.0, 0.0, 0.0)


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Zs", "Cc")),
                        min_size=1, max_size=12), min_size=1, max_size=8))
def test_pieces_read_word_by_word_are_the_whole_texts(words):
    """embed looks words up one by one (memoised); the tokenizer on the joined text splits on spaces
    first, so both give the same word pieces."""
    table = vectors._table()
    whole = [i for i in table.tokenizer.encode(" ".join(words), add_special_tokens=False).ids if i != table.unknown]
    found = vectors.embed(words)
    assert (found.ids.tolist() if found is not None else []) == whole
