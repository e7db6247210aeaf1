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
