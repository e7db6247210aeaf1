"""Hostile content through the real build: script payloads never run, bad files never crash it.

The XSS corpus puts payloads in every place a source or an editor controls — titles,
bodies, quotes, speaker names, outlets, note bodies and front matter, topic files — then
parses every page of the built site and asserts that nothing executable came out.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .conftest import CONTENT, ROOT

pytestmark = pytest.mark.slow

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg/onload=alert(3)>",
    "<a href=\"javascript:alert(4)\">click</a>",
    "<iframe src=\"data:text/html,<script>alert(5)</script>\"></iframe>",
    "&lt;script&gt;alert(6)&lt;/script&gt;",
    "</script><script>alert(7)</script>",
    "<body onload=alert(8)>",
    "\u202egnp.exe",
    "<<script>alert(9)//<</script>",
]
HOSTILE = " ".join(PAYLOADS)
ALLOWED_SCRIPTS = ("theme/js/search.js", "pagefind/pagefind-ui.js")


def _run(args: list[str], content: Path, out: Path, **kwargs) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "generator.cli", "--content", str(content), "--no-cache", *args]
    if args[0] == "build":
        cmd += ["--output", str(out)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, **kwargs)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def _xss_content(content: Path) -> None:
    (content / "sources" / "xss.txt").write_text("\n\n".join([
        f"Hostile headline {PAYLOADS[0]} for the digest test",
        f"MOSCOW, October 25 /TASS{PAYLOADS[1]}/. The minister said on Saturday that the plan {HOSTILE} was real.",
        f"“We will never accept {PAYLOADS[2]} and {PAYLOADS[3]} in any form at all,” said Sergey {PAYLOADS[7]} Lavrov.",
        f"“{PAYLOADS[6]} is what the other side wants us to believe, and it is false,” {PAYLOADS[4]} said.",
        "Russia has reached no agreement with the United States over sharing intelligence, the minister said.",
    ]), encoding="utf-8")
    (content / "sources" / "xss-page.html").write_text(
        f"<html><head><title>{PAYLOADS[0]}</title><meta property='og:site_name' content='{PAYLOADS[1]}'>"
        f"<meta property='og:url' content='javascript:alert(10)'></head><body><h1>Saved page {PAYLOADS[2]}</h1>"
        f"<article><p>The ministry said in a statement on Monday that {PAYLOADS[5]} cooperation on intelligence would "
        f"continue. {PAYLOADS[8]}</p><p>“Intelligence sharing with partners is essential for {PAYLOADS[3]} our security,"
        f"” the spokeswoman {PAYLOADS[9]} said at the briefing in the capital.</p></article></body></html>",
        encoding="utf-8")
    (content / "notes" / "xss.md").write_text(
        "---\n"
        f"title: {json.dumps('Note ' + PAYLOADS[0])}\nverdict: false\nsummary: {json.dumps(PAYLOADS[1])}\n"
        f"editor: {json.dumps(PAYLOADS[2])}\ndate: 2026-11-20\nclaim: {json.dumps(PAYLOADS[6])}\n"
        f"claimant: {json.dumps(PAYLOADS[7])}\nsources: [{json.dumps('javascript:alert(11)')}]\n---\n"
        f"Body {HOSTILE}\n\n[link](javascript:alert(12)) <a href='data:text/html,x' onclick='alert(13)'>x</a>\n",
        encoding="utf-8")
    (content / "topics" / "xss.yaml").write_text(
        f"slug: xss\ntitle: {json.dumps(PAYLOADS[0])}\ndescription: {json.dumps(HOSTILE)}\nterms:\n  minister: 5\n",
        encoding="utf-8")


def _dangerous_url(value: object) -> bool:
    url = str(value).strip().lower()
    return url.startswith(("javascript:", "vbscript:")) or (url.startswith("data:") and url != "data:,")


def _executable(site: Path) -> list[str]:
    found = []
    for page in sorted(site.rglob("*.html")):
        if "pagefind" in page.parts:
            continue
        text = page.read_text(encoding="utf-8")
        if "\u202e" in text:
            found.append(f"{page}: bidi override")
        soup = BeautifulSoup(text, "lxml")
        for tag in soup.find_all(True):
            if tag.name in {"iframe", "object", "embed", "svg", "base", "frame"}:
                found.append(f"{page}: <{tag.name}>")
            if tag.name == "script":
                src = tag.get("src", "")
                if tag.get("type") == "application/ld+json":
                    json.loads(tag.string)
                elif not src.endswith(ALLOWED_SCRIPTS):
                    found.append(f"{page}: script {src or tag.string!r}")
            for attr, value in tag.attrs.items():
                if attr.lower().startswith("on"):
                    found.append(f"{page}: {tag.name}[{attr}]")
                if attr in {"href", "src", "action", "formaction"} and _dangerous_url(value):
                    found.append(f"{page}: {tag.name}[{attr}]={value[:40]}")
    return found


def test_xss_corpus_builds_into_a_site_with_nothing_executable(content, tmp_path):
    _xss_content(content)
    out = tmp_path / "site"
    result = _run(["build"], content, out)
    assert result.returncode == 0, result.stderr
    assert (out / "articles" / "xss" / "index.html").exists()
    assert _executable(out) == []
    article = (out / "articles" / "xss" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article  # shown as text, not dropped silently


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.txt", b"", "the file is empty"),
    ("binary.txt", bytes(range(256)) * 64, "the file is binary"),
    ("huge.html", b"<html><body>" + b"<p>word word word</p>" * 600_000 + b"</body></html>", "over the 10 MiB limit"),
])
def test_unreadable_sources_fail_the_build_with_a_clear_message(content, tmp_path, name, data, message):
    (content / "sources" / name).write_bytes(data)
    out = tmp_path / "site"
    result = _run(["build"], content, out)
    assert result.returncode == 1
    assert f"sources/{name}: error: " in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(("name", "data"), [
    ("nested.html", ("<html><body>" + "<div>" * 10_000 + "<p>" + "Deep text in a nested page. " * 5 + "</p>"
                     + "</div>" * 10_000 + "</body></html>").encode()),
    ("oneline.txt", ("The minister said the talks went well and “nothing was agreed” today. " * 28_000).encode()),
    ("mixed.txt", "Lavrov said: “No deal”. ".encode() * 20 + "Café déjà vu".encode("cp1252") + b" end."),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"),
])
def test_odd_but_readable_sources_build(content, tmp_path, name, data):
    (content / "sources" / name).write_bytes(data)
    result = _run(["build"], content, tmp_path / "site", timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


def test_symlink_out_of_content_is_refused(content, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Private text that must never be published on the site. " * 5, encoding="utf-8")
    (content / "sources" / "link.txt").symlink_to(outside)
    result = _run(["check"], content, tmp_path / "site")
    assert result.returncode == 1
    assert "sources/link.txt: error: symlink points outside the content folder" in result.stderr


def test_killed_build_leaves_a_whole_site_and_no_temp_dirs(content, tmp_path):
    out = tmp_path / "site"
    assert _run(["build"], content, out).returncode == 0
    before = _files(out)
    for i in range(150):  # enough pages that the build is usually still running when killed
        shutil.copy(content / "sources" / "000_385545522f94976e.txt", content / "sources" / f"copy{i:03d}.txt")
    cmd = [sys.executable, "-m", "generator.cli", "--content", str(content), "--no-cache", "--workers", "1",
           "build", "--output", str(out)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    after = _files(out)
    assert _run(["build"], content, out).returncode == 0
    complete = _files(out)
    assert after in (before, complete)  # the old site or the whole new one, never a mix
    assert not [p for p in out.parent.iterdir() if p.name.startswith((".site.new-", ".site.old-"))]


def _files(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
