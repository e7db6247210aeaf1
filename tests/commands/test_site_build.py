"""The site built from the shipped content: head tags, JSON-LD, feeds, search index, weight, determinism."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from tests.conftest import ROOT, SEEDS
from tests.corpus.test_links_output import site_pages

pytestmark = pytest.mark.slow
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def _indexed_text(site: Path) -> dict[str, str]:
    """What Pagefind stored of each page (url -> text), read from its fragments in every shard."""
    out = {}
    for fragment in site.glob("pagefind/*/fragment/*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        record = json.loads(data)
        out[record["url"]] = record["content"]
    return out


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def _article(site: Path, seed: Path) -> Path:
    return site / "articles" / seed.stem.replace("_", "-") / "index.html"


def test_every_page_has_csp_canonical_open_graph_and_one_h1(built_site):
    for page in site_pages(built_site):
        soup = _soup(page)
        csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp, page
        assert soup.find("link", rel="canonical")["href"].startswith("https://"), page
        for prop in ("og:title", "og:description", "og:type", "og:url", "og:site_name"):
            assert soup.find("meta", property=prop)["content"].strip(), (page, prop)
        assert soup.html["lang"] and soup.title.text.strip() and len(soup.find_all("h1")) == 1, page


def test_no_inline_script_and_no_external_resource(built_site):
    for page in site_pages(built_site):
        soup = _soup(page)
        for script in soup.find_all("script"):
            assert script.get("type") == "application/ld+json" or (script.get("src") and not script.string), page
        assert not soup.find_all(style=True) and not soup.find_all("style"), page
        for tag, attr in (("link", "href"), ("script", "src"), ("img", "src"), ("iframe", "src")):
            for el in soup.find_all(tag):
                if tag == "link" and el.get("rel") in (["canonical"], ["alternate"]):
                    continue
                assert not str(el.get(attr, "")).startswith(("http:", "https:", "//")), (page, el)


def test_article_pages_weigh_under_50_kb_with_everything_they_load(built_site):
    for seed in SEEDS:
        page = _article(built_site, seed)
        soup = _soup(page)
        loaded = [el.get("href") for el in soup.find_all("link", rel="stylesheet")]
        loaded += [el.get("src") for el in soup.find_all("script", src=True)]
        total = page.stat().st_size + sum((page.parent / ref).resolve().stat().st_size for ref in loaded)
        assert total < 50_000, (page, total)


def test_claim_review_on_every_page_with_a_verdict(built_site):
    note = _soup(built_site / "notes" / "lavrov-boston-data" / "index.html")
    data = json.loads(note.find("script", type="application/ld+json").string)
    assert data["@type"] == "ClaimReview" and data["reviewRating"]["alternateName"] == "Mostly accurate"
    assert data["claimReviewed"].startswith("Intelligence data exchanges really took place")
    assert data["url"] == "https://factcheck-digest.github.io/notes/lavrov-boston-data/"
    article = _soup(built_site / "articles" / "000-385545522f94976e" / "index.html")
    urls = [json.loads(s.string)["url"] for s in article.find_all("script", type="application/ld+json")]
    assert "https://factcheck-digest.github.io/notes/lavrov-boston-data/" in urls
    dossier = _soup(built_site / "dossiers" / "intelligence-sharing" / "index.html")
    assert len(dossier.find_all("script", type="application/ld+json")) == len(dossier.select(".note-card"))
    assert not _soup(built_site / "speakers" / "index.html").find("script", type="application/ld+json")


def test_verdict_is_shown_at_its_quote_in_the_article(built_site):
    soup = _soup(built_site / "articles" / "000-385545522f94976e" / "index.html")
    badge = soup.select_one('.body a.verdict[href$="notes/lavrov-boston-data/"]')
    quote = badge.find_previous("q")
    assert "Intelligence data exchanges really took place" in quote.text
    assert soup.select_one(".verdict-box").find("a", href=f"#{quote['id']}")


def test_quotes_are_marked_with_anchors_links_and_diffs(built_site):
    soup = _soup(built_site / "articles" / "001-a6332ebc66c091c0" / "index.html")
    quotes = soup.select("q.quote")
    assert len(quotes) >= 6 and len({q["id"] for q in quotes}) == len(quotes)
    for quote in quotes:
        card = soup.find(id=quote.find_next_sibling("a", class_="qref")["href"][1:])
        assert card.find("a", href=f"#{quote['id']}")
    diffs = soup.select(".quotes .diffline")
    assert any(d.find("ins") or d.find("del") for d in diffs)
    assert soup.select_one("details.removed summary").text.startswith("Removed from the source")


def test_feeds_are_atom_with_entries(built_site):
    verdicts = etree.parse(str(built_site / "feeds" / "verdicts.atom.xml"))
    titles = verdicts.xpath("//a:entry/a:title/text()", namespaces=ATOM)
    assert "Mostly accurate: Did Russia give the US data before the Boston bombing that went unheeded?" in titles
    assert verdicts.xpath("/a:feed/a:author/a:name/text()", namespaces=ATOM)
    dossier = etree.parse(str(built_site / "feeds" / "intelligence-sharing.atom.xml"))
    entries = dossier.xpath("//a:entry", namespaces=ATOM)
    assert len(entries) >= 4 and all(e.xpath("a:updated", namespaces=ATOM) for e in entries)


def test_search_index_covers_content_pages_but_not_page_furniture(built_site):
    assert (built_site / "pagefind" / "pagefind-ui.js").is_file()
    article = _soup(built_site / "articles" / "000-385545522f94976e" / "index.html")
    assert article.find("main").has_attr("data-pagefind-body")
    assert article.select_one("details.removed").has_attr("data-pagefind-ignore")
    # the numbered markers and verdicts beside quotes are not the article's words: not in excerpts
    markers = article.select("a.qref")
    assert markers and all(a.has_attr("data-pagefind-ignore") for a in markers)
    indexed = _indexed_text(built_site)
    body = indexed["/articles/000-385545522f94976e/"]
    assert "Lavrov" in body and ": details" not in body and "Mostly accurate:" not in body
    # each metadata value is a word of its own: Pagefind glued "DatelinePETROPAVLOVSK-KAMCHATSKYDossiers…"
    dateline = article.find("dt", string="Dateline").find_next_sibling("dd").text
    assert re.search(rf"(?<!\S){re.escape(dateline)}(?!\S)", body)
    # a quotation's id made Pagefind split its opening mark off as a word ("“ It was"): the
    # index is built from the pages' search twins, whose quotations carry no id
    quote = article.select_one("q.quote")
    assert quote.has_attr("id") and f"{quote.previous_sibling.strip()[-1]}{quote.text[:20]}" in body
    assert not re.search(r"“ [A-Z]", body)
    assert not _soup(built_site / "speakers" / "index.html").find("main").has_attr("data-pagefind-body")
    speaker = _soup(built_site / "speakers" / "sergey-lavrov" / "index.html").find("main")
    assert speaker.has_attr("data-pagefind-body") and "Sergey Lavrov" in speaker.find("h1").text
    assert speaker.select_one("header ~ [data-pagefind-ignore] figure.version")  # quotes: found in their articles
    search = _soup(built_site / "search" / "index.html")
    assert search.find("noscript").find("a", href="../articles/")


def test_build_is_deterministic(built_site, tmp_path):
    out = tmp_path / "again"
    cmd = [sys.executable, "-m", "generator.commands.cli", "--no-cache", "build", "--output", str(out)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    first = {p.relative_to(built_site): p.read_bytes() for p in built_site.rglob("*") if p.is_file()}
    second = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    assert [str(k) for k in first if first[k] != second[k]] == []
