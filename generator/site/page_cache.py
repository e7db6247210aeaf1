"""Rendered pages reused from the previous output when nothing they show has changed.

A warm rebuild of 10,000 articles spent most of its time rendering pages identical to the
ones already in output/. Each page now gets a fingerprint: a hash of everything the
template receives for it (its context, pickled), the template's name, and a salt made of
the theme's files, the site settings and the generator's own fingerprint. When the
previous build wrote the same fingerprint for the same path, and that file is still the
one it wrote (same size, modification time and inode), the new site gets a hard link to
it instead of a fresh render.

Hard links are safe here because no build ever writes into a file it did not create: the
new site is written into a new folder (build.py), and only pages that are rendered are
opened for writing. The manifest lives in the cache folder, keyed by the output folder's
path, so deleting the cache only costs one full render. A fingerprint that differs for
identical content (say, a set pickled in another order) only costs a render, never a
stale page: equal fingerprints need equal pickles.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import tempfile
from pathlib import Path

from generator.model import Article, Note, Quote
from generator.runtime.cache import generator_fingerprint
from generator.runtime.serialize import field_names
from generator.site.article import QuoteItem
from generator.site.views import LinkView

MANIFEST_VERSION = 3


def salt(theme: Path, settings: dict) -> str:
    """What every page depends on besides its own context: theme, settings, generator."""
    h = hashlib.sha256(generator_fingerprint().encode())
    for path in sorted(theme.rglob("*")) if theme.is_dir() else ():  # templates, CSS, scripts: all of it
        if path.is_file():
            h.update(path.relative_to(theme).as_posix().encode() + b"\0" + path.read_bytes())
    h.update(json.dumps(settings, sort_keys=True, default=repr).encode())
    return h.hexdigest()


def manifest_path(cache_dir: Path, output: Path) -> Path:
    name = hashlib.sha256(str(output.resolve()).encode()).hexdigest()[:16]
    return cache_dir / "pages" / f"{name}.json"


class _Hasher:
    """Hashes values by their pickle, reusing one buffer and pickler (a page's fingerprint
    hashes hundreds of thousands of small values: making a pickler each time was a third)."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.pickler = pickle.Pickler(self.buffer, protocol=5)
        self.pickler.fast = True  # no memo: equal values pickle alike whether or not they are one object

    def __call__(self, value: object) -> str:
        self.buffer.seek(0)
        self.buffer.truncate()
        self.pickler.dump(value)
        return hashlib.blake2b(self.buffer.getbuffer(), digest_size=20).hexdigest()


# Model objects: alive for the whole build, shown on many pages (an article in every list and
# card that links to it). Each is pickled plainly, once per build.
_MODEL = (Article, Quote, Note)
# Quote cards turn up twice on a page (in the body and in the list of cards): hashed once per
# page, their fields pickled with model objects as hashes.
_PAGE_WIDE = (QuoteItem,)
_HASHED = _MODEL + _PAGE_WIDE


class _Fingerprinter(pickle.Pickler):
    """Pickles a page's context for hashing, shared objects as their fingerprints.

    Without a memo (so equal values hash alike) an article referenced a thousand times, by
    a dossier, a speaker page and every quote card linking to it, would be pickled a
    thousand times: the list of all articles made a warm 10,000-source build spend minutes
    here. Model objects are hashed once per build instead, a page's quote cards once per
    page; each stands in by its hash. Cross-links stand in by their fields. The memos hold
    the objects they key by id(), so no id is reused while its entry lives.
    """

    def __init__(self, file: io.BytesIO, shared: dict[int, tuple[object, str]],
                 local: dict[int, tuple[object, str]]) -> None:
        super().__init__(file, protocol=5)
        self.fast = True
        self.shared, self.local = shared, local
        self.hasher = _Hasher()

    def reducer_override(self, obj: object):
        if type(obj) is LinkView:
            return tuple, (self._spelled(obj),)
        if not isinstance(obj, _HASHED):
            return NotImplemented
        return str, (self._hash(obj),)

    def _spelled(self, link: LinkView) -> tuple:
        """A cross-link by its fields, its quote and article as their hashes (test_fingerprint_fields).

        Pickled where it stands, not hashed on its own: 480,000 of them at 10,000 sources,
        and a pickle and hash each cost more than pickling their fields with their card."""
        return ("LinkView", link.kind, link.score, self._hash(link.other), self._hash(link.article), link.ops,
                link.number, link.speakers_differ, link.figures_differ)

    def _hash(self, obj: object) -> str:
        memo = self.local if isinstance(obj, _PAGE_WIDE) else self.shared
        known = memo.get(id(obj))
        if known is None or known[0] is not obj:
            if isinstance(obj, _MODEL):
                data: object = obj
            else:
                data = (type(obj).__qualname__, [self._ref(getattr(obj, name)) for name in field_names(type(obj))])
            known = memo[id(obj)] = (obj, self.hasher(data))
        return known[1]

    def _ref(self, value: object) -> object:
        """A field's value with the hashed objects in it (alone or in a list) as their hashes,
        cross-links spelled out; anything else is pickled as it is, in full."""
        if isinstance(value, _HASHED):
            return self._hash(value)
        if type(value) is LinkView:
            return self._spelled(value)
        if type(value) is list and value and (isinstance(value[0], _HASHED) or type(value[0]) is LinkView):
            return [self._ref(item) for item in value]
        return value


class PageCache:
    """Which pages of `previous` (the last good output) the site being written into `target` can reuse."""

    def __init__(self, manifest: Path | None, previous: Path | None, target: Path) -> None:
        self.manifest, self.previous, self.target = manifest, previous, target
        self.salt = ""
        self.old: dict[str, list] = {}
        self.new: dict[str, list] = {}
        self.searchable: list[str] = []  # pages the search index covers (the theme marks them data-pagefind-body)
        self.old_shards: dict[str, dict] = {}
        self.inputs = ""  # freshness.inputs_key of the build writing this site
        self.new_shards: dict[str, dict] = {}
        # Search twins the renderers made of the pages they wrote (pelican_plugin.py), by path:
        # None when no search index is built, or while the previous one's shards may be reused.
        self.twins: dict[str, str | None] | None = None
        self.shared: dict[int, tuple[object, str]] = {}  # fingerprints of articles, quotes, notes
        self.reused = 0
        self.rendered = 0

    def begin(self, site_salt: str) -> None:
        """Load the previous build's manifest, if it was made with the same theme, settings and code."""
        self.salt = site_salt
        if self.manifest and self.previous and self.previous.is_dir():
            self.old, self.old_shards = self._load()

    def up_to_date(self, inputs: str | None) -> bool:
        """True when the previous build had exactly these inputs and its site is intact."""
        if not inputs or self.manifest is None or self.previous is None or not self.previous.is_dir():
            return False
        try:
            data = json.loads(self.manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION or data.get("inputs") != inputs:
            return False
        for path, entry in data.get("pages", {}).items():
            try:
                st = (self.previous / path).stat()
            except OSError:
                return False
            if [st.st_size, st.st_mtime_ns, st.st_ino] != entry[1:]:
                return False
        return all((self.previous / "pagefind" / name).is_dir() for name in data.get("shards", {}))

    def _load(self) -> tuple[dict[str, list], dict[str, dict]]:
        try:
            data = json.loads(self.manifest.read_text(encoding="utf-8"))  # type: ignore[union-attr]
        except (OSError, ValueError):
            return {}, {}
        if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION or data.get("salt") != self.salt:
            return {}, {}
        pages, shards = data.get("pages"), data.get("shards")
        return (pages if isinstance(pages, dict) else {}), (shards if isinstance(shards, dict) else {})

    def fingerprint(self, path: str, template: str, context: dict) -> str | None:
        """The page's fingerprint, or None when its context cannot be pickled (always rendered)."""
        buffer = io.BytesIO()
        try:
            _Fingerprinter(buffer, self.shared, {}).dump((path, template, context))
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError, ValueError):
            return None
        return hashlib.blake2b(buffer.getbuffer(), digest_size=20).hexdigest()

    def reuse(self, path: str, fingerprint: str | None) -> bool:
        """Hard-link the previous build's file for `path` into the new site when it is still valid."""
        entry = self.old.get(path)
        if fingerprint is None or not entry or entry[0] != fingerprint or self.previous is None:
            return False
        source = self.previous / path
        try:
            st = source.stat()
            if [st.st_size, st.st_mtime_ns, st.st_ino] != entry[1:]:
                return False  # edited or replaced since that build: render afresh
            destination = self.target / path
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.link(source, destination)
        except OSError:  # another filesystem, a vanished file: render instead
            return False
        self.new[path] = entry
        self.reused += 1
        return True

    def record(self, path: str, fingerprint: str | None) -> None:
        """Remember a freshly written page (its fingerprint and the file's identity)."""
        self.rendered += 1
        if fingerprint is None:
            return
        try:
            st = (self.target / path).stat()
        except OSError:
            return
        self.new[path] = [fingerprint, st.st_size, st.st_mtime_ns, st.st_ino]

    def take(self) -> dict:
        """What this process learnt while rendering (and forget it): a forked renderer's result."""
        part = {"new": self.new, "reused": self.reused, "rendered": self.rendered}
        self.new, self.reused, self.rendered = {}, 0, 0
        return part

    def add(self, part: dict) -> None:
        """Take in what one renderer learnt (see `take`)."""
        self.new.update(part["new"])
        self.reused += part["reused"]
        self.rendered += part["rendered"]

    def save(self) -> None:
        """Write the manifest for the next build (atomically; failure only costs speed).

        Called once the new site has replaced output/: its files keep their inodes there."""
        if self.manifest is None or not self.salt:
            return
        data = {"version": MANIFEST_VERSION, "salt": self.salt, "pages": self.new, "shards": self.new_shards,
                "inputs": self.inputs}
        try:
            self.manifest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.manifest.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data, separators=(",", ":")))
            os.replace(tmp, self.manifest)
        except OSError:
            return
