"""Reading editors' YAML with errors that name the file and the line.

Editors write topics, notes' front matter and alias tables by hand; a typo must come
back as `path:line: message — how to fix`, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from generator.ingest.read import strip_controls
from generator.model import Problem

T = TypeVar("T")

MAX_BYTES = 1024 * 1024  # notes, topics and tables are hand-written: a bigger file is a mistake
MAX_NESTING = 32  # no editor's file nests deeper; PyYAML's composer recurses and would crash first


class _EditorLoader(yaml.SafeLoader):
    """SafeLoader with the guards hand-written content needs.

    Aliases are refused: nine lines of `&a [*b, *b, ...]` expand to a billion nodes that
    every later stage would walk. Nesting is capped before PyYAML's recursion overflows.
    Bad values (a date like 2026-02-30, a 5,000-digit number) become YAML errors at their
    line instead of a bare ValueError.
    """

    _depth = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not supported: write the value out",
                                              self.peek_event().start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_NESTING} levels deep",
                                                  self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node, deep=False):  # noqa: ANN001 - PyYAML's signature
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(None, None, f"{node.value!r} is not a valid value ({exc})",
                                                    node.start_mark) from exc


def read_text(path: Path) -> str:
    """An editor's file as text (UTF-8, with or without BOM, any line endings), controls stripped.

    Anything else is a ContentError naming the file, and the line of the first bad byte.
    """
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ContentError([Problem(name, f"cannot read the file ({exc.strerror or exc})",
                                    "check the path and its permissions")]) from exc
    if len(raw) > MAX_BYTES:
        raise ContentError([Problem(name, f"the file is {len(raw) // 1024} KiB, over the {MAX_BYTES // 1024} KiB limit",
                                    "notes, topics and tables are short text files; check that this is the right file")])
    if b"\x00" in raw:
        raise ContentError([Problem(name, "the file is binary, not text", "save it as plain UTF-8 text",
                                    raw.count(b"\n", 0, raw.index(b"\x00")) + 1)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError([Problem(name, f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x})",
                                    "save it as UTF-8 in your editor", raw.count(b"\n", 0, exc.start) + 1)]) from exc
    return strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))


class ContentError(Exception):
    """One or more problems in editors' content.

    `loaded` holds what a folder loader could still read (the other files' notes or topics):
    one bad file then costs its own entries, not every entry of the folder, and the build
    does not also report knock-on problems ("unknown topic") for the good ones."""

    def __init__(self, problems: list[Problem], loaded: list | None = None) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
        self.loaded = loaded or []


def load_each(paths: list[Path], loader: Callable[[Path], T]) -> list[T]:
    """`loader` over every file, in order; every problem of every file is reported together
    (ContentError, with what the other files gave in `loaded`)."""
    loaded: list[T] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            loaded.append(loader(path))
        except ContentError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ContentError(problems, loaded=loaded)
    return loaded


def load_yaml(text: str, path: str, first_line: int = 1) -> Any:
    """Parse YAML; on a syntax error raise ContentError at the offending line.

    `first_line` is where `text` starts in its file (front matter starts on line 2).
    """
    try:
        return _clean(yaml.load(text, Loader=_EditorLoader))  # noqa: S506 - a SafeLoader
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
