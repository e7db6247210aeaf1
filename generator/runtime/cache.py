"""Per-source results cached by content hash, so rebuilds only re-read what changed.

The key is the SHA-256 of the source's bytes together with a fingerprint of the
generator itself (its code and rule files), so a code or rule change invalidates every
entry without anyone remembering to bump a version. Entries are written to a temporary
file and renamed into place: a build killed halfway leaves no half-written entry.
The cache directory is safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator import __version__

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # generator/, every stage and its data


def fingerprint_of(folder: Path, version: str = __version__) -> str:
    """Hash of a version string and every module and rule file under `folder`."""
    h = hashlib.sha256(version.encode())
    for path in sorted(folder.rglob("*")):
        if path.suffix in {".py", ".yaml", ".yml", ".txt"} and path.is_file() and "__pycache__" not in path.parts:
            h.update(path.relative_to(folder).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """The fingerprint of this installed generator: its version, code and rules."""
    return fingerprint_of(PACKAGE_DIR)


class Cache:
    """A folder of JSON entries, one per (source bytes, generator) pair."""

    def __init__(self, folder: Path | None, fingerprint: str | None = None) -> None:
        self.folder = folder
        self.fingerprint = fingerprint or generator_fingerprint()
        self.hits = 0
        self.misses = 0

    def key(self, digest: str, path: str) -> str:
        return hashlib.sha256(f"{self.fingerprint}\0{digest}\0{path}".encode()).hexdigest()

    def _file(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        if self.folder is None:
            return None
        try:
            value = json.loads(self._file(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        if self.folder is None:
            return
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(value, ensure_ascii=False))  # json.dump to a file encodes in Python, 5x slower
            os.replace(tmp, target)
        except OSError:
            return  # a cache that cannot be written only costs speed

    def _corpus_file(self, name: str, key: str) -> Path:
        assert self.folder is not None
        return self.folder / "corpus" / f"{name}-{key[:32]}.pickle"

    def load(self, name: str, key: str) -> Any | None:
        """A corpus-wide result stored under `name` for this key, or None.

        Pickled, because these results are large and read back by this same code: the
        cache folder is the builder's own, never shipped content.
        """
        if self.folder is None:
            return None
        try:
            return pickle.loads(self._corpus_file(name, key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return None

    def store(self, name: str, key: str, value: Any) -> None:
        """Keep `value` as the one entry for `name` (older ones are removed, so the folder does
        not grow with every edit); failing to write only costs speed."""
        if self.folder is None:
            return
        target = self._corpus_file(name, key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            for stale in target.parent.glob(f"{name}-*.pickle"):
                stale.unlink(missing_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pickle")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=5)
            os.replace(tmp, target)
        except OSError:
            return

    def memo(self, name: str, key: str, compute: Callable[[], Any]) -> Any:
        """A corpus-wide result (say, the cross-links) computed once per distinct input."""
        value = self.load(name, key)
        if value is None:
            value = compute()
            self.store(name, key, value)
        return value
