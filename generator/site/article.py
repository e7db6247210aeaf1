"""The article page's view model: the cleaned body with numbered quotes, their cards, and
what cleaning removed, grouped so a page of menus and comments stays short.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from unidecode import unidecode

from generator.model import Article, Note, Quote, Removed
from generator.site.views import (
    Index,
    LinkView,
    Ops,
    Segment,
    article_url,
    reading_order,
    segments,
    speaker_slug,
)

REMOVED_TEXT_CHARS = 120  # what a removed run shows of itself: enough to recognise it
DESCRIPTION_CHARS = 200  # meta description / Open Graph / feed summary
# Closing marks (and punctuation just inside them) right after a quote: the quote's number
# goes after them, so it never sits between the words and their closing mark.
CLOSING = re.compile(r"[.,;:!?…]*[\"”’'»›」』]+")


@dataclass
class VersionGroup:
    """Other articles' versions of a quote that read alike, shown once with all their sources.

    Wire copy reprinted by nine outlets gave a quote card nine identical diff lines, one
    under the other; now it shows one line naming the nine.
    """

    kind: str
    ops: Ops
    text: str
    links: list[LinkView]
    speakers_differ: bool = False  # these versions give the words to someone else
    figures_differ: bool = False  # these versions state a figure this one does not, and the converse

    @property
    def other_speakers(self) -> list[str]:
        return sorted({link.other.speaker for link in self.links if link.speakers_differ and link.other.speaker})


@dataclass
class QuoteItem:
    """One quote of the article: its number on the page, speaker, other versions, verdicts."""

    number: int
    anchor: str
    quote: Quote
    speaker_url: str | None
    links: list[LinkView]
    notes: list[Note]
    placed: bool = True  # False when the body cannot mark it (overlaps another quote): the card takes its id
    related: list[LinkView] = field(default_factory=list)  # likely but not confirmed the same statement

    @property
    def article_count(self) -> int:
        """How many other articles carry this quote: two linked quotes of one article count once."""
        return len({link.article.id for link in self.links})

    @property
    def groups(self) -> list[VersionGroup]:
        """The links grouped by what the card shows of them (kind and diff), in link order.

        A property of `links`, so page fingerprints (which hash the fields) cover it."""
        groups: dict[tuple, VersionGroup] = {}
        for link in self.links:
            key = (link.kind, link.other.text, tuple(link.ops or ()), link.speakers_differ)
            group = groups.get(key)
            if group is None:
                groups[key] = VersionGroup(link.kind, link.ops, link.other.text, [link], link.speakers_differ,
                                           link.figures_differ)
            else:
                group.links.append(link)
        return list(groups.values())


@dataclass
class RemovedRun:
    """Consecutive removed lines dropped for the same reason, shown as one entry."""

    reason: str
    first_line: int | None
    last_line: int | None
    count: int
    texts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        joined = " / ".join(t.strip() for t in self.texts if t.strip())
        return joined if len(joined) <= REMOVED_TEXT_CHARS else joined[:REMOVED_TEXT_CHARS - 1].rstrip() + "…"


def shorten(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """Whole words up to `limit` characters, for descriptions and feed summaries."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def description(article: Article) -> str:
    """The standfirst when there is one, else the first body paragraph."""
    for kind in ("summary", "body"):
        paragraph = next((p for p in article.paragraphs if p.kind == kind and p.text.strip()), None)
        if paragraph:
            return shorten(paragraph.text)
    return ""


def removed_runs(removed: list[Removed], kept_lines: list[int]) -> list[RemovedRun]:
    """Group removed pieces: consecutive pieces dropped for the same reason join one run
    unless a kept paragraph starts between them (so a run never spans article text)."""
    kept = sorted(kept_lines)
    runs: list[RemovedRun] = []
    for piece in removed:
        last = runs[-1] if runs else None
        if last is not None and last.reason == piece.reason and _nothing_kept_between(last.last_line, piece.line, kept):
            last.count += 1
            last.last_line = piece.line if piece.line is not None else last.last_line
            if sum(len(t) for t in last.texts) < REMOVED_TEXT_CHARS:
                last.texts.append(piece.text)
        else:
            runs.append(RemovedRun(piece.reason, piece.line, piece.line, 1, [piece.text]))
    return runs


def _nothing_kept_between(previous: int | None, line: int | None, kept: list[int]) -> bool:
    if previous is None or line is None:
        return previous is None and line is None
    low, high = sorted((previous, line))
    return bisect_right(kept, low) == bisect_right(kept, high - 1) if high > low else True


@dataclass
class SpokenItem:
    """A transcript's spoken paragraph as a statement (quotes/spoken.py): shown on the
    paragraph, not in the numbered list of quotations; `number` counts the passages."""

    number: int
    quote: Quote
    notes: list[Note]


def spoken_items(article: Article, index: Index) -> list[SpokenItem]:
    ordered = [q for q in article.quotes if q.kind == "spoken"]
    return [SpokenItem(n, q, index.notes_by_quote.get(q.id, [])) for n, q in enumerate(ordered, start=1)]


def turn_labels(article: Article) -> list[str | None]:
    """The speaker label shown before each paragraph of a transcript: at the start of a turn,
    unless the paragraph's own text opens with it ("Sergey Lavrov: …" read twice before)."""
    labels: list[str | None] = []
    previous = None
    for paragraph in article.paragraphs:
        speaker = paragraph.speaker
        opens = speaker is not None and re.match(rf"[\"“]?{re.escape(speaker)}\s*:", paragraph.text) is not None
        labels.append(speaker if speaker and speaker != previous and not opens else None)
        previous = speaker
    return labels


def quote_items(article: Article, index: Index) -> list[QuoteItem]:
    """The article's quotations in reading order, numbered from 1 (a transcript's spoken
    passages are apart: spoken_items). A card's anchor drops the
    article slug its quote id starts with (an underscore, which no slug contains, keeps it
    apart from every quote id): the same stable id, shorter on every link."""
    ordered = [q for q in reading_order(article) if q.kind != "spoken"]
    prefix = f"{article.id}-"
    return [QuoteItem(number, "about_" + q.id.removeprefix(prefix), q, speaker_slug(q.speaker) if q.speaker else None,
                      sorted(index.links.get(q.id, []), key=lambda v: (-v.score, v.other.id)),
                      index.notes_by_quote.get(q.id, []),
                      related=sorted(index.related.get(q.id, []), key=lambda v: (-v.score, v.other.id)))
            for number, q in enumerate(ordered, start=1)]


def body_segments(parts: list[Segment], items: dict[str, QuoteItem]) -> list[tuple[str, QuoteItem | None, str]]:
    """(text, quote item or None, closing marks that follow the quote) for the template."""
    out: list[tuple[str, QuoteItem | None, str]] = []
    for part in parts:
        text = part.text
        if part.quote is not None:
            out.append((text, items.get(part.quote.id), ""))
            continue
        if out and out[-1][1] is not None:
            match = CLOSING.match(text)
            if match:
                out[-1] = (out[-1][0], out[-1][1], match.group())
                text = text[match.end():]
        if text:
            out.append((text, None, ""))
    return out


def heading_anchors(article: Article) -> dict[int, str]:
    """An id for each sub-heading of the body (paragraph index -> id), from its words.

    Pagefind files a search hit under the nearest heading before it that has an id; without
    ids on the body's headings, hits in an article's text came up under "Verdicts". The ids
    start with "sec-", which no quote id, card anchor or fixed id of the page does, and a
    repeated heading gets "-2", "-3"."""
    anchors: dict[int, str] = {}
    used: set[str] = set()
    for i, paragraph in enumerate(article.paragraphs):
        if paragraph.kind != "heading":
            continue
        base = "sec-" + (re.sub(r"[^a-z0-9]+", "-", unidecode(paragraph.text).lower()).strip("-")[:60].strip("-") or str(i))
        anchor, n = base, 1
        while anchor in used:
            n += 1
            anchor = f"{base}-{n}"
        used.add(anchor)
        anchors[i] = anchor
    return anchors


def article_view(article: Article, index: Index) -> dict:
    """Everything article.html needs. Paragraph segments carry their QuoteItem, so the body
    can show each quote's number and verdicts where it is read."""
    items = quote_items(article, index)
    by_id = {item.quote.id: item for item in items}
    by_paragraph: dict[int, list[Quote]] = defaultdict(list)
    for quote in article.quotes:
        if quote.kind != "spoken":  # a spoken passage is its whole paragraph: nothing to mark inside it
            by_paragraph[quote.paragraph].append(quote)
    anchors = heading_anchors(article)
    spoken = spoken_items(article, index)
    anchors.update({item.quote.paragraph: item.quote.id for item in spoken})
    spoken_at = {item.quote.paragraph: item for item in spoken}
    labels = turn_labels(article)
    paragraphs: list[dict[str, Any]] = [{"kind": p.kind, "speaker": labels[i], "anchor": anchors.get(i), "spoken": spoken_at.get(i),
                   "segments": body_segments(segments(p.text, by_paragraph.get(i, [])), by_id)}
                  for i, p in enumerate(article.paragraphs)]
    placed = {item.quote.id for paragraph in paragraphs for _, item, _ in paragraph["segments"] if item}
    for item in items:
        item.placed = item.quote.id in placed
    article_notes = [n for n in index.notes_by_article.get(article.id, []) if not n.quote_id]
    return {"article": article, "meta": article.meta, "page_url": article_url(article), "paragraphs": paragraphs,
            "quotes": items, "spoken": spoken, "notes": article_notes,
            "spoken_by": sorted({(i.quote.speaker, speaker_slug(i.quote.speaker)) for i in spoken if i.quote.speaker}), "removed_runs": removed_runs(article.removed, [p.line for p in article.paragraphs if p.line is not None]),
            "description": description(article), "og_type": "article"}


def verdicts_on(article: Article, index: Index) -> list[Note]:
    """Every note judging this article or one of its quotes, once each, oldest first."""
    seen: dict[str, Note] = {}
    for note in index.notes_by_article.get(article.id, []):
        seen.setdefault(note.slug, note)
    for quote in article.quotes:
        for note in index.notes_by_quote.get(quote.id, []):
            seen.setdefault(note.slug, note)
    return sorted(seen.values(), key=lambda n: (n.date, n.slug))
