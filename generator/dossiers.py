"""Stage 7 (corpus): dossiers. Load topic definitions and place articles in them.

Topic evidence is data (content/topics/*.yaml); this module only applies it. A term
found in the title or standfirst weighs more than one deep in the body, so an article
that merely mentions a topic in passing stays out.
"""

from __future__ import annotations

import re
from pathlib import Path

from .model import Article, Evidence, Placement, Problem, Topic
from .yamlfile import ContentError, key_lines, load_yaml

TOPIC_KEYS = {"slug", "title", "description", "terms", "exclude", "threshold"}
WHERE_WEIGHT = {"title": 3.0, "summary": 2.0, "heading": 1.5, "body": 1.0}


def load_topic(path: Path) -> Topic:
    """Read one topic file; raise ContentError with the file and line of each problem."""
    text = path.read_text(encoding="utf-8")
    data = load_yaml(text, str(path))
    lines = key_lines(text)
    if not isinstance(data, dict):
        raise ContentError([Problem(str(path), "a topic file must be a YAML mapping", "see docs/editors.md", 1)])
    problems = [Problem(str(path), f"unknown key {key!r}", f"allowed keys: {', '.join(sorted(TOPIC_KEYS))}", lines.get(key))
                for key in data if key not in TOPIC_KEYS]
    terms = data.get("terms") or {}
    if isinstance(terms, list):
        terms = {str(t): 1.0 for t in terms}
    if not terms:
        problems.append(Problem(str(path), "the topic has no terms", "add `terms:` with phrases that place an article in it",
                                lines.get("terms", 1)))
    if problems:
        raise ContentError(problems)
    return Topic(slug=str(data.get("slug") or path.stem), title=str(data.get("title") or path.stem),
                 description=str(data.get("description") or ""),
                 terms={str(k).lower(): float(v) for k, v in terms.items()},
                 exclude=[str(x).lower() for x in data.get("exclude") or []],
                 threshold=float(data.get("threshold", 3.0)), path=str(path))


def load_topics(folder: Path) -> list[Topic]:
    """All topics of a folder, sorted by slug; every problem of every file is reported."""
    topics, problems = [], []
    for path in sorted(folder.glob("*.yaml")):
        try:
            topics.append(load_topic(path))
        except ContentError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ContentError(problems)
    return topics


def _count(term: str, text: str) -> int:
    return len(re.findall(rf"\b{re.escape(term)}\b", text))


def classify(article: Article, topics: list[Topic]) -> list[Placement]:
    """The topics whose weighted term evidence in the article reaches their threshold."""
    parts = [("title", article.meta.title.lower())]
    parts += [(p.kind, p.text.lower()) for p in article.paragraphs]
    placements = []
    for topic in topics:
        if any(_count(x, text) for x in topic.exclude for _, text in parts):
            continue
        evidence: dict[tuple[str, str], int] = {}
        score = 0.0
        for term, weight in topic.terms.items():
            for where, text in parts:
                n = _count(term, text)
                if n:
                    evidence[(term, where)] = evidence.get((term, where), 0) + n
                    score += weight * WHERE_WEIGHT.get(where, 1.0) * n
        if score >= topic.threshold:
            placements.append(Placement(topic=topic.slug, score=round(score, 2),
                                        evidence=[Evidence(t, w, n) for (t, w), n in sorted(evidence.items())]))
    return placements
