"""The plain data that flows through the pipeline.

Every stage takes some of these and returns new ones; nothing here knows about Pelican,
so each stage can be tested on its own. Data flows one way:

    Source -> Cleaned -> Article(meta, paragraphs, quotes) -> Digest(articles, links, dossiers, notes)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SourceKind = Literal["html", "text"]  # a saved web page; a copy-paste (or any other text)
ParagraphKind = Literal["body", "summary", "heading"]
QuoteKind = Literal["statement", "fragment", "spoken"]  # a quoted sentence or clause; a few words in reported
# speech; a transcript's spoken paragraph (quotes/spoken.py)
LinkKind = Literal["verbatim", "partial", "paraphrase"]
Severity = Literal["error", "warning"]
Verdict = Literal["accurate", "mostly-accurate", "misleading", "out-of-context", "unsupported", "false"]


@dataclass(frozen=True)
class Source:
    """One file as an editor saved it, decoded to text.

    `kind` is "html" for saved web pages (an .mhtml archive's page too) and "text" for
    copy-pasted pages and PDFs' text; `digest` is the SHA-256 of the raw bytes, the key of
    the per-source cache; `url` is the address a web archive says it was saved from.
    """

    path: str
    slug: str
    kind: SourceKind
    text: str
    encoding: str
    digest: str
    url: str | None = None


@dataclass
class Paragraph:
    """A kept block of the article. `kind` is body, summary (standfirst) or heading."""

    text: str
    kind: ParagraphKind = "body"
    speaker: str | None = None
    line: int | None = None


@dataclass
class Removed:
    """A piece of the source that cleaning dropped, and why: kept so editors can inspect it."""

    text: str
    reason: str
    line: int | None = None


@dataclass
class PageHints:
    """Metadata a saved web page states about itself (meta tags, JSON-LD, <time>).

    Plain-text sources have none; the metadata stage prefers what the text itself says
    and falls back to these.
    """

    title: str | None = None
    site_name: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    byline_organisation: str | None = None  # a byline crediting an organisation, not a person


@dataclass
class Cleaned:
    """Output of the cleaning stage: the article's own text and what was cut around it.

    `header` holds short lines near the title that cleaning set aside as metadata
    candidates (date lines, bylines); the metadata stage reads them.
    """

    title: str
    paragraphs: list[Paragraph]
    removed: list[Removed]
    header: list[str] = field(default_factory=list)
    hints: PageHints = field(default_factory=PageHints)
    title_line: int | None = None  # the title's line in a pasted page: its byline and date sit near it


@dataclass
class Metadata:
    """What the source says about itself. Never invented: unknown stays None."""

    title: str
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    # an organisation the byline credits instead of a person ("By Reuters", JSON-LD author "CBS
    # Detroit"): kept apart from `authors`, which hold persons only
    byline_organisation: str | None = None
    # field -> "page" (read from the source) or "desk" (set in the source's desk file)
    provenance: dict[str, str] = field(default_factory=dict)


@dataclass
class Quote:
    """A direct quotation found in a paragraph.

    `start`/`end` are character offsets of the quoted text (without its marks) in
    `paragraphs[paragraph].text`; `mention` is the speaker as written ("he",
    "the Russian diplomat"), `speaker` the resolved canonical name or None.
    `speaker_rule` names the strategy that read the speaker (speakers/strategies.py), kept
    when the speaker is left unnamed so the desk sees what was tried; `speaker_confidence`
    is the calibrated probability that the name is right (speakers/confidence.py, a logistic
    regression over the rule and its evidence fitted on polnear-train; None when nothing fired).
    Below the abstention threshold the speaker is None and the rule and confidence stay.
    `speaker_description` is set, with speaker None, when the text describes the speaker
    without naming them ("a senior official"): shown as written, never one person of the digest.
    `speaker_evidence` is what else the reading rests on (for a he/she: gender agreement, last
    speaker, where the person was named, a rival), which the confidence weighs.
    """

    id: str
    text: str
    speaker: str | None
    kind: QuoteKind
    paragraph: int
    start: int
    end: int
    mention: str | None = None
    desk: str | None = None  # "path:line" of the desk's correction that set the speaker or added the quote
    speaker_rule: str | None = None
    speaker_confidence: float | None = None
    speaker_description: str | None = None
    speaker_evidence: tuple[str, ...] = ()

    @property
    def said_by(self) -> str | None:
        """Who the reader is told spoke: the speaker's name, else the text's description of them."""
        return self.speaker or self.speaker_description


@dataclass
class Evidence:
    """Why an article sits in a dossier: a term, where it was found, how often."""

    term: str
    where: str
    count: int


@dataclass
class Placement:
    """An article's membership in one topic, with its score and evidence."""

    topic: str
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    override: bool = False


@dataclass
class Article:
    """One cleaned source with everything the per-source stages found in it."""

    source: str
    id: str
    kind: SourceKind
    meta: Metadata
    paragraphs: list[Paragraph]
    removed: list[Removed]
    quotes: list[Quote] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)

    @property
    def topics(self) -> list[str]:
        return sorted(p.topic for p in self.placements)


@dataclass
class Link:
    """Two quotes in different sources reporting one statement.

    `ops` is the word-level alignment: (op, words of a, words of b) with op in
    equal/delete/insert/replace, enough for a page to show what each outlet changed.
    `score` is the probability that the two are one statement (1.0 for the same words or a
    marked cut); `speakers_differ` flags the same words attributed to two different people,
    a finding to show on both pages; `figures_differ` flags a link whose versions each state a
    figure the other does not ("40 percent" / "43 percent"): one statement, but which figure
    the speaker gave is for the reader to see and the desk to check.
    """

    a: str
    b: str
    kind: LinkKind
    score: float
    ops: list[tuple[str, str, str]] = field(default_factory=list)
    desk: str | None = None  # "path:line" when the desk added the link by hand
    speakers_differ: bool = False
    figures_differ: bool = False


@dataclass
class Topic:
    """A dossier definition from content/topics/*.yaml."""

    slug: str
    title: str
    description: str
    terms: dict[str, float]
    exclude: list[str] = field(default_factory=list)
    require: list[list[str]] = field(default_factory=list)
    threshold: float = 3.0
    path: str = ""


@dataclass
class NoteUpdate:
    """A dated correction or update to a published note: what changed and why."""

    date: str
    what: str
    why: str = ""


@dataclass
class Note:
    """An editor's fact-check note from content/notes/*.md.

    `target` is one of article / quote / claim; `quote_id`/`article_id` are filled in
    once the reference is resolved against the analysed articles.
    """

    path: str
    slug: str
    title: str
    verdict: Verdict
    summary: str
    body_html: str
    editor: str
    date: str
    target: str
    article_id: str | None = None
    quote_id: str | None = None
    claim: str | None = None
    claimant: str | None = None
    appearance: str | None = None
    sources: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)
    updates: list[NoteUpdate] = field(default_factory=list)

    @property
    def modified(self) -> str | None:
        """The date of the latest update, None for a note never updated."""
        return max((u.date for u in self.updates), default=None)


@dataclass
class EditorPage:
    """One of the editors' own pages, content/pages/<slug>.md (About, Methodology...)."""

    slug: str
    title: str
    body_html: str
    description: str = ""
    order: int = 100
    path: str = ""


@dataclass
class DeskCorrection:
    """One correction of the machine reading, as the Corrections page lists it."""

    date: str
    article_id: str
    what: str
    why: str = ""
    where: str = ""  # path:line


@dataclass
class Problem:
    """A content error or warning, printed as `path:line: message — how to fix`."""

    path: str
    message: str
    hint: str = ""
    line: int | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        tail = f" — {self.hint}" if self.hint else ""
        return f"{where}: {self.severity}: {self.message}{tail}"


@dataclass
class Digest:
    """Everything the site is built from: the corpus-level result of the pipeline."""

    articles: list[Article]
    links: list[Link] = field(default_factory=list)
    # pairs likely but not confirmed to be one statement (below the link threshold): shown apart
    # as related, never as the same statement, and no part of a statement's cluster
    related: list[Link] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    pages: list[EditorPage] = field(default_factory=list)
    corrections: list[DeskCorrection] = field(default_factory=list)
