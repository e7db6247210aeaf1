"""A copy-paste's metadata read around its title and in its furniture, on real pasted pages."""

from __future__ import annotations

import pytest

from generator.cleaning.text_page import clean_text
from generator.metadata.fields import extract
from tests.conftest import paste

STORY = ("A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, D-Minn., in March, "
         "prosecutors said. He faces up to 10 years in prison when he is sentenced in February next year.\n")


def test_a_pasted_header_gives_byline_date_and_the_bio_gives_the_outlet():
    text = ("U.S. news\nNew York man pleads guilty to threatening to kill Rep. Ilhan Omar\n"
            "Breaking News Emails\nSUBSCRIBE\nNov. 19, 2019, 8:41 AM UTC\nBy Phil Helsel\n"
            + STORY * 3 + "Phil Helsel is a reporter for NBC News.\n")
    meta = extract(clean_text(text))
    assert meta.authors == ["Phil Helsel"]
    assert meta.published == "2019-11-19T08:41:00+00:00"
    assert meta.outlet == "NBC News"


def test_an_agency_credit_is_the_outlet_not_an_author_and_an_update_is_no_publication():
    text = ("World\nHouse Hitler was born in will become a police station, Austria says\n"
            "By Reuters\nUpdated: 18 Nov 2019 9:38 pm\n" + STORY * 3 + "Natalie Naccache | Bloomberg | Getty Images\n")
    meta = extract(clean_text(text))
    assert meta.authors == []
    assert meta.published is None
    assert meta.outlet == "Reuters"


def test_a_lone_mention_in_a_photo_credit_names_no_outlet():
    text = ("World\nHouse Hitler was born in will become a police station, Austria says\n"
            + STORY * 3 + "Natalie Naccache | Bloomberg | Getty Images\nShare this story\n")
    assert extract(clean_text(text)).outlet is None


@pytest.mark.parametrize(("name", "outlet", "authors", "day"), [
    ("0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a", "The Paradigm", [], "2018-10-09"),
    ("624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35", "Express", ["Laura Mowat"], "2019-11-19"),
    ("374ac9a59a85196cdacc1679fb8993521a7b7d9d6533720f102300be1c7face4", "CNBC", ["Natasha Turak"], "2019-11-20"),
])
def test_real_pastes(shared, name, outlet, authors, day):
    meta = extract(clean_text(paste(shared, name)))
    assert (meta.outlet, meta.authors, (meta.published or "")[:10]) == (outlet, authors, day)


def test_a_photo_caption_agency_is_no_credit_but_one_before_the_date_is():
    from generator.metadata.paste import agency_credit

    # PolitiFact, pasted: the photo's caption ends with the agency's credit
    assert agency_credit([(73, "An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)")]) is None
    assert agency_credit([(3, "0 Comment(s)Print E-mail Xinhua, October 25, 2014")]) == "Xinhua"
    assert agency_credit([(3, "By Reuters")]) == "Reuters"


def test_an_organisation_byline_is_kept_apart_from_the_authors():
    text = ("World\nHouse Hitler was born in will become a police station, Austria says\n"
            "By Reuters\n" + STORY * 3)
    meta = extract(clean_text(text))
    assert meta.authors == [] and meta.byline_organisation == "Reuters"
    signed = extract(clean_text("U.S. news\nNew York man pleads guilty to threatening to kill Rep. Ilhan Omar\n"
                                "Nov. 19, 2019, 8:41 AM UTC\nBy Phil Helsel\n" + STORY * 3))
    assert signed.authors == ["Phil Helsel"] and signed.byline_organisation is None


def test_the_organisation_byline_is_in_the_analyze_contract(tmp_path):
    from generator.ingest.read import read_source
    from generator.pipeline import analyze_source
    from generator.runtime.serialize import article_contract

    path = tmp_path / "hitler-house.txt"
    path.write_text("World\nHouse Hitler was born in will become a police station, Austria says\nBy Reuters\n"
                    + STORY * 3, encoding="utf-8")
    contract = article_contract(analyze_source(read_source(str(path))))
    assert contract["byline_organisation"] == "Reuters" and contract["authors"] == []


def test_the_site_name_or_a_menu_label_is_no_headline():
    from generator.metadata.fields import no_headline

    assert no_headline("The Paradigm", "The Paradigm") and no_headline("Latest News", None)
    assert not no_headline("Russia, US reach no agreement on sharing intelligence against IS", "Xinhua")


def test_a_breadcrumb_trail_before_the_headline_is_cut_off():
    # The Anti-June Cleaver, pasted: "Home » Holidays » <headline>" lost its separators; the page shows the
    # headline again in capitals under it, so the trail's words before it are no part of it
    lines = [
        'HOME',
        'ABOUT ME/CONTACT',
        'RAISING BOYS',
        'FAMILY MEALS',
        'FAMILY TRAVEL',
        'HOLIDAYS & GIFTS',
        'CRAFTS & DIY',
        'TIPS & TRICKS',
        'Home Holidays Homemade Spiced Honey Pear Jam for the Holidays',
        'This post may contain affiliate and/or referral links. Please see my disclosure page.',
        'HolidaysRecipes',
        'HOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS',
        'written by Regan',
        '',
        'Sharing is caring!',
        '',
        '858',
        'SHARES',
        'Pinterest',
        'Facebook',
        'Twitter',
        'Mix',
        'Flipboard',
        'Reddit',
        '',
        'This holiday season I was thinking of flavors that would put me in the holiday spirit when it came to me. Not to be confused with a 1990s grunge band, pear jam is a delicious gift to give for the holidays. With notes of cinnamon, nutmeg, ginger, and clove, this honey pear jam recipe will have you spreading Yuletide cheer in no time! It’s so easy and delicious that you’ll want to make some extra for yourself!\xa0',
        '',
        'Is there anything better than a piece of toast or a biscuit topped with a dollop of jam? Especially homemade jam. Not many things are more homey and comforting than jam that has been made in someone’s kitchen. Up until not too long ago, I used to think that people who made their own jam must be wizards. Jam has always seemed like one of those things that only other people made, and then I tried it. Honestly, it’s so easy that anyone can do it with a few simple ingredients and not much equipment.\xa0',
        '',
        'Related post: Pickled Brussels Sprouts Recipe',
    ]
    assert extract(clean_text("\n".join(lines))).title == "Homemade Spiced Honey Pear Jam for the Holidays"
    # without the repeated headline nothing says where the trail ends: the line stays as it is
    alone = [line for line in lines if line != "HOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS"]
    assert extract(clean_text("\n".join(alone))).title == "Home Holidays Homemade Spiced Honey Pear Jam for the Holidays"
