"""Strict editor input: duplicate keys name both lines, dates are ISO 8601, unknown keys are
errors in every file kind with the closest allowed key, and quote references suggest whole
quotes from the article searched (naming it) or match an id-shaped string as an id."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.commands.cli import main
from generator.ingest.yamlfile import ContentError, iso_date, load_yaml
from tests.corpus import test_check

NOTE = test_check.NOTE
content = test_check.content  # the shipped content without its notes (a fixture)

def errors(capsys, content: Path) -> list[str]:
    main(["--content", str(content), "--no-cache", "check"])
    return [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]


def write(content: Path, relative: str, text: str) -> str:
    path = content / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_second_verdict_line_is_an_error_naming_both_lines(capsys, content):
    path = write(content, "notes/n.md", NOTE.replace("summary:", "verdict: accurate\nsummary:"))
    assert errors(capsys, content) == [
        f"{path}:4: error: duplicate key 'verdict' on lines 3 and 4 — keep one of the two lines: "
        "a key may appear once in a mapping"]


def test_a_duplicate_key_deep_in_a_topic_names_both_lines(capsys, content):
    path = write(content, "topics/t.yaml", "slug: t\ntitle: T\nterms:\n  spy: 1\n  mole: 2\n  spy: 3\n")
    assert f"{path}:6: error: duplicate key 'spy' on lines 4 and 6 — keep one of the two lines: " \
           "a key may appear once in a mapping" in errors(capsys, content)


def test_the_valid_note_passes(capsys, content):
    write(content, "notes/n.md", NOTE)
    assert errors(capsys, content) == []


def test_a_date_written_out_in_words_is_an_error_at_its_line(capsys, content):
    path = write(content, "notes/n.md", NOTE.replace("2026-11-20", "20 November 2019"))
    assert errors(capsys, content) == [
        f"{path}:6: error: `date: 20 November 2019` is not a valid ISO 8601 date — write an ISO 8601 date, "
        "`2019-11-20`, or a date-time with its offset, `2019-11-20T07:29:00+00:00`"]


def test_a_date_time_without_offset_is_an_error_and_with_one_passes(capsys, content):
    path = write(content, "notes/n.md", NOTE.replace("2026-11-20", "2026-11-20T10:00:00"))
    assert [e.split(" — ")[0] for e in errors(capsys, content)] == [
        f"{path}:6: error: `date: 2026-11-20T10:00:00` is not a valid ISO 8601 date"]
    write(content, "notes/n.md", NOTE.replace("2026-11-20", "2026-11-20T10:00:00+01:00"))
    assert errors(capsys, content) == []


@given(st.dates())
def test_every_calendar_date_reads_back_as_itself(day):
    assert iso_date(day.isoformat()) == day.isoformat()
    assert iso_date(day) == day.isoformat()


@given(st.text(max_size=30))
def test_no_text_crashes_the_date_reader(text):
    value = iso_date(text)
    assert value is None or value[:4].isdigit()


def test_load_yaml_keeps_every_key_line():
    data = load_yaml("a: 1\nb:\n  - x\n  - {c: 2}\n", "f.yaml", first_line=2)
    assert data.key_lines == {"a": 2, "b": 3}
    assert data["b"].item_lines == [4, 5]
    assert data["b"][1].key_lines == {"c": 5}
    with pytest.raises(ContentError):
        load_yaml("a: 1\na: 1\n", "f.yaml")


def test_unknown_key_in_a_topic_suggests_the_closest(capsys, content):
    path = write(content, "topics/t.yaml", "slug: t\ntitle: T\nterm:\n  spy: 1\n")
    assert f"{path}:3: error: unknown key 'term' — did you mean 'terms'?" in errors(capsys, content)


def test_unknown_key_in_overrides_is_an_error_even_beside_topics(capsys, content):
    path = write(content, "overrides.yaml", "003_2342fa2aa6b80750.txt:\n  topics: [intelligence-sharing]\n  topis: [x]\n")
    assert errors(capsys, content) == [f"{path}:3: error: unknown key 'topis' — did you mean 'topics'?"]


def test_a_url_in_overrides_points_at_the_desk_file(capsys, content):
    path = write(content, "overrides.yaml", "003_2342fa2aa6b80750.txt:\n  topics: [intelligence-sharing]\n"
                                            "  url: https://example.org/a\n")
    assert errors(capsys, content) == [
        f"{path}:3: error: 003_2342fa2aa6b80750.txt: 'url' is not set here — set it in the source's desk file, "
        "003_2342fa2aa6b80750.yaml beside the source (see docs/editors.md)"]


def test_a_mistyped_reference_suggests_a_whole_quote_and_names_its_article(capsys, content):
    path = write(content, "notes/n.md", NOTE.replace("There was no agreement that we would share",
                                                     "There was no agrement that we"))
    (error,) = errors(capsys, content)
    assert error.startswith(f"{path}:8: error: no quote starts with 'There was no agrement that we' in "
                            "001_a6332ebc66c091c0.txt — did you mean '")
    suggestion = error.split("did you mean '", 1)[1].rsplit("' (in ", 1)[0]
    assert suggestion.startswith("There was no agreement that we")
    assert suggestion.endswith("…") or not suggestion[-1].isalpha() or " " not in suggestion[-3:]
    assert error.endswith("(in 001_a6332ebc66c091c0.txt)?")


def test_a_quote_id_shaped_reference_is_matched_as_an_id(capsys, content):
    path = write(content, "notes/n.md", NOTE.replace('"There was no agreement that we would share"',
                                                     "001-a6332ebc66c091c0-0badf00d"))
    (error,) = errors(capsys, content)
    assert error.startswith(f"{path}:8: error: no quote has the id '001-a6332ebc66c091c0-0badf00d' in "
                            "001_a6332ebc66c091c0.txt — ")


def test_a_variant_given_to_two_people_names_both_lines(capsys, content):
    path = write(content, "aliases.yaml", "Mike Pompeo:\n  - Pompeo\n  - Washington\nJoe Biden:\n  - Washington\n")
    assert errors(capsys, content) == [
        f"{path}:5: error: 'Washington' is a variant of both 'Mike Pompeo' (line 3) and 'Joe Biden' (line 5) — "
        "keep it under one name; correct a single quote in its source's desk file"]


def test_a_duplicate_name_in_the_alias_table_names_both_lines(capsys, content):
    path = write(content, "aliases.yaml", "Mike Pompeo: [Pompeo]\nJoe Biden: [Biden]\nMike Pompeo: [M. Pompeo]\n")
    assert errors(capsys, content)[0].startswith(f"{path}:3: error: duplicate key 'Mike Pompeo' on lines 1 and 3")


DESK_WORDS = ["date: 2026-12-06\n", "metadata:\n", "  outlet: RT\n", "  published: ", "quotes:\n", "links:\n",
              "  - ", "quote: ", "add: ", "speaker: ", "not_a_quote: ", "with: ", "reject: ", "kind: ", "true",
              "unnamed", "{", "}", "[", "]", ": ", "\n", "  ", "x", "2026-02-30", "To intensify", "authors: "]


@given(st.lists(st.sampled_from(DESK_WORDS), max_size=40).map("".join))
def test_a_desk_file_loads_or_is_a_content_error_with_lines(tmp_path_factory, text):
    from generator.corpus.desk import DeskFile, load_desk_file

    path = tmp_path_factory.mktemp("desk") / "a.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        desk = load_desk_file(str(path), "a.txt")
    except ContentError as exc:
        assert exc.problems and all(p.path == str(path) and (p.line is None or p.line >= 1) for p in exc.problems)
        return
    assert isinstance(desk, DeskFile) and desk.date == "2026-12-06"
