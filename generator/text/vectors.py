"""Word-piece vectors: how near in meaning two quotes' words are, beyond shared stems and WordNet.

Two reports of one statement and, above all, two translations of one sentence say one thought
in other words ("clash" / "fight", "rose" / "went up", "is building" / "builds"), and WordNet
knows only some of those words (synonyms.py). The vectors here come from a sentence model,
sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), distilled into one static vector per word
piece by model2vec (benchmarks/distill_vectors.py makes the data files, from a model installed
from PyPI). Lookup is cheap enough for 100,000 quotes. A contextual model is not: it would
spend minutes on what matching does in a minute.

What the verifier reads (see `alignment`):
- the cosine of the two quotes' mean vectors: one topic or two;
- soft word alignment, as BERTScore computes it: each word piece is matched to its nearest word
  piece on the other side, and the score is the F-measure of the two sides' mean match;
- the weakest words: on each side, the mean match of its WEAKEST word pieces, and the lower of the
  two sides. These are words with nothing like them on the other side, such as a claim one side
  adds. Read alone, a mean would hide them.

The table is int8 with a scale per row (generator/data/word_vectors.npz, 6.6 MB). Word pieces come
from the model's own WordPiece tokenizer, run by HF `tokenizers` from its tokenizer.json. Both
files are loaded on first use, once per process. Features are rounded to 4 decimals, so that
another BLAS's last bits cannot move a pair across a tree's cut.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits
from tokenizers import Tokenizer

DATA = Path(__file__).resolve().parent.parent / "data"
WEAKEST = 3  # the word pieces a side's weakest match averages: one added word is noise, a clause is not
DIGITS = 4


@dataclass(frozen=True, slots=True)
class Embedded:
    """One quote's word pieces (their rows in the table; the rows themselves, 1 KB a piece, would
    take gigabytes over 100,000 quotes), and their mean vector's direction."""

    ids: np.ndarray
    mean: np.ndarray


@dataclass(frozen=True, slots=True)
class _Table:
    tokenizer: Tokenizer
    vectors: np.ndarray  # float32, as distilled (frequency-weighted)
    units: np.ndarray  # the same rows at unit length
    unknown: int | None


@lru_cache(maxsize=1)
def _table() -> _Table:
    """The tokenizer and the vectors, read once. BLAS is held to one thread: a pair's product is a few
    dozen rows, and a thread pool per product cost more than the product (100,000 quotes matched in
    89 s with it, 78 s without; forked workers, each with its own pool, took 128 s, and 54 s without)."""
    threadpool_limits(limits=1, user_api="blas")
    tokenizer = Tokenizer.from_file(str(DATA / "word_vectors_tokenizer.json"))
    with np.load(DATA / "word_vectors.npz") as stored:
        vectors = stored["rows"].astype(np.float32) * stored["scale"][:, None]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    units = vectors / np.maximum(norms, 1e-12)
    if vectors.shape[0] != tokenizer.get_vocab_size():
        raise ValueError(f"{DATA / 'word_vectors.npz'}: error: {vectors.shape[0]} vectors for "
                         f"{tokenizer.get_vocab_size()} word pieces — rerun benchmarks/distill_vectors.py")
    return _Table(tokenizer, vectors, units, tokenizer.token_to_id("[UNK]"))


def embed(words: list[str]) -> Embedded | None:
    """The quote's word pieces as vectors (its words as written); None when the table knows none.
    The tokenizer splits on spaces first, so each word's pieces are its own, and are looked up once
    per distinct word: a digest's words repeat."""
    ids = [i for word in words for i in _pieces(word)]
    if not ids:
        return None
    mean = _table().vectors[ids].sum(axis=0)
    return Embedded(np.array(ids, dtype=np.int32), mean / max(math.sqrt(float(mean @ mean)), 1e-12))


@lru_cache(maxsize=1 << 16)
def _pieces(word: str) -> tuple[int, ...]:
    """One word's word pieces, the unknown piece left out."""
    table = _table()
    return tuple(i for i in table.tokenizer.encode(word, add_special_tokens=False).ids if i != table.unknown)


def alignment(a: Embedded | None, b: Embedded | None) -> tuple[float, float, float]:
    """(cosine of the means, soft-alignment F-measure, weakest words' match) of two quotes; all 0
    when one side has no word piece the table knows. A pair's few dozen numbers are read in plain
    Python: numpy's per-call cost, not the arithmetic, was most of the time."""
    if a is None or b is None:
        return 0.0, 0.0, 0.0
    units = _table().units
    similarity = units[a.ids] @ units[b.ids].T
    best_a, best_b = similarity.max(axis=1).tolist(), similarity.max(axis=0).tolist()
    mean_a, mean_b = sum(best_a) / len(best_a), sum(best_b) / len(best_b)
    f_measure = 2 * mean_a * mean_b / (mean_a + mean_b) if mean_a + mean_b > 0 else 0.0
    weakest = min(_weakest(best_a), _weakest(best_b))
    return round(float(a.mean @ b.mean), DIGITS), round(f_measure, DIGITS), round(weakest, DIGITS)


def _weakest(best: list[float]) -> float:
    """The mean of a side's WEAKEST best matches (all of them when it has fewer)."""
    low = sorted(best)[:WEAKEST]
    return sum(low) / len(low)
