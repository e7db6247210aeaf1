"""Stage 7 (corpus): dossiers. Load topic definitions and place articles in them.

Topic evidence is data (content/topics/*.yaml); this module only applies it. A term
found in the title or standfirst weighs more than one deep in the body, so an article
that merely mentions a topic in passing stays out.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from generator.ingest.listing import ignored_reason
from generator.ingest.yamlfile import (
    ContentError,
    Mapping,
    line_of,
    load_each,
    load_yaml,
    read_text,
    unknown_keys,
)
from generator.model import Article, Evidence, Placement, Problem, Topic
from generator.text.normalise import stem

TOPIC_KEYS = {"slug", "title", "description", "terms", "require", "exclude", "threshold"}
WHERE_WEIGHT = {"title": 3.0, "summary": 2.0, "heading": 1.5, "body": 1.0}
MAX_COUNT = 3  # a term repeated ten times is not ten times the evidence
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _shape_problems(data: dict, path: str, lines: dict[str, int]) -> list[Problem]:
    """Values of the wrong type or form, each at its line, before anything converts them.

    The slug becomes a folder of the site (dossiers/<slug>/): only lower-case letters,
    digits and hyphens, so it can neither leave that folder nor carry markup.
    """
    for key in ("exclude", "require"):
        if isinstance(data.get(key), str):
            data[key] = [data[key]]
    slug = str(data.get("slug") or Path(path).stem)
    terms, require = data.get("terms"), data.get("require") or []
    checks = {
        "slug": (_SLUG.fullmatch(slug), f"slug {slug!r} must be lower-case letters, digits and hyphens, "
                                        "e.g. `intelligence-sharing`"),
        "terms": (terms is None or (isinstance(terms, list) and all(isinstance(t, str | int | float) for t in terms))
                  or (isinstance(terms, dict) and all(_number(v) for v in terms.values())),
                  "`terms` must map phrases to numbers (`phrase: 2`) or list phrases"),
        "threshold": ("threshold" not in data or _number(data["threshold"]), "`threshold` must be a number"),
        "exclude": (isinstance(data.get("exclude") or [], list)
                    and not any(isinstance(x, dict | list) for x in data.get("exclude") or []),
                    "`exclude` must be a list of phrases"),
        "require": (isinstance(require, list) and all(isinstance(g, list | str) for g in require),
                    "`require` must be a list of groups, each a list of phrases"),
    }
    return [Problem(path, message, "see docs/editors.md", lines.get(key, 1)) for key, (ok, message) in checks.items() if not ok]


def load_topic(path: Path) -> Topic:
    """Read one topic file; raise ContentError with the file and line of each problem."""
    text = read_text(path)
    data = load_yaml(text, str(path))
    if not isinstance(data, Mapping):
        raise ContentError([Problem(str(path), "a topic file must be a YAML mapping", "see docs/editors.md", 1)])
    lines = data.key_lines
    problems = unknown_keys(data, TOPIC_KEYS, str(path))
    problems += _shape_problems(data, str(path), lines)
    if problems:
        raise ContentError(problems)
    terms = data.get("terms") or {}
    if isinstance(terms, list):
        terms = {str(t): 1.0 for t in terms}
    if not terms:
        problems.append(Problem(str(path), "the topic has no terms", "add `terms:` with phrases that place an article in it",
                                lines.get("terms", 1)))
    if problems:
        raise ContentError(problems)
    return Topic(slug=str(data.get("slug") or path.stem), title=str(data.get("title") or path.stem),
                 description=str(data.get("description") or "").strip(),
                 terms={str(k).lower(): float(v) for k, v in terms.items()},
                 exclude=[str(x).lower() for x in data.get("exclude") or []],
                 require=[[str(t).lower() for t in ([group] if isinstance(group, str) else group)]
                          for group in data.get("require") or []],
                 threshold=float(data.get("threshold", 3.0)), path=str(path))


def load_topics(folder: Path) -> list[Topic]:
    """All topics of a folder, sorted by slug; every problem of every file is reported."""
    return load_each([p for p in sorted(folder.glob("*.yaml")) if ignored_reason(p.name) is None], load_topic)


class _StemTable(dict):
    """word -> stem, filled on first sight: looked up from C by map(), 3x faster than calling
    the memoised stem() once per word of every paragraph."""

    def __missing__(self, word: str) -> str:
        value = self[word] = stem(word)
        return value


_STEMS = _StemTable()


def _stems(text: str) -> str:
    """Text as space-separated stems, padded, so a phrase is found as ` stem stem `."""
    return " " + " ".join(map(_STEMS.__getitem__, _WORD.findall(text.lower()))) + " "


@lru_cache(maxsize=4096)
def _term(term: str) -> str:
    return _stems(term)


def _count(term: str, stems: str) -> int:
    return stems.count(_term(term))


def _parts(article: Article) -> list[tuple[str, str]]:
    parts = [("title", _stems(article.meta.title))]
    return parts + [(p.kind if p.kind in WHERE_WEIGHT else "body", _stems(p.text)) for p in article.paragraphs]


def classify(article: Article, topics: list[Topic]) -> list[Placement]:
    """The topics whose weighted term evidence in the article reaches their threshold.

    Only the cleaned article is read (title, standfirst, headings, body), never what
    cleaning removed; every required group of words must be present.
    """
    parts = _parts(article)
    whole = " ".join(text for _, text in parts)
    placements = []
    for topic in topics:
        if any(_count(x, whole) for x in topic.exclude):
            continue
        if not all(any(_count(t, whole) for t in group) for group in topic.require):
            continue
        evidence: dict[tuple[str, str], int] = {}
        for term in topic.terms:
            for where, text in parts:
                n = _count(term, text)
                if n:
                    evidence[(term, where)] = evidence.get((term, where), 0) + n
        score = sum(topic.terms[t] * WHERE_WEIGHT[w] * min(n, MAX_COUNT) for (t, w), n in evidence.items())
        if score >= topic.threshold:
            placements.append(Placement(topic=topic.slug, score=round(score, 2),
                                        evidence=[Evidence(t, w, n) for (t, w), n in sorted(evidence.items())]))
    return placements


def apply_overrides(article: Article, topics: list[str], known: set[str]) -> None:
    """An editor's word wins: the article's dossiers become exactly `topics` (unknown slugs ignored)."""
    kept = {p.topic: p for p in article.placements}
    article.placements = [kept.get(slug) or Placement(topic=slug, score=0.0, override=True)
                          for slug in sorted(set(topics)) if slug in known]


OVERRIDE_KEYS = {"topics"}
DESK_FIELDS = {"title", "outlet", "published", "url", "authors", "language"}


def load_overrides(path: Path, known: set[str]) -> dict[str, list[str]]:
    """content/overrides.yaml: `SOURCE-FILE-NAME: {topics: [slug, ...]}`; unknown slugs and
    unknown keys are errors (a source's outlet, date or URL belong in its desk file)."""
    if not path.exists():
        return {}
    text = read_text(path)
    data = load_yaml(text, str(path)) or Mapping()
    if not isinstance(data, Mapping):
        raise ContentError([Problem(str(path), "overrides must map a source file name to `topics: [...]`",
                                    "see docs/editors.md", 1)])
    out, problems = {}, []
    for source, entry in data.items():
        if isinstance(entry, Mapping):
            problems += [Problem(str(path), f"{source}: {key!r} is not set here",
                                 f"set it in the source's desk file, {Path(str(source)).stem}.yaml beside the source "
                                 "(see docs/editors.md)", entry.line_of(key)) for key in entry if key in DESK_FIELDS]
            problems += unknown_keys(entry, OVERRIDE_KEYS, str(path), skip=DESK_FIELDS)
        topics = entry.get("topics") if isinstance(entry, dict) else None
        if not isinstance(topics, list):
            problems.append(Problem(str(path), f"{source}: expected `topics: [slug, ...]`", "see docs/editors.md",
                                    line_of(data, source)))
            continue
        for i, slug in enumerate(topics):
            if slug not in known:
                item_lines = getattr(topics, "item_lines", [])
                problems.append(Problem(str(path), f"unknown topic {slug!r}", f"known topics: {', '.join(sorted(known))}",
                                        item_lines[i] if i < len(item_lines) else line_of(data, source)))
        out[str(source)] = [str(t) for t in topics]
    if problems:
        raise ContentError(problems)
    return out
