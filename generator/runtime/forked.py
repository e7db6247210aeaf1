"""Run one task in several forked processes that share the parent's memory.

Rendering 12,000 pages, or placing 10,000 articles in dossiers, is CPU work over data
that is already in memory (the digest, the views, the theme). A process pool would pickle all of it to its workers; a fork gives each
child the parent's memory for nothing (copy-on-write). Child k of n runs `task(k, n)`,
the parent runs `task(0, n)` itself, and each child's (small, picklable) result comes back
through a pipe. Where fork does not exist, or with one worker, the task runs once as `task(0, 1)`.

A child never returns into the caller's code: it ends with os._exit whatever happens, so
no exception handler, `finally` or atexit hook of the parent (removing a temporary folder,
say) runs twice. It dies with the parent (PR_SET_PDEATHSIG), and the parent kills and
reaps its children when it is interrupted.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable
from typing import TypeVar, cast

from generator.runtime.workers import die_with_parent

T = TypeVar("T")


class WorkerFailed(RuntimeError):
    """A forked worker raised or died; the message says how."""


def fork_map(task: Callable[[int, int], T], workers: int) -> list[T]:
    """[task(0, n), …, task(n-1, n)], run in n processes at once (n = workers, or 1)."""
    n = max(1, workers) if hasattr(os, "fork") else 1
    if n == 1:
        return [task(0, 1)]
    children: list[tuple[int, int]] = []  # (pid, read end)
    try:
        for k in range(1, n):
            children.append(_start(task, k, n))
        results = [task(0, n)]
        while children:
            results.append(cast(T, _collect(*children.pop(0))))
        return results
    finally:
        for pid, reader in children:  # interrupted or failed: stop and reap the others
            os.close(reader)
            _stop(pid)


def _start(task: Callable[[int, int], T], k: int, n: int) -> tuple[int, int]:
    reader, writer = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(reader)
        _child(task, k, n, writer, parent)
    os.close(writer)
    return pid, reader


def _child(task: Callable[[int, int], T], k: int, n: int, writer: int, parent: int) -> None:
    code = 0
    try:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, signal.SIG_DFL)  # the parent's handlers would unwind its own stack
        die_with_parent(parent)
        try:
            payload = pickle.dumps(("ok", task(k, n)), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
            code = 1
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            payload = pickle.dumps(("error", f"{detail} (worker {k} of {n})"))
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(payload)
        # No flush of sys.stdout/stderr here: another thread of the parent (a progress bar) may
        # have held their locks at the fork, and in the child nobody would ever release them.
    finally:
        os._exit(code)


def _collect(pid: int, reader: int) -> object:
    try:
        with os.fdopen(reader, "rb") as pipe:
            data = pipe.read()
    except BaseException:  # interrupted while waiting for it
        _stop(pid)
        raise
    _, status = os.waitpid(pid, 0)
    if not data:
        raise WorkerFailed(f"a worker process died ({_how(status)})")
    kind, value = pickle.loads(data)
    if kind != "ok":
        raise WorkerFailed(value)
    return value


def _how(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


def _stop(pid: int) -> None:
    """Kill a child that is not collected yet and reap it (it is not reaped, so its pid is still its own)."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
