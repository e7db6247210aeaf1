"""Stage 6b (corpus): the desk's corrections, applied over the machine reading.

Runs after canonical speakers, on every build, to articles fresh from the per-source cache:
the cache keeps the machine's reading only, so a correction survives rebuilds and changes
to the generator, and a correction whose target the reading no longer has is an error at
its file and line instead of silently stopping to apply. Every correction is recorded for
the Corrections page (DeskCorrection) and marked on what it changed (Quote.desk, Link.desk,
Metadata.provenance).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import fields
from typing import cast

from generator.corpus import links as link_stage
from generator.corpus import quoterefs
from generator.corpus.canonical import translit_key
from generator.corpus.desk import DeskFile, LinkFix, QuoteFix
from generator.model import Article, DeskCorrection, Link, LinkKind, Metadata, Note, Problem, Quote
from generator.quotes.find import quote_id

SHOWN_FIELDS = ("title", "outlet", "published", "url", "authors", "language")


def _where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line else path


def _as_read(quote: Quote) -> str:
    """The machine's reading as the Corrections page states it: the name, the description the text
    gives ("described as “the Florida senator”"), or not named."""
    if quote.speaker:
        return quote.speaker
    return f"described as “{quote.speaker_description}”" if quote.speaker_description else "not named"


def _short(text: str) -> str:
    return f"“{quoterefs.first_words(text, 60)}”"


def mark_provenance(articles: list[Article]) -> None:
    """Every field the page read says so ("page"); the desk's fields overwrite it below."""
    for article in articles:
        article.meta.provenance = {name: "page" for name in SHOWN_FIELDS if getattr(article.meta, name, None)}


def _set_metadata(article: Article, desk: DeskFile) -> list[DeskCorrection]:
    log = []
    known = {f.name for f in fields(Metadata)}
    for name, value in desk.metadata.items():
        if name not in known:
            continue
        before = getattr(article.meta, name)
        setattr(article.meta, name, value)
        article.meta.provenance[name] = "desk"
        shown = ", ".join(value) if isinstance(value, list) else value
        log.append(DeskCorrection(desk.date, article.id, f"{name} set to {shown}{_was(before)}", desk.why,
                                  _where(desk.path, desk.metadata_lines.get(name))))
    return log


class Names:
    """The digest's name for a person the desk (or a note's claimant) names: the alias table's
    canonical form, else the spelling the digest already uses for the same transliteration
    key ("Sergei Lavrov" -> "Sergey Lavrov"), else the name as written. Without the second, a
    claimant spelled the other way would split one person over two speaker pages."""

    def __init__(self, articles: list[Article], aliases: dict[str, str]) -> None:
        self.aliases = aliases
        counts = Counter(q.speaker for a in articles for q in a.quotes if q.speaker)
        self.by_key: dict[str, str] = {}
        for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            self.by_key.setdefault(translit_key(name), name)

    def __call__(self, name: str | None) -> str | None:
        if not name:
            return None
        name = self.aliases.get(name, name)
        return self.by_key.get(translit_key(name), name)


def _add_quote(article: Article, fix: QuoteFix, desk: DeskFile, names: Names) -> Quote | Problem:
    """A quote the reader missed, found by its words in the article (once, not inside another quote)."""
    words = " ".join(fix.ref.split())
    spots = [(i, p.text.find(words)) for i, p in enumerate(article.paragraphs) if words and words in p.text]
    count = sum(article.paragraphs[i].text.count(words) for i, _ in spots)
    name = os.path.basename(article.source)
    if count == 0:
        return Problem(desk.path, f"the words {_short(words)} are not in {name}",
                       "copy them from the article page exactly (the cleaned text), or delete the entry", fix.line)
    if count > 1:
        return Problem(desk.path, f"the words {_short(words)} occur {count} times in {name}",
                       "quote more of the sentence, so they occur once", fix.line)
    paragraph, start = spots[0]
    end = start + len(words)
    for quote in article.quotes:
        if quote.paragraph == paragraph and quote.start < end and start < quote.end:
            return Problem(desk.path, f"the words {_short(words)} overlap the quote {quote.id}",
                           "correct that quote instead, or mark it `not_a_quote: true` first", fix.line)
    return Quote(id=_new_id(article, words), text=words, speaker=names(fix.speaker),
                 kind="statement", paragraph=paragraph, start=start, end=end, mention=None,
                 desk=_where(desk.path, fix.line))


def _new_id(article: Article, words: str) -> str:
    """The id the quote finder would give these words, numbered on if the article has it."""
    taken = {q.id for q in article.quotes}
    base = candidate = quote_id(article.id, words, {})
    number = 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _was(value: object) -> str:
    shown = ", ".join(value) if isinstance(value, list) else str(value or "")
    return f" (was {shown})" if shown else ""


def _fix_quotes(article: Article, desk: DeskFile, names: Names) -> tuple[list[Problem], list[DeskCorrection]]:
    problems: list[Problem] = []
    log: list[DeskCorrection] = []
    index = quoterefs.QuoteIndex.of([article])
    dropped: set[str] = set()
    done: dict[str, int | None] = {}
    for fix in (f for f in desk.quotes if f.action != "add"):
        found = quoterefs.find(fix.ref, article, index)
        if isinstance(found, quoterefs.Miss):
            problems.append(Problem(desk.path, f"stale correction: {found.message}", found.hint, fix.line))
            continue
        quote = found[0]
        if quote.id in done:
            problems.append(Problem(desk.path, f"the quote {quote.id} is corrected twice (lines {done[quote.id]} and "
                                    f"{fix.line})", "keep one of the two entries", fix.line))
            continue
        done[quote.id] = fix.line
        where = _where(desk.path, fix.line)
        if fix.action == "not-a-quote":
            dropped.add(quote.id)
            log.append(DeskCorrection(desk.date, article.id, f"{_short(quote.text)} is not a quote", fix.why or desk.why, where))
        else:
            before, quote.speaker, quote.desk = _as_read(quote), names(fix.speaker), where
            quote.speaker_description = None  # the desk's reading replaces the machine's: `unnamed` shows no description
            log.append(DeskCorrection(desk.date, article.id, f"speaker of {_short(quote.text)} set to "
                                      f"{quote.speaker or 'not named'} (was {before})", fix.why or desk.why, where))
    article.quotes = [q for q in article.quotes if q.id not in dropped]
    for fix in (f for f in desk.quotes if f.action == "add"):
        added = _add_quote(article, fix, desk, names)
        if isinstance(added, Problem):
            problems.append(added)
            continue
        article.quotes.append(added)
        log.append(DeskCorrection(desk.date, article.id, f"quote added: {_short(added.text)}"
                                  f" ({added.speaker or 'speaker not named'})", fix.why or desk.why, added.desk or ""))
    article.quotes.sort(key=lambda q: (q.paragraph, q.start, q.id))
    return problems, log


def apply_reading(articles: list[Article], desks: list[DeskFile],
                  aliases: dict[str, str]) -> tuple[list[Problem], list[DeskCorrection]]:
    """Source metadata and quote corrections, in place; the problems and the log."""
    mark_provenance(articles)
    by_source = {a.source: a for a in articles}
    problems: list[Problem] = []
    log: list[DeskCorrection] = []
    names = Names(articles, aliases) if any(desk.quotes for desk in desks) else Names([], aliases)
    for desk in desks:
        article = by_source.get(desk.source)
        if article is None:
            continue
        log += _set_metadata(article, desk)
        found, entries = _fix_quotes(article, desk, names)
        problems += found
        log += entries
    return problems, log


def apply_claimants(notes: list[Note], articles: list[Article], aliases: dict[str, str]) -> list[Problem]:
    """A quote note's `claimant:` is the quote's speaker everywhere it appears (the page and
    its ClaimReview disagreed): it corrects the speaker as the desk's, unless a desk file
    already set another, which is an error at the claimant's line."""
    if not any(note.claimant and note.quote_id for note in notes):
        return []
    quotes = {q.id: q for a in articles for q in a.quotes}
    names = Names(articles, aliases)
    problems = []
    for note in notes:
        quote = quotes.get(note.quote_id or "")
        if quote is None or not note.claimant:
            continue
        name = names(str(note.claimant).strip())
        if name == quote.speaker:
            continue
        line = note.lines.get("claimant")
        if quote.desk:
            problems.append(Problem(note.path, f"the claimant {name!r} is not the speaker the desk set at {quote.desk} "
                                    f"({quote.speaker or 'unnamed'})", "make the two agree", line))
            continue
        quote.speaker, quote.desk = name, _where(note.path, line)
    return problems


def _other(fix: LinkFix, articles: list[Article], index: quoterefs.QuoteIndex) -> Quote | quoterefs.Miss:
    article = None
    if fix.other_article is not None:
        article = next((a for a in articles if os.path.basename(a.source) in (fix.other_article,)
                        or os.path.splitext(os.path.basename(a.source))[0] == fix.other_article
                        or a.id == fix.other_article), None)
        if article is None:
            return quoterefs.Miss(f"article {fix.other_article!r} does not exist", "use the source's file name")
    found = quoterefs.find(fix.other, article, index)
    return found if isinstance(found, quoterefs.Miss) else found[0]


def decide_links(found: list[Link], articles: list[Article], desks: list[DeskFile],
                 related: list[Link] | None = None) -> tuple[list[Link], list[Link], list[Problem], list[DeskCorrection]]:
    """The machine's links with the desk's rejected ones removed and its own added (marked), and the
    related pairs without those the desk rejected or linked: `reject: true` on a pair shown as
    related hides it too (the desk read it and says it is not the same statement), and a pair the
    desk links is a version of the quote, not also related."""
    related = related or []
    if not any(desk.links for desk in desks):
        return found, related, [], []
    index = quoterefs.QuoteIndex.of(articles)
    by_source = {a.source: a for a in articles}
    rejected: set[frozenset[str]] = set()
    added: list[Link] = []
    problems: list[Problem] = []
    log: list[DeskCorrection] = []
    for desk in desks:
        article = by_source.get(desk.source)
        for fix in desk.links if article is not None else []:
            assert article is not None
            mine = quoterefs.find(fix.ref, article, index)
            other = _other(fix, articles, index)
            miss = next((m for m in (mine, other) if isinstance(m, quoterefs.Miss)), None)
            if miss is not None:
                problems.append(Problem(desk.path, f"stale link decision: {miss.message}", miss.hint, fix.line))
                continue
            assert not isinstance(mine, quoterefs.Miss) and not isinstance(other, quoterefs.Miss)
            a, b = mine[0], other
            if a.id == b.id:
                problems.append(Problem(desk.path, "a link joins two different quotes", "name another quote in `with:`",
                                        fix.line))
                continue
            where = _where(desk.path, fix.line)
            if fix.action == "reject":
                rejected.add(frozenset((a.id, b.id)))
                log.append(DeskCorrection(desk.date, article.id, f"link of {_short(a.text)} to {b.id} rejected",
                                          fix.why or desk.why, where))
            else:
                ops = link_stage.align(a.text.split(), b.text.split())
                added.append(Link(a=a.id, b=b.id, kind=cast(LinkKind, fix.kind or "paraphrase"), score=1.0, ops=ops, desk=where,
                                  speakers_differ=link_stage.speakers_differ(a.speaker, b.speaker),
                                  figures_differ=link_stage.figures_differ(a.text, b.text)))
                log.append(DeskCorrection(desk.date, article.id, f"link of {_short(a.text)} to {b.id} added "
                                          f"({fix.kind})", fix.why or desk.why, where))
    pairs = {frozenset((link.a, link.b)) for link in added}
    kept = [link for link in found if frozenset((link.a, link.b)) not in rejected | pairs]
    still_related = [pair for pair in related if frozenset((pair.a, pair.b)) not in rejected | pairs]
    return kept + [link for link in added if frozenset((link.a, link.b)) not in rejected], still_related, problems, log
