"""Reading editors' YAML with errors that name the file and the line.

Editors write topics, notes' front matter and alias tables by hand; a typo must come
back as `path:line: message — how to fix`, never as a traceback.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import yaml

from generator.ingest.read import strip_controls
from generator.model import Problem

T = TypeVar("T")

MAX_BYTES = 1024 * 1024  # notes, topics and tables are hand-written: a bigger file is a mistake
MAX_NESTING = 32  # no editor's file nests deeper; PyYAML's composer recurses and would crash first


class Mapping(dict):
    """A YAML mapping that remembers where it is: its own line and each key's line, in its file.

    Every loader can then point an unknown key or a bad value at its line however deep it
    sits (a correction inside a list inside a mapping), not only the file's top level."""

    line: int | None = None
    key_lines: dict

    def line_of(self, key: object) -> int | None:
        return self.key_lines.get(key, self.line) if hasattr(self, "key_lines") else self.line


class Sequence(list):
    """A YAML list with the line of each item."""

    line: int | None = None
    item_lines: list


def line_of(value: object, key: object = None) -> int | None:
    """The line of `key` in a Mapping (or of the value itself): None for plain values."""
    if isinstance(value, Mapping):
        return value.line_of(key) if key is not None else value.line
    return getattr(value, "line", None)


class _DuplicateKey(yaml.constructor.ConstructorError):
    pass


class _EditorLoader(yaml.SafeLoader):
    """SafeLoader with the guards hand-written content needs.

    Aliases are refused: nine lines of `&a [*b, *b, ...]` expand to a billion nodes that
    every later stage would walk. Nesting is capped before PyYAML's recursion overflows.
    Bad values (a date like 2026-02-30, a 5,000-digit number) become YAML errors at their
    line instead of a bare ValueError.
    """

    _depth = 0
    first_line = 1  # where the text starts in its file (front matter starts on line 2)

    def _line(self, node: yaml.Node) -> int:
        return self.first_line + node.start_mark.line

    def construct_editor_map(self, node):  # noqa: ANN001 - PyYAML's signature
        """A Mapping with its lines; a key written twice is an error naming both lines (PyYAML
        keeps the last silently: two `verdict:` lines published the second)."""
        data = Mapping()
        data.line, data.key_lines = self._line(node), {}
        yield data
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(None, None, "a key must be a single value",
                                                        key_node.start_mark) from None
            if key in data.key_lines:
                raise _DuplicateKey(None, None, f"duplicate key {key!r} on lines {data.key_lines[key]} and "
                                    f"{self._line(key_node)}", key_node.start_mark)
            data.key_lines[key] = self._line(key_node)
            data[key] = self.construct_object(value_node, deep=True)

    def construct_editor_seq(self, node):  # noqa: ANN001 - PyYAML's signature
        data = Sequence()
        data.line, data.item_lines = self._line(node), [self._line(item) for item in node.value]
        yield data
        data.extend(self.construct_sequence(node, deep=True))

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


# Dates stay the text the editor wrote: iso_date() checks them where a date belongs, and an
# error quotes them as written (PyYAML would turn 2026-11-20T10:00:00 into "2026-11-20 10:00:00").
_EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_EditorLoader.add_constructor("tag:yaml.org,2002:map", _EditorLoader.construct_editor_map)
_EditorLoader.add_constructor("tag:yaml.org,2002:seq", _EditorLoader.construct_editor_seq)


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
    loader = _EditorLoader(text)
    loader.first_line = first_line
    try:
        return _clean(loader.get_single_data())
    except _DuplicateKey as exc:
        raise ContentError([Problem(path, exc.problem or "duplicate key", "keep one of the two lines: a key may "
                                    "appear once in a mapping",
                                    first_line + (exc.problem_mark.line if exc.problem_mark else 0))]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError([Problem(path, f"invalid YAML: {problem}",
                                    "check indentation, colons and quotes on this line", line)]) from exc
    finally:
        loader.dispose()


def _clean(value: Any) -> Any:
    """Strip control and bidi characters from every string, including YAML escapes like "\\u202e"."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, Sequence):
        out = Sequence(_clean(v) for v in value)
        out.line, out.item_lines = value.line, value.item_lines
        return out
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, Mapping):
        mapping = Mapping((_clean(k), _clean(v)) for k, v in value.items())
        mapping.line = value.line
        mapping.key_lines = {_clean(k): line for k, line in getattr(value, "key_lines", {}).items()}
        return mapping
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def closest(word: str, choices: list[str]) -> str:
    """The fix for a mistyped name: the closest allowed one, or the list of them."""
    match = difflib.get_close_matches(word, choices, n=1, cutoff=0.4)
    return f"did you mean {match[0]!r}?" if match else f"choose one of: {', '.join(sorted(choices))}"


def unknown_keys(data: dict, allowed: set[str] | tuple[str, ...], path: str, what: str = "key",
                 skip: set[str] | frozenset[str] = frozenset()) -> list[Problem]:
    """A problem for every key of `data` outside `allowed` (and `skip`, reported otherwise), at
    its line, with the closest allowed key."""
    return [Problem(path, f"unknown {what} {key!r}", closest(str(key), sorted(allowed)), line_of(data, key))
            for key in data if key not in allowed and key not in skip]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})")
DATE_FORM = "write an ISO 8601 date, `2019-11-20`, or a date-time with its offset, `2019-11-20T07:29:00+00:00`"


def iso_date(value: object) -> str | None:
    """`value` as an ISO 8601 date or offset date-time string, or None when it is neither.

    `20 November 2019` reached ClaimReview and `<time datetime>` as written and sorted last
    in "newest first"; a date-time without its offset names no moment."""
    if isinstance(value, datetime):
        return value.isoformat() if value.tzinfo is not None else None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip() if isinstance(value, str) else ""
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text).isoformat()
        if _ISO_MOMENT.fullmatch(text):
            return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None
    return None


def date_problem(value: object, path: str, line: int | None, key: str = "date") -> Problem | None:
    """The error for a date that is not ISO 8601, at its line; None when it is."""
    if iso_date(value) is not None:
        return None
    return Problem(path, f"`{key}: {value}` is not a valid ISO 8601 date", DATE_FORM, line)


def key_lines(text: str, first_line: int = 1) -> dict[str, int]:
    """Line of each top-level key, so unknown-key errors can point at it."""
    lines: dict[str, int] = {}
    for offset, line in enumerate(text.split("\n")):
        if line and not line[0].isspace() and ":" in line and not line.startswith("#"):
            lines.setdefault(line.split(":", 1)[0].strip(), first_line + offset)
    return lines
