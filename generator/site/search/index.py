"""The Pagefind search index, in shards that are rebuilt only when their pages change.

One Pagefind run over a 10,000-article site took 5.7 GB of memory and half a minute on
every rebuild, even when one note had changed. The searchable pages are now split into
shards by a stable hash of their path (a page stays in its shard as the site grows; the
number of shards doubles when it outgrows them), each indexed by its own Pagefind run into
`pagefind/<section>-<n>/`. A shard whose pages all give Pagefind the text they gave it in
the previous build (search_text.py) is hard-linked from the previous output instead of
indexed again: a new cross-link or a verdict's JSON-LD re-renders a page, not its shard.

In the browser, search.js reads `pagefind/shards.json` and merges the shards into one
search (Pagefind's mergeIndex); the UI's script and style sit at `pagefind/` as before.
Pagefind needs the pages as files under one folder, so each shard's pages are staged in a
folder (in RAM where possible: search_stage.py; else beside the output) and removed
afterwards: each page's search twin, the part of it Pagefind indexes (search_text.py),
which costs Pagefind a fifth less time than the whole page.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from generator.site.search.stage import ram_folder, staging_name
from generator.site.search.text import signature, twin

SHARD_PAGES = int(os.environ.get("DIGEST_SEARCH_SHARD_PAGES", "500"))  # a test sets it low to get several shards
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css")


def shard_count(pages: int, per_shard: int | None = None) -> int:
    """Powers of two, so growing the site re-shards rarely (and then every shard at once)."""
    per_shard = per_shard or SHARD_PAGES
    count = 1
    while count * per_shard < pages:
        count *= 2
    return count


def shards(paths: list[str], per_shard: int | None = None) -> dict[str, list[str]]:
    """Shard name -> its pages, empty shards left out.

    Each section (articles/, speakers/, notes/ and dossiers/ together) has shards of its
    own: a verdict changes its note page, a dossier, one article and perhaps one speaker
    page, so it re-indexes about three shards instead of one per page it touched.
    """
    sections: dict[str, list[str]] = {}
    for path in sorted(paths):
        head = path.split("/", 1)[0]
        sections.setdefault(head if head in ("articles", "speakers") else "editorial", []).append(path)
    out: dict[str, list[str]] = {}
    for section, members in sorted(sections.items()):
        count = shard_count(len(members), per_shard)
        for path in members:
            bucket = int.from_bytes(hashlib.blake2b(path.encode(), digest_size=8).digest(), "big") % count
            out.setdefault(f"{section}-{bucket}", []).append(path)
    return dict(sorted(out.items()))


def _pagefind_version() -> str:
    try:
        return metadata.version("pagefind")
    except metadata.PackageNotFoundError:
        return "unknown"


def shard_record(paths: list[str]) -> dict[str, str]:
    """What identifies a shard's index besides its pages' text: its pages and Pagefind's version."""
    members = hashlib.blake2b("\0".join(paths).encode(), digest_size=16).hexdigest()
    return {"members": members, "pagefind": _pagefind_version()}


def _same_text(site: Path, previous: Path, path: str, built: list | None) -> bool:
    """Does the new page give Pagefind what the previous build's page gave it?

    The previous file must be the one that build wrote (its manifest entry `built`: size,
    modification time, inode): a page edited by hand since was not what got indexed."""
    try:
        old, new = (previous / path).stat(), (site / path).stat()
    except OSError:
        return False
    if not built or [old.st_size, old.st_mtime_ns, old.st_ino] != built[1:]:
        return False
    if (old.st_ino, old.st_dev) == (new.st_ino, new.st_dev):
        return True  # the same file, hard-linked into the new site
    return _signature(previous / path) == _signature(site / path)


def _signature(page: Path) -> str:
    return signature(page.read_text(encoding="utf-8", errors="surrogateescape"))


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


@functools.cache
def _pagefind_command() -> tuple[str, ...]:
    """Pagefind's own executable when pagefind_bin ships it, else `python -m pagefind`.

    The module only finds that executable and execs it, yet starting Python for it cost
    0.2 s of CPU per shard: some 8 s for the 40 shards of a 10,000-article site."""
    try:
        from pagefind_bin import get_executable

        return (str(get_executable().absolute()),)
    except (ImportError, FileNotFoundError):
        return (sys.executable, "-m", "pagefind")


def _pagefind(site: Path, bundle: Path) -> None:
    result = subprocess.run([*_pagefind_command(), "--site", str(site), "--output-path", str(bundle), "--silent"],
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed: {(result.stderr or result.stdout).strip()[-500:]}")


def page_twin(page: Path) -> str | None:
    """The search twin (search_text.py) of a written page, or None when it has none."""
    return twin(page.read_text(encoding="utf-8", errors="surrogateescape"))


def rendered_twin(rendered: str) -> str | None:
    """`page_twin` of the page Pelican writes from this rendered text, without reading it back.

    Reading the file back cost an open, a read and a decode per searchable page. What it
    gives is the text with the line ends text-mode reading makes (CR LF and a lone CR become
    LF), so they are made here too: the twin, and so the index, are the same either way."""
    if "\r" in rendered:
        rendered = rendered.replace("\r\n", "\n").replace("\r", "\n")
    return twin(rendered)


def _stage_page(page: Path, target: Path, *known: str | None) -> None:
    """Put the page's search twin at `target`, or the page itself when it has none; `known`,
    when given, is its twin as the renderer already made it (pelican_plugin.py)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    made = known[0] if known else page_twin(page)
    if made is not None:
        target.write_text(made, encoding="utf-8", errors="surrogateescape")
        return
    try:
        os.link(page, target)
    except OSError:
        shutil.copy2(page, target)


def _index_shard(site: Path, paths: list[str], bundle: Path, places: list[tuple[Path, Callable[[Path], None]]],
                 twins: dict[str, str | None]) -> None:
    """Index exactly these pages: Pagefind walks a folder, so give it one holding only their
    search twins, at the pages' own paths. `places` are (folder, what removes it) to stage
    in, tried in turn while staging fails (a full RAM folder: search_stage.py); `twins`, those
    the renderers already made."""
    for n, (stage, done) in enumerate(places):
        shutil.rmtree(stage, ignore_errors=True)
        try:
            try:
                for path in paths:
                    _stage_page(site / path, stage / path, *((twins[path],) if path in twins else ()))
            except OSError:
                if n + 1 < len(places):
                    continue
                raise
            _pagefind(stage, bundle)
            return
        finally:
            done(stage)


def _places(stage: Path, shard: str, ram: Path | None, done: Callable[[Path], None]) -> list[tuple[Path, Callable[[Path], None]]]:
    """Where to stage a shard: in RAM when there is room (search_stage.py), else beside the output."""
    beside = (stage.with_name(f"{stage.name}-{shard}"), done)
    return ([(ram / staging_name(f"{stage.name}-{shard}"), _remove)] if ram else []) + [beside]


def _reuse(previous: Path | None, name: str, bundle: Path) -> bool:
    old = previous / "pagefind" / name if previous else None
    if old is None or not old.is_dir():
        return False
    try:
        shutil.copytree(old, bundle, copy_function=os.link)
    except (OSError, shutil.Error):
        shutil.rmtree(bundle, ignore_errors=True)
        return False
    return True


def index_search(site: Path, searchable: list[str], previous: Path | None, old_pages: dict[str, list],
                 old: dict[str, dict], stage: Path, done: Callable[[Path], None] = _remove,
                 twins: dict[str, str | None] | None = None) -> dict[str, dict]:
    """Index the site's searchable pages into pagefind/; returns each shard's record.

    A shard of the previous build is kept when it had the same pages and each still gives
    Pagefind the same text (search_text.py); `old_pages` is that build's page manifest.
    `twins` are pages' search twins made already (by the renderers, in parallel), by path.

    Raises when a shard cannot be indexed, so the site never ships a search page whose
    scripts are missing.
    """
    root = site / "pagefind"
    root.mkdir(parents=True, exist_ok=True)
    made: dict[str, dict] = {}
    groups = shards(searchable)
    todo = []
    for name, paths in groups.items():
        made[name] = shard_record(paths)
        bundle = root / name
        unchanged = previous is not None and old.get(name) == made[name] and all(
            _same_text(site, previous, path, old_pages.get(path)) for path in paths)
        if not (unchanged and _reuse(previous, name, bundle)):
            todo.append((paths, bundle, name))
    ram = ram_folder() if todo else None
    # Each shard is its own Pagefind process: as many at once as there are cores.
    with ThreadPoolExecutor(max_workers=max(1, min(len(todo), os.cpu_count() or 1))) as pool:
        for finished in [pool.submit(_index_shard, site, paths, bundle, _places(stage, name, ram, done), twins or {})
                         for paths, bundle, name in todo]:
            finished.result()  # a shard that failed raises here
    if groups:
        first = root / next(iter(groups))
        for ui in UI_FILES:
            if (first / ui).exists():
                os.link(first / ui, root / ui)
    (root / "shards.json").write_text(json.dumps([f"{name}/" for name in groups]), encoding="utf-8")
    return made
