"""The speaker alias table: spelling variants of one person mapped to one canonical name.

Built-in entries live in `generator/data/aliases.yaml`; editors extend or override them
in `content/aliases.yaml`. Both map a canonical name to its variants:

    Sergey Lavrov: [Sergei Lavrov, Sergey Viktorovich Lavrov]
"""

from __future__ import annotations

from pathlib import Path

from generator.ingest.yamlfile import ContentError, Mapping, line_of, load_yaml, read_text
from generator.model import Problem

BUILTIN = Path(__file__).resolve().parent.parent / "data" / "aliases.yaml"


def _table(path: Path) -> dict[str, str]:
    """Variant -> canonical name. A variant given to two people is an error naming both lines:
    the second would silently win, renaming the first person's quotes."""
    text = read_text(path)
    data = load_yaml(text, str(path)) or Mapping()
    if not isinstance(data, dict):
        raise ContentError([Problem(str(path), "the alias table must map a canonical name to a list of variants",
                                    "write `Canonical Name: [Variant One, Variant Two]`", 1)])
    table: dict[str, str] = {}
    seen: dict[str, int | None] = {}
    problems = []
    for canonical, variants in data.items():
        if isinstance(variants, str):
            variants = [variants]
        if not isinstance(variants, list | None):
            raise ContentError([Problem(str(path), f"the variants of {canonical!r} must be a list of names",
                                        "write `Canonical Name: [Variant One, Variant Two]`", line_of(data, canonical))])
        lines = getattr(variants, "item_lines", [])
        for i, variant in enumerate(variants or []):
            line = lines[i] if i < len(lines) else line_of(data, canonical)
            if str(variant) in table and table[str(variant)] != str(canonical):
                problems.append(Problem(str(path), f"{variant!r} is a variant of both {table[str(variant)]!r} (line "
                                        f"{seen[str(variant)]}) and {canonical!r} (line {line})",
                                        "keep it under one name; correct a single quote in its source's desk file",
                                        line))
            table[str(variant)], seen[str(variant)] = str(canonical), line
        table[str(canonical)] = str(canonical)
    if problems:
        raise ContentError(problems)
    return table


def load_aliases(extra: Path | None = None) -> dict[str, str]:
    """Variant -> canonical name; the editors' table wins over the built-in one."""
    table = _table(BUILTIN) if BUILTIN.exists() else {}
    if extra is not None:
        table.update(_table(extra))
    return table
