"""Speaker fixes, round 7: each rule on a real news sentence (adapted from US political news), and a
case it must not fire on."""

from __future__ import annotations

from generator.model import Article, Metadata, Paragraph, Quote
from generator.speakers import canonicalize


def _article(aid: str, speaker: str, text: str = "") -> Article:
    quote = Quote(id=f"{aid}-q", text="x", speaker=speaker, kind="statement", paragraph=0, start=0, end=1)
    return Article(source=aid, id=aid, kind="text", meta=Metadata(title=""), paragraphs=[Paragraph(text or "x")],
                   removed=[], quotes=[quote])


def test_a_lone_surname_is_not_merged_with_a_look_alike_surname_from_another_article():
    articles = [_article("a", "Haines", "“We are watching closely,” Haines said on Tuesday."),
                _article("b", "Bruce Haynes", "Republican strategist Bruce Haynes said the race was close.")]
    canonicalize(articles, {})
    assert [a.quotes[0].speaker for a in articles] == ["Haines", "Bruce Haynes"]


def test_a_lone_surname_still_takes_an_exact_or_grounded_full_name():
    # exact surname from another article
    articles = [_article("a", "Lavrov"), _article("b", "Sergey Lavrov")]
    canonicalize(articles, {})
    assert [a.quotes[0].speaker for a in articles] == ["Sergey Lavrov", "Sergey Lavrov"]
    # another spelling, but the article itself names the full name
    articles = [_article("a", "Shoigu", "Defence Minister Sergei Shoygu met the envoy. Shoigu said little."),
                _article("b", "Sergey Shoygu"), _article("c", "Sergey Shoygu")]
    canonicalize(articles, {})
    assert {a.quotes[0].speaker for a in articles} == {"Sergey Shoygu"}
