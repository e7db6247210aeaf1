"""The declared shape of every rule and word-list file in generator/data/.

Each file is a mapping of keys to one of a few kinds of value; a key's kind says what it may
hold. The loader (load.py) checks a file against its schema when it is first read, so a typo in
a key, a word listed twice or a rule without its reason is an error at once, not a rule that
silently never fires. Adding a key means declaring it here, with the kind it holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "words",        # a list of distinct strings
    "word_map",     # a mapping of a string to a list of distinct strings (may be empty)
    "str_map",      # a mapping of a string to a string
    "rules",        # a list of {pattern, reason, [short_only], [contains]} (boilerplate rules)
    "patterns",     # a list of distinct regular expressions
    "globs",        # a list of {pattern, reason}: file-name patterns (fnmatch), each with its reason
    "records",      # a mapping of a key to a record whose fields FileSchema.record declares
    "number",       # an int or a float (a threshold, a bias)
    "nested",       # a learned model's lists or mappings, whose reader checks their shape
]


@dataclass(frozen=True)
class FileSchema:
    """The keys of one data file and the kind each holds; `root` for a file that is one mapping
    (outlets.yaml: outlet -> variants), with no keys of its own."""

    keys: dict[str, Kind | dict[str, Kind]]  # a nested mapping declares a section's own keys
    root: Kind | None = None
    record: dict[str, type] | None = None  # the fields of each record of a "records" file, and their types


SCHEMAS: dict[str, FileSchema] = {
    "speech": FileSchema({
        "verbs": "words", "title_words": "words", "roles": "words", "pronouns": "words", "bodies": "words",
        "body_heads": "words", "institution_heads": "words", "not_person_words": "words", "months": "words", "not_names": "words",
        "name_cues": "words", "subordinators": "words", "subject_tails": "words", "asides": "words", "inverted_verbs": "words",
        "noun_verbs": "words", "quantifiers": "words", "statement_verbs": "words", "statement_nouns": "words",
        "speech_nouns": "words", "name_suffixes": "words", "name_particles": "words",
        "female_names": "words", "male_names": "words", "female_titles": "words", "male_titles": "words",
        "title_synonyms": "word_map",
    }),
    "descriptions": FileSchema({
        "states": "word_map", "parties": "word_map", "offices": "word_map", "staff_roles": "words",
        "indefinites": "words", "compounds": "words", "generic": "words", "nations": "word_map",
        "media": "words", "voices": "words", "kin": "str_map", "people_nouns": "words", "titled_offices": "words", "authoring": "words",
        "qualifiers": "words", "more_of_them": "words",
    }),
    "boilerplate_text": FileSchema({"furniture": "rules", "barrier": "patterns"}),
    "sentences": FileSchema({"openers_after_initial": "words"}),
    "differences": FileSchema({"negations": "words", "modals": "str_map", "persons": "words", "connectives": "words",
                               "auxiliaries": "words"}),
    "spelling": FileSchema({"words": "str_map", "phrases": "str_map", "cased": "str_map"}),
    "numbers": FileSchema({"units": "str_map", "scales": "str_map", "fractions": "str_map", "soft": "words"}),
    "outlets": FileSchema({}, root="word_map"),
    "outlet_domains": FileSchema({}, root="str_map"),
    "metadata": FileSchema({
        "byline": {"leads": "words", "stops": "words", "roles": "words", "organisations": "words",
                   "accounts": "words", "particles": "words"},
        "outlet": {"legal_forms": "words", "parents": "words", "cues": "words", "not_names": "words",
                   "not_name_words": "words", "products": "words", "builders": "words",
                   "strong_cues": "words", "platform_domains": "words", "corporate_words": "words",
                   "agencies": "words"},
        "headline": {"generic": "words", "function_words": "words"},
        "dates": {"months": "word_map", "weekdays": "word_map", "zones": "str_map", "published": "words",
                  "updated": "words"},
    }),
    "verdicts": FileSchema({}, root="records", record={"label": str, "rating": int, "meaning": str}),
    "pronoun_ranker": FileSchema({"weights": "nested"}),
    "speaker_confidence": FileSchema({"bias": "number", "threshold": "number", "weights": "nested"}),
    "link_verifier": FileSchema({"threshold": "number", "features": "words", "base": "number", "trees": "nested",
                                "calibration": "nested"}),
    "ignored_files": FileSchema({"ignored": "globs", "resource_folders": "words"}),
    "aliases": FileSchema({}, root="word_map"),
}

RULE_KEYS = {"pattern": str, "reason": str, "short_only": bool, "contains": list}
