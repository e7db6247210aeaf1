"""Pelican's settings as its config file resolves them, without the rest of the site code.

The freshness check of every rebuild (commands/freshness.py) needs them, and an up-to-date
site needs nothing else: reading them through pelican_plugin.py imported the whole pipeline
and every renderer first, a third of a warm no-op rebuild of 1,000 real sources.
"""

from __future__ import annotations

from pathlib import Path


def read_config(config: Path, overrides: dict | None = None) -> dict:
    """Pelican's settings as resolved from the config file (environment included)."""
    from pelican.settings import read_settings

    return read_settings(str(config), override=overrides)
