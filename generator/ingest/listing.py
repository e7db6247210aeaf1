"""Which files under content/ are the editors' content: the rest is left alone, never read.

Editors' tools leave files beside the ones being edited: an Emacs lock file `.#note.md`
(a dangling symlink, which stopped the build with "cannot read the file"), swap and backup
files, Finder's .DS_Store. A page saved as "Webpage, Complete" comes with a NAME_files/
folder whose frames (saved_resource.html) were published as articles titled
"Advertisement". The rules are data: generator/data/ignored_files.yaml, a reason for each.

Everything else under content/sources/ is a source: one of a kind that is not read is an
error naming the file and the kinds that are (read.py), never skipped without a word.
"""

from __future__ import annotations

import fnmatch
import functools
import os
from dataclasses import dataclass
from pathlib import Path

from generator import lexicon

PAGE_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class Ignored:
    pattern: str
    reason: str


@functools.cache
def _rules() -> tuple[tuple[Ignored, ...], tuple[str, ...]]:
    data = lexicon.data("ignored_files")
    return (tuple(Ignored(str(r["pattern"]), str(r["reason"])) for r in data["ignored"]),
            tuple(str(s) for s in data["resource_folders"]))


def ignored_reason(name: str) -> str | None:
    """Why a file of this name is not content (an editor's or a system's leftover), or None."""
    rules, _ = _rules()
    return next((rule.reason for rule in rules if fnmatch.fnmatchcase(name, rule.pattern)), None)


def resource_folder(folder: str) -> bool:
    """Is this folder the resources of a page saved beside it (NAME_files next to NAME.html)?"""
    _, suffixes = _rules()
    head, name = os.path.split(folder)
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            page = os.path.join(head, name[: -len(suffix)])
            if any(os.path.isfile(page + ext) for ext in PAGE_SUFFIXES):
                return True
    return False


def content_files(folder: Path | str, suffixes: tuple[str, ...] | None = None) -> list[str]:
    """Every content file under `folder` (with one of `suffixes`, when given), sorted; leftovers
    and saved pages' resource folders left out. A dangling symlink is listed (reading it reports
    it) unless a rule ignores its name."""
    found = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not resource_folder(os.path.join(top, d)) and ignored_reason(d) is None)
        for name in names:
            if ignored_reason(name) is not None:
                continue
            if suffixes is not None and not name.lower().endswith(suffixes):
                continue
            path = os.path.join(top, name)
            if os.path.isfile(path) or os.path.islink(path):
                found.append(path)
    return sorted(found)
