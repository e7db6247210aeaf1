"""schema.org ClaimReview JSON-LD for a note's verdict (fact-check rich results).

Google requires `claimReviewed`, `reviewRating` (with `alternateName`, the verdict as a
reader reads it), `url` and `author`; `itemReviewed` names the Claim's author and where it
appeared: the original's address when the page or the desk gives it, else the digest's copy.
A note's latest dated update is its `dateModified`. Ratings run 1 (false) to 5 (accurate) so a machine can order them.
"""

from __future__ import annotations

from typing import Any

from generator.corpus.verdicts import scale
from generator.model import Article, Digest, Note

RATINGS = {v.key: v.rating for v in scale()}  # generator/data/verdicts.yaml
LABELS = {v.key: v.label for v in scale()}


def _claim_text(note: Note, digest: Digest) -> str:
    if note.claim:
        return note.claim
    for article in digest.articles:
        for quote in article.quotes:
            if quote.id == note.quote_id:
                return quote.text
    return note.title


def _claimant(note: Note, digest: Digest) -> str | None:
    if note.claimant:
        return note.claimant
    return next((q.speaker for a in digest.articles for q in a.quotes if q.id == note.quote_id), None)


def _appearance(article: Article | None, site_url: str) -> dict[str, Any] | None:
    if article is None:
        return None
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": article.meta.title,
                            "url": article.meta.url or f"{site_url}/articles/{article.id}/"}
    if article.meta.published:
        work["datePublished"] = article.meta.published
    if article.meta.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.meta.outlet}
    return work


def claim_review(note: Note, digest: Digest, page_url: str, site_url: str = "", site_name: str = "") -> dict[str, Any]:
    """The ClaimReview object for one note, ready to serialise as JSON-LD."""
    article = next((a for a in digest.articles if a.id == note.article_id), None)
    claim: dict[str, Any] = {"@type": "Claim"}
    claimant = _claimant(note, digest)
    if claimant:
        kind = "Person" if len(claimant.split()) >= 2 else "Organization"
        claim["author"] = {"@type": kind, "name": claimant}
    appearance = _appearance(article, site_url)
    if appearance:
        claim["appearance"] = appearance
        if article is not None and article.meta.published:
            claim["datePublished"] = article.meta.published
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_url,
        "claimReviewed": _claim_text(note, digest),
        "itemReviewed": claim,
        "author": {"@type": "Organization", "name": site_name or note.editor, "url": site_url or page_url},
        "datePublished": note.date,
        "reviewRating": {"@type": "Rating", "ratingValue": RATINGS[note.verdict], "bestRating": 5, "worstRating": 1,
                         "alternateName": LABELS[note.verdict]},
    }
    if note.modified:  # the latest of the note's dated updates (the corrections policy)
        review["dateModified"] = note.modified
    if note.editor:
        review["creator"] = {"@type": "Person", "name": note.editor}
    return review
