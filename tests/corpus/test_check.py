"""`digest check`: every editor error as `path:line: error: message — how to fix`, all at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.commands.cli import main
from tests.conftest import CONTENT

NOTE = """---
title: A note
verdict: false
summary: Short.
editor: Desk
date: 2026-11-20
article: 001_a6332ebc66c091c0.txt
quote: "There was no agreement that we would share"
---
Body.
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    for note in (target / "notes").glob("*.md"):
        note.unlink()
    return target


def check(capsys, content: Path) -> tuple[int, list[str]]:
    status = main(["--content", str(content), "--no-cache", "check"])
    return status, [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]


def write_note(content: Path, text: str, name: str = "n.md") -> str:
    path = content / "notes" / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_valid_content_passes(capsys, content):
    write_note(content, NOTE)
    assert check(capsys, content) == (0, [])


def test_bad_yaml_in_front_matter_names_the_line(capsys, content):
    path = write_note(content, NOTE.replace("summary: Short.", "summary: [unclosed"))
    status, errors = check(capsys, content)
    assert status == 1
    assert errors[0].startswith(f"{path}:5: error: invalid YAML")


def test_unknown_key_suggests_the_closest(capsys, content):
    path = write_note(content, NOTE.replace("editor: Desk", "editr: Desk"))
    _, errors = check(capsys, content)
    assert f"{path}:5: error: unknown front-matter key 'editr' — did you mean 'editor'?" in errors


def test_unknown_verdict_names_its_line(capsys, content):
    path = write_note(content, NOTE.replace("verdict: false", "verdict: fals"))
    _, errors = check(capsys, content)
    assert f"{path}:3: error: unknown verdict 'fals' — did you mean 'false'?" in errors


def test_missing_quote_target_suggests_the_closest(capsys, content):
    path = write_note(content, NOTE.replace("we would share", "we would shar e"))
    _, errors = check(capsys, content)
    assert len(errors) == 1
    assert errors[0].startswith(f"{path}:8: error: no quote starts with 'There was no agreement that we would shar e'")
    assert "did you mean 'There was no agreement that we would share" in errors[0]


def test_missing_article_target(capsys, content):
    path = write_note(content, NOTE.replace("001_a6332ebc66c091c0.txt", "001_a6332ebc66c091c1.txt"))
    _, errors = check(capsys, content)
    assert errors[0].startswith(f"{path}:7: error: article '001_a6332ebc66c091c1.txt' does not exist — did you mean")


def test_topic_without_terms_and_bad_topic_yaml(capsys, content):
    empty = content / "topics" / "empty.yaml"
    empty.write_text("slug: empty\ntitle: Empty\nterms:\n", encoding="utf-8")
    broken = content / "topics" / "broken.yaml"
    broken.write_text("slug: broken\ntitle: Broken\nterms:\n  spy: 1\n  - list\n", encoding="utf-8")
    _, errors = check(capsys, content)
    assert f"{empty}:3: error: the topic has no terms — add `terms:` with phrases that place an article in it" in errors
    assert any(e.startswith(f"{broken}:5: error: invalid YAML") for e in errors)


def test_duplicate_slugs_and_every_problem_reported_at_once(capsys, content):
    shutil.copy(content / "sources" / "000_385545522f94976e.txt", content / "sources" / "000-385545522F94976E.txt")
    write_note(content, NOTE.replace("verdict: false", "verdict: fals"))
    status, errors = check(capsys, content)
    assert status == 1
    assert any("two sources have the slug '000-385545522f94976e'" in e for e in errors)
    assert any("unknown verdict" in e for e in errors)


def test_a_broken_topic_file_costs_only_its_own_topic(capsys, content):
    (content / "topics" / "broken.yaml").write_text("slug: broken\ntitle: [\n", encoding="utf-8")
    write_note(content, NOTE.replace("---\nBody", "topics: [intelligence-sharing]\n---\nBody"))
    status, errors = check(capsys, content)
    assert status == 1
    assert any("broken.yaml" in e and "invalid YAML" in e for e in errors)
    assert not any("unknown topic" in e or "in no dossier" in e for e in errors), errors


def test_unknown_topic_in_a_note(capsys, content):
    path = write_note(content, NOTE.replace("---\nBody", "topics: [inteligence-sharing]\n---\nBody"))
    _, errors = check(capsys, content)
    assert f"{path}:9: error: unknown topic 'inteligence-sharing' — did you mean 'intelligence-sharing'?" in errors


def test_warnings_do_not_fail(capsys, content):
    status = main(["--content", str(content), "--no-cache", "check"])
    err = capsys.readouterr().err
    assert status == 0
    assert "warning: the article is in no dossier" in err
