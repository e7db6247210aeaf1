"""The lexicon: every data file matches its declared schema, and the checks refuse what they should."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from generator import lexicon
from generator.lexicon.load import LexiconError, check, parse
from generator.lexicon.schema import SCHEMAS, FileSchema
from generator.model import Verdict

GENERATOR = Path(__file__).resolve().parent.parent / "generator"


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_every_shipped_data_file_matches_its_schema(name):
    assert lexicon.data(name)


def test_every_data_file_is_declared():
    assert {p.stem for p in (GENERATOR / "data").glob("*.yaml")} == set(SCHEMAS)


def test_every_declared_key_is_read_by_the_code():
    """A key no module reads is a word list that silently does nothing."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in GENERATOR.rglob("*.py") if "lexicon" not in p.parts)
    for schema in SCHEMAS.values():
        for key in schema.keys:
            assert re.search(rf"[\"']{key}[\"']", code), f"no module reads the key {key!r}"


def test_a_key_written_twice_names_both_lines():
    with pytest.raises(LexiconError, match=r"'verbs' is written twice \(lines 1 and 3\)"):
        parse("verbs: [said]\nroles: [aide]\nverbs: [says]\n", "speech.yaml")


def test_a_word_listed_twice_is_refused():
    with pytest.raises(LexiconError, match="'said' is listed twice"):
        check("t", {"verbs": ["said", "says", "said"]}, FileSchema({"verbs": "words"}))


def test_unknown_and_missing_keys_are_refused():
    with pytest.raises(LexiconError, match=r"unknown keys \['titles'\], missing keys \['title_words'\]"):
        check("t", {"titles": ["sen."]}, FileSchema({"title_words": "words"}))


def test_a_rule_needs_its_reason_and_a_valid_pattern():
    schema = FileSchema({"furniture": "rules"})
    with pytest.raises(LexiconError, match="needs a pattern and the reason"):
        check("t", {"furniture": [{"pattern": "^©"}]}, schema)
    with pytest.raises(re.error):
        check("t", {"furniture": [{"pattern": "(", "reason": "broken"}]}, schema)
    check("t", {"furniture": [{"pattern": "^©", "reason": "copyright line"}]}, schema)


def test_the_speech_verb_pattern_reads_whole_words():
    assert lexicon.has_speech_verb("the minister said on Friday")
    assert not lexicon.has_speech_verb("the sayings of the minister")


def test_the_verdict_kind_of_the_model_is_the_scale_of_the_data_file():
    assert set(get_args(Verdict)) == set(lexicon.data("verdicts"))


def test_a_record_needs_exactly_its_fields():
    schema = FileSchema({}, root="records", record={"label": str, "rating": int})
    check("t", {"false": {"label": "False", "rating": 1}}, schema)
    with pytest.raises(LexiconError, match="exactly the fields"):
        check("t", {"false": {"label": "False"}}, schema)
    with pytest.raises(LexiconError, match="rating must be a int"):
        check("t", {"false": {"label": "False", "rating": "1"}}, schema)


def test_no_spelling_variant_becomes_a_function_word():
    """A variant unified into a stop word vanishes from a quote's content: "U.S." had been "us" and
    "ISIS" "is", so "the U.S. will" matched "tell us" and neither country nor group was content."""
    from generator.text.normalise import STOPWORDS

    spelling = lexicon.data("spelling")
    unified = {value for table in (spelling["words"], spelling["phrases"], spelling["cased"]) for value in table.values()
               if " " not in value}  # a contraction spelled out ("they will") is function words, rightly
    assert sorted(unified & STOPWORDS) == []
