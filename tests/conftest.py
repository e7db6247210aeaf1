"""Shared fixtures: paths to the repository, its content and the shared corpora."""

from __future__ import annotations

import importlib
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEEDS = sorted((CONTENT / "sources").glob("*.txt"))
SHARED = Path(os.environ.get("DIGEST_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    """The read-only ../shared folder; tests that need it skip with a reason when it is absent."""
    if not (SHARED / "seeds" / "gold.yaml").exists():
        pytest.skip(f"shared data not found at {SHARED} (set DIGEST_SHARED)")
    return SHARED


@pytest.fixture
def benchmark_script(shared: Path) -> Callable[[str], ModuleType]:
    """A script of benchmarks/ imported by name (the refit tests run the training scripts), which
    read the shared corpora."""
    def load(name: str) -> ModuleType:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        try:
            return importlib.import_module(name)
        finally:
            sys.path.remove(str(ROOT / "benchmarks"))
    return load


@pytest.fixture
def gold(shared: Path) -> dict:
    import yaml

    return yaml.safe_load((shared / "seeds" / "gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The shipped content built once per test session with `digest build`, as `make html` does."""
    import subprocess
    import sys

    work = tmp_path_factory.mktemp("site")
    out = work / "output"
    cmd = [sys.executable, "-m", "generator.commands.cli", "--cache-dir", str(work / "cache"), "build", "--output", str(out)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


def copy_project(folder: Path) -> Path:
    """The shipped content, theme and settings in `folder`, to build there (tests chdir into it)."""
    shutil.copytree(CONTENT, folder / "content")
    shutil.copytree(ROOT / "themes", folder / "themes")
    shutil.copy(ROOT / "pelicanconf.py", folder / "pelicanconf.py")
    return folder


def page_text(markup: str) -> str:
    """All text of a page as lxml parses it (what any extractor can draw from), plus the raw markup."""
    import html

    from lxml import html as lxml_html

    try:
        text = lxml_html.fromstring(markup).text_content() if markup.strip() else ""
    except (ValueError, lxml_html.etree.ParserError):
        text = ""
    return text + " " + html.unescape(markup)


def paste(shared: Path, name: str) -> str:
    """The text of a real copy-paste of paste-dev (its id), or the test skips with the path it wanted."""
    path = shared / "corpora" / "paste-dev" / "txt" / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"{path} not found")
    return path.read_text(encoding="utf-8")
