"""Site view models and templates on small hand-made digests: fast, no Pelican, no browser.

The pages are rendered with the theme's own templates in a Jinja environment configured
as pelicanconf.py configures Pelican's (autoescape on), so escaping is tested for real.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment, FileSystemLoader

from generator.model import (
    Article,
    Digest,
    Evidence,
    Link,
    Metadata,
    Note,
    Paragraph,
    Placement,
    Quote,
    Removed,
    Topic,
)
from generator.site import pages as site_module
from generator.site.article import article_view, removed_runs, shorten
from generator.site.feeds import latest_date, write_feeds, write_sitemap
from generator.site.pages import jsonld, pages
from generator.site.views import build_index, speaker_slug, statements
from tests.conftest import ROOT

SITE = {"url": "https://digest.example", "name": "Digest"}
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def make_article(aid: str, text: str, quotes: list[tuple[str, str | None]], outlet: str, published: str | None,
             **meta) -> Article:
    """An article of one paragraph whose quotes are found by their text."""
    found = []
    for words, speaker in quotes:
        start = text.index(words)
        found.append(Quote(id=f"{aid}-{len(found):08x}", text=words, speaker=speaker, kind="statement",
                           paragraph=0, start=start, end=start + len(words)))
    return Article(source=f"content/sources/{aid}.txt", id=aid, kind="text",
                   meta=Metadata(title=meta.pop("title", f"Title {aid}"), outlet=outlet, published=published, **meta),
                   paragraphs=[Paragraph(text, line=3)], removed=[], quotes=found,
                   placements=[Placement("spying", 5.0)])


def _note(slug: str, quote_id: str | None, article_id: str, **kw) -> Note:
    base = dict(path=f"content/notes/{slug}.md", slug=slug, title=f"Verdict {slug}", verdict="misleading",
                summary="Short summary.", body_html="<p>Because.</p>", editor="Desk", date="2014-10-27",
                target="quote" if quote_id else "article", article_id=article_id, quote_id=quote_id)
    return Note(**(base | kw))


@pytest.fixture
def digest() -> Digest:
    a = make_article("a", 'He said "we shared the data with them" on Monday.', [("we shared the data with them", "Ann Lee")],
                 "Paper A", "2014-10-25")
    b = make_article("b", 'Ann Lee said "we shared data with them" later.', [("we shared data with them", "Ann Lee")],
                 "Paper B", "2014-10-26")
    c = make_article("c", 'Ann Lee: "we shared the data with them all".', [("we shared the data with them all", "Ann Lee")],
                 "Paper C", None)
    links = [Link("a-00000000", "b-00000000", "verbatim", 0.9,
                  [("equal", "we shared", "we shared"), ("delete", "the", ""), ("equal", "data with them", "data with them")]),
             Link("b-00000000", "c-00000000", "partial", 0.8,
                  [("equal", "we shared", "we shared"), ("insert", "", "the"), ("equal", "data with them", "data with them"),
                   ("insert", "", "all")])]
    topic = Topic(slug="spying", title="Spying", description="Who shares what.", terms={"share": 1.0})
    note = _note("shared-data", "a-00000000", "a")
    return Digest(articles=[a, b, c], links=links, topics=[topic], notes=[note])


def _env() -> Environment:
    from generator.site.diff_markup import FILTERS

    env = Environment(loader=FileSystemLoader(ROOT / "themes" / "digest" / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(FILTERS)  # as the Pelican plugin does
    return env


def render(page) -> BeautifulSoup:
    context = {"SITEURL": "", "SITENAME": "Digest", "DEFAULT_LANG": "en", "SITE_DESCRIPTION": "About",
               "canonical": f"{SITE['url']}/{page.context.get('page_url', '')}"}
    return BeautifulSoup(_env().get_template(f"{page.template}.html").render(**(context | page.context)), "lxml")


def pages_by_path(digest: Digest) -> dict:
    return {p.path: p for p in pages(digest, SITE)}


def test_permalinks_are_tag_free_and_every_page_kind_exists(digest):
    paths = sorted(pages_by_path(digest))
    assert paths == ["404.html", "articles/a/index.html", "articles/b/index.html", "articles/c/index.html",
                     "articles/index.html", "corrections/index.html", "dossiers/index.html", "dossiers/spying/index.html",
                     "index.html",
                     "notes/index.html", "notes/shared-data/index.html", "search/index.html",
                     "speakers/ann-lee/index.html", "speakers/index.html"]


def test_article_page_marks_quotes_with_number_speaker_verdict_and_diff(digest):
    soup = render(pages_by_path(digest)["articles/a/index.html"])
    quote = soup.select_one("q.quote")
    assert quote["id"] == "a-00000000" and quote.text == "we shared the data with them"
    marker = quote.find_next_sibling("a")
    assert marker["class"] == ["qref"] and marker["href"] == "#about_00000000"
    assert marker.get_text(" ", strip=True).startswith("quote 1") and "Ann Lee" in marker.text
    # the closing mark stays with the words; the number follows it
    assert quote.next_sibling == '"'
    verdict = marker.find_next_sibling("a")
    assert verdict["href"] == "/notes/shared-data/" and verdict.text.startswith("Misleading")
    card = soup.find(id="about_00000000")
    assert card.select_one("a[href='/speakers/ann-lee/']").text == "Ann Lee"
    diff = card.select_one(".diffline")
    assert diff.find("del").text == "the" and "Paper B" in card.text


def test_versions_that_read_alike_share_one_line_naming_every_article(digest):
    """Wire copy: b and d carry the same words, so a's card shows their diff once, with both."""
    d = make_article("d", 'Ann Lee said "we shared data with them" too.', [("we shared data with them", "Ann Lee")],
                 "Paper D", "2014-10-27")
    digest.articles.append(d)
    same = digest.links[0]
    digest.links.append(Link("a-00000000", "d-00000000", same.kind, same.score, list(same.ops)))
    card = render(pages_by_path(digest)["articles/a/index.html"]).find(id="about_00000000")
    assert card.select_one("summary").text == "Also in 2 other articles"
    (line,) = card.select(".versions > li")
    assert [a.text for a in line.find_all("a", recursive=False)] == ["Paper B, quote 1", "Paper D, quote 1"]
    assert len(line.select(".diffline")) == 1 and line.select_one(".diffline del").text == "the"


def test_untrusted_text_is_escaped_everywhere(digest):
    article = digest.articles[0]
    article.meta.title = HOSTILE
    article.meta.outlet = HOSTILE
    article.meta.url = "javascript:alert(1)"
    article.removed = [Removed(HOSTILE, "navigation", 1)]
    article.quotes[0].speaker = HOSTILE
    for page in pages(digest, SITE):
        soup = render(page)
        assert not soup.find("img"), page.path
        for script in soup.find_all("script"):
            assert script.get("type") == "application/ld+json" or script.get("src"), page.path
        assert not soup.select('a[href^="javascript:"]'), page.path


def test_original_link_only_for_http_and_never_followed(digest):
    digest.articles[1].meta.url = "https://paper-b.example/story"
    soup = render(pages_by_path(digest)["articles/b/index.html"])
    link = soup.select_one('a[href="https://paper-b.example/story"]')
    assert set(link["rel"]) >= {"nofollow", "noopener"}


def test_json_ld_cannot_close_its_script_element():
    text = jsonld({"claimReviewed": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(str(text))["claimReviewed"].startswith("</script>")


def test_claim_review_is_called_with_its_documented_signature(digest, monkeypatch):
    import generator.site.claimreview as claimreview

    calls = []

    def three_arguments(note, digest, page_url):
        calls.append(page_url)
        return {"@type": "ClaimReview", "url": page_url}

    monkeypatch.setattr(claimreview, "claim_review", three_arguments)
    blocks = site_module.Reviews(digest, build_index(digest), SITE)(digest.notes * 2)
    assert calls == ["https://digest.example/notes/shared-data/"]  # once per note, however many pages
    assert json.loads(str(blocks[0]))["url"] == calls[0]


def test_statements_diff_each_version_against_an_earlier_linked_one(digest):
    index = build_index(digest)
    [statement] = statements(index, ["a-00000000", "b-00000000", "c-00000000"])
    assert [v.article.id for v in statement.versions] == ["a", "b", "c"]  # undated last
    first, second, third = statement.versions
    assert first.ops is None and first.notes[0].slug == "shared-data"
    assert second.compared_with.id == "a" and ("delete", "the", "") in second.ops
    assert third.compared_with.id == "b" and ("insert", "", "all") in third.ops
    assert statement.article_count == 3 and statement.speaker == "Ann Lee"


def test_dossier_page_groups_statements_and_shows_evidence_and_timeline(digest):
    digest.articles[1].placements = [Placement("spying", 7.5, [Evidence("share", "title", 2)])]
    soup = render(pages_by_path(digest)["dossiers/spying/index.html"])
    head = soup.select_one(".statement .st-head")
    assert head.text == "Ann Lee · reported in 3 articles"
    assert len(soup.select(".statement figure.version")) == 3
    assert [t["datetime"] for t in soup.select("ol.timeline time")] == ["2014-10-25", "2014-10-26", "2014-10-27"]
    assert "No term evidence recorded." in soup.text
    assert [li.text for li in soup.select("ul.evidence li")] == ["“share” in the title ×2"]
    assert soup.find("a", href="/feeds/spying.atom.xml")


def test_removed_pieces_group_by_reason_without_spanning_kept_text():
    removed = [Removed("Home", "navigation", 1), Removed("World", "navigation", 2), Removed("Share", "share bar", 3),
               Removed("Top", "navigation", 4), Removed("Comments", "comment section", 20),
               Removed("Reply", "comment section", 25)]
    runs = removed_runs(removed, kept_lines=[10, 11])
    assert [(r.reason, r.first_line, r.last_line, r.count) for r in runs] == [
        ("navigation", 1, 2, 2), ("share bar", 3, 3, 1), ("navigation", 4, 4, 1), ("comment section", 20, 25, 2)]
    assert runs[0].text == "Home / World"
    split = removed_runs([Removed("a", "navigation", 5), Removed("b", "navigation", 15)], kept_lines=[10])
    assert len(split) == 2


def test_quote_number_follows_the_closing_mark_and_description_is_whole_words(digest):
    view = article_view(digest.articles[2], build_index(digest))
    segments = [(text, item.number if item else None, tail) for text, item, tail in view["paragraphs"][0]["segments"]]
    assert segments == [('Ann Lee: "', None, ""), ("we shared the data with them all", 1, '"'), (".", None, "")]
    assert view["description"] == 'Ann Lee: "we shared the data with them all".'
    assert shorten("word " * 100, 20) == "word word word word…"


def test_speaker_slugs_transliterate_and_never_collide_on_empty():
    assert speaker_slug("Sergey Lavrov") == "sergey-lavrov"
    assert speaker_slug("Сергей Лавров") == "sergei-lavrov"
    assert speaker_slug("Calderón") == speaker_slug("Calderon")
    assert re.fullmatch(r"speaker-[0-9a-f]{8}", speaker_slug("!!!"))


def test_feeds_are_deterministic_escaped_and_never_dated_now(digest, tmp_path):
    digest.articles[0].meta.title = "A <b>bold</b> claim"
    digest.articles[0].paragraphs[0].text = "Text with <i>markup</i> & more"
    write_feeds(digest, tmp_path, SITE["url"], SITE["name"])
    feed = (tmp_path / "feeds" / "spying.atom.xml").read_text(encoding="utf-8")
    assert "&amp;lt;i&amp;gt;markup" in feed  # html summary: shown as text by a reader, never rendered
    assert "<updated>2014-10-27T00:00:00+00:00</updated>" in feed
    assert "Misleading: Verdict shared-data" in feed  # the dossier's verdicts are in its feed
    assert latest_date(digest) == datetime(2014, 10, 27, tzinfo=UTC)
    empty = Digest(articles=[], topics=digest.topics)
    write_feeds(empty, tmp_path / "empty", SITE["url"], SITE["name"])
    assert "<updated>1970-01-01T00:00:00+00:00</updated>" in (tmp_path / "empty" / "feeds" / "verdicts.atom.xml").read_text()


def test_sitemap_lists_pages_as_permalinks_not_the_404(tmp_path):
    write_sitemap(["index.html", "articles/a/index.html", "404.html", "feeds/x.atom.xml"], tmp_path, SITE["url"])
    text = (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    assert re.findall(r"<loc>(.*?)</loc>", text) == ["https://digest.example/", "https://digest.example/articles/a/"]


def test_a_quote_the_body_cannot_mark_keeps_its_anchor_on_its_card(digest):
    article = digest.articles[0]
    outer = article.quotes[0]
    inner = Quote(id="a-inner", text="shared", speaker=None, kind="fragment", paragraph=0,
                  start=outer.start + 3, end=outer.start + 9)
    article.quotes.append(inner)
    soup = render(pages_by_path(digest)["articles/a/index.html"])
    assert soup.select_one("q#a-00000000") and not soup.select_one("q#a-inner")
    card = soup.find(id="a-inner")
    assert card.name == "li" and "shared" in card.select_one(".qtext").text


def test_templates_use_no_pagefind_filters():
    """Pagefind 1.5 writes filter indexes in a varying order: one filter breaks byte-identical builds."""
    templates = (ROOT / "themes" / "digest" / "templates").glob("*.html")
    assert [t.name for t in templates if "data-pagefind-filter=" in t.read_text(encoding="utf-8")] == []


def test_a_source_without_article_text_still_gets_a_clear_page(digest):
    article = digest.articles[2]
    article.paragraphs, article.quotes = [], []
    article.removed = [Removed("Menu", "navigation", 1)]
    soup = render(pages_by_path(digest)["articles/c/index.html"])
    assert "No article text was found" in soup.select_one(".body").text
    assert soup.select_one("details.removed li").text == "navigation, line 1: Menu"


def test_the_diff_filter_writes_what_the_theme_showed_and_escapes_every_word():
    # diff_markup replaced a Jinja macro for speed; the HTML is the macro's, words escaped
    from generator.site.diff_markup import diff_markup

    ops = [("equal", "we", "we"), ("insert", "", "<b>shared</b>"), ("delete", "the & data", ""),
           ("replace", "Boston", "“Boston”")]
    assert str(diff_markup(ops)) == ('<span class="diff">we <ins>&lt;b&gt;shared&lt;/b&gt;</ins> <del>the &amp; data</del> '
                                     '<del>Boston</del> <ins>“Boston”</ins> </span>')
    assert str(diff_markup([])) == '<span class="diff"></span>'
