"""`make serve`: preview the site on localhost, rebuilding when content or the theme changes.

Builds go through `digest build` (checked, atomic), so a broken edit prints its errors and
the preview keeps showing the last good site.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
from contextlib import nullcontext
from pathlib import Path

from generator.commands.build import build_site
from generator.runtime.settings import Settings

WATCHED = ("content", "themes", "pelicanconf.py")


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature of the base class
        """Quiet: the terminal shows builds, not requests."""


def _rebuild(settings: Settings, output: Path) -> None:
    build_site(settings, Path("pelicanconf.py"), output, lambda total, label: nullcontext())
    print(f"preview updated: {output}/", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m generator.commands.serve")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--output", default="output")
    args = ap.parse_args(argv)
    output = Path(args.output).resolve()
    settings = Settings()
    handler = functools.partial(_Handler, directory=str(output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serving {output}/ on http://127.0.0.1:{args.port}/ — edit content/ and the page rebuilds; Ctrl-C stops")
    from watchfiles import watch

    try:
        for _changes in watch(*[p for p in WATCHED if Path(p).exists()]):
            _rebuild(settings, output)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
