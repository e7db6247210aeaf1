"""`digest build`: check, run Pelican into a temporary folder, then swap it into place.

The previous output/ is replaced only when everything passed, so a failed or killed
build leaves the last good site intact:

- the new site is written into `.output.new-*` beside output/ (same filesystem, so the
  swap is a rename, never a copy);
- on Linux the two folders are exchanged in one atomic `renameat2(RENAME_EXCHANGE)`;
  elsewhere two renames are used, and a build killed between them is repaired by the next
  one (`recover` puts the previous site back);
- SIGTERM and Ctrl-C during the write remove the temporary folder; SIGKILL cannot be
  caught, so the next build removes what it left;
- a lock file (`.output.lock`) serialises builds into the same output/, so a rebuild from
  `make serve` never deletes the folder another build is writing.
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.commands.freshness import inputs_key
from generator.commands.report import report
from generator.corpus.check import check_digest
from generator.ingest import source_digests
from generator.runtime.discard import discard
from generator.runtime.heap import full_collections_paused
from generator.runtime.settings import Settings
from generator.site.page_cache import PageCache, manifest_path
from generator.site.search.index import index_search

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_GUARDED = (signal.SIGTERM, signal.SIGINT)


SITE_REPLACED = "the new site was already in place"


class BuildInterrupted(BaseException):
    """SIGTERM during the write: unwinds like Ctrl-C so the temporary folder is removed."""


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):  # glibc before 2.28, musl builds without it
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):  # e.g. a filesystem without exchange
        return False
    raise OSError(err, os.strerror(err), str(b))


def swap_into_place(tmp: Path, output: Path) -> None:
    """Put tmp in output's place; at no moment is output/ a mix of the two sites."""
    if output.exists() and _exchange(tmp, output):
        discard(tmp, output)  # tmp now holds the previous site
        return
    old = None
    if output.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
        output.rename(old / output.name)
    tmp.rename(output)  # killed just before this line: recover() restores the old site
    if old is not None:
        discard(old, output)


def recover(output: Path) -> None:
    """A build killed between the two renames of `swap_into_place` left output/ missing: restore it."""
    if output.exists():
        return
    for old in sorted(output.parent.glob(f".{output.name}.old-*")):
        if (old / output.name).is_dir():
            (old / output.name).rename(output)
            return


def remove_stale(output: Path) -> None:
    """Temporary folders left by a build that was killed before it could clean up, and trash
    whose deletion did not finish (another deleter at work on it does no harm)."""
    for stale in output.parent.glob(f".{output.name}.*-*"):
        if stale.is_dir() and any(kind in stale.name for kind in (".new-", ".old-", ".trash-")):
            discard(stale, output)


@contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """One build at a time writes next to output/; a second one waits for the first."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; builds are not run concurrently there
        yield
        return
    with open(output.parent / f".{output.name}.lock", "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another build writing {output}/ to finish", file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _on_sigterm(handler: Callable[[int, object], None]) -> Iterator[None]:
    """Handle SIGTERM with `handler` for the duration (main thread only: Python's rule)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    """While the site is written: unwind like Ctrl-C, so the temporary folder is removed."""
    raise BuildInterrupted(signum)


def _leave(message: str) -> Callable[[int, object], None]:
    """While analysing: end at once. Nothing needs cleaning (cache entries are renamed into
    place, workers die with their parent), and an exception raised inside the process
    pool's machinery could leave it waiting forever."""
    def leave(signum: int, frame: object) -> None:
        os.write(2, message.encode())  # not print(): the handler may interrupt a write to stderr
        os._exit(128 + signum)
    return leave


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGTERM/SIGINT for the few system calls of the swap; they are delivered after it.

    Python runs signal handlers in the main thread whichever thread the system hands the
    signal to, so a handler that only records it holds it even when other threads exist
    (a serve loop, a pool), where blocking it in this thread with sigmask would not."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    previous = {signum: signal.signal(signum, lambda signum, frame: pending.append(signum)) for signum in _GUARDED}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for delivered in pending:
            signal.raise_signal(delivered)  # now, to the handlers of the build


def run_pelican(config: Path, settings: Settings, output: Path, digest, reuse: PageCache | None = None) -> None:
    """Pelican over the digest into `output` (the adapter, site/pelican_plugin.py, knows Pelican)."""
    from generator.site import pelican_plugin

    pelican_plugin.run(config, settings, output, digest, reuse)


def write_site(config: Path, settings: Settings, output: Path, digest, search: bool = True,
               inputs: str | None = None) -> PageCache:
    """Pelican (and Pagefind) into a temporary folder, then the swap; output/ is untouched on failure."""
    with output_lock(output):
        recover(output)
        remove_stale(output)
        tmp = output.parent / f".{output.name}.new-{secrets.token_hex(6)}"
        previous = output if output.is_dir() else None
        tmp.mkdir()  # not mkdtemp: its 0700 would make the published site unreadable to a web server
        manifest = manifest_path(settings.cache_dir, output) if settings.cache_dir else None
        reuse = PageCache(manifest, output, tmp)
        reuse.inputs = inputs or ""
        reuse.twins = {} if search else None
        swapped = False
        try:
            with _on_sigterm(_interrupt):
                run_pelican(config, settings, tmp, digest, reuse)
                if search:
                    reuse.new_shards = index_search(tmp, reuse.searchable, previous, reuse.old, reuse.old_shards,
                                                    stage=tmp.with_name(f"{tmp.name}-search"),
                                                    done=lambda folder: discard(folder, output), twins=reuse.twins)
                reuse.twins = None  # their pages are indexed: no need to keep them in memory
                with _signals_deferred():  # a signal now is delivered after the swap, to a finished site
                    swap_into_place(tmp, output)
                    swapped = True
        except BaseException as exc:
            if not swapped:
                shutil.rmtree(tmp, ignore_errors=True)
            elif isinstance(exc, (BuildInterrupted, KeyboardInterrupt)):
                exc.add_note(SITE_REPLACED)  # build_site says so instead of "left as it was"
            raise
        reuse.save()
        return reuse


def outcome(exc: BaseException, output: Path) -> str:
    """What a signal left: the previous site, or (delivered just after the swap) the new one."""
    if SITE_REPLACED in getattr(exc, "__notes__", ()):
        return f"{SITE_REPLACED} in {output}/"
    return f"{output}/ left as it was"


def build_site(settings: Settings, config: Path, output: Path, progress, search: bool = True) -> int:
    source_digests.load(settings.cache_dir)
    inputs = inputs_key(settings.content, config, output, search) if settings.cache_dir else None
    if inputs and settings.cache_dir and PageCache(manifest_path(settings.cache_dir, output), output, output).up_to_date(inputs):
        print(f"{output}/ is up to date: nothing it is built from has changed", file=sys.stderr)
        return 0
    from generator.pipeline import build_digest, source_paths  # not before: an up-to-date site needs no stage

    paths = source_paths(settings.sources)
    with _on_sigterm(_leave(f"SIGTERM received: {output}/ left as it was\n")), progress(len(paths), "analysing") as bar:
        digest = build_digest(settings, paths, bar)
    # heap.py: the digest and its views live until the end. From here, not from the write
    # only: the digests' table and the checks ran a full collection that freed nothing.
    with full_collections_paused():
        return _publish(settings, config, output, digest, search, inputs)


def _publish(settings: Settings, config: Path, output: Path, digest, search: bool, inputs: str | None) -> int:
    """After the analysis: store the sources' digests, check, write the site and swap it in."""
    source_digests.save(settings.cache_dir)
    problems = digest.problems + check_digest(digest, settings)
    if report(problems):
        print(f"build stopped: {output}/ left as it was", file=sys.stderr)
        return 1
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        reuse = write_site(config, settings, output, digest, search, inputs)
    except BuildInterrupted as exc:
        print(f"SIGTERM received: {outcome(exc, output)}", file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt as exc:
        print(f"SIGINT received: {outcome(exc, output)}", file=sys.stderr)
        raise  # callers stop too: `digest` exits 130, `make serve` ends its watch loop
    except Exception as exc:  # noqa: BLE001 - report, keep the old site, never a traceback
        print(f"{config}: the site build failed ({type(exc).__name__}: {exc}); {output}/ left as it was",
              file=sys.stderr)
        return 1
    unchanged = f", {reuse.reused} unchanged" if reuse.reused else ""
    print(f"built {len(digest.articles)} articles into {output}/ ({reuse.rendered} pages rendered{unchanged})",
          file=sys.stderr)
    return 0
