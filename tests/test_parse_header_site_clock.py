"""The header reader on a site's date widget: today's date with the reader's local time.

``Alhamisi, Januari 23, 2025 Local time: 06:28`` stands at the top of a page whose story carries
no date: the widget shows the day it was copied, not the page's date, and it is no headline. A
date line with a time that is not labelled the local one stays a date line. The pages are written
for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.dates import find_dates
from japan_nato_corpus.parse import _header

_HEADLINE = "Heavy rain expected again in the flooded districts of the east coast"
_LEDE = (
    "More than three hundred people have died in floods in and around the coastal city in recent "
    "days, and forecasters warn of more rain."
)
_MORE = "The weather service said strong winds and heavy rain would continue until the end of the week."


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "widget",
    [
        "Alhamisi, Januari 23, 2025 Local time: 06:28",
        "Thursday, January 23, 2025 Local time: 06:28",
        "23 January 2025 | Current time: 6:28 pm",
    ],
)
def test_a_date_with_a_labelled_local_time_is_a_site_clock_not_the_page_date(widget):
    assert _header.is_site_clock(widget)
    assert _header.header_date(widget, 0, len(widget)) is None
    article = parse_article(_page(widget, _HEADLINE, _LEDE, _MORE))
    assert article.published is None
    assert article.headline == _HEADLINE


def test_a_date_line_with_an_unlabelled_time_still_dates_the_page():
    line = "Thursday, January 23, 2025 06:28"
    assert not _header.is_site_clock(line)
    article = parse_article(_page(_HEADLINE, line, _LEDE, _MORE))
    assert article.published is not None
    assert article.published.day == 23


def test_swahili_weekday_and_month_names_are_read_from_cldr():
    (found,) = find_dates("Jumanne, Machi 14, 2023")
    assert (found.date.year, found.date.month, found.date.day) == (2023, 3, 14)
    assert found.text.startswith("Jumanne")
