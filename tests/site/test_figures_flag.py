"""Figures that differ inside one statement: the article card of each version and the dossier's statement say so."""

from __future__ import annotations

from generator.model import Digest, Link, Topic
from tests.site.test_pages import make_article, pages_by_path, render

A = "more than 2,000 insurgents were involved in the attack"
B = "2,100 combatants had been involved in the attack"


def _digest(differ: bool) -> Digest:
    a = make_article("a", f'A rebel said "{A}" on Monday.', [(A, "Ann Lee")], "Paper A", "2014-10-25")
    b = make_article("b", f'The rebel said "{B}" later.', [(B, "Ann Lee")], "Paper B", "2014-10-26")
    ops = [("replace", "more than 2,000 insurgents were", "2,100 combatants had been"),
           ("equal", "involved in the attack", "involved in the attack")]
    link = Link("a-00000000", "b-00000000", "paraphrase", 0.95, ops, figures_differ=differ)
    topic = Topic(slug="spying", title="The attack", description="Who fought.", terms={"involved": 1.0})
    return Digest(articles=[a, b], links=[link], topics=[topic], notes=[])


def test_both_cards_and_the_dossier_flag_figures_that_differ():
    pages = pages_by_path(_digest(True))
    for path in ("articles/a/index.html", "articles/b/index.html"):
        flag = render(pages[path]).select_one(".versions .flag-figures")
        assert flag is not None and flag.text.startswith("Figures differ:")
    flag = render(pages["dossiers/spying/index.html"]).select_one(".statement .flag-figures")
    assert flag is not None and "each state a figure the other does not" in flag.text


def test_a_link_whose_figures_agree_is_not_flagged():
    pages = pages_by_path(_digest(False))
    assert render(pages["articles/a/index.html"]).select_one(".flag-figures") is None
    assert render(pages["dossiers/spying/index.html"]).select_one(".flag-figures") is None
