"""The metadata stage's word lists (data/metadata.yaml), loaded once.

Kept as data so a new role word or a publishing group is one line with its reason, not a code change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from generator import lexicon


def _data() -> dict[str, Any]:
    return lexicon.data("metadata")


def section(name: str) -> dict[str, Any]:
    """One section of data/metadata.yaml as written (month tables, zones)."""
    return _data()[name]


@cache
def words(section: str, key: str) -> frozenset[str]:
    """A list of data/metadata.yaml as a set of lower-case strings."""
    return frozenset(str(w).lower() for w in _data()[section][key])


@cache
def ordered(section: str, key: str) -> tuple[str, ...]:
    """A list of data/metadata.yaml in its written order (patterns, leads longest first)."""
    return tuple(str(w) for w in _data()[section][key])


def alternation(listed: Iterable[str]) -> str:
    """A regex alternative of listed words, each escaped, the longest first (so that "By staff" is tried
    before "By"): the shape every word-list pattern of this stage is built from."""
    return "|".join(re.escape(w) for w in sorted(listed, key=len, reverse=True))
