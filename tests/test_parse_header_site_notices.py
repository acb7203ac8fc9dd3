"""The header reader on a site's own notices over the headline, and on a transcript's speaker labels.

A line naming a web address (``Official websites use .gov``, ``Join Example.com+``) is a site's
banner or prompt and ranks under a headline-shaped line that names none; a speaker's turn after a
colon (``STAFF:  Good afternoon ...``, ``TV: We noted ...``) opens no dateline. The pages are written
for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_HEADLINE = "Defence ministers hold a joint press briefing on submarines"
_LEDE = (
    "Defence ministers from the three countries met on Tuesday to discuss submarines, shipyards and "
    "joint patrols in the region."
)
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."


@pytest.mark.parametrize(
    "banner",
    [
        [
            "Official sites use .gov",
            "A .gov website belongs to an official body of the government of the country.",
        ],
        [
            "Secure .org pages use HTTPS",
            "A lock or https:// means you have safely connected to the site of the body.",
        ],
    ],
)
def test_a_web_address_notice_over_the_headline_is_not_the_headline(banner):
    page = "\n\n".join([*banner, _HEADLINE, _LEDE, _MORE])
    article = parse_article(page)
    assert article.headline == _HEADLINE
    assert ".gov" not in article.body
    assert "https://" not in article.body


def test_a_prompt_naming_the_site_over_a_dated_headline_is_not_the_headline():
    prompt, stamp = "Read without ads. Join Example.com+", "Example - 31/10/2019, 10:48"
    page = f"{prompt}\n\n{_HEADLINE}\n\n{stamp}\n\n{_LEDE}\n\n{_MORE}"
    assert parse_article(page).headline == _HEADLINE


def test_a_headline_naming_a_site_alone_is_still_the_headline():
    headline = "Shares of Example.com jump after quarterly results beat forecasts"
    assert parse_article(f"{headline}\n\n{_LEDE}\n\n{_MORE}").headline == headline


@pytest.mark.parametrize(
    "turn",
    [
        "STAFF:  Good afternoon, ladies and gentlemen, and thank you for joining us here today.",
        "CCTV: We noted that the ministry issued a notice to its nationals there about leaving.",
        "Jane Roe: Since the changes took place, the safety of our nationals has been in our thoughts.",
    ],
)
def test_a_speakers_turn_after_a_colon_opens_no_dateline(turn):
    page = f"{_HEADLINE}\n\n{turn}\n\n{_MORE}"
    assert parse_article(page).dateline is None


def test_a_place_before_a_colon_still_opens_a_reported_lede():
    lede = "TOKYO: Defence ministers from the three countries met on Tuesday in the city."
    page = f"{_HEADLINE}\n\n{lede}\n\n{_MORE}"
    dateline = parse_article(page).dateline
    assert dateline is not None
    assert dateline.text == "TOKYO"


def test_a_one_sentence_notice_over_the_headline_is_not_the_story():
    headline = "Port Authority Approves Harbour Expansion Plan"
    lede = (
        "The port authority approved a harbour expansion plan worth two billion dollars on Tuesday, "
        "officials said, after a year of talks with shipping firms and the city."
    )
    page = f"Coastline Weekly was a Gull Press publication.\n\n{headline}\n\n{lede}\n\n{_MORE}"
    article = parse_article(page)
    assert article.headline == headline
    assert "Gull Press" not in article.body


def test_a_lede_over_a_subheading_sharing_its_words_stays_the_story():
    lede = "Port officials approved the harbour plan on Tuesday."
    page = f"{lede}\n\nHarbour plan approved by port officials\n\n{_LEDE}\n\n{_MORE}"
    article = parse_article(page)
    assert article.headline is None
    assert lede in article.body


def test_a_masthead_run_into_its_tagline_is_not_the_headline():
    page = f"The Harbour The Voice of Coastal Trade in the Region\n\n{_LEDE}\n\n{_MORE}"
    assert parse_article(page).headline is None


@pytest.mark.parametrize(
    "headline",
    ["The Fed and the Markets: Why Rates Matter Now", "The Ministers Sign the Harbour Pact in the Capital"],
)
def test_a_headline_with_the_inside_a_phrase_is_still_the_headline(headline):
    assert parse_article(f"{headline}\n\n{_LEDE}\n\n{_MORE}").headline == headline
