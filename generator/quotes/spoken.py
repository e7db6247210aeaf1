"""A transcript's spoken paragraphs as statements of their speaker.

A ministry transcript ("Sergey Lavrov: …") holds no quote marks: its paragraphs are the
speaker's own words, marked by cleaning (`paragraph.speaker`, cleaning/transcript.py), so
the quote finder skips them and none of them could reach the speaker's page or be judged by
a note. Each spoken paragraph of a named speaker is now one quote of kind "spoken": its text
after the turn's label, the label as the mention. The interviewer's turns ("Question:",
"Q:") are nobody's statements.

How they are shown (site/article.py): not in the article's numbered list of quotations,
which a transcript would fill with its whole text, but on the paragraph itself (an anchor
that note and speaker pages link to, with its verdicts), on the speaker's page and in the
dossiers, like any statement. They stay out of `digest analyze --json`'s quotes, whose
contract is the quotations of the text (runtime/serialize.py).
"""

from __future__ import annotations

import re

from generator.model import Paragraph, Quote, QuoteKind
from generator.quotes.find import STATEMENT_WORDS, quote_id, word_count

SPOKEN: QuoteKind = "spoken"
NOBODY = frozenset({"question", "q", "answer", "a", "interviewer", "moderator", "host"})  # turns that are no one's statement


def _label_end(text: str, speaker: str) -> int:
    """Where the words begin after the turn's own label ("Sergey Lavrov: …"), or 0 when it has none."""
    match = re.match(rf"[\"“]?{re.escape(speaker)}\s*:\s*", text)
    return match.end() if match else 0


def spoken_quotes(article_id: str, paragraphs: list[Paragraph], taken_ids: set[str]) -> list[Quote]:
    """One quote per spoken paragraph of a named speaker (ids apart from `taken_ids`)."""
    taken = {qid: 1 for qid in taken_ids}
    out = []
    for index, paragraph in enumerate(paragraphs):
        speaker = paragraph.speaker
        if not speaker or paragraph.kind == "heading" or speaker.lower().strip(".") in NOBODY:
            continue
        start = _label_end(paragraph.text, speaker)
        end = len(paragraph.text.rstrip())
        text = paragraph.text[start:end]
        if word_count(text) < STATEMENT_WORDS:
            continue
        out.append(Quote(id=quote_id(article_id, text, taken), text=text, speaker=speaker, kind=SPOKEN,
                         paragraph=index, start=start, end=end, mention=speaker if start else None,
                         speaker_rule="transcript"))  # the turn's label names its speaker (cleaning.transcript)
    return out
