"""The header reader on what stands beside a headline: a series title in quotes, a bill's number.

A title wholly in quotation marks over the article's own title names the series or issue it is in;
a bracket in capitals with a number in it closing a headline (``(H.R. 757)``) is a bill's number,
not an agency's photo credit. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_LEDE = (
    "Ministers from the four countries met on Tuesday to discuss shipping lanes, port access and "
    "joint patrols in the region."
)
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"'), ("«", "»")])
def test_a_series_title_in_quotes_over_the_article_title_is_not_the_headline(marks):
    series = f"{marks[0]}Mapping Regional Strategy: Maritime Law, Ports, and Alliances{marks[1]}"
    title = "Charting the Course of Port Diplomacy in the Pacific from 2010 to 2020"
    page = _page("Special Issue", series, title, "Jane Doe", _LEDE, _MORE)
    assert parse_article(page).headline == title


def test_a_quoted_headline_alone_is_still_the_headline():
    title = "“We will not back down on the maritime plan”"
    page = _page(title, "Jane Doe", _LEDE, _MORE)
    assert parse_article(page).headline == title


@pytest.mark.parametrize("number", ["(H.R. 757)", "(S. 2144)", "(NO. 12)"])
def test_a_bills_number_closing_a_headline_is_no_photo_credit(number):
    title = f"Spokesperson's Commentary on the Entry into Force of the Port Security Act of 2016 {number}"
    page = _page("Press Releases", title, "Date", "2016-02-19", _LEDE, _MORE)
    article = parse_article(page)
    assert article.headline == title
    assert article.captions == ()


_TEASERS = [
    "Flood waters close three bridges in the northern valley after a week of rain",
    "What we know about the museum theft, and who is being questioned by police",
    "Local bakery wins national prize for its sourdough loaf and rye bread recipes",
    "City council approves new bus routes to the airport starting in the spring",
]


def test_a_run_of_other_stories_headlines_over_the_story_is_no_headline():
    page = _page("More Information", *_TEASERS, _LEDE, _MORE)
    assert parse_article(page).headline is None


def test_a_run_of_headline_lines_sharing_the_storys_words_keeps_its_headline():
    own = "Ministers discuss shipping lanes and joint patrols in the region"
    page = _page(own, *_TEASERS[:2], _LEDE, _MORE)
    assert parse_article(page).headline == own


@pytest.mark.parametrize("title", ["Harbours", "Port Diplomacy"])
def test_a_word_alone_between_a_date_line_and_the_post_is_its_title(title):
    page = _page("24 November 2005", title, _LEDE, _MORE)
    assert parse_article(page).headline == title


@pytest.mark.parametrize("line", ["harbours", "2005"])
def test_a_lower_case_word_or_a_number_under_a_date_line_is_no_title(line):
    page = _page("24 November 2005", line, _LEDE, _MORE)
    assert parse_article(page).headline is None


def test_a_lead_in_over_a_list_that_lost_its_bullets_is_no_headline():
    points = [
        "Harbour Authority:",
        "New cranes will be installed at the eastern docks by the spring",
        "express concern over delays",
        "Shipping firms were told to plan for longer waiting times",
        "officials are monitoring the situation",
    ]
    page = _page("date 2022-08-02", *points, _LEDE, _MORE)
    article = parse_article(page)
    assert article.headline is None
    assert "New cranes will be installed" in article.body


def test_a_headline_closed_by_a_colon_over_its_second_line_is_still_read():
    page = _page("Harbour Authority:", "New cranes will be installed at the eastern docks", _LEDE, _MORE)
    assert parse_article(page).headline is not None


def test_a_lower_case_title_over_a_narrow_wrapped_post_is_its_headline():
    column = (
        "Gempa dengan\nkekuatan sekitar 8,9\nSkala Richter\nmengguncang Jepang.\nGempa tersebut\nmenimbulkan"
    )
    more = "gelombang tsunami di\nsejumlah daerah.\nBelum ada laporan\nkorban dalam\nperistiwa ini."
    page = f"Friday, March 11, 2011\n\ngempa di jepang\n\n{column}\n{more}"
    article = parse_article(page)
    assert article.headline == "gempa di jepang"
    assert "peristiwa ini." in article.body


def test_a_line_opening_as_a_marked_caption_below_does_is_not_the_headline():
    headline = "Ministers agree to deepen harbour ties over shipping threats"
    caption = "Harbour chief Jane Doe (left) talks with the delegation at the docks"
    page = _page("Harbour chief Jane Doe shakes hands with the premier", headline, _LEDE, caption, _MORE)
    assert parse_article(page).headline == headline


def test_a_headline_opening_as_an_unmarked_line_below_does_stays_the_headline():
    headline = "Harbour chief Jane Doe signs the new port pact in the capital"
    page = _page(headline, _LEDE, "Harbour chief Jane Doe said the pact would last ten years.", _MORE)
    assert parse_article(page).headline == headline
