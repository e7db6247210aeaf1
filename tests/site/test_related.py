"""Related pairs on the article page: two quotes the verifier finds alike but not surely one statement
are shown apart, as related, escaped, never as a version of the quote nor in its statement's cluster.
Real text: PolNeAR train quotes (quotes-dev) and TED segments of one talk (links-dev t0000, 'random')."""

from __future__ import annotations

from generator.corpus.links import match_all
from generator.model import Digest, Link
from generator.site.views import build_index
from tests.site.test_pages import HOSTILE, make_article, pages_by_path, render

LARGE = "If there is a large voter turnout, we will win here in California"  # Bernie Sanders, two reports
RECORD = "If there is a record-breaking turnout, I think we will win by big numbers."
MONEY = "people like me could make a lot of money."  # speaker not named in its article
ARROWS = "Three people who aren't happy doesn't seem like a lot to me"  # Barry Bennett
EMBRACE = "It looked as if they were still embracing each other."
MULTIVERSE = ("Is there any other life in the multiverse, would they be also speculating about our existence, "
              "thinking about their own origins?")


def two(first: str, second: str, speaker: str | None = "Ann Lee", other: str | None = "Ann Lee") -> Digest:
    a = make_article("a", f'She said "{first}" on Monday.', [(first, speaker)], "Paper A", "2014-10-25")
    b = make_article("b", f'She said "{second}" later.', [(second, other)], "Paper B", "2014-10-26")
    links, related = match_all([a, b])
    return Digest(articles=[a, b], links=links, related=related)


def test_one_forecast_told_two_ways_is_shown_as_related_not_as_one_statement():
    digest = two(LARGE, RECORD, "Bernie Sanders", "Bernie Sanders")
    assert digest.links == [] and len(digest.related) == 1
    card = render(pages_by_path(digest)["articles/a/index.html"]).find(id="about_00000000")
    assert "Also in" not in card.text  # no version of this quote: the pair is only related
    related = card.select_one("details.related")
    assert "not confirmed as the same statement" in related.select_one("summary").text
    assert RECORD in related.select_one(".diffline").text and "Paper B, quote 1" in related.text
    index = build_index(digest)
    assert index.cluster_of["a-00000000"] != index.cluster_of["b-00000000"]


def test_unrelated_sentences_and_common_words_from_an_unnamed_speaker_are_not_shown_at_all():
    digest = two(EMBRACE, MULTIVERSE)
    assert digest.links == [] and digest.related == []
    assert two(MONEY, ARROWS, None, "Barry Bennett").related == []  # alike by common words only
    card = render(pages_by_path(digest)["articles/a/index.html"]).find(id="about_00000000")
    assert card.select_one("details.related") is None


def test_a_related_quote_is_escaped():
    digest = two(LARGE, RECORD)
    other = digest.articles[1].quotes[0]
    other.text = RECORD + HOSTILE
    digest.related = [Link("a-00000000", other.id, "paraphrase", 0.7)]
    page = render(pages_by_path(digest)["articles/a/index.html"])
    assert page.find("script", string="alert(1)") is None and page.find("img", src="x") is None
    assert HOSTILE in page.select_one("details.related .diffline").text


def test_the_desk_rejecting_a_related_pair_hides_it_and_linking_it_makes_it_a_version():
    from generator.corpus.corrections import decide_links
    from generator.corpus.desk import DeskFile, LinkFix

    digest = two(LARGE, RECORD, "Bernie Sanders", "Bernie Sanders")
    a, b = digest.articles
    def desk(action: str) -> list[DeskFile]:
        fix = LinkFix(action, "If there is a large", b.quotes[0].id, None, 3, "paraphrase" if action == "add" else None)
        return [DeskFile("content/sources/a.yaml", a.source, "2026-12-07", links=[fix])]

    links, related, problems, log = decide_links(digest.links, digest.articles, desk("reject"), digest.related)
    assert (links, related, problems) == ([], [], []) and "rejected" in log[0].what
    links, related, problems, _ = decide_links(digest.links, digest.articles, desk("add"), digest.related)
    assert [(link.a, link.b, link.desk) for link in links] == [(a.quotes[0].id, b.quotes[0].id, "content/sources/a.yaml:3")]
    assert related == [] and problems == []
    assert decide_links(digest.links, digest.articles, [], digest.related)[1] == digest.related  # no desk: kept
