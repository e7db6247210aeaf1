"""Same words, different speakers: the article card of each version and the dossier's statement say so."""

from __future__ import annotations

from generator.model import Digest, Link, Topic
from tests.site.test_pages import make_article, pages_by_path, render

WORDS = "we shared the data with them"


def _digest(speaker_b: str, differ: bool) -> Digest:
    a = make_article("a", f'He said "{WORDS}" on Monday.', [(WORDS, "Ann Lee")], "Paper A", "2014-10-25")
    b = make_article("b", f'She said "{WORDS}" later.', [(WORDS, speaker_b)], "Paper B", "2014-10-26")
    link = Link("a-00000000", "b-00000000", "verbatim", 1.0, [("equal", WORDS, WORDS)], speakers_differ=differ)
    topic = Topic(slug="spying", title="Spying", description="Who shares what.", terms={"share": 1.0})
    return Digest(articles=[a, b], links=[link], topics=[topic], notes=[])


def test_both_cards_and_the_dossier_flag_two_speakers():
    pages = pages_by_path(_digest("Bo Chen", True))
    for path, other in (("articles/a/index.html", "Bo Chen"), ("articles/b/index.html", "Ann Lee")):
        flag = render(pages[path]).select_one(".versions .flag-speakers")
        assert flag is not None and "Same words, different speakers" in flag.text and other in flag.text
    flag = render(pages["dossiers/spying/index.html"]).select_one(".statement .flag-speakers")
    assert flag is not None and flag.text.endswith("attributed to Ann Lee and Bo Chen.")


def test_one_speaker_is_not_flagged():
    pages = pages_by_path(_digest("Ann Lee", False))
    assert render(pages["articles/a/index.html"]).select_one(".flag-speakers") is None
    assert render(pages["dossiers/spying/index.html"]).select_one(".flag-speakers") is None
