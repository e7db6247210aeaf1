"""The built site: every internal link resolves, pages are light, deterministic and well-formed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest
from bs4 import BeautifulSoup

from .conftest import ROOT

pytestmark = pytest.mark.slow


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def _target(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The file (and fragment) an internal link points to, or None for external links."""
    url, fragment = urldefrag(href)
    parsed = urlparse(url)
    if parsed.scheme or parsed.netloc or href.startswith(("mailto:", "data:")):
        return None
    base = site if url.startswith("/") else page.parent
    path = (base / unquote(parsed.path.lstrip("/"))).resolve() if url else page
    if path.is_dir():
        path = path / "index.html"
    return path, fragment


def test_every_internal_link_and_anchor_resolves(built_site):
    broken = []
    ids: dict[Path, set[str]] = {}
    for page in _pages(built_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        for tag in soup.find_all(["a", "link", "script", "img"]):
            ref = tag.get("href") or tag.get("src")
            target = _target(built_site, page, ref) if ref else None
            if target is None:
                continue
            path, fragment = target
            if not path.exists():
                broken.append(f"{page.relative_to(built_site)} -> {ref}")
            elif fragment and path.suffix == ".html":
                if path not in ids:
                    ids[path] = {t["id"] for t in BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").find_all(id=True)}
                if fragment not in ids[path]:
                    broken.append(f"{page.relative_to(built_site)} -> {ref} (no anchor)")
    assert broken == []


def test_article_page_weighs_under_50_kb(built_site):
    page = built_site / "articles" / "000-385545522f94976e" / "index.html"
    css = built_site / "theme" / "css" / "site.css"
    assert page.stat().st_size + css.stat().st_size < 50_000


def test_pages_have_csp_canonical_and_open_graph(built_site):
    for page in _pages(built_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert csp and "script-src 'self'" in csp["content"] and "unsafe-inline" not in csp["content"]
        assert soup.find("link", rel="canonical")["href"].startswith("https://")
        assert soup.find("meta", property="og:title")
        for script in soup.find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", page


def test_verdict_pages_carry_claim_review(built_site):
    soup = BeautifulSoup((built_site / "notes" / "lavrov-boston-data" / "index.html").read_text(encoding="utf-8"), "lxml")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "ClaimReview"
    assert data["reviewRating"]["alternateName"] == "Mostly accurate"
    assert data["claimReviewed"].startswith("Intelligence data exchanges really took place")
    assert data["itemReviewed"]["author"]["name"] == "Sergey Lavrov"


def test_feeds_and_sitemap(built_site):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://factcheck-digest.github.io/articles/000-385545522f94976e/" in sitemap
    feed = (built_site / "feeds" / "verdicts.atom.xml").read_text(encoding="utf-8")
    assert "Mostly accurate: Did Russia give the US data" in feed
    assert (built_site / "feeds" / "intelligence-sharing.atom.xml").exists()


def test_quotes_are_marked_with_anchors_and_links(built_site):
    soup = BeautifulSoup((built_site / "articles" / "001-a6332ebc66c091c0" / "index.html").read_text(encoding="utf-8"),
                         "lxml")
    quotes = soup.select("q.quote")
    assert len(quotes) >= 6 and all(q.get("id") for q in quotes)
    diffs = soup.select(".diffline")
    assert diffs and any(d.find("ins") or d.find("del") for d in diffs)
    assert soup.select_one("details.removed summary").text.startswith("Removed from the source")


def test_build_is_deterministic(built_site, tmp_path):
    out = tmp_path / "again"
    cmd = [sys.executable, "-m", "generator.cli", "--no-cache", "build", "--output", str(out)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    first = {p.relative_to(built_site): p.read_bytes() for p in built_site.rglob("*") if p.is_file()}
    second = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    assert [k for k in first if first[k] != second[k]] == []
