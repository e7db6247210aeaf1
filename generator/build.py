"""`digest build`: check, run Pelican into a temporary folder, then swap it into place.

The previous output/ is replaced only when everything passed, so a failed or killed
build leaves the last good site intact.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from .check import check_digest
from .pipeline import Settings, build_digest, source_paths


def _swap(tmp: Path, output: Path) -> None:
    """Replace output/ by tmp with two renames; the old site is removed only afterwards."""
    old = None
    if output.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
        output.rename(old / output.name)
    tmp.rename(output)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _remove_stale(output: Path) -> None:
    """Temporary folders left by a build that was killed before it could clean up."""
    for stale in output.parent.glob(f".{output.name}.*-*"):
        if stale.is_dir() and (".new-" in stale.name or ".old-" in stale.name):
            shutil.rmtree(stale, ignore_errors=True)


def run_pelican(config: Path, settings: Settings, output: Path, digest) -> None:
    from pelican import Pelican
    from pelican.settings import read_settings

    from . import pelican_plugin

    overrides = {"OUTPUT_PATH": str(output), "PATH": str(settings.content), "DELETE_OUTPUT_DIRECTORY": False}
    pelican_settings = read_settings(str(config), override=overrides)
    pelican_plugin.PRECOMPUTED[str(Path(settings.content).resolve())] = digest
    try:
        Pelican(pelican_settings).run()
    finally:
        pelican_plugin.PRECOMPUTED.clear()


def index_search(site: Path) -> None:
    """Pagefind's static search index inside the built site (progressive enhancement).

    Raises when the index cannot be built, so the site never ships a search page whose
    scripts are missing.
    """
    import subprocess

    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--silent"],
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed: {(result.stderr or result.stdout).strip()[-500:]}")


def build_site(settings: Settings, config: Path, output: Path, progress, search: bool = True) -> int:
    from .cli import _report

    paths = source_paths(settings.sources)
    with progress(len(paths), "analysing") as bar:
        digest = build_digest(settings, paths, bar)
    problems = digest.problems + check_digest(digest, settings)
    if _report(problems):
        print(f"build stopped: {output}/ left as it was", file=sys.stderr)
        return 1
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(output)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
    try:
        run_pelican(config, settings, tmp, digest)
        if search:
            index_search(tmp)
        _swap(tmp, output)
    except Exception as exc:  # noqa: BLE001 - report, keep the old site, never a traceback
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"{config}: the site build failed ({type(exc).__name__}: {exc}); {output}/ left as it was",
              file=sys.stderr)
        return 1
    print(f"built {len(digest.articles)} articles into {output}/", file=sys.stderr)
    return 0
