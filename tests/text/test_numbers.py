"""Figures read as values (text/numbers.py): one figure written two ways agrees, two figures do not.
Examples from the links-dev pairs (MSR Paraphrase Corpus, TED translations) and news usage."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from generator.text.numbers import amounts, compare, disagree

TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def values(text: str) -> list[Decimal]:
    return [a.value for a in amounts(text)]


def agree(a: str, b: str) -> tuple[int, int]:
    return compare(amounts(a), amounts(b))


def test_a_quote_without_figures_reads_none():
    assert amounts("We will not be intimidated by anyone.") == ()


def test_words_and_digits_are_one_figure():  # m2233, m1987 (both labelled the same statement)
    assert agree("earnings of $446 million, or 7 cents per share", "a profit of $446 million, or seven cents per share") == (2, 0)
    assert agree("had treated eight-year-old children", "had treated 8-year-old children") == (1, 0)


def test_a_rounded_figure_agrees_with_the_precise_one():  # m2233: "$6.3 billion" / "$6.32 billion"
    assert agree("on revenue of $6.3 billion", "on revenue of $6.32 billion") == (1, 0)
    assert agree("shunting silver to $4.81", "sending silver to $4.83") == (0, 2)  # m3224: both written to the cent


def test_scale_words_and_shares_of_them():  # t0942: "a quarter of a million species" / "250000 types"
    assert values("a quarter of a million species") == [Decimal(250000)]
    assert values("half a million people") == [Decimal(500000)]
    assert values("a million") == values("one million") == values("1,000,000") == [Decimal(1000000)]
    assert agree("a quarter of a million species", "250000 types") == (1, 0)


def test_different_figures_differ():  # the "up 19 cents, or 4.4%" / "jumped 20 cents, or 4.6%"
    assert agree("up 19 cents, or 4.4%", "jumped 20 cents, or 4.6%") == (0, 4)
    assert agree("about 8 to 5", "more than 3 to 1") == (0, 4)  # m0490


def test_figures_disagree_only_when_each_side_states_one_the_other_does_not():
    assert disagree(amounts("up 19 cents, or 4.4%"), amounts("jumped 20 cents, or 4.6%"))
    assert disagree(amounts("more than 2,000 insurgents"), amounts("2,100 combatants"))  # m0611
    assert not disagree(amounts("seven cents"), amounts("7 cents"))
    assert not disagree(amounts("$6.3 billion"), amounts("$6.32 billion"))
    assert not disagree(amounts("Residents of 220 homes forced out"), amounts("Residents forced out"))  # one side only


def test_one_as_a_pronoun_is_no_difference_but_agrees_with_a_1():
    assert agree("the one who left", "the man who left") == (0, 0)
    assert agree("one in five voters", "1 in 5 voters") == (2, 0)


def test_a_figure_on_one_side_only_is_a_difference():  # m2768-like: a figure the other report lacks
    assert agree("Residents of 220 homes forced out", "Residents forced out") == (0, 1)


@given(st.integers(min_value=0, max_value=10**12))
def test_a_grouped_integer_reads_its_value(n: int):
    assert values(f"{n:,} people") == [Decimal(n)]
    assert agree(f"{n:,} people", f"{n} people") == (1, 0)


@given(st.integers(min_value=20, max_value=99))
def test_a_two_word_number_reads_its_value(n: int):
    tens, ones = divmod(n, 10)
    spelled = TENS[tens - 2] + (f"-{ONES[ones - 1]}" if ones else "")
    assert values(f"{spelled} soldiers") == [Decimal(n)]


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999.99"), places=2))
def test_a_figure_agrees_with_itself_rounded_to_one_place(d: Decimal):
    rounded = d.quantize(Decimal("0.1"))
    assert agree(f"${rounded} billion", f"${d} billion") == (1, 0)
