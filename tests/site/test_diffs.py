"""Honest counts and one diff convention, on the site built from the seeds.

A quote card counts the other articles carrying the quote (TASS quote 12 is twice in one
Xinhua article: one article, two quotes, each shown); every diff on every page reads the
same way: underlined words are only in the version shown, struck words only in the one it is
compared with, said by one legend.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ARTICLE, OTHER = "articles/000-385545522f94976e/", "articles/001-a6332ebc66c091c0/"
PAGES = (ARTICLE, "dossiers/intelligence-sharing/", "speakers/sergey-lavrov/")


def _soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def _quote_text(site: Path, href: str) -> list[str]:
    """The words of the quote a link points at (an article's body <q>), wherever the link is."""
    path, anchor = ("articles/" + href.split("articles/", 1)[1] if "articles/" in href else href).split("#")
    return _soup(site, path).find(id=anchor).get_text(" ").lower().split()


def _words(diff, tag: str) -> list[str]:
    return [w.strip(".,;:“”\"'’[]") for node in diff.find_all(tag) for w in node.get_text(" ").lower().split()]


def _card(site: Path, number: int):
    return _soup(site, ARTICLE).select("ol.quote-list > li")[number - 1]


def test_a_card_counts_articles_and_names_each_linked_quote(built_site):
    twice = _card(built_site, 12)
    assert twice.details.summary.get_text(" ", strip=True) == "Also in 1 other article (2 quotes)"
    links = [a.get_text(strip=True) for a in twice.select("ul.versions a")]
    assert len(links) == 2 and len(set(links)) == 2 and all(link.startswith("Xinhua, quote ") for link in links)
    once = _card(built_site, 11)
    assert once.details.summary.get_text(" ", strip=True) == "Also in 1 other article"


def test_one_legend_on_article_dossier_and_speaker_pages(built_site):
    legends = {path: _soup(built_site, path).select(".legend") for path in PAGES}
    assert all(len(found) == 1 for found in legends.values()), legends
    assert len({found[0].get_text(" ", strip=True) for found in legends.values()}) == 1
    assert "underlined words are only in the version shown" in legends[ARTICLE][0].get_text()


@pytest.mark.parametrize("path", [ARTICLE, OTHER])
def test_on_a_quote_card_the_line_is_the_other_version_compared_with_this_article(built_site, path):
    checked = 0
    for card in _soup(built_site, path).select("ol.quote-list > li"):
        placed = card.select_one(".qtext a")
        this = _quote_text(built_site, path + placed["href"]) if placed else None
        for row in card.select("ul.versions > li"):
            diff = row.select_one(".diff")
            if diff is None or this is None:
                continue
            other = _quote_text(built_site, row.a["href"])
            inserted, deleted = _words(diff, "ins"), _words(diff, "del")
            assert all(w in " ".join(other) for w in inserted), (inserted, other)
            assert all(w in " ".join(this) for w in deleted), (deleted, this)
            assert row.select_one(".cmp").get_text(strip=True) == "compared with this article"
            checked += bool(inserted or deleted)
    assert checked


def test_on_the_dossier_the_line_is_the_version_it_names(built_site):
    checked = 0
    for figure in _soup(built_site, "dossiers/intelligence-sharing/").select("figure.version"):
        diff = figure.select_one(".diff")
        if diff is None:
            continue
        shown = _quote_text(built_site, figure.blockquote["cite"])
        inserted = _words(diff, "ins")
        assert all(w in " ".join(shown) for w in inserted), (inserted, shown)
        checked += bool(inserted)
    assert checked
