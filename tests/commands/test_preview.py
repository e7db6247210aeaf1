"""`make serve` as an editor meets it: the open page reloads after each rebuild (preview
only: the published files carry no such script), unknown addresses get the site's 404.html,
and a content error neither stops the preview from starting nor replaces the last good
site: the problems (path:line) are printed and shown in the page."""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from generator.commands import serve
from generator.commands.serve import TAG, PreviewState, rebuild
from generator.pipeline import Settings
from tests.conftest import ROOT, copy_project

ARTICLE = "articles/000-385545522f94976e/"
NOTE = Path("content") / "notes" / "kerry-intelligence-cooperation.md"
BROKEN = ("verdict: unsupported", "verdict: probably")


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture
def preview(built_site):
    state = PreviewState()
    httpd = serve.server(built_site, state, 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", state
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_preview_pages_get_the_reload_script_and_the_published_files_do_not(preview, built_site):
    url, _ = preview
    status, page = _get(url + ARTICLE)
    on_disk = (built_site / ARTICLE / "index.html").read_bytes()
    assert status == 200 and page.count(TAG) == 1 and page.replace(TAG, b"") == on_disk
    csp = re.search(rb'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert b"script-src 'self' 'wasm-unsafe-eval';" in csp and b"unsafe-inline" not in csp
    assert not [p for p in built_site.rglob("*.html") if b"__preview" in p.read_bytes()]
    status, script = _get(url + "__preview/reload.js")
    assert status == 200 and b"/__preview/state" in script
    css = (built_site / "theme" / "css" / "site.css").read_bytes()
    assert _get(url + "theme/css/site.css") == (200, css)  # only pages are touched


def test_an_unknown_address_gets_the_sites_own_404_page(preview, built_site):
    url, _ = preview
    status, page = _get(url + "articles/no-such-article/")
    assert status == 404 and TAG in page
    assert page.replace(TAG, b"") == (built_site / "404.html").read_bytes()
    assert _get(url + ARTICLE)[0] == 200  # a page that exists is not a 404


def test_a_failed_rebuild_keeps_the_site_reports_the_problems_and_is_not_an_update(tmp_path, monkeypatch, capsys):
    project = copy_project(tmp_path)
    monkeypatch.chdir(project)
    settings, output, state = Settings(cache_dir=project / ".cache"), project / "output", PreviewState()
    assert rebuild(settings, output, state) and state.ok and state.build == 1
    first = (output / ARTICLE / "index.html").read_bytes()
    assert "preview updated" in capsys.readouterr().out
    NOTE.write_text(NOTE.read_text(encoding="utf-8").replace(*BROKEN), encoding="utf-8")
    assert not rebuild(settings, output, state)
    printed = capsys.readouterr()
    assert "preview updated" not in printed.out and "preview not updated" in printed.out
    assert not state.ok and state.build == 2
    assert any(line.startswith(f"{NOTE}:3: error:") for line in state.problems), state.problems
    assert any(line.startswith(f"{NOTE}:3: error:") for line in printed.err.splitlines())
    assert (output / ARTICLE / "index.html").read_bytes() == first  # the last good site


class _Preview:
    """`python -m generator.commands.serve` in a project folder, its output lines read as they come."""

    def __init__(self, project: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "generator.commands.serve", "--port", "0"], cwd=project,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(line) for line in self.process.stdout], daemon=True).start()
        self.seen: list[str] = []
        line = self.wait_for("serving ")
        self.url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)

    def wait_for(self, text: str, timeout: float = 120) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                continue
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"{text!r} not printed: {''.join(self.seen)[-3000:]}")

    def drain(self, wait: float = 2) -> str:
        """What it printed since the last line waited for (within `wait` seconds)."""
        time.sleep(wait)
        out = []
        while not self.lines.empty():
            out.append(self.lines.get())
        return "".join(out)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.mark.slow
def test_the_preview_starts_with_a_content_error_and_shows_it_until_it_is_fixed(tmp_path):
    project = copy_project(tmp_path)
    note = project / NOTE
    note.write_text(note.read_text(encoding="utf-8").replace(*BROKEN), encoding="utf-8")
    preview = _Preview(project)
    try:
        assert not any("preview updated" in line for line in preview.seen)
        status, page = _get(preview.url)
        assert status == 503 and f"{NOTE}:3: error:".encode() in page and TAG in page
        status, state = _get(preview.url + "__preview/state")
        assert b'"ok": false' in state
        note.write_text(note.read_text(encoding="utf-8").replace(*reversed(BROKEN)), encoding="utf-8")
        preview.wait_for("preview updated")
        status, page = _get(preview.url + ARTICLE)
        assert status == 200 and b"Lavrov" in page
    finally:
        preview.stop()


@pytest.mark.slow
@pytest.mark.browser
def test_the_open_page_reloads_after_a_rebuild_and_lists_a_failed_ones_problems(tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.site.browser_support import chromium, viewport
    from tests.site.test_search_browser import axe_violations

    project = copy_project(tmp_path)
    note = project / NOTE
    preview = _Preview(project)
    try:
        with chromium(tmp_path / "chrome") as browser:
            browser.get(preview.url + "notes/kerry-intelligence-cooperation/")
            marker = browser.find_element(By.TAG_NAME, "h1")
            text = note.read_text(encoding="utf-8")
            note.write_text(text.replace("intensify intelligence cooperation against IS?\"",
                                         "step up intelligence cooperation against IS?\"", 1), encoding="utf-8")
            WebDriverWait(browser, 120).until(lambda d: "step up" in d.find_element(By.TAG_NAME, "h1").text)
            assert marker.id != browser.find_element(By.TAG_NAME, "h1").id  # a new page: it reloaded
            note.write_text(note.read_text(encoding="utf-8").replace(*BROKEN), encoding="utf-8")
            box = WebDriverWait(browser, 120).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".preview-problems"))[0]
            assert f"{NOTE}:3: error:" in box.text and "step up" in browser.find_element(By.TAG_NAME, "h1").text
            for width in (360, 1280):
                viewport(browser, width)
                assert axe_violations(browser) == [], width
        preview.wait_for("preview not updated")
        assert "preview updated" not in preview.drain()
    finally:
        preview.stop()
