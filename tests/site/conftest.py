"""The browser tests' shared fixture: one headless Chromium per test module (each module serves its
own built site, so only the driver is common)."""

from __future__ import annotations

import pytest

from tests.site.browser_support import chromium, need_browser


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A headless Chromium driver, skipped (or failed, in CI) where Chromium is not installed."""
    need_browser()
    with chromium(tmp_path_factory.mktemp("chrome")) as driver:
        yield driver
