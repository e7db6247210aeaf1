"""Mention phrases: the name, title phrase or pronoun at a given place in a sentence.

attribution.py finds where a cue is (`, said …`, `… said: `); this module reads the noun
phrase next to it — forward (`said Jared Diamond, a historian`) or backward (`Michael
Oppenheimer, a professor at Princeton, said`) — and tells sentence openers ("When",
"Reprising") from names, so a cue's speaker is a phrase as written, never a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from generator.lexicon import word_set
from generator.speakers import descriptions
from generator.speakers.media_owners import media
from generator.speakers.names import KIN_APPOSITION, hyphened_particle, is_person, particle
from generator.speakers.vocabulary import not_names, opener, vocab

TOKEN = re.compile(r"[\w.’'-]+|[^\w\s]")

@lru_cache(maxsize=1)
def indefinites() -> frozenset[str]:
    """Words that open a description of someone new ("a", "one", "another"): data/descriptions.yaml."""
    return frozenset(descriptions.data()["indefinites"])


def _indefinite(tokens: list[str]) -> list[str]:
    """`one Trump confidant`, `a top aide`, `a source`: a determiner that says the speaker is someone
    new, the capitalised words after it and its lowercase words up to a role noun (at most three),
    else its first one. The phrase is kept whole so that nobody named before is taken for them."""
    titles, _, roles = vocab()
    out, lower = [tokens[0]], list[str]()
    for at, token in enumerate(tokens[1:8], 1):
        low = token.lower().rstrip(".")
        if (token[:1].isupper() or (low in {"for", "of"} and len(out) > 1)) and not lower:
            out.append(token)
            if token.endswith(".") and len(token) > 3:
                return out  # "another New Hampshire Republican. Yet": the sentence ends there
            continue
        if token[:1].isupper() and lower and at < 6:
            lower.append(token)  # "a top GOP strategist", "a senior White House official": capitals inside
            continue
        if not (token[:1].islower() and low.replace("-", "").isalpha()):
            break
        lower.append(token)
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if low in roles or low in descriptions.person_heads() or (low in titles and not following[:1].isupper()
                                                                  and following.lower() not in descriptions.person_heads()):
            # "One intelligence source"; "a senior White House official" goes on to its person noun
            return out + lower
        if sum(t[:1].islower() for t in lower) == 3:
            break
    return out + lower[:1] if lower else out


CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "yet"})
DEFINITES = frozenset({"the", "this", "that"})  # "This Trump supporter said:": a description, not Trump
_OPENING_DETERMINERS = DEFINITES | {"a", "an"}


def np_tokens_forward(tokens: list[str]) -> list[str]:
    """The name, title phrase or pronoun that starts `tokens`, as its tokens ([] for none).

    A phrase never opens with a lowercase conjunction: "and" is a title word only inside one
    ("Secretary of Health and Human Services"); `“…” and Trump calling it` opens another clause.
    """
    titles, pronouns, _ = vocab()
    if tokens and tokens[0] in CONJUNCTIONS:
        return []
    if tokens and tokens[0].lower() in indefinites() and len(tokens) > 1:
        return _indefinite(tokens)
    out: list[str] = []
    named = False  # once a name has started, "of" begins a place ("Rangel of New York"), not a title
    determined = False  # the phrase opened with "the", "a" …: a person noun may end it
    for at, token in enumerate(tokens):
        low = token.lower()
        if not out and low in pronouns:
            return [token]
        if named and low in {"of", "on"}:
            break  # "wrote Larry O’Connor on Hot Air": where, not who
        if determined and low.rstrip(".") in descriptions.person_heads() and low not in titles:
            out.append(token)  # "said the New York businessman", "the Gawker employee": the person noun ends it
            break
        determined = determined or (not out and low in _OPENING_DETERMINERS)
        named = named or (token[:1].isupper() and low not in titles)
        last = out and low.endswith(".") and low.rstrip(".") in titles  # "said a top aide.": the stop ends it
        if token[:1].isupper() or low in titles or last or (out and (low == "of" or particle(low))) or hyphened_particle(token):
            out.append(token)
            if len(out) > 8:
                return []
            continue
        if out and out[0].lower() in DEFINITES and not named:
            out += _to_person_noun(tokens[at:at + _DESCRIPTION_RUN])
        break
    return out


_DESCRIPTION_RUN = 4  # lowercase words a definite description may hold before its person noun
_DESCRIPTION_WORD = re.compile(r"[a-z][a-z-]*")


def _to_person_noun(tokens: list[str]) -> list[str]:
    """`the former top aide`, `the Republican vice-presidential nominee`, `the Democratic frontrunner`:
    after "the" and its capitals, lowercase words up to the first person noun (data: roles, staff
    roles, people nouns) belong to the description; [] when none comes within _DESCRIPTION_RUN words."""
    for i, token in enumerate(tokens):
        if not _DESCRIPTION_WORD.fullmatch(token):
            return []
        if token in descriptions.person_heads():
            return tokens[:i + 1]
    return []


def np_after(text: str) -> str | None:
    """The name or title phrase that starts `text` (`said Jared Diamond, a historian`)."""
    tokens = np_tokens_forward(TOKEN.findall(text[:120]))
    if tokens and POSSESSIVE.search(tokens[-1]):
        return None  # "calling Rubio’s proposed credit": the owner of the next noun, not a speaker
    if tokens and tokens[0].lower().rstrip(".") in not_names():
        return None  # "said Tuesday that": a time, not a speaker
    return " ".join(tokens) if tokens and is_mention(tokens) and tokens[0][:1].isupper() else None


OWNERS = frozenset({"his", "her", "their"})  # `added his campaign manager Jeff Weaver`
_DESCRIPTOR = re.compile(r"(?:(?:his|her|their)\s+)?(?:(?P<word>[a-z][a-z-]+)\s+){1,2}(?=[A-Z])")


def np_after_cue(text: str) -> str | None:
    """The speaker named right after a cue verb: `said Jared Diamond` or, after at most two
    lowercase words that describe them, `said election lawyer Joe Birkenstock` (the name only).
    Not `said in a statement`, `said last week`: a preposition or time word is no description."""
    found = np_after(text)
    if found:
        return without_full_stop(found)
    relative = kin_after(text)
    if relative:
        return relative
    match = _DESCRIPTOR.match(text)
    words = match.group(0).split() if match else []
    if not match or any(w in not_names() or w in vocab()[1] for w in words[words[0] in OWNERS:]):
        return None
    tokens = np_tokens_forward(TOKEN.findall(text[match.end():match.end() + 120]))
    name = [t for t in tokens if t[:1].isupper() and t.lower() not in vocab()[0]]
    if not name or POSSESSIVE.search(tokens[-1]) or opener(name[0]) or name[-1].lower() in word_set("not_person_words"):
        return None
    return without_full_stop(" ".join(tokens))


def kin_after(text: str) -> str | None:
    """`Clinton’s daughter, Chelsea`, `his wife, Hong,`: the relative a kin apposition names (data: kin), not
    its owner; People.learn has registered the first name."""
    kin = KIN_APPOSITION.match(text)
    return kin.group("first") if kin and kin.group("kin") in descriptions.data()["kin"] else None


def without_full_stop(np: str) -> str:
    """`Joe Birkenstock.`, `Mike Lee.` end the sentence: the stop is no part of the name. An initial's
    (`John F.`, `J.D.`) and a suffix's (`Jr.`: speech.yaml name_suffixes) is."""
    last = np.rsplit(" ", 1)[-1]
    word = last[:-1]
    if not last.endswith(".") or len(word) < 2 or "." in word or word.lower() in word_set("name_suffixes"):
        return np
    return np[:-1]


POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
# (R-Fla.), (D), (Tex.), and the comma form of a party tag: "Mitch McConnell, R-Ky., said"
PARTY = re.compile(r"\s*\((?:[A-Z][\w.]{0,3}-[A-Z][\w.]{1,8}(?: [A-Z][\w.]{1,8})?|[DRI]|[A-Z][a-z]{1,5}\.)\)"
                   r"|,\s*[DRI]-[A-Z][\w.]{1,8}(?: [A-Z][\w.]{1,8})?,(?=\s|$)")


def without_party(text: str) -> str:
    """`text` without its party tags (PARTY). A tag needs a "(" or a "-": most texts a speech verb
    follows have neither, and are given back without a regex pass over them."""
    return PARTY.sub("", text) if "(" in text or "-" in text else text
APPOSITION_AFTER = re.compile(r"^(?P<np>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}),\s+(?:a|an|the|who|whose|\d+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:[’']s|s[’'])|[a-z][\w’'-]*)(?![\w])[^“”\"]{0,150}?,\s*")


# the apposition holds no quote, but may hold a short quoted name or title ("wearing “Ted Cruz” campaign pins")
_APPOSITION_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}),\s+([\w’'-]+)"
                                r"(?=(?:[^“”\"]|“[^“”\"]{1,40}”){0,250},$)")




def _apposition_word(word: str) -> bool:
    """An apposition starts like "a professor", "the campaign's", "who", "president of",
    an age ("66"), a possessive ("Sanders’ campaign manager") or a participle ("speaking to")."""
    titles, _, roles = vocab()
    low = word.lower()
    return (low in {"a", "an", "the", "who", "whose", "then", "now", "formerly", "himself", "herself"}
            or low in titles or low in roles or word.isdigit() or bool(re.fullmatch(r"[A-Z][\w.-]*(?:[’']s|s[’'])", word))
            or (word.islower() and low.endswith("ing")))


def _aside(match: re.Match[str], text: str) -> bool:
    """`Trump, in Kentucky, said`: an aside (data: asides) after a name that opens its clause. Not
    `voters in Iowa, in turn, said`: the name there is no subject."""
    head = text[: match.start()].rstrip()
    opens = not head or head.endswith(",") or head.rsplit(None, 1)[-1].lower() in {"and", "but", "so", "yet", "then"}
    return opens and match.group(2).lower() in word_set("asides")


# "Tony Schwartz, author of “The Art of the Deal,” said": the apposition's comma written inside the closing mark
# of a short quoted title (American style); read as "“The Art of the Deal”,"
_TITLE_COMMA = re.compile(r"(?P<title>“[^“”\"]{1,40}),(?P<mark>”)$")


NP_WINDOW = 400  # chars: a phrase of <= 8 tokens after an apposition of <= 150 chars fits with room


def np_before(text: str) -> str | None:
    """The noun phrase that ends `text` (a name, title phrase or pronoun), or None.

    Only the last NP_WINDOW characters are read (less the word the cut went through):
    callers pass whole prefixes, and a paragraph with many speech verbs would otherwise
    cost its length squared.
    """
    if len(text) > NP_WINDOW:
        text = text[-NP_WINDOW:].split(None, 1)[-1]
    text = _without_hometown(_without_tail(without_party(text).rstrip()))
    if text.endswith(",”"):  # most heads do not: no regex pass over them
        text = _TITLE_COMMA.sub(r"\g<title>\g<mark>,", text)
    if text.endswith(","):  # apposition: "Michael Oppenheimer, a professor at Princeton,"
        match = next((m for m in _APPOSITION_BEFORE.finditer(text)
                      if (_apposition_word(m.group(2)) or _aside(m, text)) and not opener(m.group(1).split()[0])), None)
        if match:
            return match.group(1)
        np = np_before(text[:-1])  # "…, Gov. John Kasich (R-OH), said": the comma closes an opening phrase
        last = np.split()[-1].lower() if np else ""
        return np if np and np[:1].isupper() and last not in not_names() and last not in word_set("not_person_words") else None
    titles, pronouns, _ = vocab()
    tokens = TOKEN.findall(text)
    carrier = _owned_medium(tokens)
    tokens = tokens[:-1] if carrier else tokens
    out: list[str] = []
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        low = token.lower()
        if not out and low in pronouns:
            return token
        # "the Centre for Economic Policy Research", "the High Commissioner for Human Rights": "for" inside a name
        inner_for = low == "for" and at > 0 and tokens[at - 1][:1].isupper() and tokens[at - 1].lower() not in titles
        if (token[:1].isupper() or low in titles or inner_for or hyphened_particle(token)
                or (out and (low in {"of", "from"} or particle(low)))):
            out.insert(0, token)
            if len(out) > _LONG_RUN:
                return None
            continue
        break
    out = out or _description_before(tokens)  # "Cruz said as the heckler yelled:": a description, lowercase
    if len(out) > 8:
        out = _titled_tail(out, titles)
    if out and out[0] in {"on", "for"}:
        return None  # "responded to the question on Facebook writing, “…”": a preposition's object
    while out and (out[0].lower() in {"of", "from", "and"} or (len(out) > 1 and out[0][:1].isupper()
                                                         and out[0].lower() not in _DETERMINERS and opener(out[0]))):
        out.pop(0)  # "Following a swiftly called meeting": an opening word, then no name
    if _addressee(tokens, len(out)):
        return None  # "Another intelligence source speaking to Fox News said": the one spoken to
    if out:
        out = _indefinite_before(tokens[:-len(out)]) + out  # "one senior Democrat said": someone new
    if len(out) == 1 and opener(out[0], alone=True):
        return None  # "tweets early Friday saying": a time, not a speaker
    if out and out[-1].lower() == "and":
        return None  # "Lazar said he welcomed it and added": the subject is further back
    if carrier:  # only as a clause's subject: not the object in "Christie said Trump's tweet saying …"
        opens_clause = len(tokens) == len(out) or not tokens[-len(out) - 1].isalpha()
        out = out + [carrier] if out and opens_clause else []
    return " ".join(out) if out and is_mention(out) else None


_GROUPS = frozenset({"many", "some", "several", "most", "few", "other", "both", "all", "various", "numerous"})


def _description_before(tokens: list[str]) -> list[str]:
    """`the heckler`, `a heckler`, `the young protester`, `many commentators` ending `tokens`: an article (or
    a quantifier before a plural), at most two lowercase words and a person noun that is no title (data:
    people_nouns, or any person noun in the plural); [] for none."""
    last = tokens[-1].lower() if tokens else ""
    plural = descriptions.plural_person(last)
    if not (last in word_set("people_nouns", "descriptions") or plural):
        return []
    for width in range(2, 5):
        words = tokens[-width:] if len(tokens) >= width else []
        if words and words[0].lower() in (DEFINITES | indefinites() | (_GROUPS if plural else frozenset())):
            return words  # "when many commentators called him “…”": a group, not the sentence's subject
        if not (words and words[0].isalpha() and words[0].islower()):
            return []
    return []


def _indefinite_before(tokens: list[str]) -> list[str]:
    """The indefinite, and up to two lowercase modifiers after it, that end `tokens` before a capitalised or
    title run: `one senior Democrat`, `Clinton, a top aide said`: someone new, not a bare title read
    like a pronoun (which had named Clinton); [] when no indefinite opens them."""
    for width in range(1, 4):
        words = tokens[-width:] if len(tokens) >= width else []
        if words and words[0].lower() in indefinites():
            return words if all(w.isalpha() and w.islower() for w in words[1:]) else []
        if not (words and words[-1].isalpha() and words[-1].islower()):
            return []
    return []


def _addressee(tokens: list[str], run: int) -> bool:
    """Whether the capitalised run that ends `tokens` follows "to" (not "according to"): the object of
    "speaking to", "a statement to", "wrote to", not the subject of the verb after it. A "to" after a
    determiner is a typo, not a preposition ("the to Russian diplomat said"); a possessive owns what
    follows it ("in response to John Kerry's remarks that …")."""
    if not run or len(tokens) <= run + 1 or tokens[-run - 1] != "to" or POSSESSIVE.search(tokens[-1]):
        return False
    return tokens[-run - 2].lower() not in _DETERMINERS | {"according"}


def _owned_medium(tokens: list[str]) -> str | None:
    """`Ivana Trump's brief said`: the lowercase medium (data: media) after a capitalised possessive, which
    the mention keeps so that its owner speaks through it (media_owners.owner)."""
    if len(tokens) >= 2 and tokens[-1] in media() and POSSESSIVE.search(tokens[-2]) \
            and tokens[-2][:1].isupper():
        return tokens[-1]
    return None


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
_LONG_RUN = 16  # tokens: a capitalised run longer than this is a headline, not a mention


def _titled_tail(run: list[str], titles: set[str]) -> list[str]:
    """`The Council on American-Islamic Relations National Executive Director Nihad Awad`: a run too
    long for one mention ends in a capitalised title and a name of two or three words; that tail
    is the mention. With no such tail the run is a headline, and names nobody."""
    if "and" in (w.lower() for w in run):
        return []  # "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert": two people, no one speaker
    for i in range(len(run) - 3, max(0, len(run) - 5), -1):
        name = run[i + 1:]
        if run[i].lower() in titles and run[i][:1].isupper() and all(
                w[:1].isupper() and w.lower() not in titles and w.lower() not in word_set("not_person_words") for w in name):
            return run[i:]
    return []


def _without_tail(text: str) -> str:
    """`Cruz himself`, `Priebus later Thursday`, `Beck on Wednesday`: the words after a name and before
    its verb (subject_tails) go; the name stays. A phrase made only of them is left alone."""
    tails, end = word_set("subject_tails"), len(text)  # the words split at " ", read from the end
    space = text.rfind(" ", 0, end)
    while space >= 0 and text[space + 1:end].lower() in tails:
        end, space = space, text.rfind(" ", 0, space)
    return text[:end] if end < len(text) and text[space + 1:end][:1].isupper() else text


# "Linda Perez of Austin, Texas, said", "Stacy Baker of Columbia, South Carolina says": a place, then its
# state or nation, after "of" says where the speaker is from (AP style); the words before "of" name them
_HOMETOWN = re.compile(r" of (?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*,\s+(?P<region>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}),?$")


def _without_hometown(text: str) -> str:
    """The text without a closing `of City, State` (the last " of " only: a place holds none) when a
    person's full name comes before it: "a pastor at the Reformation Church of Elizabeth, Colorado" is
    where the church is."""
    at = text.rfind(" of ")
    match = _HOMETOWN.match(text, at) if at > 0 else None
    if not (match and match.group("region").lower() in _regions()):
        return text
    name = list(takewhile(lambda word: word[:1].isupper(), reversed(text[:at].split())))[::-1]
    return text[:at] if len(name) >= 2 and is_person(" ".join(name)) else text


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """What closes a hometown: a US state as written or as its AP abbreviation ("Fla.", "S.C."), or a nation."""
    states, nations = descriptions.data()["states"], descriptions.data()["nations"]
    return frozenset([*states, *(form for forms in states.values() for form in forms if form.endswith(".")), *nations])


def is_mention(tokens: list[str]) -> bool:
    """A phrase that can name a speaker: has a capitalised word or ends in a role noun."""
    _, _, roles = vocab()
    last = tokens[-1].lower().rstrip(".")  # "said the senator.": the stop ends the sentence
    heads = descriptions.person_heads()
    return (any(t[:1].isupper() for t in tokens) or last in roles or last in word_set("bodies")
            or (len(tokens) > 1 and tokens[0].lower() in _DETERMINERS and (last in heads or any(
                " ".join(tokens[-n:]).lower().rstrip(".") in heads for n in (2, 3))))  # "the secretary of state"
            or (len(tokens) > 1 and tokens[0].lower() in _GROUPS and _description_before(tokens) == tokens))

# After a sentence's first name, words that show it is no subject ("Shortly after", "Continuing to").
