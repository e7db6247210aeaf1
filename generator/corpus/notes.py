"""Stage 8 (corpus): editors' notes. Load Markdown + YAML front matter, check, resolve, render.

A note judges an article, a quote (by id, or by source file + the quote's first
words) or a claim. Markdown is rendered by Python-Markdown and then sanitized by nh3:
raw HTML in a note is never passed through as written.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import cast

import markdown
import nh3

from generator.corpus import quoterefs
from generator.corpus.verdicts import scale
from generator.ingest.listing import ignored_reason
from generator.ingest.read import slugify
from generator.ingest.yamlfile import (
    ContentError,
    Mapping,
    closest,
    date_problem,
    iso_date,
    line_of,
    load_each,
    load_yaml,
    read_text,
    unknown_keys,
)
from generator.model import Article, Note, NoteUpdate, Problem, Verdict

VERDICTS = {v.key: v.meaning for v in scale()}
NOTE_KEYS = {"title", "verdict", "summary", "editor", "date", "target", "article", "quote", "claim",
             "claimant", "appearance", "sources", "topics", "updates"}
UPDATE_KEYS = {"date", "what", "why"}
REQUIRED = ("title", "verdict", "summary", "editor", "date")
FRONT_MATTER = _FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


def render_markdown(text: str) -> str:
    """Markdown to sanitized HTML: links keep only http(s)/mailto and get rel=nofollow."""
    html = markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html")
    return nh3.clean(html, url_schemes={"http", "https", "mailto"}, link_rel="nofollow noopener noreferrer")


_closest = closest
LIST_KEYS = ("sources", "topics")


def _shape_problems(data: dict, path: str, lines: dict[str, int]) -> list[Problem]:
    """Values of the wrong shape: a mapping where text belongs would reach the pages as "{...}".

    A single string where a list belongs is taken as a one-item list (it would otherwise be
    read one character at a time).
    """
    for key in LIST_KEYS:
        if isinstance(data.get(key), str):
            data[key] = [data[key]]
    problems = []
    for key, value in data.items():
        if key == "updates":
            continue
        if key in LIST_KEYS:
            bad = value is not None and (not isinstance(value, list) or any(isinstance(v, dict | list) for v in value))
            shape = "a list of text values, e.g. `[one, two]`"
        else:
            bad = isinstance(value, dict | list)
            shape = "a single text value (quote it if it contains `: ` or starts with `[`)"
        if bad:
            problems.append(Problem(path, f"{key!r} must be {shape}", "see docs/editors.md", lines.get(key)))
    return problems


def parse_note(path: Path) -> Note:
    """Read one note file, raising ContentError with every problem found in it."""
    text = read_text(path)
    match = _FRONT.match(text)
    if not match:
        raise ContentError([Problem(str(path), "no YAML front matter", "start the file with a `---` line, the fields, and `---`", 1)])
    front = match.group(1)
    data = load_yaml(front, str(path), first_line=2)
    if not isinstance(data, Mapping):
        raise ContentError([Problem(str(path), "front matter must be a mapping of `key: value` lines", "see docs/editors.md", 2)])
    lines = dict(data.key_lines)
    problems = unknown_keys(data, NOTE_KEYS, str(path), "front-matter key")
    if isinstance(data.get("verdict"), bool):  # YAML reads a bare `false` as a boolean
        data["verdict"] = "false" if data["verdict"] is False else "true"
    problems += _shape_problems(data, str(path), lines)
    problems += [Problem(str(path), f"missing required key {key!r}", f"add `{key}:` to the front matter", 2)
                 for key in REQUIRED if data.get(key) in (None, "")]
    verdict = str(data.get("verdict", "")).strip().lower().replace(" ", "-")
    if data.get("verdict") and verdict not in VERDICTS:
        problems.append(Problem(str(path), f"unknown verdict {data['verdict']!r}", _closest(verdict, list(VERDICTS)),
                                lines.get("verdict")))
    if not any(data.get(k) for k in ("article", "quote", "claim")):
        problems.append(Problem(str(path), "the note targets nothing", "add `article:`, `quote:` or `claim:`", 2))
    if data.get("date") not in (None, ""):
        problems += filter(None, [date_problem(data["date"], str(path), lines.get("date"))])
    updates, update_problems = _updates(data.get("updates"), str(path), lines.get("updates"))
    problems += update_problems
    if problems:
        raise ContentError(problems)
    body = text[match.end():]
    target = "quote" if data.get("quote") else "claim" if data.get("claim") else "article"
    return Note(path=str(path), slug=slugify(path.stem), title=str(data["title"]), verdict=cast(Verdict, verdict),
                summary=str(data["summary"]).strip(), body_html=render_markdown(body), editor=str(data["editor"]),
                date=iso_date(data["date"]) or str(data["date"]), target=target, article_id=data.get("article"), quote_id=data.get("quote"),
                claim=data.get("claim"), claimant=data.get("claimant"), appearance=data.get("appearance"),
                sources=[str(s) for s in data.get("sources") or []], topics=[str(t) for t in data.get("topics") or []],
                lines=lines, updates=updates)


def _updates(value: object, path: str, line: int | None) -> tuple[list[NoteUpdate], list[Problem]]:
    """`updates:` — a list of `{date, what, why}`: each a dated correction of the published note.

    An update never replaces `date:` (the first publication); ClaimReview's dateModified and
    the feed's updated date come from the latest one."""
    if value is None:
        return [], []
    if not isinstance(value, list):
        return [], [Problem(path, "`updates` must be a list of `- date: …, what: …, why: …` entries",
                            "see docs/editors.md", line)]
    updates, problems = [], []
    for item in value:
        if not isinstance(item, Mapping):
            problems.append(Problem(path, "each update must be a mapping with `date`, `what` and `why`",
                                    "write `- {date: 2026-11-21, what: …, why: …}`", line_of(value) or line))
            continue
        problems += unknown_keys(item, UPDATE_KEYS, path, "update key")
        problems += [Problem(path, f"the update has no {key!r}", f"add `{key}:` to the update", item.line)
                     for key in ("date", "what") if item.get(key) in (None, "")]
        if item.get("date") not in (None, ""):
            problems += filter(None, [date_problem(item["date"], path, item.line_of("date"))])
        if not problems:
            updates.append(NoteUpdate(iso_date(item["date"]) or "", str(item["what"]).strip(),
                                      str(item.get("why") or "").strip()))
    return sorted(updates, key=lambda u: u.date), problems


def load_notes(folder: Path) -> list[Note]:
    """All notes of a folder, sorted by file name; every problem of every file is reported."""
    return load_each([p for p in sorted(folder.glob("*.md")) if ignored_reason(p.name) is None], parse_note)


def resolve(notes: list[Note], articles: list[Article]) -> list[Problem]:
    """Point each note at the article/quote it names; report those that target nothing."""
    by_id = {a.id: a for a in articles}
    names = [(os.path.basename(a.source), a) for a in articles]  # strings: Path objects cost 0.4 s at 10k sources
    by_stem = {name: a for name, a in names} | {os.path.splitext(name)[0]: a for name, a in names}
    index = quoterefs.QuoteIndex.of(articles)
    problems = []
    for note in notes:
        article = by_id.get(str(note.article_id)) or by_stem.get(str(note.article_id)) if note.article_id else None
        if note.article_id and article is None:
            problems.append(Problem(note.path, f"article {note.article_id!r} does not exist",
                                    _closest(str(note.article_id), sorted(by_stem)), note.lines.get("article")))
            continue
        if article is not None:
            note.article_id = article.id
        if note.target != "quote":
            continue
        found = quoterefs.find(str(note.quote_id), article, index)
        if isinstance(found, quoterefs.Miss):
            problems.append(Problem(note.path, found.message, found.hint, note.lines.get("quote")))
            continue
        quote, owner = found
        note.quote_id, note.article_id = quote.id, owner.id
    return problems


def check_topics(notes: list[Note], known: set[str]) -> list[Problem]:
    """`topics:` in a note must name existing dossiers."""
    return [Problem(n.path, f"unknown topic {slug!r}", _closest(slug, sorted(known)), n.lines.get("topics"))
            for n in notes for slug in n.topics if slug not in known]
