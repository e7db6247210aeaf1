"""The outlet from copyright lines, the site's own furniture and its masthead; one weak mention is none."""

from __future__ import annotations

import pytest

from generator.metadata.outlet import copyright_holder, cue_names, site_name
from generator.metadata.outlet_vote import vote


@pytest.mark.parametrize(("line", "holder"), [
    ("Copyright © 2019 The Paradigm. All Rights Reserved.", "The Paradigm"),
    ("© 2019 CNBC LLC. All Rights Reserved. A Division of NBCUniversal", "CNBC"),
    ("© ScienceAlert Pty Ltd. All rights reserved.", "ScienceAlert"),
    ("Copyright © 2010 AUTORACING. Todos os direitos reservados.", "AUTORACING"),
    ("Copyright © 2000- MacRumors.com, LLC.", "MacRumors.com"),
    ("© 2019 The New York Times Company", "The New York Times"),
    ("copyright Inexhibit 2019 - ISSN: 2283-5474", "Inexhibit"),
    ("© pv magazine 2019", "pv magazine"),
])
def test_a_copyright_line_names_its_holder(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize("line", [
    "© REUTERS / POOL",                                              # a photo credit
    "© Sputnik / Vladimir Pesnya / Go to the mediabank",
    "© Reuters",                                                     # a story's credit, no notice
    "Copyright Policy",                                              # a link
    "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.",  # the publishing group
    "© 2019 Condé Nast. All rights reserved.",
    "Copyright © 2002-2019 - Designed by Gray Digital Media - Powered by Clickability",
])
def test_no_outlet_from_a_credit_a_link_or_a_publishing_group(line):
    assert copyright_holder(line) is None


def test_the_site_names_itself_in_its_furniture():
    assert cue_names("Subscribe to The Paradigm via Email") == ["The Paradigm"]
    assert cue_names("Get push notifications from Sputnik International") == ["Sputnik International"]
    assert cue_names("Want more deals? Join the IGN Deals Newsletter.") == ["IGN"]
    assert cue_names("About Us") == [] and cue_names("SIGN UP FOR OUR NEWSLETTER") == []


def test_the_furniture_votes_for_the_outlet():
    cnbc = ["CNBC TV", "Subscribe to CNBC PRO", "Join the CNBC Panel", "About CNBC",
            "© 2019 CNBC LLC. All Rights Reserved. A Division of NBCUniversal"]
    assert vote(cnbc, ["Markets", "Business"]) == "CNBC"
    express = ["Express Comment", "EXPRESS.CO.UK", "Home of the Daily and Sunday Express."]
    assert vote(express, ["Express. Home of the Daily and Sunday Express."]) == "Express"


def test_one_passing_mention_names_no_outlet():
    assert vote(["Natalie Naccache | Bloomberg | Getty Images", "Follow us"], ["Menu"]) is None
    assert vote(["Share this story", "Contact Us"], ["Skip to main content"]) is None


@pytest.mark.parametrize(("value", "name"), [
    ("Autoracing | F1 | Indy | MotoGP | StockCar | NASCAR", "Autoracing"),
    ("MacRumors", "MacRumors"),
    ("@SputnikInt", None),
    ("", None),
])
def test_a_markup_site_name_without_handle_or_tagline(value, name):
    assert site_name(value) == name


def test_the_ways_of_writing_one_outlet_vote_together_for_its_known_name():
    quanta = ["Get Quanta Magazine delivered to your inbox", "The Quanta Newsletter", "About Quanta",
              "Quanta Magazine moderates comments to facilitate an informed discussion"]
    assert vote(quanta, []) == "Quanta Magazine"
    assert copyright_holder("Copyright © 2019 Al Bawaba (www.albawaba.com) All rights reserved.") == "Al Bawaba"


def test_a_search_box_or_a_menu_toggle_names_no_site():
    assert vote(["Search New Cars", "Search Classifieds", "Toggle main menu"], ["Search New Cars"]) is None


def test_a_site_speaking_of_itself_as_a_business_names_it():
    notice = ("Space is supported by its audience. When you purchase through links on our site, we may earn an "
              "affiliate commission. Learn more")
    assert cue_names(notice, "strong_cues") == ["Space"]
    assert vote([notice], ["Skip to main content"]) == "Space"
    assert cue_names("We may earn a commission for purchases made using our links.", "strong_cues") == []
    assert vote(["Join our Space Forums to keep talking space on the latest missions"], []) is None


def test_keep_up_to_date_with_the_site():
    furniture = ["Keep up to date with PolitiFact West Virginia", "Who Pays for Politifact"]
    assert vote(furniture, ["X", "Notice"]) == "PolitiFact"  # the state edition counts for the outlet
    assert vote(["Keep up to date with The Paradigm"], ["X"]) is None  # one cue for a name we do not know is weak
    assert vote(["PolitiFact"], ["X"]) is None  # a known outlet alone in a line, one mention


def test_the_masthead_spelling_of_a_known_outlet_is_kept():
    furniture = ["Sputnik International", "© 2019 Sputnik. All rights reserved", "Sputnik push notifications"]
    assert vote(furniture, ["Sputnik International", "World"]) == "Sputnik International"
    assert vote(["Vox homepage", "Subscribe to Vox", "About Vox"], ["Vox homepage"]) == "Vox"  # a link, no masthead


@pytest.mark.parametrize(("line", "holder"), [
    ("This material may not be published, broadcast, rewritten, or redistributed. ©2019 FOX News Network, LLC. "
     "All rights reserved.", "FOX News"),
    ("© 2000 - 2019 Al Bawaba (www.albawaba.com)", "Al Bawaba"),
    ("©2019 Forbes Media LLC. All Rights Reserved.", "Forbes"),
    # CNN's footer: the holder ends where a glued sentence starts, and a known outlet's name keeps its words
    ("© 2019 Cable News Network.Turner Broadcasting System, Inc.All Rights Reserved.", "Cable News Network"),
    ("Copyright © 2019 BBC. The BBC is not responsible for the content of external sites. Read about our approach "
     "to external linking.", "BBC"),                                   # a long notice: the holder is at its start
])
def test_a_publishers_company_words_are_cut_off_its_name(line, holder):
    assert copyright_holder(line) == holder


def test_the_site_address_in_its_copyright_line_outvotes_a_syndicated_story_notice():
    furniture = ["Copyright © 2019 Press TV. All rights reserved.", "© 2000 - 2019 Al Bawaba (www.albawaba.com)"]
    assert vote(furniture, ["Sort by", "Relevance"]) == "Al Bawaba"
    assert vote(["Copyright © 2019 Press TV. All rights reserved."], []) == "Press TV"


@pytest.mark.parametrize("line", [
    "Hearst Newspapers © Copyright The Hearst Corporation",            # the publishing group, with "The"
    "© 2019 The Printers (Mysore) Private Ltd.",                        # Deccan Herald's registered printer
    "This photograph and many others like it were taken by our staff photographers over the course of the long "
    "campaign season, and they remain © 2019",                          # a mark at the end of prose
])
def test_no_holder_from_a_group_or_from_prose(line):
    assert copyright_holder(line) is None


def test_a_page_calling_itself_by_a_known_name_is_named_so():
    furniture = ["© 2019 Cable News Network.Turner Broadcasting System, Inc.All Rights Reserved.", "CNN Sans ™ & © 2016 "
                 "Cable News Network.", "Follow CNN"]
    assert vote(furniture, ["Edition", "U.S."]) == "CNN"


def test_a_first_line_that_is_a_known_outlet_is_its_logo():
    # CBS Sports, pasted: the page opens with its logo's text, its domain
    assert vote(["CBSSports.com", "Scores", "NFL"], ["CBSSports.com", "Scores", "NFL"]) == "CBS Sports"
    assert vote(["SportsLine.com", "Scores"], ["SportsLine.com", "Scores"]) is None  # an unknown domain: one vote
    assert vote(["Scores", "NFL"], ["Scores", "NFL"]) is None


def test_a_wire_agency_notice_under_its_story_is_one_mention():
    # CBS Detroit, pasted: an AP story's notice, then the station's footer (its parent company's)
    notice = ("© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, "
              "rewritten, or redistributed.")
    assert vote([notice, "©2019 CBS Broadcasting Inc. All Rights Reserved. Powered by WordPress.com VIP"], []) is None
    # Fox News, pasted: the same clause in the site's own footer, a site and no agency
    fox = ("This material may not be published, broadcast, rewritten, or redistributed. ©2019 FOX News Network, "
           "LLC. All rights reserved.")
    assert vote([fox], []) == "FOX News"


def test_a_holder_before_the_mark_and_a_cue_for_the_app():
    assert copyright_holder("Salon.com © 2019.") == "Salon.com"
    assert copyright_holder("Photo © 2019") is None and copyright_holder("© 2019") is None
    assert cue_names("Get the Axios app") == ["Axios"] and cue_names("Get the app") == []


def test_a_notice_run_on_after_the_footers_last_sentence_names_the_blog():
    """A paste joins a footer's disclosure and its notice into one line (paste-dev, a recipe blog)."""
    line = ("We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program "
            "designed to provide a means for us to earn fees by linking to Amazon.com and affiliated sites. "
            "©The Anti-June Cleaver 2011-2019")
    assert copyright_holder(line) == "The Anti-June Cleaver"
    assert vote([line], []) == "The Anti-June Cleaver"
    # the mark inside one long sentence is still prose, not a notice
    prose = ("Reporters said the company had been sold to a new owner who would keep its name, its staff and its "
             "© 2019 catalogue of songs")
    assert copyright_holder(prose) is None
