"""Cross-links on real quote pairs: verbatim, cuts, translations, and near-misses that must not link."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.corpus.links import match
from generator.model import Article, Metadata, Quote

KERRY = "So I told John Kerry: if you want to work jointly, let’s do so not selectively but in the framework of coordinated mechanisms"
FULL = ("Intelligence data exchanges really took place in the framework of the presidential commission. For example, "
        "on the well-known case - the terrorist attack in Boston [in April 2013] - we, in the framework of the "
        "above-mentioned mechanism, provided the US with data that unfortunately did not receive proper attention")
TASS = ("There was no agreement that we will exchange information in the context of activity of the US-established "
        "so-called coalition against the Islamic State, just like there was no agreement that we will send our "
        "instructors, train the Iraqi army.")
XINHUA = ("There was no agreement that we would share information in the context of the activities of the so-called "
          "coalition set up by the Americans to combat the Islamic State, nor was there an agreement that we would "
          "send our instructors to train the Iraqi army")


def article(aid: str, *quotes: tuple[str, str | None]) -> Article:
    return Article(source=f"{aid}.txt", id=aid, kind="text", meta=Metadata(title=aid), paragraphs=[], removed=[],
                   quotes=[Quote(id=f"{aid}-{n}", text=t, speaker=s, kind="statement", paragraph=0, start=0, end=len(t))
                           for n, (t, s) in enumerate(quotes)])


def kinds(*articles: Article) -> set[tuple[str, str, str]]:
    return {(link.a, link.b, link.kind) for link in match(list(articles))}


def test_verbatim_modulo_marks_case_spelling_and_nbsp():
    a = article("a", (KERRY, "Sergey Lavrov"), ("We will defend our labour programme in the centre of Europe.", None))
    b = article("b", (KERRY.replace("’", "'").replace(" ", "\u00a0", 3).upper(), "Sergei Lavrov"),
                ("we will defend our labor program in the center of europe", None))
    assert kinds(a, b) == {("a-0", "b-0", "verbatim"), ("a-1", "b-1", "verbatim")}


def test_ellipsis_cut_and_excerpt_link_partial():
    a = article("a", (FULL, "Sergey Lavrov"))
    b = article("b", ("Intelligence data exchanges really took place in the framework of the presidential commission", None),
                ("We ... provided the United States with data that unfortunately did not receive proper attention", None))
    assert kinds(a, b) == {("a-0", "b-0", "partial"), ("a-0", "b-1", "partial")}


def test_translation_variants_link_as_paraphrase():
    assert kinds(article("a", (TASS, "Sergey Lavrov")), article("b", (XINHUA, "Sergey Lavrov"))) == {
        ("a-0", "b-0", "paraphrase")}


def test_paraphrase_needs_the_same_speaker():
    assert kinds(article("a", (TASS, "Sergey Lavrov")), article("b", (XINHUA, "Maria Zakharova"))) == set()


def test_near_misses_do_not_link():
    a = article("a", ("It is not so. We really discussed ways of fighting terrorism in the Middle East and the regional "
                      "situation on the whole. I replied that Russia had long been ready to cooperate.", "Sergey Lavrov"),
                ("That’s all we discussed", "Sergey Lavrov"))
    b = article("b", ("We are ready to cooperate with this state [UK] in various areas… There is a huge question of why "
                      "the potential of cooperation is not utilized by the United Kingdom", None), (XINHUA, None))
    assert kinds(a, b) == set()


def test_no_links_within_one_source():
    assert kinds(article("a", (KERRY, None), (KERRY, None))) == set()


def test_links_carry_a_word_alignment():
    link = match([article("a", (TASS, None)), article("b", (XINHUA, None))])[0]
    assert link.ops[0] == ("equal", "There was no agreement that we", "There was no agreement that we")
    assert any(op == "replace" and "will exchange" in a for op, a, _ in link.ops)


def test_order_is_deterministic():
    arts = [article("b", (KERRY, None)), article("a", (KERRY, None)), article("c", (KERRY.lower(), None))]
    assert match(arts) == match(list(reversed(arts)))


def test_shared_out_over_processes_the_links_are_the_same(monkeypatch):
    # Every step (features, candidates, verification, alignment) dealt out over two forked
    # processes: the same links, each with its alignment, in the same order, as in one.
    from generator.corpus import links

    monkeypatch.setattr(links, "PARALLEL_QUOTES", 1)
    cut = KERRY.replace("if you want to work jointly, ", "... ")
    arts = [article(f"s{n}", (KERRY, None), (cut, "Sergey Lavrov"), (TASS if n % 2 else XINHUA, "Sergey Lavrov"),
                    (FULL, None)) for n in range(9)]
    serial = match(arts)
    assert len(serial) > 20 and {link.kind for link in serial} == {"verbatim", "partial", "paraphrase"}
    assert match(arts, workers=2) == serial
    assert match(arts, workers=3) == serial


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_random_elisions_always_link_partial(data):
    words = FULL.split()
    cut = sorted(data.draw(st.sets(st.integers(1, len(words) - 2), max_size=6)))
    pieces, last = [], 0
    for i in cut:
        if i > last:
            pieces.append(" ".join(words[last:i]))
        last = i + 1
    pieces.append(" ".join(words[last:]))
    elided = " ... ".join(p for p in pieces if p)
    result = kinds(article("a", (FULL, None)), article("b", (elided, None)))
    assert result in ({("a-0", "b-0", "partial")}, {("a-0", "b-0", "verbatim")})


def _in_order_by_difflib(segments: list[list[str]], longer: list[str]) -> float:
    """The in-order share as difflib spells it: each segment's largest matching block."""
    from difflib import SequenceMatcher

    total = sum(len(s) for s in segments)
    found, pos = 0, 0
    for segment in segments:
        block = max(SequenceMatcher(None, longer[pos:], segment, autojunk=False).get_matching_blocks(),
                    key=lambda b: b.size)
        if block.size >= min(len(segment), 3) or block.size == len(segment):
            found += block.size
            pos += block.a + block.size
    return found / total if total else 0.0


_WORD = st.sampled_from(["we", "the", "us", "data", "provided", "boston", "attack", "a", "ab", "b"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_WORD, min_size=1, max_size=8), min_size=1, max_size=4), st.lists(_WORD, max_size=30))
def test_in_order_share_is_difflibs(segments, longer):
    """The str.find shortcut for a segment found whole gives what difflib's blocks give, on
    small vocabularies where repeats, overlaps and prefixes of words ("a", "ab") abound."""
    from generator.corpus.links import in_order

    assert in_order(segments, longer) == _in_order_by_difflib(segments, longer)
