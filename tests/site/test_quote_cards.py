"""A quote card as a reader meets it: the speaker's name, the words, their verdicts and other
versions. What only an editor needs (how the text names the speaker, what a fragment is, the
reference a note's `quote:` takes) sits in one small "About this quote" disclosure."""

from __future__ import annotations

from bs4 import BeautifulSoup

ARTICLE = "articles/000-385545522f94976e/"


def _cards(site):
    page = BeautifulSoup((site / ARTICLE / "index.html").read_text(encoding="utf-8"), "html.parser")
    return page.select("ol.quote-list > li")


def _reader_text(card) -> str:
    """The card as shown before anything is opened."""
    for closed in card.select("details"):
        closed.decompose()
    return card.get_text(" ", strip=True)


def test_ids_mentions_and_labels_sit_behind_about_this_quote(built_site):
    cards = _cards(built_site)
    assert len(cards) == 14
    for card in cards:
        about = card.select_one("details.qabout")
        assert about.summary.get_text(" ", strip=True).startswith("About this quote")
        reference = about.select_one("code.qid").get_text()
        assert reference.startswith("000-385545522f94976e-") and reference in card.select_one(".qtext").decode()
        shown = _reader_text(card)
        assert "Quote id" not in shown and reference not in shown and "fragment" not in shown
        assert "(“" not in shown


def test_the_mention_is_kept_when_it_is_not_the_name_and_a_fragment_is_explained(built_site):
    abouts = [card.select_one("details.qabout").get_text(" ", strip=True) for card in _cards(built_site)]
    named_he = [a for a in abouts if "names the speaker here as “he”" in a]
    assert len(named_he) == 4  # quotes 5, 6, 9 and 12 are Lavrov's as "he"
    assert sum("the Russian foreign minister" in a for a in abouts) == 1
    assert sum("A fragment: a few quoted words" in a for a in abouts) == 1
    plain = [a for a in abouts if "names the speaker" not in a]  # "Lavrov" is in the name shown: nothing to add
    assert len(plain) == 14 - 5 and all("fragment" not in a or "A fragment" in a for a in plain)
