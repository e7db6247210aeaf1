"""Where content lives and how to run: the settings every command and stage is given.

Apart from the pipeline (which re-exports it), so that a command can make its settings
without importing every stage: `digest build` with nothing changed only hashes its inputs
and stops, and importing the stages (lxml, trafilatura, the rule files' modules) was half
of that rebuild's time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Settings:
    """Where content lives and how to run. Defaults match the repository layout."""

    content: Path = Path("content")
    cache_dir: Path | None = Path(".cache/digest")
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)

    @property
    def sources(self) -> Path:
        return self.content / "sources"

    @property
    def topics(self) -> Path:
        return self.content / "topics"

    @property
    def notes(self) -> Path:
        return self.content / "notes"

    @property
    def pages(self) -> Path:
        return self.content / "pages"

    @property
    def aliases(self) -> Path:
        return self.content / "aliases.yaml"
