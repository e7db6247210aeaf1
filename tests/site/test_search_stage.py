"""Where search shards are staged (search_stage.py, search_index.py): RAM first, disk when it fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.site.search import index as search_index
from generator.site.search.stage import PREFIX, ram_folder, staging_name

PAGE = ('<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><nav>Menu</nav>'
        '<main data-pagefind-body><h1>Title</h1><p>“<q id="q1">Words</q>,” she said.</p>'
        '<section data-pagefind-ignore><p>Cards</p></section></main></body></html>')


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for name in ("a", "b"):
        (site / "articles" / name).mkdir(parents=True)
        (site / "articles" / name / "index.html").write_text(PAGE, encoding="utf-8")
    return site


def test_folders_of_dead_builds_are_removed_and_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan = tmp_path / f"{PREFIX}{dead.stdout.strip()}-x-articles-0"
    mine = tmp_path / staging_name("x-articles-1")
    for folder in (orphan, mine):
        (folder / "articles").mkdir(parents=True)
    assert ram_folder(tmp_path) == tmp_path
    assert not orphan.exists() and mine.is_dir()
    assert ram_folder(tmp_path / "missing") is None


def test_shards_are_staged_as_twins_in_ram_and_on_disk_when_ram_fails(tmp_path, monkeypatch):
    site = _site(tmp_path)
    ram = tmp_path / "ram"
    ram.mkdir()
    staged: list[tuple[Path, str]] = []

    def pagefind(stage: Path, bundle: Path) -> None:
        staged.extend((stage, p.read_text(encoding="utf-8")) for p in sorted(stage.rglob("*.html")))
        (bundle / "fragment").mkdir(parents=True)

    monkeypatch.setattr(search_index, "_pagefind", pagefind)
    monkeypatch.setattr(search_index, "ram_folder", lambda: ram)
    pages = ["articles/a/index.html", "articles/b/index.html"]
    search_index.index_search(site, pages, None, {}, {}, stage=tmp_path / "stage")
    assert {stage.parent for stage, _ in staged} == {ram} and len(staged) == 2
    assert all("Menu" not in text and "Cards" not in text and "<q>Words</q>" in text for _, text in staged)
    assert list(ram.iterdir()) == []  # removed once indexed

    real = search_index._stage_page

    def full_ram(page: Path, target: Path) -> None:
        if ram in target.parents:
            raise OSError(28, "No space left on device")
        real(page, target)

    staged.clear()
    monkeypatch.setattr(search_index, "_stage_page", full_ram)
    (site / "pagefind").rename(tmp_path / "old-pagefind")
    search_index.index_search(site, pages, None, {}, {}, stage=tmp_path / "stage")
    assert {stage.parent for stage, _ in staged} == {tmp_path} and len(staged) == 2
    assert not any(p.name.startswith("stage-") for p in tmp_path.iterdir()) and list(ram.iterdir()) == []
    assert os.listdir(site / "pagefind")


def test_the_twin_of_the_rendered_text_is_the_twin_of_the_file_pelican_writes(tmp_path):
    # The renderers make twins from the text they rendered (search_index.rendered_twin), not
    # from the file read back: text-mode reading turns CR LF and a lone CR into LF, so must they.
    for text in (PAGE, PAGE.replace("<p>", "<p>line\r\nend\rmore\r"), PAGE.replace("Words", "Wörds \u2028 “”")):
        page = tmp_path / "index.html"
        with open(page, "w", encoding="utf-8") as handle:  # as Pelican's Writer opens it
            handle.write(text)
        assert search_index.rendered_twin(text) == search_index.page_twin(page) is not None
    assert search_index.rendered_twin("<html><body><p>no body element</p></body></html>") is None
