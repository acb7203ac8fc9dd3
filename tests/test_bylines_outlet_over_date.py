"""An outlet's name in capitals alone over the date line, at the page's top, is the paper's byline;
a masthead in the site's own case is not.

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_STORY = (
    "The new prime minister appointed close allies to his cabinet to pursue his security plans, "
    "but the plans face opposition abroad.\n"
    "He has said he wants to revise the status of forces agreement and to create a regional alliance.\n"
)


def test_an_outlet_in_capitals_over_the_date_signs_the_story() -> None:
    article = parse_article(f"THE EXAMPLE SHIMBUN\nOctober 2, 2024 at 18:00 JST\n{_STORY}", id="outlet")
    assert article.authors == ("THE EXAMPLE SHIMBUN",)


def test_a_masthead_in_title_case_over_the_date_signs_nothing() -> None:
    article = parse_article(f"The Example Shimbun\nOctober 2, 2024 at 18:00 JST\n{_STORY}", id="masthead")
    assert article.authors == ()


def test_an_outlet_in_capitals_over_no_date_signs_nothing() -> None:
    article = parse_article(f"THE EXAMPLE SHIMBUN\n{_STORY}", id="no-date")
    assert article.authors == ()
