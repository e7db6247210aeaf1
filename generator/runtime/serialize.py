"""Articles to and from plain dicts: the `digest analyze --json` contract and the cache format."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from generator.model import Article, Evidence, Link, Metadata, Paragraph, Placement, Quote, Removed


def article_to_cache(article: Article) -> dict[str, Any]:
    return _plain(article)


_FIELDS: dict[type, tuple[str, ...]] = {}


def field_names(kind: type) -> tuple[str, ...]:
    """The field names of a dataclass, computed once per class (every cached and rendered object asks)."""
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in fields(kind))
    return names


def _plain(value: Any) -> Any:
    """dataclasses.asdict without its deep copies: what it returns, in a seventh of the time
    (every analysed source goes through here on its way to the cache)."""
    if isinstance(value, str) or value is None:
        return value
    kind = type(value)
    if hasattr(kind, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in field_names(kind)}
    if kind is list:
        return [_plain(item) for item in value]
    if kind is tuple:
        return tuple(_plain(item) for item in value)
    if kind is dict:
        return {key: _plain(item) for key, item in value.items()}
    return value


def article_from_cache(data: dict[str, Any]) -> Article:
    return Article(
        source=data["source"], id=data["id"], kind=data["kind"], meta=Metadata(**data["meta"]),
        paragraphs=[Paragraph(**p) for p in data["paragraphs"]],
        removed=[Removed(**r) for r in data["removed"]],
        quotes=[_quote(q) for q in data["quotes"]],
        placements=[Placement(topic=p["topic"], score=p["score"], override=p.get("override", False),
                              evidence=[Evidence(**e) for e in p["evidence"]]) for p in data["placements"]],
    )


def _quote(data: dict[str, Any]) -> Quote:
    """A cached quote: its evidence flags come back from JSON as a list, and stay a tuple."""
    return Quote(**(data | {"speaker_evidence": tuple(data.get("speaker_evidence", ()))}))


def article_contract(article: Article) -> dict[str, Any]:
    """One article as `digest analyze --json` prints it (the evaluators' contract)."""
    meta = article.meta
    return {
        "source": article.source, "id": article.id, "title": meta.title, "outlet": meta.outlet,
        "published": meta.published, "dateline": meta.dateline, "authors": meta.authors,
        "byline_organisation": meta.byline_organisation, "url": meta.url,
        "language": meta.language, "provenance": dict(meta.provenance),
        "paragraphs": [{"text": p.text, "kind": p.kind, "speaker": p.speaker, "line": p.line} for p in article.paragraphs],
        "removed": [{"text": r.text, "line": r.line, "reason": r.reason} for r in article.removed],
        "quotes": [_quote_contract(q) for q in article.quotes if q.kind != "spoken"],  # a transcript's turns are no quotations (quotes/spoken.py)
        "topics": article.topics,
        "placements": [_plain(p) for p in article.placements],
    }


def _quote_contract(q: Quote) -> dict[str, Any]:
    """A quote's `speaker` is who the text says spoke: a name, or the description of a speaker it does
    not name ("a senior official", with `speaker_described`); `speaker_rule` and `speaker_confidence`
    say which strategy read it and how far to trust it (the rule stays when the speaker is left unnamed)."""
    return {"id": q.id, "text": q.text, "speaker": q.said_by, "kind": q.kind, "paragraph": q.paragraph,
            "start": q.start, "end": q.end, "mention": q.mention, "speaker_rule": q.speaker_rule,
            "speaker_confidence": None if q.speaker_confidence is None else round(q.speaker_confidence, 3),
            "speaker_described": q.speaker is None and q.speaker_description is not None,
            "speaker_evidence": list(q.speaker_evidence), "desk": q.desk}


def link_contract(link: Link) -> dict[str, Any]:
    return {"a": link.a, "b": link.b, "kind": link.kind, "score": round(link.score, 3),
            "ops": [list(op) for op in link.ops], "desk": link.desk, "speakers_differ": link.speakers_differ,
            "figures_differ": link.figures_differ}
