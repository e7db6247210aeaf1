"""Folders the build is done with, deleted in the background.

Unlinking the previous site after the swap (12,000 pages and their search fragments at
10,000 sources) cost more than the rest of a note edit's rebuild, and nothing waits for
it. A folder is first renamed to `.<output>.trash-*` beside output/, on the same
filesystem, so the rename is instant, and a detached process deletes it. If that process
never finishes (the machine stops), the next build removes what is left (build.py,
`remove_stale`).
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
import sys
from pathlib import Path

_DELETE = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"


def is_trash(folder: Path, output: Path) -> bool:
    return folder.name.startswith(f".{output.name}.trash-")


def discard(folder: Path, output: Path) -> None:
    """Remove `folder` (a leftover of building `output`) without waiting for it."""
    trash = folder if is_trash(folder, output) else output.with_name(f".{output.name}.trash-{secrets.token_hex(6)}")
    try:
        if trash != folder:
            folder.rename(trash)
        subprocess.Popen([sys.executable, "-c", _DELETE, str(trash)], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:  # cannot rename or start a process: delete it here, as before
        shutil.rmtree(trash if trash.exists() else folder, ignore_errors=True)
