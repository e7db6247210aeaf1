"""Worker processes that end with the build that started them.

The per-source stages run in a ProcessPoolExecutor. Its workers wait on a pipe whose
write end they inherited, so when the build is killed (SIGTERM from a CI timeout, the
OOM killer) they never see end-of-file and sleep forever, a few hundred MB each. On
Linux the kernel can send them SIGKILL when their parent dies; elsewhere they still exit
at once if the parent is already gone when they start.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys

from generator.runtime.heap import freeze_inherited

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """ProcessPoolExecutor initializer: tie this worker's life to the process `parent`."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(AttributeError, OSError):  # no prctl: the check below still helps
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def start_worker(parent: int) -> None:
    """ProcessPoolExecutor initializer for the per-source workers: die with `parent`, and
    leave the heap inherited from it out of the worker's collections (heap.py)."""
    die_with_parent(parent)
    freeze_inherited()
