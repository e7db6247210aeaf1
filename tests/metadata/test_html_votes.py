"""A saved page's metadata sources weighed: each rule on a page shaped like the real one it comes from,
with the case where the evidence is too weak and the field must stay null."""

from __future__ import annotations

import json

from generator.metadata.html_meta import page_hints

PROSE = ("The company, which is expected to lay off thousands of employees beginning this week as it faces "
         "ballooning losses, confirmed on Monday that it had been contacted by the regulator.")


def page(body: str, head: str = "", ld: dict | None = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return f"<html lang='en'><head><meta charset='utf-8'>{head}{script}</head><body>{body}</body></html>"


# ---------------------------------------------------------------- headline
IGN_TITLE = ("Daily Deals: More Black Friday Deals Are Live, Including PS4 DualShock Controller, Apple AirPods "
             "and Watches, and More")


def test_the_headline_is_the_heading_the_page_titles_confirm_not_a_menu_h1():
    body = f"<nav><h1>Games</h1><h1>Entertainment</h1></nav><article><h1>{IGN_TITLE}</h1><p>{PROSE}</p></article>"
    head = f"<meta property='og:title' content='{IGN_TITLE} - IGN'><title>{IGN_TITLE} - IGN</title>"
    assert page_hints(page(body, head)).title == IGN_TITLE


def test_a_blog_name_h1_yields_to_the_headline_h2():
    head = "<title>Sejarah Pecahnya Islam jadi Sunni dan Syi’ah | Kabar tentang Dunia Islam</title>"
    body = ("<header><h1>Kabar tentang Dunia Islam</h1></header>"
            f"<h2 class='entry-title'>Sejarah Pecahnya Islam jadi Sunni dan Syi’ah</h2><p>{PROSE}</p>")
    assert page_hints(page(body, head)).title == "Sejarah Pecahnya Islam jadi Sunni dan Syi’ah"


def test_a_site_name_h1_is_no_headline_and_the_og_title_loses_its_site_part():
    head = ("<meta property='og:site_name' content='Engadget'>"
            "<meta property='og:title' content='Sonos Move review | Engadget'>")
    assert page_hints(page(f"<h1>Engadget</h1><p>{PROSE}</p>", head)).title == "Sonos Move review"


def test_no_headline_when_the_page_states_only_its_site_name():
    head = "<meta property='og:site_name' content='Salon'><title>Salon</title>"
    assert page_hints(page(f"<h1>Salon</h1><p>{PROSE}</p>", head)).title is None


# ---------------------------------------------------------------- authors
def test_an_organisation_in_json_ld_yields_to_the_visible_byline():
    ld = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "AppleInsider"}}
    body = (f"<div class='byline'>By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT</div>"
            f"<p>{PROSE}</p>")
    head = "<meta property='og:site_name' content='AppleInsider'>"
    assert page_hints(page(body, head, ld)).authors == ["Mike Wuerthele", "Malcolm Owen"]


def test_a_meta_author_loses_its_outlet_part():
    head = "<meta name='author' content='Finian Cunningham. Sputnik International'>"
    body = f"<div class='author'>Finian Cunningham</div><p>{PROSE}</p>"
    assert page_hints(page(body, head)).authors == ["Finian Cunningham"]


def test_an_agency_or_a_hidden_first_name_is_no_author():
    ld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Reuters"}}
    head = "<meta name='author' content='Reuters'>"
    assert page_hints(page(f"<p>(Reuters) - {PROSE}</p>", head, ld)).authors == []
    josh = {"@type": "BlogPosting", "author": {"@type": "Person", "name": "Josh"}}
    assert page_hints(page(f"<p>{PROSE}</p>", "", josh)).authors == []


def test_an_organisation_byline_is_kept_apart_not_dropped():
    ld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Reuters"}}
    assert page_hints(page(f"<p>(Reuters) - {PROSE}</p>", "", ld)).byline_organisation == "Reuters"
    cbs = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "CBS Detroit"}}
    assert page_hints(page(f"<p>{PROSE}</p>", "<meta property='og:site_name' content='CBS Detroit'>", cbs)
                      ).byline_organisation == "CBS Detroit"
    # a person credited: no organisation beside them (AppleInsider's JSON-LD names the site, its byline two persons)
    apple = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "AppleInsider"}}
    body = f"<div class='byline'>By Mike Wuerthele and Malcolm Owen</div><p>{PROSE}</p>"
    assert page_hints(page(body, "", apple)).byline_organisation is None


# ---------------------------------------------------------------- published
def test_the_day_the_reader_sees_beside_the_same_minute_beats_the_utc_stamp():
    head = "<meta property='article:published_time' content='2019-11-19T07:03:25+00:00'>"
    body = f"<div class='the-time'>November 18, 2019 11:03 PM</div><p>{PROSE}</p>"
    assert page_hints(page(body, head)).published == "2019-11-18"


def test_the_stamp_stays_when_the_visible_date_is_another_clock():
    ld = {"@type": "WebPage", "datePublished": "2018-09-15T10:15:48+02:00"}
    body = f"<span class='date'>2018-09-16</span><p>{PROSE}</p>"
    assert page_hints(page(body, "", ld)).published == "2018-09-15T10:15:00+02:00"


def test_published_is_the_publication_not_the_update():
    ld = {"@type": "NewsArticle", "datePublished": "2019-11-19T13:02:00Z", "dateModified": "2019-11-19T13:21:00Z"}
    assert page_hints(page(f"<p>{PROSE}</p>", "", ld)).published == "2019-11-19T13:02:00+00:00"


def test_no_date_where_the_page_states_none():
    body = f"<div class='date'>Monday 5:30PM</div><p>{PROSE}</p>"
    assert page_hints(page(body)).published is None


# ---------------------------------------------------------------- outlet
def test_a_handle_is_no_site_name_and_an_acronym_yields_to_its_full_name():
    head = "<meta property='og:site_name' content='@SputnikInt'>"
    ld = {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Sputnik International"}}
    assert page_hints(page(f"<p>{PROSE}</p>", head, ld)).site_name == "Sputnik International"
    wsj = {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Wall Street Journal"}}
    assert page_hints(page(f"<p>{PROSE}</p>", "<meta property='og:site_name' content='WSJ'>", wsj)).site_name == (
        "Wall Street Journal")


def test_the_title_site_part_counts_only_when_the_page_shows_it():
    head = "<title>Trump’s Made-for-TV Trade War Keeps World Guessing - The New York Times</title>"
    shown = f"<p>{PROSE}</p><footer>© 2019 The New York Times Company</footer>"
    assert page_hints(page(shown, head)).site_name == "The New York Times"
    assert page_hints(page(f"<p>{PROSE}</p>", "<title>A story - Some Words Here</title>")).site_name is None


def test_the_name_readers_know_beats_a_copyright_lines_legal_name():
    head = "<meta property='og:site_name' content='CNN'>"
    body = f"<p>{PROSE}</p><p>CNN Business</p><footer>© 2019 Cable News Network. All Rights Reserved.</footer>"
    assert page_hints(page(body, head)).site_name == "CNN"


def test_a_short_unconfirmed_h1_is_a_section_label_and_yields_to_the_page_title():
    head = ("<meta property='og:site_name' content='WebMD'>"
            "<meta property='og:title' content='Pollen Counts Rise Early This Spring, Experts Warn'>")
    body = f"<h1>Allergies Health Center</h1><p>{PROSE}</p>"
    assert page_hints(page(body, head)).title == "Pollen Counts Rise Early This Spring, Experts Warn"
    # a long h1 the titles do not confirm is still the page's visible headline (Wday.ru's h1 vs its og:title)
    long_h1 = "Мастера вкуса: 23 самых крутых фудблогера по версии Wday.ru"
    head = "<meta property='og:title' content='Самые популярные кулинарные блоги и фудблогеры в Инстаграм'>"
    assert page_hints(page(f"<h1>{long_h1}</h1><p>{PROSE}</p>", head)).title == long_h1


def test_a_meta_author_written_as_a_byline_loses_its_by():
    head = "<meta name='author' content='By Jane Doe, Staff Writer'>"
    assert page_hints(page(f"<p>{PROSE}</p><p>Jane Doe</p>", head)).authors == ["Jane Doe"]


def test_the_sites_own_address_is_the_last_resort_for_its_name():
    head = "<link rel='canonical' href='https://www.catchitkansas.com/content/news/Friday-State-Swim-Results.html'>"
    assert page_hints(page(f"<p>{PROSE}</p>", head)).site_name == "catchitkansas.com"
    assert page_hints(page(f"<p>{PROSE}</p>", "<link rel='canonical' href='/relative/path'>")).site_name is None


def test_the_address_dates_a_page_that_states_no_date_else():
    head = "<link rel='canonical' href='https://venturebeat.com/2019/11/18/new-york-state-attorney-general/'>"
    assert page_hints(page(f"<p>{PROSE}</p>", head)).published == "2019-11-18"
    head = "<link rel='canonical' href='https://theantijunecleaver.com/2017/12/spiced-honey-pear-jam-recipe/'>"
    assert page_hints(page(f"<p>{PROSE}</p>", head)).published is None


def test_reading_the_evidence_changes_no_node_of_the_tree_the_body_extractor_shares():
    """trafilatura's meta readers and htmldate read the cleaner's own tree, uncopied: on a page with
    JSON-LD, meta tags, an h1, a byline, a <time> and a comment section, the tree serialises the same
    before and after (a reader that pruned it would cut the article out from under trafilatura)."""
    from lxml import etree
    from trafilatura.utils import load_html

    from generator.metadata.html_meta import evidence_of

    body = (f"<article><h1>{IGN_TITLE}</h1><p class='byline'>By Jane Doe</p><time datetime='2019-11-29'>"
            f"November 29, 2019</time><p>{PROSE}</p></article><div class='comments'><p>First!</p></div>"
            "<script>var x = 1;</script><style>p {}</style>")
    head = f"<meta name='author' content='Jane Doe'><meta property='og:site_name' content='IGN'><title>{IGN_TITLE}</title>"
    tree = load_html(page(body, head, {"@type": "NewsArticle", "headline": IGN_TITLE, "datePublished": "2019-11-29"}))
    before = etree.tostring(tree)
    found = evidence_of(tree)
    assert found.trafilatura.get("date") == "2019-11-29" and etree.tostring(tree) == before
