"""Web addresses in a paste's furniture: which outlet a domain stands for, the article's own address,
the day its path gives; platforms and other sites' links name nothing (lines from real pastes)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.metadata.domains import (
    addresses,
    is_address_line,
    outlet_of,
    own_article,
    path_date,
    registrable,
)
from generator.metadata.outlet_vote import vote


@pytest.mark.parametrize(("line", "outlet"), [
    ("www.autoracing.com.br", "autoracing.com.br"),                    # an unknown site stands for itself
    ("catchitkansas.com/a?a=474349633", "catchitkansas.com"),
    ("E-Mail: stats@catchitkansas.com", "catchitkansas.com"),          # a contact address on the site's domain
    ("Do you have a Sputniknews.com account?", "Sputnik"),             # a well-known domain gives its name
    ("EXPRESS.CO.UK", "Express"),
    ("Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit", "Associated Press"),
])
def test_a_domain_stands_for_its_outlet(line, outlet):
    assert [a.outlet for a in addresses(line)] == [outlet]


@pytest.mark.parametrize("line", [
    "Blog di WordPress.com. WP Designer.",                              # the blog's platform
    "The 9to5Mac BundleHunt delivers over 40 top apps from just $1 each https://t.co/y5Wn5UBP8S by @trevorjd14 "
    "pic.twitter.com/cLT72XQfD3",                                       # an embedded tweet's links
    "http://syiahali.wordpress.com/2011/09/07/fatwa-para-ulama-larangan-mencaci-para-sahabat/",
    "vortex.cannon.ent@gmail.com",                                      # a mail provider
    "The U.S. said at 10 a.m. on Monday, e.g. in Washington D.C.",      # dotted abbreviations are no domains
])
def test_a_platform_or_an_abbreviation_is_no_outlet(line):
    assert addresses(line) == []


def test_subdomains_are_read_under_the_registered_name():
    assert registrable("edition.cnn.com") == "cnn.com" and registrable("news.bbc.co.uk") == "bbc.co.uk"
    assert outlet_of("edition.cnn.com") == "CNN" and outlet_of("www.autoracing.com.br") == "autoracing.com.br"


def test_the_article_own_address_spells_its_headline():
    own = addresses(" https://www.timesunion.com/sports/article/Nelson-s-OT-goal-lifts-Isles-14848099.php")[0]
    assert own_article(own, "Nelson's OT goal lifts Isles")
    other = addresses("http://www.ipabionline.com/2013/02/ahmadinejad-siapa-menghina-sahabat.html#ixzz2PpyAj3AN")[0]
    assert not own_article(other, "Cara Nabi Menjaga Kesehatan dan Berobat")  # a reference under a blog post
    assert not own_article(addresses("catchitkansas.com/a?a=474349633")[0], "2018 Boys State Swim Results")


def test_an_address_path_gives_a_day_only_when_it_writes_one():
    forbes = addresses("https://www.forbes.com/sites/brucelee/2019/11/18/how-this-mans-bedding-gave-him-feather-duvet-lung/")
    assert path_date(forbes[0]) == "2019-11-18"
    phys = addresses("Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved "
                     "20 November 2019 from https://phys.org/news/2019-11-hibernating-astronauts-smaller-spacecraft.html")
    assert phys[0].outlet == "Phys.org" and path_date(phys[0]) is None  # a year and a month: no day


def test_address_lines_vote_for_the_outlet():
    assert is_address_line("www.autoracing.com.br") and not is_address_line("Visit www.autoracing.com.br today")
    footer = ["E-Mail: stats@catchitkansas.com", "Copyright © 2002-2019 - Designed by Gray Digital Media - Powered by "
              "Clickability", "catchitkansas.com/a?a=474349633"]
    assert vote(footer, ["55°F Clear", "Wichita, KS"]) == "catchitkansas.com"
    # a name the page gives itself beats its bare domain: "AUTORACING" over "autoracing.com.br"
    assert vote(["www.autoracing.com.br", "Copyright © 2010 AUTORACING. Todos os direitos reservados."], []) == "AUTORACING"
    shared = " https://www.timesunion.com/sports/article/Nelson-s-OT-goal-lifts-Isles-14848099.php"
    assert vote([shared, "Associated Press"], [], title="Nelson's OT goal lifts Isles") == "timesunion.com"
    assert vote([shared], [], title="Lowe’s 2019 Black Friday ad is up") is None  # one mention, not this article's


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_addresses_never_raise(text):
    for address in addresses(text):
        assert address.outlet and "." in address.domain


def test_an_unknown_address_repeated_is_one_mention():
    # The Wall Street Journal, pasted: an advertiser's domain stands alone on two lines
    assert vote(["realtor.com", "Menu", "realtor.com"], ["Menu"]) is None
    assert vote(["catchitkansas.com/a?a=474349633", "E-Mail: stats@catchitkansas.com"], []) == "catchitkansas.com"


def test_the_article_own_address_is_its_url_only_when_the_paste_writes_it_whole():
    from generator.metadata.paste import address_url
    from generator.model import Cleaned, Removed

    def pasted(line: str, title: str = "Nelson's OT goal lifts Isles") -> Cleaned:
        return Cleaned(title=title, paragraphs=[], removed=[Removed(text=line, reason="furniture", line=3)])

    url = "https://www.timesunion.com/sports/article/Nelson-s-OT-goal-lifts-Isles-14848099.php"
    assert address_url(pasted(f"Photo: Times Union {url}.")) == url  # the sentence's full stop is not the address's
    assert address_url(pasted(url.removeprefix("https://"))) is None  # no scheme written: none guessed
    assert address_url(pasted(url, title="2018 Boys State Swim Results")) is None  # another article's address
    assert addresses("stats@catchitkansas.com")[0].url is None
