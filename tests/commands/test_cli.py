"""The `digest` command: the analyze contract, clean, and a full site build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from generator.commands.cli import main
from tests.conftest import CONTENT, ROOT, SEEDS

ARTICLE_KEYS = {"source", "id", "title", "outlet", "published", "dateline", "authors", "paragraphs", "removed",
                "quotes", "topics"}


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_analyze_prints_one_json_document_with_the_contract(capsys, tmp_path):
    status, out, _ = run_cli(capsys, "--cache-dir", str(tmp_path), "analyze", "--json", *map(str, SEEDS))
    assert status == 0
    doc = json.loads(out)
    assert set(doc) == {"articles", "links"}
    assert [a["source"] for a in doc["articles"]] == [str(s) for s in SEEDS]
    for article in doc["articles"]:
        assert set(article) >= ARTICLE_KEYS
        assert article["paragraphs"], article["source"]
        for quote in article["quotes"]:
            paragraph = article["paragraphs"][quote["paragraph"]]["text"]
            assert paragraph[quote["start"]:quote["end"]] == quote["text"]
    ids = [q["id"] for a in doc["articles"] for q in a["quotes"]]
    assert len(ids) == len(set(ids))


def test_quote_ids_are_stable_across_runs(capsys, tmp_path):
    _, first, _ = run_cli(capsys, "--no-cache", "analyze", "--json", *map(str, SEEDS))
    _, second, _ = run_cli(capsys, "--cache-dir", str(tmp_path), "analyze", "--json", *map(str, SEEDS))
    ids = [[q["id"] for a in json.loads(doc)["articles"] for q in a["quotes"]] for doc in (first, second)]
    assert ids[0] == ids[1]


def test_analyze_reports_an_unreadable_file_and_still_prints_the_rest(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status, out, err = run_cli(capsys, "--no-cache", "analyze", "--json", str(SEEDS[0]), str(empty))
    assert status == 1
    assert f"{empty}: error: the file is empty" in err
    assert len(json.loads(out)["articles"]) == 1


def test_clean_prints_paragraphs_separated_by_blank_lines(capsys):
    status, out, _ = run_cli(capsys, "--no-cache", "clean", str(SEEDS[1]))
    assert status == 0
    assert "\n\n" in out
    assert "Racist, abusive and off-topic comments" not in out


@pytest.mark.slow
def test_build_writes_an_index_linking_to_every_article(tmp_path):
    out = tmp_path / "site"
    cmd = [sys.executable, "-m", "generator.commands.cli", "--cache-dir", str(tmp_path / "cache"), "build", "--output", str(out)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    index = (out / "index.html").read_text(encoding="utf-8")
    for source in SEEDS:
        slug = source.stem.replace("_", "-")
        assert f'href="./articles/{slug}/"' in index
        assert (out / "articles" / slug / "index.html").exists()


@pytest.mark.slow
def test_failed_build_leaves_the_previous_output_intact(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous site", encoding="utf-8")
    (content / "notes").mkdir(exist_ok=True)
    (content / "notes" / "broken.md").write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "generator.commands.cli", "--content", str(content), "--no-cache", "build", "--output", str(out)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "broken.md:" in result.stderr
    assert "Traceback" not in result.stderr
    assert (out / "index.html").read_text(encoding="utf-8") == "previous site"


def test_a_warning_shared_by_many_sources_is_counted_but_errors_are_all_printed(capsys):
    from generator.commands.report import report as _report
    from generator.model import Problem

    problems = [Problem(f"s{i}.txt", "the article is in no dossier", severity="warning") for i in range(25)]
    problems += [Problem("note.md", "unknown verdict", line=3), Problem("x.md", "unknown verdict", line=4)]
    assert _report(problems) == 1
    err = capsys.readouterr().err.splitlines()
    assert sum("in no dossier" in line and line.startswith("s") for line in err) == 10
    assert "… and 15 more sources with the warning “the article is in no dossier”" in "\n".join(err)
    assert "note.md:3: error: unknown verdict" in err and "x.md:4: error: unknown verdict" in err
    assert err[-1] == "2 error(s), 25 warning(s)"
    assert _report(problems[:25], limit=None) == 0
    assert sum("in no dossier" in line for line in capsys.readouterr().err.splitlines()) == 25
