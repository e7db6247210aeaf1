"""Driving Debian's headless Chromium for the browser tests: a local server, the driver, axe-core.

axe-core comes from a registry package (axe-playwright-python bundles axe.min.js), never
from the network at test time. Missing Chromium skips the tests, unless
DIGEST_REQUIRE_BROWSER=1 (CI), where it fails them.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars")
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def need_browser() -> None:
    if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
        message = "Chromium/chromedriver not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("DIGEST_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        """Requests are not test output."""


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """The folder on http://127.0.0.1:<free port>/ for as long as the block runs."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def chromium(profile: Path) -> Iterator:
    need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    try:
        yield driver
    finally:
        driver.quit()


@functools.cache
def axe_source() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def viewport(driver, width: int, height: int = 900) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


@dataclass
class Audit:
    """What one page load showed: console errors, overflow, requests, weight, axe violations."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    widths: tuple[int, int] = (0, 0)
    foreign: list[str] = field(default_factory=list)
    weight: int = 0
    violations: list[tuple] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        found = [f"console: {e}" for e in self.console_errors] + [f"external request: {r}" for r in self.foreign]
        found += [f"axe: {v}" for v in self.violations]
        if self.widths[0] > self.widths[1]:
            found.append(f"horizontal scroll: {self.widths}")
        return found


def audit(driver, url: str, width: int = 360) -> Audit:
    """Load `url` at `width` px with an empty cache and check it the way the issue asks."""
    viewport(driver, width)
    driver.get("about:blank")
    driver.get_log("browser")
    driver.get(url)
    result = Audit(url)
    result.console_errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    result.widths = tuple(driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"))
    entries = driver.execute_script(
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
        ".map(e => [e.name, e.decodedBodySize || 0])")
    origin = urlparse(url).netloc
    result.foreign = [name for name, _ in entries if urlparse(name).netloc not in (origin, "")]
    result.weight = sum(size for _, size in entries)
    driver.execute_script(axe_source())
    result.violations = [tuple(v) for v in driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        f"axe.run(document, {{runOnly: {{type: 'tag', values: {WCAG_AA!r}}}}})"
        ".then(r => done(r.violations.map(v => [v.id, v.impact, v.nodes.length, v.nodes[0].target.join(' ')])))"
        ".catch(e => done([['axe-error', String(e), 0, '']]))")]
    return result
