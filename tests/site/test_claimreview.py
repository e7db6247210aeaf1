"""ClaimReview JSON-LD: the fields Google documents for fact-check rich results."""

from __future__ import annotations

from pathlib import Path

from generator.model import Article, Digest, Metadata, Note, Quote
from generator.site.claimreview import RATINGS, claim_review

QUOTE = Quote(id="a-1", text="There was no agreement that we would share information", speaker="Sergey Lavrov",
              kind="statement", paragraph=0, start=0, end=10)
ARTICLE = Article(source="content/sources/a.txt", id="a", kind="text",
                  meta=Metadata(title="Russia, US reach no agreement", outlet="Xinhua", published="2014-10-25"),
                  paragraphs=[], removed=[], quotes=[QUOTE])


def note(**kw) -> Note:
    base = dict(path="content/notes/n.md", slug="n", title="T", verdict="misleading", summary="S", body_html="",
                editor="Digest desk", date="2014-10-27", target="quote", article_id="a", quote_id="a-1")
    return Note(**(base | kw))


def test_required_and_recommended_fields():
    review = claim_review(note(), Digest(articles=[ARTICLE]), "https://x.org/notes/n/", "https://x.org", "Digest")
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["url"] == "https://x.org/notes/n/"
    assert review["claimReviewed"] == QUOTE.text
    assert review["author"] == {"@type": "Organization", "name": "Digest", "url": "https://x.org"}
    assert review["datePublished"] == "2014-10-27"
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] == "Misleading"
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@type": "Person", "name": "Sergey Lavrov"}
    assert claim["appearance"]["headline"] == "Russia, US reach no agreement"
    assert claim["appearance"]["publisher"]["name"] == "Xinhua"
    assert claim["datePublished"] == "2014-10-25"


def test_claim_note_uses_its_own_text_and_claimant():
    review = claim_review(note(target="claim", quote_id=None, claim="Russia never shared data", claimant="Kremlin"),
                          Digest(articles=[ARTICLE]), "https://x.org/notes/n/")
    assert review["claimReviewed"] == "Russia never shared data"
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Kremlin"}


def test_every_verdict_has_a_rating_and_the_scale_is_documented():
    editors = Path(__file__).resolve().parent.parent.parent / "docs" / "editors.md"
    text = editors.read_text(encoding="utf-8")
    for verdict, value in RATINGS.items():
        assert f"| `{verdict}` |" in text and 1 <= value <= 5
