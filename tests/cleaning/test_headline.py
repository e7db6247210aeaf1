"""The headline of a pasted page: the headline-shaped line above the body that the body is about
(pages adapted from real news pages as a browser's select-all copies them)."""

from __future__ import annotations

from generator.cleaning.text_page import clean_text
from tests.conftest import paste

BODY = [
    "LONDON (AP) — Britain's Conservative Party was accused Wednesday of trying to deceive voters by changing the "
    "name of its Twitter account to “factcheckUK” during a televised election debate.",
    "The party's press office account, which has 76,000 followers, was renamed for the duration of the debate "
    "between Conservative leader Boris Johnson and Labour leader Jeremy Corbyn on Tuesday night.",
    "Twitter said it would take corrective action if there were further attempts to mislead people by changing "
    "verified account details during the election campaign, and the Tories defended the name switch.",
]


def _title(*header: str) -> str:
    return clean_text("\n".join([*header, *BODY])).title


def test_the_headline_is_the_line_the_body_is_about_not_the_menu_above_it():
    assert _title("Skip to main content", "Got a news tip?", "Support independent journalism", "Job Board",
                  "Tories under fire for Twitter name switch during election debate",
                  "Nov. 20, 2019 6:02 AM EST") == "Tories under fire for Twitter name switch during election debate"


def test_a_photo_credit_in_capitals_between_headline_and_body_is_not_the_headline():
    assert _title("National News", "Local News", "UK Tories under fire for Twitter name switch during debate",
                  "By DANICA KIRKA and JILL LAWLESS", "Associated Press",
                  "ITV, ASSOCIATED PRESS") == "UK Tories under fire for Twitter name switch during debate"


def test_a_standfirst_below_the_headline_does_not_take_its_place():
    standfirst = ("Britain's Conservative Party renamed its press office Twitter account during the televised "
                  "election debate between Boris Johnson and Jeremy Corbyn, and Twitter said it would act")
    assert _title("Menu", "Tories accused of deceiving voters with Twitter name switch", "November 20, 2019",
                  standfirst) == "Tories accused of deceiving voters with Twitter name switch"


def test_a_date_after_a_separator_is_no_headline():
    assert _title("Tories under fire for Twitter name switch", "| November 18, 2019 12:01 PM") == \
        "Tories under fire for Twitter name switch"


def test_a_camel_case_name_the_page_repeats_is_no_glued_teaser():
    body = ["(Reuters) — The New York State Attorney General (NYAG) is investigating WeWork, according to two people "
            "familiar with the matter, adding to a mounting series of problems at the company.",
            "The company, which is expected to lay off thousands of employees beginning this week, faces a balance "
            "sheet crunch after its failed initial public offering and the departure of its chief executive."]
    cleaned = clean_text("\n".join(["Got a news tip?", "New York State Attorney General investigating WeWork and "
                                    "former CEO", "Reuters November 18, 2019 11:03 PM", *body]))
    assert cleaned.title == "New York State Attorney General investigating WeWork and former CEO"
    assert [p.text for p in cleaned.paragraphs] == body



def test_the_headline_with_its_own_byline_beats_a_promo_above_the_body(shared):
    # Space.com, pasted: "On This Day in Space!" (a promo) sits nearer the body than the headline,
    # whose byline and date line ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy") follow it
    text = paste(shared, "686bb170effe273eaff1c0f88e412172e8d972518a6d1454c896f52aafaa9643")
    title = clean_text(text).title
    assert title == "The Weird Plumes of Jupiter's Moon Europa Are Spewing Water Vapor"


def test_a_date_below_a_teaser_the_body_is_not_about_does_not_make_it_the_headline():
    assert _title("Premier League: five things we learned this weekend", "Nov. 20, 2019 6:02 AM EST",
                  "Tories under fire for Twitter name switch during election debate") == (
        "Tories under fire for Twitter name switch during election debate")


def test_a_menu_line_with_one_word_the_body_repeats_is_not_the_headline(shared):
    # Experience's blog, pasted: "Work with us" sits above the headline, and "work" is in the body
    text = paste(shared, "4648a420af9984d45b76a4afedf4f74965f8a2e0bf1c69bd3da2dc189020f3c9")
    assert clean_text(text).title == "Introducing Junior Gaspard, New CEO at Experience"


def test_a_headline_kept_as_the_body_opening_line_is_the_headline_when_its_byline_follows():
    # Express, pasted: the headline is the first line of the article's run, its byline and date below
    lines = ["Nature", "Sunday", "Scotland", "Home", "News", "Science",
             "Bubonic plague: Third case of plague in China as panic begins – ‘The plague is coming’",
             "A THIRD case of the plague has been reported in China – with the public beginning to panic over the "
             "spread of the deadly disease.", "By Sean Martin",
             "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019",
             "Health authorities in China’s Inner Mongolia have confirmed that a third instance of the plague has "
             "been discovered, after two people in Beijing were diagnosed with the pneumonic plague last week.",
             "The plague is caused by bacteria, and it can spread through bites from infected fleas or through the "
             "air, which is how the pneumonic plague in China is spread, health officials in Inner Mongolia said."]
    cleaned = clean_text("\n".join(lines))
    assert cleaned.title == lines[6]
    assert lines[6] not in [p.text for p in cleaned.paragraphs]


def test_a_body_opening_line_without_a_byline_below_stays_in_the_body():
    assert _title("Menu", "Tories under fire for Twitter name switch during election debate") == (
        "Tories under fire for Twitter name switch during election debate")
    cleaned = clean_text("\n".join(["Menu", *BODY]))
    assert cleaned.title == "" and [p.text for p in cleaned.paragraphs] == BODY


def test_a_fact_checks_headline_under_the_claim_it_checks():
    # PolitiFact, pasted: the claim and its signature open the article's run; the headline follows them,
    # its byline right under it. The claim's "— Name on <date>" signs a quotation, not a headline.
    lines = ["Pants on Fire!", "Articles", "People", "Elections", "Subjects",
             '"$53 million a week is coming across the border in drugs."',
             "— David McKinley on Sunday, October 13th, 2019 in an article in a local newspaper",
             "What is the value of drugs that come to the U.S. border?",
             "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.",
             "Rep. David McKinley, R-W.Va., recently said that the value of drugs coming across the border is huge, "
             "and that the drugs that come across the border fuel the opioid crisis in his state.",
             "McKinley said the value of drugs crossing the border each week was $53 million, citing border patrol "
             "seizures, and he said the drugs crossing the border were mostly heroin and fentanyl."]
    assert clean_text("\n".join(lines)).title == "What is the value of drugs that come to the U.S. border?"
    # without its byline under it, a line inside the run is not taken for the headline by its position
    unsigned = clean_text("\n".join(line for line in lines if not line.startswith("By ")))
    assert "What is the value of drugs that come to the U.S. border?" in [p.text for p in unsigned.paragraphs]


def test_a_bare_name_over_a_weekday_and_time_is_the_headlines_byline(shared):
    # Gizmodo, pasted: teasers dated "Adam Clark Estes11/13/19 9:00AM" above; the article's own byline is
    # a bare name over "Monday 5:30PM"
    text = paste(shared, "5fa5679de56c43edf70685762c2d1f2de296432ae53aa46e075b552fee17cab8")
    assert clean_text(text).title == "The Future of Apple Innovation Is Backwards"


def test_one_of_a_list_of_caption_names_is_no_byline():
    from generator.cleaning.headline import bare_byline

    # Catch it Kansas, pasted: photo captions of swimmers between the headline and its date line
    assert not bare_byline("Miguel Bernal North Diving", "Ben Patton Trinity", "Posted: Fri 6:45 PM, Feb 16, 2018")
    assert bare_byline("The Future of Apple Innovation Is Backwards", "Adam Clark Estes", "Monday 5:30PM")
    assert not bare_byline("The Future of Apple Innovation Is Backwards", "Adam Clark Estes", "INNOVATION")


def test_an_unpunctuated_standfirst_over_the_byline_does_not_take_the_headlines_place():
    standfirst = "Britain's Conservative Party renamed its press office Twitter account during the televised debate"
    assert _title("Menu", "Politics", "Tories under fire for Twitter name switch", standfirst, "By Danica Kirka",
                  "November 20, 2019") == "Tories under fire for Twitter name switch"
