"""Every boilerplate rule in data/boilerplate_text.yaml on a real line, next to a line it must keep.

The removed lines come from the seeds and the paste corpus (menus, captions, share bars,
comment boxes); each kept line is article prose that shares a word with the rule.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.cleaning.furniture import furniture_reason, lower_case, rules
from generator.cleaning.lines import Line

CASES = [
    # (reason, a line the rule removes, a line it must keep)
    ('"show more" link', "Show more", "Show more restraint, the minister told both sides at the talks in Geneva on Monday."),
    ("advertisement", "ADVERTISEMENT", "The advertisement campaign cost the party two million dollars, its treasurer said."),
    ("byline", "By Laura Mowat", "By Tuesday the talks had collapsed, and both delegations flew home without a deal."),
    ("call to action", "Click here to read the full report", "Investigators said the phishing email asked staff to click here and enter passwords."),
    ("comment box", "Racist, abusive and off-topic comments may be removed by the moderator.",
     "The moderator of the debate, a veteran journalist, said both candidates broke the rules."),
    ("cookie or legal notice", "Our website uses cookies to improve its performance and enhance your user experience.",
     "The bakery sold cookies to raise money for the flood victims, the mayor said on Friday."),
    ("copyright or photo credit", "© Sputnik / Vladimir Pesnya / Go to the mediabank",
     "Copyright law was the main topic of the summit, where ministers discussed streaming."),
    ("date line", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
     "Officials published the updated figures on Tuesday, showing a sharp rise in arrests."),
    ("navigation", "Home", "Home owners in the region were told to leave before the storm reached the coast."),
    ("no words", "* * *", "Five people were injured, police said."),
    ("page widget", "Explore further", "Scientists plan to explore further the caves where the remains were found."),
    ("pagination", "Next article", "Next year the agency will open two more offices in the capital, its director said."),
    ("photo caption or credit", "China has warned they will cease control of Hong Kong (Image: GETTY )",
     "Getty, the museum's largest donor, said the image of the painting had been restored."),
    ("related-articles block", "Latest Headlines", "The latest figures show unemployment fell for the third month in a row."),
    ("share or print bar", "Print E-mail Bookmark and Share",
     "Users who share photos online were warned by the ministry about the risk of identity theft."),
    ("social follow link", "Follow China.org.cn on Twitter and Facebook to join the conversation.",
     "Police will follow up on every report, the chief said at a news conference on Monday."),
    ("tag list", "Tags: , , , , , , , , , ,", "Investigators tagged the suspects' phones, according to court documents."),
    ("widget label", "%d bloggers like this:", "Several bloggers like this reporter were detained during the protest."),
    ("comment section", "2 days ago at 07:47 am", "Two days ago the minister said the talks would resume next week."),
]


@pytest.mark.parametrize(("reason", "removed", "kept"), CASES, ids=[c[0] for c in CASES])
def test_rule_removes_its_line_and_keeps_prose(reason, removed, kept):
    assert furniture_reason(Line(1, removed)) == reason
    assert furniture_reason(Line(1, kept)) is None


@pytest.mark.parametrize("rule", [r for r in rules()[0] if r.contains], ids=lambda r: r.reason)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_rules_contains_list_holds_for_every_line_it_matches(rule, data):
    # `contains` lets a line skip the search: only sound if each match holds one of its strings
    line = data.draw(st.from_regex(rule.pattern, fullmatch=False))
    assume(rule.pattern.search(line))
    assert any(part in line.casefold() or part in line.lower() for part in rule.contains)
    assert rule.search(line, lower_case(line))


def test_contains_skips_the_search_only_where_the_rule_cannot_match():
    credit = next(r for r in rules()[0] if "credit:" in r.contains)
    assert credit.search("Photo credit: Jane Doe / Reuters", lower_case("Photo credit: Jane Doe / Reuters"))
    assert not credit.search("He gave credit to the team", lower_case("He gave credit to the team"))
