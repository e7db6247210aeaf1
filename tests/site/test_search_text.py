"""What Pagefind reads of a page (search_text.py): a shard is indexed again only when that changed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.site.search.text import signature, twin

PAGE = """<!doctype html><html lang="en"><head><title>Lavrov on data | Digest</title>
<script type="application/ld+json">{"reviewBody":"first"}</script></head><body>
<header class="site"><a href="/">Digest</a></header>
<main id="main" class="wrap" data-pagefind-body>
<h1>Lavrov on data</h1><p>“We shared the data,” <a class="qref" href="#q1">1</a> he said.<br></p>
<details class="removed" data-pagefind-ignore="all"><summary>Removed (2)</summary>
<details><summary>inner</summary><p>Subscribe to our newsletter</p></details></details>
<section class="quotes" data-pagefind-ignore><ol><li>Also in 2 other articles</li></ol></section>
<p title="data-pagefind-ignore">Closing paragraph.</p>
</main><footer>© Digest</footer></body></html>"""


def test_what_pagefind_ignores_leaves_the_signature_alone():
    base = signature(PAGE)
    for old, new in (('{"reviewBody":"first"}', '{"reviewBody":"second"}'),  # JSON-LD in <head>
                     ("Also in 2 other articles", "Also in 3 other articles"),  # ignored section
                     ("Subscribe to our newsletter", "Sign up"),  # nested inside an ignored element
                     ("© Digest", "© Digest 2026")):  # outside the body
        assert signature(PAGE.replace(old, new)) == base, old


def test_what_pagefind_reads_changes_the_signature():
    base = signature(PAGE)
    for old, new in (("We shared the data", "We shared no data"), ("Closing paragraph.", "Closing."),
                     ("<title>Lavrov on data", "<title>Lavrov"), ('lang="en"', 'lang="ru"'),
                     ('<h1>', '<h1 id="top">')):
        assert signature(PAGE.replace(old, new)) != base, old


def test_an_attribute_value_naming_ignore_hides_nothing():
    # <p title="data-pagefind-ignore"> is indexed: its text still counts
    assert signature(PAGE.replace("Closing paragraph.", "Other.")) != signature(PAGE)


def test_a_page_whose_tags_do_not_balance_is_hashed_whole():
    broken = PAGE.replace("</section>", "")
    assert signature(broken) != signature(broken.replace("© Digest", "© Other"))


@given(st.text(alphabet="<>/ab=\"' pdatgefinbody-ignore", max_size=200), st.text(max_size=40))
def test_any_text_gives_a_signature_and_text_outside_tags_in_the_body_counts(html, words):
    assert len(signature(html)) == 40
    page = f'<main data-pagefind-body><p>{words.replace("<", "&lt;")}</p></main>'
    assert (signature(page) == signature('<main data-pagefind-body><p></p></main>')) == (words.replace("<", "&lt;") == "")


def test_the_twin_is_what_pagefind_indexes_and_keeps_only_headings_ids():
    made = twin(PAGE.replace("<h1>", '<h1 id="top">').replace("<p>“We", '<p id="p1">“<q id="q1" class="quote">We')
                .replace("data,”", "data</q>,”"))
    assert made.startswith('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lavrov on data | Digest</title>')
    assert '<h1 id="top">' in made and '<q class="quote">We shared the data</q>' in made and "<p>“" in made
    assert '<main class="wrap" data-pagefind-body>' in made  # the body element's own id goes too
    for gone in ("reviewBody", "Subscribe", "Also in 2", "Digest</a>", "©"):
        assert gone not in made, gone
    assert "Closing paragraph." in made and made.endswith("</main></body></html>")


def test_ids_leave_the_signature_alone_but_a_headings_id_does_not():
    quoted = PAGE.replace("<p>“We", '<p>“<q id="q1">We').replace("data,”", "data</q>,”")
    assert signature(quoted) == signature(quoted.replace('id="q1"', 'id="q2"'))
    assert signature(PAGE.replace("<h1>", '<h1 id="a">')) != signature(PAGE.replace("<h1>", '<h1 id="b">'))


def test_a_page_with_search_attributes_outside_its_body_has_no_twin():
    # a filter or meta in <head>, or a second body, is read by Pagefind: it gets the whole page
    assert twin(PAGE.replace("<title>", '<meta data-pagefind-meta="image:x.png"><title>')) is None
    assert twin(PAGE.replace("<footer>", "<footer data-pagefind-body>")) is None
    assert twin(PAGE.replace("</section>", "")) is None  # an ignored element that never closes
    assert twin("<p>no body element</p>") is None


def test_an_ignored_void_element_is_cut_alone():
    made = twin(PAGE.replace("<br>", '<img src="x.png" alt="chart" data-pagefind-ignore>'))
    assert made is not None and "chart" not in made and "he said." in made
