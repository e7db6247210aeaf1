"""The editors' own pages (content/pages/*.md) and the verdict legend: rendered with the
theme, linked from every page's footer; every verdict badge links to its definition, which
comes from generator/data/verdicts.yaml."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.commands.cli import main
from generator.corpus.verdicts import scale
from tests.conftest import CONTENT

PAGES = {"about": "About", "methodology": "Methodology", "corrections-policy": "Corrections policy",
         "contact": "Contact"}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_each_shipped_page_is_rendered_with_the_theme(built_site):
    for slug, title in PAGES.items():
        page = soup(built_site / slug / "index.html")
        assert page.find("h1").get_text() == title
        assert page.find("header", class_="site") and page.find("footer", class_="site")
        assert len(page.select(".note-body p")) >= 1
        assert page.find("title").get_text().startswith(title)


def test_every_page_links_the_editors_pages_in_its_footer(built_site):
    pages = [p for p in built_site.rglob("*.html") if "pagefind" not in p.parts]
    assert len(pages) > 20
    for path in pages:
        footer = soup(path).find("footer", class_="site")
        names = [a.get_text() for a in footer.select(".footer-pages a")]
        assert names == ["About", "Methodology", "Corrections policy", "Contact", "Corrections"], path


def test_the_legend_defines_every_verdict_from_the_data_file(built_site):
    page = soup(built_site / "notes/index.html")
    terms = page.select("dl.scale dt")
    assert [dt["id"] for dt in terms] == [f"verdict-{v.key}" for v in scale()]
    assert [dt.find_next_sibling("dd").get_text() for dt in terms] == [v.meaning for v in scale()]


def test_every_verdict_badge_links_to_its_definition(built_site):
    badges = 0
    for path in (built_site / "notes").rglob("index.html"):
        for badge in soup(path).select("a.verdict"):
            if "/notes/#verdict-" in badge["href"]:
                badges += 1
                verdict = badge["href"].rsplit("#verdict-", 1)[1]
                assert f"verdict-{verdict}" in badge["class"]
    assert badges >= 4  # two notes' pages and their two cards in the list


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def errors(capsys, content: Path, name: str, text: str) -> tuple[str, list[str]]:
    path = content / "pages" / name
    path.write_text(text, encoding="utf-8")
    main(["--content", str(content), "--no-cache", "check"])
    return str(path), [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]


@pytest.mark.parametrize(("name", "text", "line", "message"), [
    ("team.md", "---\ntitle: Team\ntitel: x\n---\nBody.\n", 3, "unknown front-matter key 'titel' — did you mean 'title'?"),
    ("team.md", "---\ndescription: x\n---\nBody.\n", 2, "missing required key 'title'"),
    ("team.md", "---\ntitle: Team\ntitle: Staff\n---\nBody.\n", 3, "duplicate key 'title' on lines 2 and 3"),
    ("team.md", "Body only.\n", 1, "no YAML front matter"),
    ("notes.md", "---\ntitle: Notes\n---\nBody.\n", 1, "the page name 'notes' is one of the site's own addresses"),
    ("team.md", "---\ntitle: Team\norder: first\n---\nBody.\n", 3, "`order` must be a whole number"),
])
def test_page_errors_name_their_line(capsys, content, name, text, line, message):
    path, found = errors(capsys, content, name, text)
    assert len(found) == 1 and found[0].startswith(f"{path}:{line}: error: {message}"), found


def test_a_new_page_is_listed_in_order(capsys, content, tmp_path):
    assert errors(capsys, content, "team.md", "---\ntitle: Team\norder: 0\n---\nWho we are.\n")[1] == []
    from generator.corpus.editor_pages import load_pages

    assert [p.slug for p in load_pages(content / "pages")] == ["team", "about", "methodology", "corrections-policy",
                                                                "contact"]
