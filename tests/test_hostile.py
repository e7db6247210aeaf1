"""Hostile and broken content through the real `digest build`: a clear message, never a traceback.

Each bad input goes alone into a copy of content/ and is built as a subprocess, the way
`make html` runs. A content error names the file (and line where known) and what to do,
exits 1 and leaves the previous output/ as it was; what the README documents as a warning
(a page with no article text) builds. Big inputs are generated in tmp, never committed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CONTENT, ROOT

pytestmark = pytest.mark.slow
SEED = "000_385545522f94976e.txt"
PROSE = "The minister said the talks in Geneva went well and that “nothing at all was agreed” on Monday. "


def build(content: Path, out: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "generator.commands.cli", "--content", str(content), "--no-cache", "build", "--output",
           str(out), "--no-search"]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def _write(name: str, data: bytes | str) -> Callable[[Path], None]:
    def setup(content: Path) -> None:
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
    return setup


def _big_page(content: Path) -> None:
    """A real 50 MiB page (not a sparse file): refused by size before anything parses it."""
    chunk = f"<p>{PROSE}</p>\n".encode() * 1000
    with (content / "sources" / "huge.html").open("wb") as handle:
        handle.write(b"<html><body><article>")
        for _ in range(50 * 2**20 // len(chunk) + 1):
            handle.write(chunk)


def _symlink(name: str, target: Callable[[Path], Path]) -> Callable[[Path], None]:
    def setup(content: Path) -> None:
        (content / name).symlink_to(target(content))
    return setup


def _outside_file(content: Path) -> Path:
    secret = content.parent / "secret.txt"
    secret.write_text("Private text that must never be published on the site. " * 5, encoding="utf-8")
    return secret


def _outside_dir(content: Path) -> Path:
    folder = content.parent / "elsewhere"
    folder.mkdir()
    shutil.copy(content / "sources" / SEED, folder / "copied.txt")
    return folder


def _loop(content: Path) -> None:
    (content / "sources" / "loop-a.txt").symlink_to("loop-b.txt")
    (content / "sources" / "loop-b.txt").symlink_to("loop-a.txt")


def _duplicate(content: Path) -> None:
    shutil.copy(content / "sources" / SEED, content / "sources" / SEED.replace("_", "-"))


def _note(front: str, body: str = "Reasoning.\n") -> str:
    return f"---\n{front}---\n{body}"


GOOD_FRONT = "title: A test note\nverdict: false\nsummary: A summary.\neditor: Desk\ndate: 2026-11-20\n"
BOMB = "slug: bomb\ntitle: t\ndescription: d\n" + "".join(
    f"{a}: &{a} [{', '.join([f'*{b}'] * 9) if b else 'lol'}]\n" for b, a in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
) + "terms: *i\n"

# (id, setup, exact text expected in stderr). Every one must stop the build with status 1.
ERRORS = [
    ("empty", _write("sources/empty.txt", b""), "sources/empty.txt: error: the file is empty — paste"),
    ("blank", _write("sources/blank.html", b" \n\t\r\n  "), "sources/blank.html: error: the file is empty"),
    ("binary", _write("sources/binary.txt", bytes(range(256)) * 64), "sources/binary.txt: error: the file is binary"),
    ("png", _write("sources/photo.html", b"\x89PNG\r\n\x1a\n" + os.urandom(4096)), "sources/photo.html: error: the file is binary"),
    ("50MB", _big_page, "sources/huge.html: error: the file is 50 MiB, over the 10 MiB limit — save only the article's page"),
    ("nested", _write("sources/nested.html", "<html>\n<body>\n" + "<div>" * 10_000 + f"<p>{PROSE}</p>" + "</div>" * 10_000),
     "sources/nested.html: error: the HTML is nested more than 256 levels deep (line 3)"),
    ("symlink-file", _symlink("sources/link.txt", _outside_file),
     "sources/link.txt: error: symlink points outside the content folder — copy the file into content/"),
    ("symlink-dir", _symlink("sources/elsewhere", _outside_dir), "sources/elsewhere: error: symlink points outside"),
    ("symlink-loop", _loop, "sources/loop-a.txt: error: symlink loop"),
    ("same-slug", _duplicate, "error: two sources have the slug '000-385545522f94976e'"),
    ("same-slug-kinds", _write("sources/000_385545522f94976e.html", f"<html><body><p>{PROSE * 3}</p></body></html>"),
     "error: two sources have the slug '000-385545522f94976e'"),
    ("note-yaml", _write("notes/bad.md", _note("title: [unclosed\nverdict: false\n")),
     "notes/bad.md:3: error: invalid YAML"),
    ("topic-yaml", _write("topics/bad.yaml", "slug: bad\ntitle: {unclosed\n"), "topics/bad.yaml:3: error: invalid YAML"),
    ("aliases-yaml", _write("aliases.yaml", "Sergey Lavrov: [Sergei Lavrov\nx: y\n"), "aliases.yaml:2: error: invalid YAML"),
    ("overrides-yaml", _write("overrides.yaml", f"{SEED}:\n  topics: [a\n  - b\n"), "overrides.yaml:4: error: invalid YAML"),
    ("note-nothing", _write("notes/aimless.md", _note(GOOD_FRONT)), "notes/aimless.md:2: error: the note targets nothing"),
    ("note-missing", _write("notes/lost.md", _note(GOOD_FRONT + "article: nope.txt\n")),
     "notes/lost.md:7: error: article 'nope.txt' does not exist"),
    ("note-quote", _write("notes/misquote.md", _note(GOOD_FRONT + f"article: {SEED}\nquote: \"Words nobody said\"\n")),
     "notes/misquote.md:8: error:"),
    ("note-cp1252", _write("notes/latin.md", _note(GOOD_FRONT + "claim: Café\n").encode("cp1252")),
     "notes/latin.md:7: error: the file is not UTF-8 (byte 0xe9) — save it as UTF-8"),
    ("note-binary", _write("notes/blob.md", b"---\n\x00\x01\x02" + os.urandom(512)), "notes/blob.md:2: error: the file is binary"),
    ("note-date", _write("notes/when.md", _note(GOOD_FRONT.replace("2026-11-20", "2026-02-30") + "claim: x\n")),
     "notes/when.md:6: error: `date: 2026-02-30` is not a valid ISO 8601 date"),
    ("note-shape", _write("notes/shape.md", _note(GOOD_FRONT + "claim: x\nclaimant: {name: x}\n")),
     "notes/shape.md:8: error: 'claimant' must be a single text value"),
    ("yaml-bomb", _write("topics/bomb.yaml", BOMB), "topics/bomb.yaml:5: error: invalid YAML: aliases (*name) are not supported"),
    ("yaml-deep", _write("topics/deep.yaml", "slug: deep\nterms: " + "[" * 10_000 + "]" * 10_000 + "\n"),
     "topics/deep.yaml:2: error: invalid YAML: nested more than 32 levels deep"),
    ("topic-slug", _write("topics/escape.yaml", 'slug: "../../escape"\ntitle: t\nterms: [minister]\n'),
     "topics/escape.yaml:1: error: slug '../../escape' must be lower-case letters"),
    ("topic-terms", _write("topics/weights.yaml", "slug: weights\ntitle: t\nterms:\n  minister: heavy\n"),
     "topics/weights.yaml:3: error: `terms` must map phrases to numbers"),
    ("aliases-shape", _write("aliases.yaml", "Sergey Lavrov: 5\n"), "aliases.yaml:1: error: the variants of 'Sergey Lavrov'"),
]


@pytest.mark.parametrize(("setup", "message"), [case[1:] for case in ERRORS], ids=[case[0] for case in ERRORS])
def test_bad_content_stops_the_build_with_a_clear_message(content, tmp_path, setup, message):
    setup(content)
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("previous site", encoding="utf-8")
    result = build(content, out)
    assert result.returncode == 1, result.stderr[-2000:]
    assert message in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert f"build stopped: {out}/ left as it was" in result.stderr
    assert [p.name for p in out.iterdir()] == ["index.html"]
    assert (out / "index.html").read_text(encoding="utf-8") == "previous site"


def _fifo(content: Path) -> None:
    os.mkfifo(content / "sources" / "pipe.txt")  # reading it would block forever


READABLE = [
    ("oneline-2MB", _write("sources/oneline.txt", PROSE * 21_000), "oneline", "nothing at all was agreed"),
    ("mixed-encoding", _write("sources/mixed.txt", (PROSE + "\n\n").encode() * 5
                              + "Le ministre a déclaré: “Café”.".encode("cp1252") + b"\n\n" + PROSE.encode()),
     "mixed", "Le ministre a déclaré"),
    ("wrong-meta-charset", _write("sources/stale.html", f"<html><head><meta charset='iso-8859-1'></head><body><article>"
                                  f"<p>{PROSE} Le ministre a déclaré à Genève.</p><p>{PROSE}</p></article></body></html>"),
     "stale", "Le ministre a déclaré à Genève"),
    ("utf16-no-bom", _write("sources/wide.txt", (PROSE * 4 + "Zürich.").encode("utf-16-le")), "wide", "Zürich"),
    ("crlf-note", _write("notes/windows.md", _note(GOOD_FRONT + "claim: Something was said.\n").replace("\n", "\r\n")),
     None, None),
    ("fifo", _fifo, None, None),
]


@pytest.mark.parametrize(("setup", "slug", "text"), [case[1:] for case in READABLE], ids=[case[0] for case in READABLE])
def test_odd_but_readable_content_builds_with_its_text(content, tmp_path, setup, slug, text):
    setup(content)
    out = tmp_path / "site"
    result = build(content, out, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    if slug:
        page = (out / "articles" / slug / "index.html").read_text(encoding="utf-8")
        assert text in page.replace("&#34;", '"').replace("&#39;", "'")


def test_a_page_without_an_article_warns_and_never_corrupts_other_pages(content, tmp_path):
    clean = tmp_path / "clean"
    assert build(content, clean).returncode == 0
    (content / "sources" / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/login'>Log in</a></nav>"
        "<footer>© 2026 Outlet</footer></body></html>", encoding="utf-8")
    (content / "sources" / "oneline.txt").write_text(PROSE * 20_000, encoding="utf-8")
    out = tmp_path / "site"
    result = build(content, out)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "sources/menu.html: warning: no article text found in this page — check that the file holds" in result.stderr
    for page in sorted((clean / "articles").glob("0*/index.html")):
        assert page.read_bytes() == (out / page.relative_to(clean)).read_bytes(), page


def test_every_error_at_once_is_listed_once_each(content, tmp_path):
    """All the bad files together: each still reported with its own message, none hides another.

    Left out: notes whose targets are missing (targets are resolved only once every note
    parses), the second aliases file and slug clash, and the 50 MiB page (time).
    """
    skip = {"50MB", "aliases-shape", "same-slug-kinds", "note-missing", "note-quote"}
    cases = [case for case in ERRORS if case[0] not in skip]
    for _, setup, _ in cases:
        setup(content)
    result = build(content, tmp_path / "site")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    missing = [case_id for case_id, _, message in cases if message not in result.stderr]
    assert missing == [], result.stderr[-3000:]


def test_an_unreadable_note_names_its_file_in_json_output(content, tmp_path):
    """`digest analyze --strict` reports editors' content problems too, as the build does."""
    _write("notes/latin.md", _note(GOOD_FRONT + "claim: Café\n").encode("cp1252"))(content)
    cmd = [sys.executable, "-m", "generator.commands.cli", "--content", str(content), "--no-cache", "analyze", "--json",
           "--strict", str(content / "sources" / SEED)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "notes/latin.md:7: error: the file is not UTF-8" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 1



def _growth(work: Callable[[int], object], small: int, factor: int = 8) -> float:
    """How much longer `work` takes on `factor` times the input (best of two runs each)."""
    import time

    def seconds(n: int) -> float:
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            work(n)
            best = min(best, time.perf_counter() - start)
        return best

    return seconds(small * factor) / seconds(small)


def test_a_long_saved_page_costs_linear_time_in_the_vote():
    """The extractors' vote once looked every line up in the whole text: a 9 MB page took over 15 minutes."""
    from generator.cleaning.html_page import vote

    def run(n: int) -> None:
        text = "\n".join(f"Paragraph {i}: {PROSE}" for i in range(n))
        assert len(vote(text, text)[0]) == n

    assert _growth(run, 4_000) < 24  # 8x the lines: ~8x the time; quadratic would be ~64x


def test_the_article_block_costs_linear_time_when_lines_come_in_reverse_order():
    """Lines are found forward from the last one; a reordered page must not rescan the page per line."""
    from lxml import html as lxml_html

    from generator.cleaning.article_block import in_article_block
    from generator.cleaning.html_page import normalised_line

    def run(n: int) -> None:
        body = "".join(f"<p>Paragraph {i} {PROSE}</p>" for i in range(n))
        tree = lxml_html.fromstring(f"<html><body><article>{body}</article></body></html>")
        lines = [normalised_line(f"Paragraph {i} {PROSE}").split() for i in range(n)]
        assert in_article_block(tree, lines[::-1]) == [True] * n

    assert _growth(run, 1_000) < 24  # 8x the lines: ~8x the time; a rescan per line would be ~64x


def test_a_paragraph_full_of_speech_verbs_costs_linear_time():
    """Each speech verb once re-read the whole paragraph before it: 1.4 MB of them never finished."""
    from generator.ingest.read import read_bytes
    from generator.pipeline import analyze_source

    def run(n: int) -> None:
        analyze_source(read_bytes("x.txt", ("— said he — “x” — " * n).encode()))

    assert _growth(run, 1_000) < 24
