"""The desk's file for a source: `NAME.yaml` beside `NAME.html` or `NAME.txt`.

The saved source is never edited (its bytes are the evidence, and the cache key); what the
desk knows better than the machine reading goes beside it, in one small file per source:

    date: 2026-12-06                 # when the desk made these corrections (the log's date)
    why: The reader took "Washington" for the speaker.
    metadata: {outlet: Al Bawaba, published: 2019-11-20, url: https://…, authors: […]}
    quotes:
      - {quote: "not, per se, inconsistent", speaker: Mike Pompeo}   # or `speaker: unnamed`
      - {quote: "dangerous consequences", not_a_quote: true}
      - {add: "words exactly as the article has them", speaker: Ayman Safadi}
    links:
      - {quote: "first words", with: OTHER-QUOTE-ID, reject: true}
      - {quote: "first words", with: {article: OTHER-FILE, quote: "its first words"}, kind: partial}

This module only reads and checks the file, every problem at its line; corrections.py
applies it to the machine reading.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from generator.ingest.read import SOURCE_SUFFIXES
from generator.ingest.yamlfile import (
    ContentError,
    Mapping,
    date_problem,
    iso_date,
    line_of,
    load_yaml,
    read_text,
    unknown_keys,
)
from generator.model import Problem

DESK_KEYS = {"date", "editor", "why", "metadata", "quotes", "links"}
METADATA_KEYS = ("title", "outlet", "published", "url", "authors", "language")
QUOTE_KEYS = {"quote", "add", "speaker", "not_a_quote", "why"}
LINK_KEYS = {"quote", "with", "reject", "kind", "why"}
LINK_KINDS = ("verbatim", "partial", "paraphrase")
UNNAMED = "unnamed"
SUFFIX = ".yaml"
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")  # BCP 47, as the page's lang attribute takes it


@dataclass
class QuoteFix:
    """One correction of the quotes: `ref` names a quote (id or first words), or, for `add`,
    is the words of the quote to add."""

    action: Literal["speaker", "not-a-quote", "add"]
    ref: str
    line: int | None
    speaker: str | None = None  # the name as the desk wrote it; None is `unnamed`
    why: str = ""


@dataclass
class LinkFix:
    """A decision on a link between a quote of this source and `other` (an id, or first words
    in `other_article`)."""

    action: Literal["reject", "add"]
    ref: str
    other: str
    other_article: str | None
    line: int | None
    kind: str | None = None
    why: str = ""


@dataclass
class DeskFile:
    path: str
    source: str
    date: str
    editor: str = ""
    why: str = ""
    metadata: dict[str, str | list[str]] = field(default_factory=dict)
    metadata_lines: dict[str, int | None] = field(default_factory=dict)
    quotes: list[QuoteFix] = field(default_factory=list)
    links: list[LinkFix] = field(default_factory=list)


def desk_path(source: str) -> str:
    """Where the desk file of `source` is: the same folder and name, `.yaml`."""
    return os.path.splitext(source)[0] + SUFFIX


def orphans(folder: Path) -> list[Problem]:
    """Desk files beside no source: the source was renamed or deleted, and its corrections
    would silently stop applying."""
    if not folder.is_dir():
        return []
    problems = []
    for path in sorted(folder.rglob(f"*{SUFFIX}")):
        if not any(path.with_suffix(suffix).is_file() or path.with_suffix(suffix.upper()).is_file()
                   for suffix in SOURCE_SUFFIXES):
            near = sorted(p.name for p in path.parent.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES)
            problems.append(Problem(str(path), f"no source {path.stem}.html or {path.stem}.txt beside this desk file",
                                    "rename it after its source" + (f" (sources here: {', '.join(near[:3])}…)" if near else ""),
                                    1))
    return problems


def _text(value: object) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip() != ""


def _metadata(data: object, path: str, line: int | None) -> tuple[dict, dict, list[Problem]]:
    if not isinstance(data, Mapping):
        return {}, {}, [Problem(path, "`metadata` must be a mapping of fields", "write `metadata: {outlet: …, url: …}`",
                                line)]
    problems = unknown_keys(data, set(METADATA_KEYS), path, "metadata field")
    values: dict[str, str | list[str]] = {}
    for key in METADATA_KEYS:
        if key not in data:
            continue
        value, at = data[key], data.line_of(key)
        if key == "authors":
            names = [value] if isinstance(value, str) else value
            if not isinstance(names, list) or not all(_text(n) for n in names):
                problems.append(Problem(path, "`authors` must be a list of names", "write `authors: [Name One, Name Two]`", at))
                continue
            values[key] = [str(n).strip() for n in names]
        elif not _text(value):
            problems.append(Problem(path, f"`{key}` must be a single text value", "see docs/editors.md", at))
        elif key == "published" and date_problem(value, path, at, key):
            problems.append(date_problem(value, path, at, key))  # type: ignore[arg-type]
        elif key == "language" and not _LANGUAGE.fullmatch(str(value).strip()):
            problems.append(Problem(path, f"`language: {value}` is not a language tag", "write its BCP 47 tag, e.g. "
                                    "`en`, `fr`, `pt-BR`", at))
        elif key == "url" and not str(value).startswith(("https://", "http://")):
            problems.append(Problem(path, f"`url: {value}` is not a web address", "write the original's full "
                                    "address, starting with https://", at))
        else:
            values[key] = iso_date(value) if key == "published" else str(value).strip()  # type: ignore[assignment]
    return values, {k: data.line_of(k) for k in values}, problems


def _quote_fix(item: Mapping, path: str) -> QuoteFix | Problem:
    has = [k for k in ("quote", "add") if item.get(k) not in (None, "")]
    if len(has) != 1:
        return Problem(path, "a quote correction names one quote: `quote:` (to correct it) or `add:` (to add it)",
                       "write `- {quote: \"its first words\", speaker: Name}` or `- {add: \"the words\"}`", item.line)
    why = str(item.get("why") or "").strip()
    speaker = item.get("speaker")
    if "speaker" in item and not _text(speaker):
        return Problem(path, "`speaker` must be a person's name, or `unnamed`", "write `speaker: Mike Pompeo`",
                       item.line_of("speaker"))
    name = None if speaker is None or str(speaker).strip().lower() == UNNAMED else str(speaker).strip()
    if has == ["add"]:
        if "not_a_quote" in item:
            return Problem(path, "an added quote cannot also be `not_a_quote`", "remove one of the two lines",
                           item.line_of("not_a_quote"))
        return QuoteFix("add", str(item["add"]), item.line_of("add"), name, why)
    if ("speaker" in item) == ("not_a_quote" in item):
        return Problem(path, "say what is wrong with the quote: `speaker: Name` (or `unnamed`), or `not_a_quote: true`",
                       "add one of the two", item.line)
    if "not_a_quote" in item:
        if item["not_a_quote"] is not True and str(item["not_a_quote"]).lower() != "true":
            return Problem(path, "`not_a_quote` must be `true`", "delete the entry to keep the quote",
                           item.line_of("not_a_quote"))
        return QuoteFix("not-a-quote", str(item["quote"]), item.line_of("quote"), why=why)
    return QuoteFix("speaker", str(item["quote"]), item.line_of("quote"), name, why)


def _link_fix(item: Mapping, path: str) -> LinkFix | Problem:
    other = item.get("with")
    if not _text(item.get("quote")) or other in (None, ""):
        return Problem(path, "a link decision names two quotes: `quote:` (in this source) and `with:` (the other)",
                       "write `- {quote: \"first words\", with: OTHER-QUOTE-ID, reject: true}`", item.line)
    if isinstance(other, Mapping):
        extra = unknown_keys(other, {"article", "quote"}, path, "key")
        if extra:
            return extra[0]
        if not _text(other.get("article")) or not _text(other.get("quote")):
            return Problem(path, "`with:` as a mapping needs `article:` and `quote:`",
                           "write `with: {article: OTHER-FILE.html, quote: \"its first words\"}`", other.line)
        other_ref, other_article = str(other["quote"]), str(other["article"])
    elif _text(other):
        other_ref, other_article = str(other), None
    else:
        return Problem(path, "`with:` must be a quote id or `{article: …, quote: …}`", "see docs/editors.md",
                       item.line_of("with"))
    if ("reject" in item) == ("kind" in item):
        return Problem(path, "say what to do with the link: `reject: true`, or `kind:` to add it",
                       f"add one of the two (kinds: {', '.join(LINK_KINDS)})", item.line)
    why = str(item.get("why") or "").strip()
    if "reject" in item:
        if item["reject"] is not True and str(item["reject"]).lower() != "true":
            return Problem(path, "`reject` must be `true`", "delete the entry to keep the link", item.line_of("reject"))
        return LinkFix("reject", str(item["quote"]), other_ref, other_article, item.line_of("quote"), why=why)
    if item["kind"] not in LINK_KINDS:
        return Problem(path, f"unknown link kind {item['kind']!r}", f"choose one of: {', '.join(LINK_KINDS)}",
                       item.line_of("kind"))
    return LinkFix("add", str(item["quote"]), other_ref, other_article, item.line_of("quote"), str(item["kind"]), why)


def _entries(data: Mapping, key: str, allowed: set[str], make, path: str) -> tuple[list, list[Problem]]:
    value = data.get(key)
    if value is None:
        return [], []
    if not isinstance(value, list):
        return [], [Problem(path, f"`{key}` must be a list of `- {{…}}` entries", "see docs/editors.md",
                            data.line_of(key))]
    made: list[Any] = []
    problems: list[Problem] = []
    for item in value:
        if not isinstance(item, Mapping):
            problems.append(Problem(path, f"each entry of `{key}` must be a mapping", "see docs/editors.md",
                                    line_of(value) or data.line_of(key)))
            continue
        extra = unknown_keys(item, allowed, path)
        if extra:
            problems += extra
            continue
        fix = make(item, path)
        (problems if isinstance(fix, Problem) else made).append(fix)
    return made, problems


def load_desk_file(path: str, source: str) -> DeskFile:
    """Read and check one desk file; ContentError with every problem, each at its line."""
    data = load_yaml(read_text(Path(path)), path)
    if not isinstance(data, Mapping):
        raise ContentError([Problem(path, "a desk file must be a mapping of `key: value` lines",
                                    "see docs/editors.md", 1)])
    problems = unknown_keys(data, DESK_KEYS, path)
    if data.get("date") in (None, ""):
        problems.append(Problem(path, "missing required key 'date'", "add `date:` (when the desk made these "
                                "corrections, e.g. `date: 2026-12-06`): the Corrections page lists them by it", 1))
    elif (bad := date_problem(data["date"], path, data.line_of("date"))) is not None:
        problems.append(bad)
    metadata, metadata_lines, found = _metadata(data.get("metadata", Mapping()), path, data.line_of("metadata"))
    problems += found
    quotes, found = _entries(data, "quotes", QUOTE_KEYS, _quote_fix, path)
    problems += found
    links, found = _entries(data, "links", LINK_KEYS, _link_fix, path)
    problems += found
    if problems:
        raise ContentError(problems)
    return DeskFile(path=path, source=source, date=iso_date(data["date"]) or "", editor=str(data.get("editor") or ""),
                    why=str(data.get("why") or "").strip(), metadata=metadata, metadata_lines=metadata_lines,
                    quotes=quotes, links=links)


def load_desk_files(sources: list[str]) -> tuple[list[DeskFile], list[Problem]]:
    """The desk files beside the given sources (a stat per source), every problem of all."""
    desks, problems = [], []
    for source in sources:
        path = desk_path(source)
        if not os.path.isfile(path):
            continue
        try:
            desks.append(load_desk_file(path, source))
        except ContentError as exc:
            problems += exc.problems
    return desks, problems
