"""The figures a quote states, as values: what two reports of one statement must agree on.

Two wire reports of one market close differ in the one thing that matters, a figure ("up 19
cents" / "up 20 cents"); two reports of one statement also write one figure in other ways: in
words or digits ("seven cents" / "7 cents", "eight-year-old" / "8-year-old"), with a scale word
("$6.3 billion", "a quarter of a million" / "250000"), grouped ("165,000"), or rounded ("$6.3
billion" / "$6.32 billion"). Compared as written tokens, each of those was a number on one side
only, the very signal of a changed figure. So each figure is read as a value and the precision it
is written to (`Amount`), and `compare` counts the figures both sides state — the same value, or
one a rounding of the other — and those one side states and the other does not. The number words
are data (generator/data/numbers.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from generator import lexicon

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+")


@dataclass(frozen=True, slots=True)
class Amount:
    """One figure: its value, the place of its last written digit (6.3 billion is written to the
    hundred million: a report of 6.32 billion agrees with it), and whether it is a soft number
    word ("one": agrees with a 1, is no difference alone)."""

    value: Decimal
    unit: Decimal
    soft: bool = False


@dataclass(frozen=True, slots=True)
class Words:
    """numbers.yaml as values."""

    units: dict[str, Decimal]
    scales: dict[str, Decimal]
    fractions: dict[str, Decimal]
    soft: frozenset[str]
    present: re.Pattern[str]  # a digit or one of the words: whether a text may state a figure at all


@cache
def _words() -> Words:
    data = lexicon.data("numbers")
    units, scales, fractions = ({k: Decimal(v) for k, v in data[key].items()} for key in ("units", "scales", "fractions"))
    present = re.compile(r"\d|\b" + lexicon.trie_pattern([*units, *scales, *fractions]) + r"\b")
    return Words(units, scales, fractions, frozenset(data["soft"]), present)


def amounts(text: str) -> tuple[Amount, ...]:
    """The figures of a text in order (see the module docstring); () for most quotes, which
    state none."""
    lower = text.lower()
    table = _words()
    if not table.present.search(lower):
        return ()
    tokens = _TOKEN.findall(lower)
    out: list[Amount] = []
    end = -2  # the index of the last token the last figure read: a scale or a unit word continues it
    for i, token in enumerate(tokens):
        last = out[-1] if end == i - 1 else None
        before = len(out), out[-1] if out else None
        if token[0].isdigit():
            out.append(_digits(token))
        elif token in table.units:
            value = table.units[token]
            if last is not None and not last.soft and last.unit == 1 and 20 <= last.value < 100 \
                    and last.value % 10 == 0 and value < 10 and tokens[i - 1] in table.units:
                out[-1] = Amount(last.value + value, Decimal(1))  # "twenty-five"
            else:
                out.append(Amount(value, Decimal(1), token in table.soft))
        elif token in table.scales:
            scale = table.scales[token]
            if last is not None:
                out[-1] = Amount(last.value * scale, last.unit * scale)  # "6.3 billion", "one million"
            elif i and tokens[i - 1] == "a":
                share = _share(tokens, i - 1, table)
                out.append(Amount(share * scale, share * scale / 10 if share != 1 else scale))
        if (len(out), out[-1] if out else None) != before:
            end = i
    return tuple(out)


def _share(tokens: list[str], article: int, table: Words) -> Decimal:
    """The fraction before "a <scale>" ("half a million", "a quarter of a million"), or 1."""
    if article and tokens[article - 1] in table.fractions:
        return table.fractions[tokens[article - 1]]
    if article >= 2 and tokens[article - 1] == "of" and tokens[article - 2] in table.fractions:
        return table.fractions[tokens[article - 2]]
    return Decimal(1)


def _digits(token: str) -> Amount:
    """A figure written in digits, grouped or not, to the precision of its last digit."""
    plain = token.replace(",", "")
    try:
        value = Decimal(plain)
    except InvalidOperation:  # the pattern admits nothing else; kept total all the same
        return Amount(Decimal(0), Decimal(1))
    places = len(plain.partition(".")[2])
    return Amount(value, Decimal(1).scaleb(-places))


def compare(a: tuple[Amount, ...], b: tuple[Amount, ...]) -> tuple[int, int]:
    """(how many figures both state, how many one side states and the other does not). A figure
    agrees with the same value, or with one it is a rounding of (|a - b| at most half the coarser
    one's last place); a soft number word left over is no difference."""
    same, left, right = leftovers(a, b)
    return same, len(left) + len(right)


def disagree(a: tuple[Amount, ...], b: tuple[Amount, ...]) -> bool:
    """Whether each side states a figure that agrees with none of the other's ("up 19 cents" /
    "up 20 cents"): a figure stated on one side only is an added detail, not a disagreement."""
    _, left, right = leftovers(a, b)
    return bool(left and right)


def leftovers(a: tuple[Amount, ...], b: tuple[Amount, ...]) -> tuple[int, list[Amount], list[Amount]]:
    """How many figures agree (see compare), and each side's figures that agree with none, soft
    number words left out."""
    left, right = list(a), list(b)
    same = 0
    if a and b:
        for agrees in (_equal, _rounds):
            for x in list(left):
                match = next((y for y in right if agrees(x, y)), None)
                if match is not None:
                    left.remove(x)
                    right.remove(match)
                    same += 1
    return same, [x for x in left if not x.soft], [y for y in right if not y.soft]


def _equal(x: Amount, y: Amount) -> bool:
    return x.value == y.value


def _rounds(x: Amount, y: Amount) -> bool:
    return abs(x.value - y.value) * 2 <= max(x.unit, y.unit)


def number_words() -> frozenset[str]:
    """The words numbers.yaml reads as (part of) a figure: the verifier compares figures by value,
    not such words as content ("seven" against "7"). A soft word ("one") stays content too: as a
    pronoun it is a word the other side may lack (held out over ten half-splits, counting it as
    a figure only cost translation recall at precision 0.98, 0.894 -> 0.877)."""
    table = _words()
    return (frozenset(table.units) - table.soft) | frozenset(table.scales) | frozenset(table.fractions)
