"""The corrections policy at work: a note's dated updates show on its page, in ClaimReview's
dateModified, in the verdicts feed (re-published) and on the Corrections page; `updated:`
no longer steers editors to overwrite the original date."""

from __future__ import annotations

import io
import json
import shutil
from contextlib import redirect_stderr
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.commands import cli
from tests.conftest import CONTENT, copy_project

NOTE = CONTENT / "notes" / "lavrov-boston-data.md"
UPDATE = """updates:
  - date: 2014-11-03
    what: The summary now says the FBI opened an assessment.
    why: A reader pointed to the FBI's 2011 statement.
"""


def with_update(text: str = UPDATE) -> str:
    return NOTE.read_text(encoding="utf-8").replace("topics:", text + "topics:", 1)


@pytest.fixture
def site(tmp_path: Path, monkeypatch) -> Path:
    copy_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content/notes/lavrov-boston-data.md").write_text(with_update(), encoding="utf-8")
    err = io.StringIO()
    with redirect_stderr(err):
        assert cli.main(["--workers", "1", "build", "--no-search"]) == 0, err.getvalue()
    return tmp_path / "output"


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_the_note_page_shows_the_update_and_keeps_its_date(site):
    page = soup(site / "notes/lavrov-boston-data/index.html")
    updates = page.find("section", class_="updates").get_text(" ", strip=True)
    assert "2014-11-03" in updates and "The summary now says the FBI opened an assessment." in updates
    assert "Why: A reader pointed to the FBI's 2011 statement." in updates
    line = page.find("p", class_="verdict-line")
    assert [t["datetime"] for t in line.find_all("time")] == ["2014-10-27", "2014-11-03"]


def test_claimreview_gets_date_modified(site):
    (review,) = [json.loads(s.string) for s in soup(site / "notes/lavrov-boston-data/index.html")
                 .find_all("script", type="application/ld+json")]
    assert review["datePublished"] == "2014-10-27" and review["dateModified"] == "2014-11-03"
    other = [json.loads(s.string) for s in soup(site / "notes/kerry-intelligence-cooperation/index.html")
             .find_all("script", type="application/ld+json")]
    assert "dateModified" not in other[0]


def test_the_verdicts_feed_re_publishes_the_entry(site):
    feed = BeautifulSoup((site / "feeds/verdicts.atom.xml").read_text(encoding="utf-8"), "xml")
    first = feed.find("entry")
    assert first.find("id").get_text().endswith("/notes/lavrov-boston-data/")
    assert first.find("updated").get_text().startswith("2014-11-03")
    assert first.find("published").get_text().startswith("2014-10-27")
    assert "Updated 2014-11-03: The summary now says" in first.find("summary").get_text()


def test_the_corrections_page_lists_the_update(site):
    page = soup(site / "corrections/index.html")
    (entry,) = page.select("ol.corrections > li")
    assert entry.find("time")["datetime"] == "2014-11-03"
    assert entry.find("a")["href"].endswith("notes/lavrov-boston-data/#updates-h")
    assert "The summary now says the FBI opened an assessment." in entry.get_text()


def test_the_verdicts_list_shows_the_updated_date(site):
    card = soup(site / "notes/index.html").find("a", href="../notes/lavrov-boston-data/").find_parent("article")
    assert "updated" in card.get_text() and card.find_all("time")[-1]["datetime"] == "2014-11-03"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def errors(capsys, content: Path, note: str) -> tuple[str, list[str]]:
    path = content / "notes" / "lavrov-boston-data.md"
    path.write_text(note, encoding="utf-8")
    cli.main(["--content", str(content), "--no-cache", "check"])
    return str(path), [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]


def test_a_valid_update_passes(capsys, content):
    assert errors(capsys, content, with_update())[1] == []


@pytest.mark.parametrize(("update", "line", "message"), [
    (UPDATE.replace("2014-11-03", "3 November 2014"), 18, "`date: 3 November 2014` is not a valid ISO 8601 date"),
    (UPDATE.replace("why:", "wyh:"), 20, "unknown update key 'wyh' — did you mean 'why'?"),
    (UPDATE.replace("    what: The summary now says the FBI opened an assessment.\n", ""), 18,
     "the update has no 'what' — add `what:` to the update"),
    ("updates: Fixed a typo.\n", 17, "`updates` must be a list"),
])
def test_update_errors_name_their_line(capsys, content, update, line, message):
    path, found = errors(capsys, content, with_update(update))
    assert len(found) == 1 and found[0].startswith(f"{path}:{line}: error: {message}"), found


def test_updated_is_pointed_at_updates(capsys, content):
    path, found = errors(capsys, content, with_update("updated: 2014-11-03\n"))
    assert found == [f"{path}:17: error: unknown front-matter key 'updated' — did you mean 'updates'?"]
