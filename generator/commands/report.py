"""How the commands talk to the person running them: problems as `path:line: error: message — fix`
on stderr (with the exit status they call for), and a progress bar on a terminal for long jobs.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from generator.model import Problem

WARNINGS_SHOWN = 10  # per kind of warning; `digest check` lists them all


def report(problems: list[Problem], limit: int | None = WARNINGS_SHOWN) -> int:
    """Print problems to stderr; return the exit status they call for.

    Every error is printed. A warning that 9,000 sources share (say, "in no dossier")
    is printed `limit` times and then counted, so the errors are not lost in it."""
    seen: Counter[str] = Counter()
    for problem in problems:
        if problem.severity == "error" or limit is None or seen[problem.message] < limit:
            print(problem, file=sys.stderr)
        seen[problem.message] += problem.severity != "error"
    for message, count in seen.items():
        if limit is not None and count > limit:
            print(f"… and {count - limit} more sources with the warning “{message}” (`digest check` lists all)",
                  file=sys.stderr)
    errors = sum(1 for p in problems if p.severity == "error")
    if problems:
        warnings = len(problems) - errors
        print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def quiet() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"} or not sys.stderr.isatty()


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """A rich progress bar on a terminal for large jobs; nothing in CI or when piped."""
    if quiet() or total < 50:
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
