"""Reading editors' YAML with errors that name the file and the line.

Editors write topics, notes' front matter and alias tables by hand; a typo must come
back as `path:line: message — how to fix`, never as a traceback.
"""

from __future__ import annotations

from typing import Any

import yaml

from .model import Problem
from .read import strip_controls


class ContentError(Exception):
    """One or more problems in editors' content."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def load_yaml(text: str, path: str, first_line: int = 1) -> Any:
    """Parse YAML; on a syntax error raise ContentError at the offending line.

    `first_line` is where `text` starts in its file (front matter starts on line 2).
    """
    try:
        return _clean(yaml.safe_load(text))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError([Problem(path, f"invalid YAML: {problem}",
                                    "check indentation, colons and quotes on this line", line)]) from exc


def _clean(value: Any) -> Any:
    """Strip control and bidi characters from every string, including YAML escapes like "\\u202e"."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def key_lines(text: str, first_line: int = 1) -> dict[str, int]:
    """Line of each top-level key, so unknown-key errors can point at it."""
    lines: dict[str, int] = {}
    for offset, line in enumerate(text.split("\n")):
        if line and not line[0].isspace() and ":" in line and not line.startswith("#"):
            lines.setdefault(line.split(":", 1)[0].strip(), first_line + offset)
    return lines
