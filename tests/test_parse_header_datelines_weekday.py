"""The dateline reader on a place, its country and a date with its weekday.

``Honiara, Solomon Islands, Friday 12 September 2025 - The …`` opens a government's release: the
place is the dateline and the date, weekday and all, is the page's. The pages are written for
these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_LEDE = (
    " - The 54th Pacific Islands Forum Leaders Meeting concluded in Honiara with the release of the "
    "Leaders' Communiqué, following two days of retreat."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Honiara, Solomon Islands, Friday 12 September 2025",
        "HONIARA, Friday 12 September 2025",
        "Honiara, Friday, September 12, 2025",
    ],
)
def test_a_weekday_before_the_datelines_date_is_part_of_it(opening):
    text = opening + _LEDE
    found = _header.dateline(text, 0, len(text), first=True)
    assert found is not None
    assert text[slice(*found.place)].casefold() == "honiara"
    assert found.found is not None
    assert (found.found.date.month, found.found.date.day) == (9, 12)


def test_the_datelines_date_dates_the_page():
    page = "Pacific Leaders Adopt 54th Forum Communiqué\n- Details\n- Category: Media\n"
    article = parse_article(
        page + "Honiara, Solomon Islands, Friday 12 September 2025" + _LEDE + "\nMore text.\n"
    )
    assert article.dateline is not None
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (2025, 9, 12)
