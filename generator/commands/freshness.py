"""Is output/ already the site these inputs make? Then a rebuild has nothing to do.

The key covers everything a build reads: every file under content/ (sources, notes,
topics, aliases, overrides: path and bytes), the Pelican settings as resolved from the
config file (environment included), every file of the theme, the generator's own
fingerprint, Pagefind's version and the search options. The previous build stores the key
in its page manifest (page_cache.py) once its site is in place; the site counts as intact
only while every page it wrote is still the same file (size, time, inode). Any doubt
means a normal, incremental build.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.ingest.listing import ignored_reason
from generator.ingest.read import SOURCE_SUFFIXES, SourceError, source_digest
from generator.runtime.cache import generator_fingerprint


def _tree(h: Any, folder: Path) -> None:  # h: a hashlib object
    """Every file under `folder`, by relative path and digest, in a fixed order (os.walk on
    strings: pathlib's objects cost 3 s of a 10,000-source rebuild here)."""
    root = str(folder)
    files = []
    for top, _dirs, names in os.walk(root):
        here = os.path.relpath(top, root).replace(os.sep, "/")
        prefix = "" if here == "." else f"{here}/"
        for name in names:
            if ignored_reason(name) is not None:  # an editor's lock or swap file changes no page
                continue
            path = os.path.join(top, name)
            if os.path.isfile(path):
                files.append((prefix + name, path))
    for relative, path in sorted(files):
        h.update(f"\x1e{relative}\0".encode())
        h.update(_file_hash(path))


def _file_hash(path: str) -> bytes:
    """A source's digest as the cache keys take it (read once per build, not twice); the
    bytes of anything else, or of a source that cannot be read (the build reports it)."""
    if os.path.splitext(path)[1].lower() in SOURCE_SUFFIXES:
        with contextlib.suppress(SourceError):
            return source_digest(path).encode()
    with open(path, "rb") as handle:
        return handle.read()


def inputs_key(content: Path, config: Path, output: Path, search: bool) -> str | None:
    """The hash of every input of a build; None when the settings cannot be read (no shortcut)."""
    try:
        from generator.site.pelican_settings import read_config

        settings = read_config(config)
    except Exception:  # noqa: BLE001 - the real build reports a broken config
        return None
    h = hashlib.sha256(generator_fingerprint().encode())
    settings = {k: v for k, v in settings.items() if k != "OUTPUT_PATH"}
    h.update(json.dumps(settings, sort_keys=True, default=repr).encode())
    h.update(f"\0{output.resolve()}\0{search}\0{os.environ.get('DIGEST_SEARCH_SHARD_PAGES', '')}\0".encode())
    with contextlib.suppress(metadata.PackageNotFoundError):
        h.update(metadata.version("pagefind").encode())
    _tree(h, Path(settings.get("THEME", "")))
    _tree(h, content)
    return h.hexdigest()
