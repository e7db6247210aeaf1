"""Sources' digests by file identity, kept in the cache folder between builds.

Every build needs the SHA-256 of every source: the up-to-date check (freshness.py) and the
per-source cache keys are made of them. Reading and hashing 10,000 saved pages took 8 s of
each rebuild, after an edit to one note too. A digest is now reused while the file has the
same identity: device, inode, size, modification time and change time. The change time
cannot be set back by a program (`touch -d` and os.utime move only the modification time),
so an edit that keeps the size and restores the modification time is still seen.

Timestamps advance in ticks of a few milliseconds, so a file written twice within one tick
could keep its identity. As git does with its index ("racy clean"), a digest is stored only
for a file last changed a while before the table is written; a newer one is hashed again
next time. The table is a cache: deleting it, or a corrupt one, only costs the hashing.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

FILE = "source-digests.json"
SETTLED_NS = 2_000_000_000  # a file changed in the last 2 s may change again within its tick

Identity = tuple[int, int, int, int, int]
_TAKEN: dict[Identity, str] = {}  # digests this process used (what the table keeps)
_STORED: dict[Identity, str] = {}  # the table as the previous build left it


def _identity(info: os.stat_result) -> Identity:
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


def digest_of(info: os.stat_result, compute: Callable[[], str]) -> str:
    """The digest of the file `info` describes: remembered, or `compute()`d now."""
    key = _identity(info)
    known = _TAKEN.get(key) or _STORED.get(key)
    if known is None:
        known = compute()
    _TAKEN[key] = known
    return known


def load(cache_dir: Path | None) -> None:
    """Take in the table a previous build stored (a missing or unreadable one is empty)."""
    if cache_dir is None:
        return
    try:
        rows = json.loads((cache_dir / FILE).read_text(encoding="utf-8"))
        _STORED.update({tuple(row[:5]): row[5] for row in rows if len(row) == 6 and isinstance(row[5], str)})
    except (OSError, ValueError, TypeError):
        return


def save(cache_dir: Path | None) -> None:
    """Store the digests this build used, of files that have settled (see the docstring)."""
    if cache_dir is None:
        return
    settled = time.time_ns() - SETTLED_NS
    rows = [[*key, digest] for key, digest in _TAKEN.items() if key[3] < settled and key[4] < settled]
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(rows, separators=(",", ":")))
        os.replace(tmp, cache_dir / FILE)
    except OSError:
        return
