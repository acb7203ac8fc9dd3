"""A day glued to the word before it: read only after a date's label or the word for today."""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.dates import find_dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("today12 January 2023", "2023-01-12"),
        ("Yesterday3 March 2024", "2024-03-03"),
        ("updated5 July 2022", "2022-07-05"),
        ("heute12 January 2023", "2023-01-12"),
    ],
)
def test_day_glued_to_a_label_or_the_word_for_today_is_read(text: str, day: str) -> None:
    assert [str(match.date) for match in find_dates(text)] == [day]


def test_day_glued_to_another_word_is_no_day() -> None:
    assert [str(match.date) for match in find_dates("Boeing12 January 2023")] == ["2023-01"]


def test_glued_date_line_over_the_standfirst_is_the_page_s_date() -> None:
    page = (
        "today12 January 2023 54\n\n"
        "The deal makes the country the first in the region to have such an access agreement.\n\n"
        "Relations between the two countries were stronger than ever, the prime minister said today.\n"
    )
    article = parse_article(page, id="t")
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (2023, 1, 12)
