"""Link checker over a built output/: every internal link, anchor, feed and sitemap entry resolves,
and every page can be reached from the front page by following links (no orphans)."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest
from lxml import etree
from lxml import html as lxml_html

pytestmark = pytest.mark.slow
PUBLIC = "https://factcheck-digest.github.io"  # DIGEST_CANONICAL_URL in pelicanconf.py
REFERENCING = ("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("form", "action"), ("source", "src")


def site_pages(site: Path) -> list[Path]:
    """Every HTML page the generator wrote (Pagefind's own bundle aside)."""
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.relative_to(site).parts)


def resolve(site: Path, page: Path, ref: str, public: str = PUBLIC) -> tuple[Path, str] | None:
    """The file (and fragment) an internal reference points to; None for other sites.

    Absolute links to the public address count as internal: canonical links and feeds use it.
    """
    if ref.startswith(public + "/"):
        ref = ref[len(public):]
    url, fragment = urldefrag(ref)
    parsed = urlparse(url)
    if parsed.scheme or parsed.netloc or ref.startswith(("mailto:", "data:")):
        return None
    base = site if url.startswith("/") else page.parent
    path = (base / unquote(parsed.path.lstrip("/"))).resolve() if url else page
    if path.is_dir():
        path = path / "index.html"
    return path, fragment


class Checker:
    """Parses each page once; remembers ids per page for fragment checks."""

    def __init__(self, site: Path, public: str = PUBLIC) -> None:
        self.site, self.public = site.resolve(), public
        self.ids: dict[Path, set[str]] = {}
        self.refs: dict[Path, list[str]] = {}

    def _load(self, page: Path) -> None:
        tree = lxml_html.fromstring(page.read_bytes())
        self.ids[page] = {str(i) for i in tree.xpath("//@id")}
        self.refs[page] = [str(el.get(attr)) for tag, attr in REFERENCING for el in tree.iter(tag) if el.get(attr)]

    def targets(self, page: Path) -> list[tuple[str, Path | None, str]]:
        if page not in self.refs:
            self._load(page)
        out = []
        for ref in self.refs[page]:
            found = resolve(self.site, page, ref, self.public)
            if found:
                out.append((ref, *found))
        return out

    def broken(self, page: Path) -> list[str]:
        problems = []
        for ref, path, fragment in self.targets(page):
            if not path.is_file():
                problems.append(f"{page.relative_to(self.site)} -> {ref}")
            elif fragment and path.suffix == ".html":
                if path not in self.ids:
                    self._load(path)
                if unquote(fragment) not in self.ids[path]:
                    problems.append(f"{page.relative_to(self.site)} -> {ref} (no such anchor)")
        return problems


def broken_links(site: Path, public: str = PUBLIC) -> list[str]:
    """Every internal reference of every page that does not resolve (used by other tests too)."""
    checker = Checker(site, public)
    return [problem for page in site_pages(checker.site) for problem in checker.broken(page)]


def test_every_internal_link_and_anchor_resolves(built_site):
    assert broken_links(built_site) == []


def test_every_page_is_reachable_from_the_front_page(built_site):
    checker = Checker(built_site)
    start = checker.site / "index.html"
    seen, queue = {start}, deque([start])
    while queue:
        for _ref, path, _fragment in checker.targets(queue.popleft()):
            if path.suffix == ".html" and path.is_file() and path not in seen:
                seen.add(path)
                queue.append(path)
    orphans = [str(p.relative_to(checker.site)) for p in site_pages(checker.site) if p not in seen]
    assert orphans == ["404.html"]


def test_sitemap_and_feed_entries_point_at_built_pages(built_site):
    site = built_site.resolve()
    sitemap = etree.parse(str(site / "sitemap.xml"))
    locs = sitemap.xpath("//s:loc/text()", namespaces={"s": "http://www.sitemaps.org/schemas/sitemap/0.9"})
    assert len(locs) == len(site_pages(site)) - 1  # all but the 404 page
    feeds = sorted((site / "feeds").glob("*.atom.xml"))
    assert feeds
    links = [str(h) for f in feeds for h in etree.parse(str(f)).xpath("//a:link/@href", namespaces={"a": "http://www.w3.org/2005/Atom"})]
    missing = [url for url in locs + links if not resolve(site, site / "index.html", url)[0].is_file()]
    assert missing == []


def test_publish_build_links_resolve_under_a_project_path(tmp_path):
    """`make publish` for a GitHub project site (https://owner.github.io/repo): every link absolute and
    resolving below that path, feeds and the sitemap included."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    public = "https://owner.github.io/digest"
    out = tmp_path / "output"
    cmd = [sys.executable, "-m", "generator.commands.cli", "--cache-dir", str(tmp_path / "cache"), "build",
           "--config", "publishconf.py", "--no-search", "--output", str(out)]
    env = os.environ | {"DIGEST_SITEURL": public + "/"}
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
    problems = [p for p in broken_links(out, public) if "/pagefind/" not in p]  # no index: --no-search
    assert problems == []
    article = (out / "articles" / "000-385545522f94976e" / "index.html").read_text(encoding="utf-8")
    assert f'href="{public}/theme/css/site.css"' in article and 'href="../' not in article
    assert f"<loc>{public}/articles/000-385545522f94976e/</loc>" in (out / "sitemap.xml").read_text(encoding="utf-8")
