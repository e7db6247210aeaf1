"""Where a speech cue's reach ends, and a name it reaches past a description.

Kept apart from attribution.py (its cue patterns) because these are limits on them:
- a quote that closes its sentence is not cued by a next sentence that opens with a
  conjunction or another opener ("…doing.” And Sen. Rob Portman … said");
- a cue word right after a possessive is a noun ("called Mr. Obama's remarks “…”"), and
  after a verb that characterises (called, dubbed, labeled) the quote is the subject's;
- after a cue verb, a description may mix lowercase words and a capitalised adjective before
  the full name ("said undecided Republican voter Stephanie Hooton"); so may a clause's subject
  ("conservative commentator Jonah Goldberg imagined …: “…”");
- a cue whose subject is not the name before it: a passive question ("was asked by host Bill
  Maher"), a relative "who" past an apposition ("Indiana Gov. Mike Pence, who called …"), and a
  name that reaches a quote through a colon with no verb at all ("… Republican pollster Daron Shaw: “…”").
"""

from __future__ import annotations

import re
from functools import cache

from generator.lexicon import word_set
from generator.speakers.media_owners import media, owner
from generator.speakers.mentions import (
    POSSESSIVE,
    TOKEN,
    is_mention,
    np_after_cue,
    np_before,
    np_tokens_forward,
)
from generator.speakers.names import is_person, split_title
from generator.speakers.subjects import sentence_subject
from generator.speakers.vocabulary import opener, verb_at, vocab

_NEXT_WORD = re.compile(r"^[\s”\"’']*(?P<word>[A-Z][a-z]+)\b")


def opens_other_sentence(after: str) -> bool:
    """True when the words after a sentence-closing quote open a sentence of their own with an
    opener word (a conjunction, an adverb, a time): `“…doing.” And Sen. Rob Portman said …`, or lead
    into a quote of their own (`“…” Russia insisted that Pyongyang “…”`), or report speech of their own
    (`“…” Kasich said he would …`). A name right after the quote (`“…” Clinton said.`) may still be its cue."""
    match = _NEXT_WORD.match(after)
    return (match is not None and opener(match.group("word"), alone=True) or bool(_LEADS_OWN_QUOTE.match(after))
            or bool(_REPORTS_OWN.match(after)))


# `“…neighborhood.” Russia insisted that Pyongyang “stop …”`: the next sentence's cue leads into a quote of
# its own, opened after a word (not after the cue's comma or colon, where one statement may go on)
_LEADS_OWN_QUOTE = re.compile(r"^[”\"’']?\s+[^.!?“”\"]{1,150}?[A-Za-z]\s+[“\"]")


# `“…no place in a political campaign.” Ohio Gov. John Kasich said he would have fired …`: the next sentence
# reports speech of its own (its cue verb goes on with a clause), so it is no cue of the quote before it
_REPORTS_OWN = re.compile(r"^[”\"’']?\s+[A-Z][^!?“”\"]{0,80}?\b(?:said|says|added|adds|told reporters)\s+"
                          r"(?:that|he|she|they|we)\b")


@cache
def _characterising() -> frozenset[str]:
    """Verbs that characterise what someone said (`called X's remarks “a wake-up call”`): the -ed
    words of name_cues in data/speech.yaml, with their -s and -ing forms."""
    out: set[str] = set()
    for word in word_set("name_cues"):
        if word.endswith("ed") and "-" not in word and " " not in word:
            stem = word[:-2]
            out |= {word, stem + "s", stem + "ing"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1] + "s")  # dubbed: dubs
    return frozenset(out)


def characterising(verb: str) -> bool:
    """`called`, `dubbed`, `labeled` (and their -s, -ing forms): the name after such a verb is its object,
    what the quote describes, never its speaker (`called National Nurses United “…”`)."""
    return verb.split()[-1].lower() in _characterising()


def characterised(head: str, np: str) -> bool:
    """True for `called Mr. Obama's` before a cue word: the cue is the owner's noun ("remarks"), and the
    quote is what the sentence's subject calls it, not the owner's words."""
    before = head[: len(head) - len(np)].rstrip() if head.endswith(np) else ""
    words = before.split()
    return bool(words) and words[-1].lower() in _characterising()


# a description word: lowercase ("widow"), a number word ("9/11", "26-year-old"), or a capitalised adjective
_DESCRIBED_NAME = re.compile(
    r"(?P<desc>(?:(?:[a-z][a-z-]+|\d[\d/]*(?:-[a-z]+)*|[A-Z][a-z]+(?=\s+[a-z]))\s+){1,4})"
    r"(?P<np>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")


def described_name_after_cue(text: str) -> str | None:
    """`said undecided Republican voter Stephanie Hooton of Derry`, `said 9/11 widow Terry Strada`: after
    a cue verb, up to four description words (lowercase, a number word, or a capitalised adjective
    followed by a lowercase word) and then a full name of a person. Not `said in New York`, `said
    Tuesday that Hillary Clinton` (a preposition or time word is no description) nor an organisation
    (`said party official New York Times`); an "of" inside the description joins two of its words
    (`said master of ceremonies Asab Al-Tabchi`)."""
    match = _DESCRIBED_NAME.match(text)
    if not match:
        return None
    words = [w.lower() for w in TOKEN.findall(match.group("desc"))]
    inner = range(1, len(words) - 1)
    if any((w in word_set("not_names") or w in vocab()[1]) and not (w == "of" and i in inner)
           for i, w in enumerate(words)):
        return None
    np = match.group("np")
    return np if is_person(np) else None


def name_past_modifiers(tokens: list[str], cued: str) -> str | None:
    """`said former tech executive Carly Fiorina`: the phrase read after a cue verb stopped at the
    lowercase title word "former" because "tech" is no title; when the description goes on to a
    person's full name, that name is the speaker, not "former". So for one capitalised word that only
    modifies the description (`said Idaho nutritional-supplement executive Frank VanderSloot`, `said
    Concord resident Whit Symms`). A phrase that opens with a title (`said Sen. Tim Kaine`) or has no
    name after it (`said the former senator`, `said Baron.`) is left as read."""
    modifier = len(tokens) == 1 and tokens[0][:1].isupper()
    return described_name_after_cue(cued.lstrip()) if tokens[0].islower() or modifier else None


# "of the anti-Trump National Review": where the described person works, between the name and the verb
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+|[a-z][\w-]*-[A-Z][\w-]*\s+){1,5}")
_NOT_VERBS = frozenset({"of", "and", "or", "who", "which", "that", "in", "at", "after", "before", "to", "by", "with",
                        "for", "from", "on"})


def described_subject(before: str) -> str | None:
    """`But after Tuesday night’s appearance, conservative commentator Jonah Goldberg of the anti-Trump
    National Review imagined Christie was thinking: “…”`: for a statement no cue attributes that a colon
    introduces, a clause (the sentence's, or after one of its first commas) that opens with description
    words and a person's full name followed by a verb has that person as its subject. Not `longtime
    Clinton adviser Paul Begala’s memo` (an owner), nor without the colon (`prosecutor Marc Trevidic put
    “…” on the list`: a phrase in his sentence, not his words)."""
    if not before.rstrip().endswith(":"):
        return None
    starts = [0] + [m.end() for m in re.finditer(r",\s+", before[:150])][:3]
    for start in starts:
        clause = before[start:start + 300]
        name = described_name_after_cue(clause)
        if not name or re.search(r"[’']s?$", name):
            continue
        rest = clause[clause.index(name) + len(name):]
        affiliation = _AFFILIATION.match(rest)
        rest = rest[affiliation.end() - 1:] if affiliation else rest
        follow = TOKEN.findall(rest[:40])
        if follow and follow[0].islower() and follow[0] not in _NOT_VERBS and not follow[0].startswith("’"):
            return name
    return None


def clause_subject(before: str) -> str | None:
    """The subject of a statement's own sentence: a name, pronoun or article-led description
    (mentions.sentence_subject), else a person introduced by bare description words."""
    return sentence_subject(before) or described_subject(before)


_CLOSED_QUOTE = re.compile(r"[,?!][”\"’]\s*$")


def inverted_speaker(clause: str) -> str | None:
    """`“It’s not new in Virginia,” said Rep. Bobby Scott (D-Va.) at the time, adding that “…”`: an -ing
    cue after a comma belongs to the speaker the clause just named with an inverted cue (`,” said X`),
    not to whoever the next sentence names; an unnamed one ("said one longtime resident") stays the
    mention, and unknown. Only a cue verb right after a closed quote counts."""
    for verb in reversed(list(verb_at().finditer(clause))):
        if _CLOSED_QUOTE.search(clause, 0, verb.start()):
            rest = clause[verb.end():].lstrip()
            tokens = np_tokens_forward(TOKEN.findall(rest[:120]))  # "said one longtime resident": unnamed
            return np_after_cue(rest) or (" ".join(tokens) if tokens and is_mention(tokens) else None)
    return None


_JOINED = re.compile(r"\s(?:and|but|while|whereas)\s|;")
_OPENS_QUOTE = re.compile(r"^[^.!?“”\"]*[“\"]")


def leads_own_quote(head: str, np: str, rest: str) -> bool:
    """True for `Ted Cruz accuses Obama of “leading from behind” and Donald Trump says he's “losing the
    war on terrorism”`: a cue after a quote, in a clause joined on with "and" (but, while, a semicolon),
    that leads into a quote of its own is that quote's; the first quote is not Trump's. Not `“…” and
    “…,” Smith said`: with no quote after it, the cue closes both; nor a pronoun (`… of being “duped”
    and encourage Americans to check out what he called Machado’s “sex tape”`): he goes on speaking."""
    return np.lower() not in vocab()[1] and bool(_JOINED.search(head)) and bool(_OPENS_QUOTE.match(rest))


_MODIFIER = re.compile(r"(?:^|\s)(?P<word>[a-z]+)\s+(?:[A-Z][\w’'.-]*\s+){1,2}$")


def noun_cue(head: str, verb: str) -> bool:
    """True for `mixed feelings in many Asian states, and it has used “velvet gloves”`: a cue verb that is
    also a plural noun (states, notes, tweets) after a quantifier or determiner and one or two
    capitalised words is that noun ("many Asian states"), not a cue; the name before it is a modifier.
    `Trump states that …`, `the report, Smith notes, …` are cues."""
    if verb.split()[-1] not in word_set("noun_verbs"):
        return False
    match = _MODIFIER.search(head + " ")
    return match is not None and match.group("word") in word_set("quantifiers")


def owned_noun(head: str, verb: str) -> bool:
    """`“…” by condemning Clark’s remarks`: a cue verb that is also a plural noun (data: noun_verbs), right
    after an owner, is the owner's noun: no verb has a possessive subject. (Before a quote the owner's
    noun may still lead into it: sentence_cues._described.)"""
    return verb.split()[-1] in word_set("noun_verbs") and bool(POSSESSIVE.search(head.rstrip()))


_CALL_FOR = re.compile(r"\s+for\b")


def calls_for(verb: str, rest: str) -> bool:
    """`statements made by Donald Trump calling for a temporary ban on Muslim immigration makes him “…”`:
    "call for" demands something; it introduces a quote only when the quote follows at once ("called
    for “a total and complete shutdown”"), not one a clause later."""
    return verb.split()[-1].startswith("call") and bool(_CALL_FOR.match(rest)) and len(rest.split()) > 4


_PASSIVE_ASKED = re.compile(r"\b(?P<aux>(?:was|were|is|are|been|being|be|get|gets|got)(?:\s+(?:also|then|later|again|repeatedly))?)$")
_BY_AGENT = re.compile(r"\s*by\s+")
_ASKED_REST = re.compile(r"\s*(?:[,:]|by\b|whether\b|if\b|$)")


def asked_of(head: str, verb: str, rest: str) -> str | None:
    """`Sanders was asked by host Bill Maher, …, “…?”`: a question put to the sentence's subject is the
    asker's words: the name after "by", else the passive as written (`Trump was asked, “…”`), which
    names nobody. None when the cue is not a passive "asked"."""
    if verb.split()[-1] != "asked":
        return None
    passive = _PASSIVE_ASKED.search(head[-40:])
    if not passive or not _ASKED_REST.match(rest):
        return None  # "after being asked yet again to defend his criticism of “New York values”": a request
    by = _BY_AGENT.match(rest)
    agent = np_after_cue(rest[by.end():]) if by else None
    return agent or f"{passive.group('aux')} {verb}"


def passive_question(mention: str | None) -> bool:
    """The mention asked_of gives when no asker is named (`was asked`)."""
    return mention is not None and mention != "" and mention.split()[-1] == "asked"


_NAME_RUN = r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}"
_COLON_NAME = re.compile(rf"(?:^|[\s—–-]+)(?P<more>More from\s+)?(?P<np>{_NAME_RUN})"
                         rf"(?:\s+and\s+{_NAME_RUN})?:\s*$")
_OBJECT_OF = frozenset({"with", "to", "about", "of", "on", "for", "against", "at", "from", "by", "and", "or"})


def colon_name(before: str) -> str | None:
    """`The timing doesn’t surprise Republican pollster Daron Shaw: “…”`, `- Frank Newport and Jim Harter:
    “…”`, `More from Blumenthal and Cohen: “…”`: a person's full name (the first of two) right before the
    colon that introduces the quote is its speaker; after "More from", a surname is enough. Not a name
    a preposition governs (`compared Trump with Hillary Clinton: “…”`)."""
    match = _COLON_NAME.search(before) if before.rstrip().endswith(":") else None
    if not match:
        return None
    words = before[:match.start("more") if match.group("more") else match.start("np")].split()
    while words and words[-1][:1].isupper():
        words.pop()  # "by The Wall Street Journal's Jennifer Smith:": the whole run of names
    if words and words[-1].lower() in _OBJECT_OF:
        return None
    _, name = split_title(match.group("np").split())
    if match.group("more") and len(name) == 1:
        return name[0]
    if len(name) < 2 or any(w.isupper() for w in name):  # "the Dutch newspaper NRC Handelsblad:"
        return None
    return " ".join(name) if is_person(" ".join(name)) else None


_APPOSITION_CHUNK = re.compile(r"\s*(?:(?:the|a|an|his|her|their|its)\s|[A-Z][\w.-]*[’']s?\s+[a-z])")
_WHO = re.compile(r",\s+who$")
_APPOSITION_WORDS = 12  # "the ranking Democrat on the Senate Intelligence Committee"; not a clause that names someone


def relative_speaker(head: str) -> str | None:
    """`Indiana Gov. Mike Pence, who called their son “…”`, `said Scott Reed, the Chamber's chief political
    strategist, who added that …`: the speaker of a cue whose subject is "who" is the noun phrase before
    the comma, past an apposition (a chunk that opens in lowercase) between the two."""
    match = _WHO.search(head)
    if not match:
        return None
    chunks = head[:match.start()].split(",")
    while len(chunks) > 1 and _APPOSITION_CHUNK.match(chunks[-1]) and len(chunks[-1].split()) <= _APPOSITION_WORDS:
        chunks.pop()
    np = np_before(",".join(chunks).rstrip())
    left, of, _ = (np or "").rpartition(" of ")
    return left if of and len(left.split()) >= 2 and left.split()[-1][:1].isupper() else np  # Rubio of Florida


_CLOSING = "[”\"’]"
_QUOTING_APPOSITION = re.compile(r"^(?P<np>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}),\s+(?:who|whom|a|an|the)\s[^.;:!?]{0,200}"
                                 rf"(?:,{_CLOSING}?|{_CLOSING},)$")


def quoting_apposition(head: str) -> str | None:
    """`Trump, who has called Clinton “crooked,” said …`: an apposition or a who-clause that quotes a word
    of its own (its marks balanced) still ends at the comma before the verb; the name opening the
    sentence speaks. Not when the marks are unbalanced: the quote then runs into the cue."""
    match = _QUOTING_APPOSITION.match(head.strip())
    if not match:
        return None
    rest = head[match.end("np"):]
    if rest.count("“") != rest.count("”") or rest.count('"') % 2:
        return None
    return np_before(match.group("np"))


# "A 2014 House Intelligence Committee report found", "One Club for Growth ad says": an indefinite or definite
# document (data: media) as the clause's subject right before its cue verb
_MEDIUM_SUBJECT = re.compile(r"(?:^|[,;]\s+|\s(?:and|but|that|while)\s+)(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+"
                             r"(?:[\w.’'-]+\s+){1,5}?(?P<medium>[a-z]+))$")


def medium_subject(head: str) -> str | None:
    """`A 2014 House Intelligence Committee report found “…”`: a document that names its owner speaks for the
    owner (media_owners.owner); the noun-phrase readers stop at its lowercase head and read nobody. Not `a
    White House pool report` nor `the report` (no owner named: the words stay unattributed)."""
    match = _MEDIUM_SUBJECT.search(head[-_MEDIUM_WINDOW:])
    if not match or match.group("medium") not in media():
        return None
    return match.group("np") if owner(match.group("np").split()) else None


_MEDIUM_WINDOW = 120  # characters: a determiner, five words and the medium
