"""Python's full garbage collections, paused while the build holds its big, garbage-free heap.

After analysis the build keeps every article, quote and link in memory until the site is
written: millions of objects that live as long as the process, with no reference cycle to
free among them. CPython still runs a full collection each time the objects that survived
the young generations grow by a quarter, and each one walks the whole heap to free
nothing. At 10,000 sources that was about 9 s of a 45 s one-note rebuild in the main process
alone (measured with gc.callbacks). Each forked renderer ran its own, and those walks also
touch (and so copy) the memory pages a renderer shares with its parent.

Young collections go on, so short-lived cycles are still freed; the usual thresholds come
back on leaving the block. Parsing (where cycles that outlive the young generations are
made by the thousand: BeautifulSoup and lxml trees) runs outside it, in the analysis
workers or before it starts.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_NEVER = 2**31 - 1  # young collections between two full ones: never reached


@contextmanager
def full_collections_paused() -> Iterator[None]:
    """No automatic full collection inside the block; young collections unchanged."""
    young, middle, full = gc.get_threshold()
    gc.set_threshold(young, middle, _NEVER)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, full)


def freeze_inherited() -> None:
    """In a forked worker: leave the heap it inherited out of its collections (gc.freeze).

    A worker starts with its parent's whole heap (rule files, compiled patterns, modules),
    long-lived and garbage-free, and each of its full collections walked all of it again to
    free nothing: on 1,000 real pages, two workers' full collections cost 0.2 s of CPU, and
    the walks touch (so copy) memory pages the worker shares with its parent. Only what the
    worker makes itself is collected; it ends with the pool, so nothing frozen outlives it.
    """
    gc.freeze()
