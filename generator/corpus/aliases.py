"""The speaker alias table: spelling variants of one person mapped to one canonical name.

Built-in entries live in `generator/data/aliases.yaml`; editors extend or override them
in `content/aliases.yaml`. Both map a canonical name to its variants:

    Sergey Lavrov: [Sergei Lavrov, Sergey Viktorovich Lavrov]
"""

from __future__ import annotations

from pathlib import Path

from generator.ingest.yamlfile import ContentError, key_lines, load_yaml, read_text
from generator.model import Problem

BUILTIN = Path(__file__).resolve().parent.parent / "data" / "aliases.yaml"


def _table(path: Path) -> dict[str, str]:
    text = read_text(path)
    data = load_yaml(text, str(path)) or {}
    if not isinstance(data, dict):
        raise ContentError([Problem(str(path), "the alias table must map a canonical name to a list of variants",
                                    "write `Canonical Name: [Variant One, Variant Two]`", 1)])
    table: dict[str, str] = {}
    for canonical, variants in data.items():
        if isinstance(variants, str):
            variants = [variants]
        if not isinstance(variants, list | None):
            raise ContentError([Problem(str(path), f"the variants of {canonical!r} must be a list of names",
                                        "write `Canonical Name: [Variant One, Variant Two]`",
                                        key_lines(text).get(str(canonical)))])
        for variant in variants or []:
            table[str(variant)] = str(canonical)
        table[str(canonical)] = str(canonical)
    return table


def load_aliases(extra: Path | None = None) -> dict[str, str]:
    """Variant -> canonical name; the editors' table wins over the built-in one."""
    table = _table(BUILTIN) if BUILTIN.exists() else {}
    if extra is not None:
        table.update(_table(extra))
    return table
