"""`make serve`: preview the site on localhost, rebuilding when content or the theme changes.

Builds go through `digest build` (checked, atomic), so a broken edit leaves output/ as the
last good site. The preview, and only the preview, adds to what it serves:

- every HTML page gets `<script src="/__preview/reload.js">` (a file of this server: the
  pages' Content-Security-Policy allows scripts from the site itself, no inline ones). The
  script asks `/__preview/state` each second and reloads the page after each rebuild; after
  a failed one it keeps the page and shows the problems (`path:line: error: …`) over it.
  output/ never holds the script: the published site is what `digest build` wrote.
- an unknown address gets the site's own 404.html (status 404), not Python's bare page;
- a content error does not stop the preview from starting: with no site built yet, every
  address shows the problems; they are also printed in the terminal, and "preview updated"
  only follows a build that succeeded.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import html
import http.server
import io
import json
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.commands.build import build_site
from generator.ingest.listing import ignored_reason
from generator.runtime.settings import Settings

WATCHED = ("content", "themes", "pelicanconf.py")
RUST_TIMEOUT_MS = 500  # how long the watcher waits before it says "nothing yet" (its first yield)
PREFIX = "/__preview/"
RELOAD_JS = Path(__file__).with_name("preview.js")
TAG = f'<script src="{PREFIX}reload.js" defer></script>'.encode()


@dataclass
class PreviewState:
    """What the open pages ask for: which build this is, whether it passed, what it reported."""

    build: int = 0
    ok: bool = True
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, ok: bool, report: str) -> None:
        lines = [line for line in report.splitlines() if line.strip()]
        with self.lock:
            self.build += 1
            self.ok = ok
            self.problems = [] if ok else lines

    def as_json(self) -> bytes:
        with self.lock:
            return json.dumps({"build": self.build, "ok": self.ok, "problems": self.problems}).encode()


class _Tee(io.TextIOBase):
    """stderr as it was, and a copy of what the build printed (its problems, for the page)."""

    def __init__(self, through) -> None:
        self.through, self.seen = through, io.StringIO()

    def write(self, text: str) -> int:
        self.seen.write(text)
        return self.through.write(text)

    def flush(self) -> None:
        self.through.flush()


def inject(page: bytes) -> bytes:
    """The page with the preview's script before </head> (or at the start when it has none)."""
    at = page.lower().find(b"</head>")
    return page[:at] + TAG + page[at:] if at >= 0 else TAG + page


def problems_page(state: PreviewState) -> bytes:
    """What every address shows while no build has passed yet: the problems, escaped."""
    with state.lock:
        items = "".join(f"<li><code>{html.escape(line)}</code></li>" for line in state.problems)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview: the build failed</title>"
            "</head><body><main><h1>The site could not be built</h1><p>Fix these problems in content/; the preview "
            f"rebuilds on save.</p><ul>{items}</ul></main></body></html>").encode()


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """The output folder, with the preview's script in each page and the site's own 404 page."""

    state: PreviewState

    def __init__(self, *args, state: PreviewState, **kwargs) -> None:
        self.state = state
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature of the base class
        """Quiet: the terminal shows builds, not requests."""

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        path = self.path.split("?", 1)[0]
        if path == PREFIX + "state":
            return self._send(200, "application/json", self.state.as_json(), cache=False)
        if path == PREFIX + "reload.js":
            return self._send(200, "text/javascript", RELOAD_JS.read_bytes(), cache=False)
        root = Path(self.directory)
        if not (root / "index.html").is_file():
            return self._send(503, "text/html; charset=utf-8", inject(problems_page(self.state)), cache=False)
        target = Path(self.translate_path(path))
        if target.is_dir():
            if not path.endswith("/"):
                return super().do_GET()  # the base class redirects to the address with a slash
            target = target / "index.html"
        if target.suffix == ".html" and target.is_file():
            return self._send(200, "text/html; charset=utf-8", inject(target.read_bytes()), cache=False)
        return super().do_GET()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing page is the site's own 404.html (with the preview's script), as a host serves it."""
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            return self._send(404, "text/html; charset=utf-8", inject(page.read_bytes()), cache=False)
        return super().send_error(code, message, explain)

    def _send(self, code: int, kind: str, body: bytes, cache: bool = True) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if not cache:
            self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def rebuild(settings: Settings, output: Path, state: PreviewState,
            build: Callable[..., int] = build_site) -> bool:
    """One build; its outcome (and, when it failed, what it printed) goes to the open pages."""
    tee = _Tee(sys.stderr)
    with contextlib.redirect_stderr(tee):
        try:
            status = build(settings, Path("pelicanconf.py"), output, lambda total, label: contextlib.nullcontext())
        except Exception as exc:  # noqa: BLE001 - a preview reports and waits for the next edit
            print(f"the build failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            status = 1
    ok = status == 0
    state.record(ok, tee.seen.getvalue())
    if ok:
        print(f"preview updated: {output}/", flush=True)
    else:
        print(f"preview not updated: fix the problems above; {output}/ still shows the last good build", flush=True)
    return ok


def _watched() -> Callable[[Any, str], bool]:
    """watchfiles' own filter (.git, caches), and editors' lock, swap and backup files, which
    change no page (ingest/listing.py)."""
    from watchfiles import Change, DefaultFilter

    default = DefaultFilter()
    def keep(change: Change, path: str) -> bool:
        return default(change, path) and ignored_reason(Path(path).name) is None

    return keep


def server(output: Path, state: PreviewState, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(PreviewHandler, directory=str(output), state=state)
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m generator.commands.serve")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--output", default="output")
    args = ap.parse_args(argv)
    output = Path(args.output).resolve()
    settings = Settings()
    state = PreviewState()
    before = _fingerprint()
    rebuild(settings, output, state)
    httpd = server(output, state, args.port)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    from watchfiles import watch

    # the watcher is running once it first yields (a change, or nothing within RUST_TIMEOUT): only
    # then is the preview announced, and an edit saved during the first build is built now, not lost
    changes = watch(*[p for p in WATCHED if Path(p).exists()], watch_filter=_watched(),
                    rust_timeout=RUST_TIMEOUT_MS, yield_on_timeout=True)
    try:
        if next(changes) or _fingerprint() != before:
            rebuild(settings, output, state)
        print(f"serving {output}/ on http://127.0.0.1:{httpd.server_address[1]}/ — edit content/ and the page "
              "rebuilds; Ctrl-C stops", flush=True)
        for batch in changes:
            if batch:
                rebuild(settings, output, state)
    except KeyboardInterrupt:
        pass
    finally:
        httpd.shutdown()
    return 0


def _fingerprint() -> list[tuple[str, int, int]]:
    """Every watched file's path, modification time and size: what an edit changes."""
    paths = [Path(p) for p in WATCHED if Path(p).exists()]
    files = [f for p in paths for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file()]
    return sorted((str(f), (st := f.stat()).st_mtime_ns, st.st_size) for f in files)


if __name__ == "__main__":
    raise SystemExit(main())
