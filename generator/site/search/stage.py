"""Where a search shard's pages wait for Pagefind: in memory when the system offers it.

Pagefind reads a folder of pages, so each shard's search twins (search_text.py) are
written into a folder, indexed, and deleted. On disk, at 10,000 sources, creating and
deleting those 12,000 small files cost some 20 s of system time (the file system
allocating blocks, then freeing and discarding them); in Linux's RAM-backed /dev/shm,
2 s. A shard's twins are a few megabytes, and no more shards are staged at once than
there are cores. Where there is no such folder, or it is full, a shard is staged beside
the output instead (search_index.py).

A build killed while staging leaves its folder behind; the folders of processes that are
no longer running are removed when the next build stages.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

RAM = Path("/dev/shm")
PREFIX = "factcheck-digest-search-"


def ram_folder(root: Path = RAM) -> Path | None:
    """A writable RAM-backed folder for staging (orphans removed first), or None."""
    if not (root.is_dir() and os.access(root, os.W_OK | os.X_OK)):
        return None
    for folder in root.glob(f"{PREFIX}*"):
        owner = folder.name[len(PREFIX):].split("-", 1)[0]
        if owner.isdigit() and not _running(int(owner)):
            shutil.rmtree(folder, ignore_errors=True)
    return root


def staging_name(name: str) -> str:
    """The name of a folder this process stages in, which says whose it is."""
    return f"{PREFIX}{os.getpid()}-{name}"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: not ours to judge
        return True
    return True
