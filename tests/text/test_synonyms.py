"""The WordNet reader (generator/text/synonyms.py): morphy's lemmas, synsets shared or not, and the
index lookup by bisection checked against a plain scan of the real index files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator.text import synonyms


def test_morphy_reads_exceptions_and_detachment_rules():
    assert ("v", "say") in synonyms.lemmas("said")  # verb.exc
    assert ("n", "child") in synonyms.lemmas("children")  # noun.exc
    assert ("v", "state") in synonyms.lemmas("stated")  # -ed to -e
    assert ("a", "large") in synonyms.lemmas("larger")  # -er to -e
    assert ("n", "brick") in synonyms.lemmas("bricks")  # -s


def test_words_wordnet_lacks_have_no_lemmas():
    assert synonyms.lemmas("quattrone") == ()  # a name
    assert synonyms.lemmas("2003") == ()
    assert synonyms.lemmas("us") == ()  # too short to trust
    assert synonyms.synsets("xqzzy") == frozenset()


def test_other_words_for_one_thing_are_related():
    # pairs a translation or a paraphrase has (links-dev t0624 "gaudy" / "showy", t0565 "children" / "kids")
    for a, b in (("purchase", "buy"), ("said", "stated"), ("big", "large"), ("gaudy", "showy"),
                 ("children", "kids"), ("thought", "believed"), ("accused", "charged")):
        assert synonyms.related(a, b), (a, b)


def test_different_things_are_not_related():
    for a, b in (("rose", "fell"), ("mistake", "deal"), ("monday", "tuesday"), ("buy", "sell")):
        assert not synonyms.related(a, b), (a, b)


def test_kin_are_other_parts_of_speech_and_clusters():
    for a, b in (("predict", "prediction"), ("symbiotic", "symbiosis"), ("unbelievable", "fabulous"),
                 ("crush", "compress"), ("cheated", "deceiving"), ("said", "told")):
        assert synonyms.akin(a, b), (a, b)


def test_kin_stop_short_of_opposites_and_kinds():  # antonyms and hypernyms are not followed
    for a, b in (("buy", "sell"), ("increase", "decrease"), ("more", "less"), ("dog", "cat"), ("rose", "fell")):
        assert not synonyms.akin(a, b), (a, b)


def test_verb_forms_read_as_verbs_and_words_of_two_parts_do_not():
    for word in ("declined", "lay", "attacking", "said", "was", "considered"):
        assert synonyms.verbal(word), word
    for word in ("trouble", "share", "dead", "pain", "police", "the"):  # a noun in this form, or no verb
        assert not synonyms.verbal(word), word


def test_every_data_line_sits_at_its_offset_and_parses():
    """Offsets count the original files' bytes; the package's line ends are read as "\\n" (_data)."""
    for pos in synonyms.FILES:
        data = synonyms._data(pos)
        at = 0
        for line in data.split(b"\n"):
            if line[:1].isdigit():
                assert int(line[:8]) == at, (pos, line[:20])
                for target in synonyms.parse_data_line(line):
                    assert target // synonyms.OFFSETS in synonyms.CODE.values()
            at += len(line) + 1
    assert synonyms.neighbours(min(synonyms.synsets("predict")))  # a real lookup by offset


@given(words=st.lists(st.from_regex(r"[a-z_]{1,12}", fullmatch=True), min_size=1, max_size=5),
       pointers=st.lists(st.tuples(st.sampled_from(["@", "~", "&", "+", "!", "$", "^", "\\"]),
                                   st.integers(0, 10**8 - 1), st.sampled_from("nvasr")), max_size=6))
def test_a_data_line_parses_back(words, pointers):
    line = " ".join(["00001740", "03", "n", f"{len(words):02x}", *(f"{w} 0" for w in words), f"{len(pointers):03d}",
                     *(f"{s} {o:08d} {p} 0000" for s, o, p in pointers), "|", "a gloss"])
    kin = tuple(synonyms.CODE["a" if p == "s" else p] * synonyms.OFFSETS + o
                for s, o, p in pointers if s.encode() in synonyms.KIN_POINTERS)
    assert synonyms.parse_data_line(line.encode()) == kin


@given(st.binary(max_size=60))
def test_a_line_that_is_not_a_data_line_is_refused_or_parsed(junk):
    try:
        found = synonyms.parse_data_line(junk)
    except ValueError:
        return
    assert isinstance(found, tuple)


def test_bisection_finds_what_a_scan_of_the_index_finds():
    """The lookup assumes the index lines sorted bytewise; a sample of each file's real lines, read
    by a plain scan, must come back the same."""
    for pos, name in synonyms.FILES.items():
        lines = [line for line in (synonyms.folder() / f"index.{name}").read_bytes().splitlines()
                 if not line.startswith(b" ")]
        for line in lines[:: max(1, len(lines) // 300)]:
            lemma, offsets = synonyms.parse_index_line(line)
            assert synonyms._offsets(pos, lemma) == offsets, (pos, lemma)


@given(lemma=st.from_regex(r"[a-z][a-z_'-]{0,15}", fullmatch=True),
       offsets=st.lists(st.integers(0, 10**8 - 1), min_size=1, max_size=8),
       pointers=st.lists(st.sampled_from(["@", "~", "&", "+", "!", "$"]), max_size=5), tagged=st.integers(0, 9))
def test_an_index_line_parses_back(lemma, offsets, pointers, tagged):
    line = " ".join([lemma, "n", str(len(offsets)), str(len(pointers)), *pointers, str(len(offsets)), str(tagged),
                     *(f"{o:08d}" for o in offsets)]) + "  \r"
    assert synonyms.parse_index_line(line.encode()) == (lemma, tuple(offsets))


@given(st.binary(max_size=40))
def test_a_line_that_is_not_an_index_line_is_refused_or_parsed(junk):
    try:
        lemma, offsets = synonyms.parse_index_line(junk)
    except ValueError:
        return
    assert offsets and isinstance(lemma, str)


def test_wordnet_is_read_only_when_a_pair_is_verified():
    """Importing the matcher reads no WordNet file; verifying a pair reads the index once."""
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    code = ("from generator.corpus import entries, verifier\n"
            "from generator.text import synonyms\n"
            "assert synonyms.wordnet.cache_info().currsize == 0\n"
            "a, b = (entries.Entry('q', 'a', None, *entries.features(t)) for t in\n"
            "        ('The flowers do not have to be that gaudy.', 'There is no need for the flowers to be so showy.'))\n"
            "verifier.features(a, b)\n"
            "assert synonyms.wordnet.cache_info().misses == 1\n")
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=root)
