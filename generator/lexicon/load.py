"""Read a data file once, refusing a mapping key written twice, and check it against its schema.

PyYAML keeps the last of two equal keys without a word; for rules that is a rule lost. The
loader here builds mappings itself so that a repeated key is an error naming both lines.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from generator.lexicon.schema import RULE_KEYS, SCHEMAS, FileSchema, Kind

DATA = Path(__file__).resolve().parent.parent / "data"


class LexiconError(ValueError):
    """A data file that does not match its schema: a bug in the generator's own rules."""


class _StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader (libyaml's parser where installed: the shipped models are tens of kilobytes) whose
    mappings refuse a key written twice."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise LexiconError(f"{getattr(loader, 'source_name', '')}:{line}: the key {key!r} is written twice "
                               f"(lines {seen[key]} and {line})")
        seen[key] = line
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def parse(text: str, name: str) -> Any:
    """The YAML document in `text`; `name` is used in error messages."""
    loader = _StrictLoader(text)
    loader.source_name = name
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _distinct(values: list[Any], where: str) -> None:
    seen: set[Any] = set()
    for value in values:
        if not isinstance(value, str):
            raise LexiconError(f"{where}: {value!r} is not a string")
        if value in seen:
            raise LexiconError(f"{where}: {value!r} is listed twice")
        seen.add(value)


def _check_rule(rule: Any, where: str) -> None:
    if not isinstance(rule, dict) or "pattern" not in rule or "reason" not in rule:
        raise LexiconError(f"{where}: a rule needs a pattern and the reason it gives ({rule!r})")
    for key, value in rule.items():
        if key not in RULE_KEYS:
            raise LexiconError(f"{where}: unknown rule key {key!r} (known: {', '.join(RULE_KEYS)})")
        if not isinstance(value, RULE_KEYS[key]):
            raise LexiconError(f"{where}: {key} must be a {RULE_KEYS[key].__name__}")
    re.compile(rule["pattern"])


def _check_glob(rule: Any, where: str) -> None:
    if not isinstance(rule, dict) or set(rule) != {"pattern", "reason"} or not all(
            isinstance(v, str) and v for v in rule.values()):
        raise LexiconError(f"{where}: a file-name rule is {{pattern, reason}}, both words ({rule!r})")


def check_value(kind: Kind, value: Any, where: str) -> None:
    """Raise LexiconError unless `value` is of `kind`."""
    if kind == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise LexiconError(f"{where}: must be a number")
        return
    if kind == "nested":  # a model's structure (trees, weights): its reader checks its shape
        if not isinstance(value, list | dict):
            raise LexiconError(f"{where}: must be a list or a mapping")
        return
    if kind in ("words", "patterns", "rules", "globs"):
        if not isinstance(value, list):
            raise LexiconError(f"{where}: must be a list")
        if kind == "globs":
            for i, rule in enumerate(value):
                _check_glob(rule, f"{where}[{i}]")
            return
        if kind == "rules":
            for i, rule in enumerate(value):
                _check_rule(rule, f"{where}[{i}]")
            return
        _distinct(value, where)
        if kind == "patterns":
            for pattern in value:
                re.compile(pattern)
        return
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: must be a mapping")
    for key, item in value.items():
        if not isinstance(key, str):
            raise LexiconError(f"{where}: key {key!r} is not a string")
        if kind == "str_map" and not isinstance(item, str):
            raise LexiconError(f"{where}.{key}: must be a string")
        if kind == "word_map":
            _distinct(item or [], f"{where}.{key}")


def check(name: str, data: Any, schema: FileSchema) -> None:
    """Raise LexiconError unless `data` (the file `name`) matches `schema`: no key missing, none
    unknown, each of its declared kind."""
    if schema.root == "records":
        _check_records(name, data, schema.record or {})
        return
    if schema.root is not None:
        check_value(schema.root, data, name)
        return
    _check_keys(name, data, schema.keys)


def _check_records(where: str, data: Any, fields: dict[str, type]) -> None:
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: must map each key to a record")
    for key, record in data.items():
        if not isinstance(record, dict) or set(record) != set(fields):
            raise LexiconError(f"{where}: {key} must have exactly the fields {sorted(fields)}")
        for field, kind in fields.items():
            if not isinstance(record[field], kind) or isinstance(record[field], bool):
                raise LexiconError(f"{where}: {key}.{field} must be a {kind.__name__}")


def _check_keys(where: str, data: Any, keys: dict[str, Any]) -> None:
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: must be a mapping of keys to values")
    unknown = sorted(set(data) - set(keys))
    missing = sorted(set(keys) - set(data))
    if unknown or missing:
        raise LexiconError(f"{where}: unknown keys {unknown}, missing keys {missing} (declare keys in "
                           "generator/lexicon/schema.py)")
    for key, kind in keys.items():
        if isinstance(kind, dict):
            _check_keys(f"{where}: {key}", data[key], kind)
        else:
            check_value(kind, data[key], f"{where}: {key}")


def read(name: str) -> Any:
    """The data file generator/data/<name>.yaml, parsed and checked."""
    path = DATA / f"{name}.yaml"
    data = parse(path.read_text(encoding="utf-8"), str(path))
    check(name, data, SCHEMAS[name])
    return data
