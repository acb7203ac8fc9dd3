"""Dotted dates with a two-digit year (``05.11.21``) in running text: read where the token stands alone.

The day and the month are of two digits each, the day 31 at most and the month 12 at most, and
white space, a bar, a bracket, a comma or a semicolon stands on either side. Version numbers,
addresses, scores and times of day shaped like one stay no date.
"""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus.dates import TWO_DIGIT_YEAR_PIVOT, find_dates

_DAYS = st.dates(min_value=dt.date(1969, 1, 1), max_value=dt.date(2068, 12, 31))


def _dotted(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"


@given(
    _DAYS,
    st.sampled_from(
        ["Von: Redaktion (dpa) | {} | Überblick", "Stand {}", "({})", "{}", "Aktualisiert: {}, 11:03"]
    ),
)
def test_a_dotted_date_with_a_two_digit_year_standing_alone_is_read_day_first(day, around):
    text = around.format(_dotted(day))
    found = find_dates(text)
    assert [(match.start, match.date.year, match.date.month, match.date.day) for match in found] == [
        (text.index(_dotted(day)), day.year, day.month, day.day)
    ]


@given(_DAYS)
def test_the_two_digit_year_follows_the_pivot(day):
    (found,) = find_dates(f"| {_dotted(day)} |")
    short = day.year % 100
    assert found.date.year == short + (2000 if short < TWO_DIGIT_YEAR_PIVOT else 1900)


@pytest.mark.parametrize(
    "text",
    [
        "Python 3.11.12 is out",  # a version: a day of one digit
        "version 10.11.12 is out",  # a version's word before it
        "the v10.11.12 release",
        "firmware 05.11.21 fixes it",
        "host 10.11.12.13 answered",  # an address
        "won 10.11.12-3 on aggregate",  # a score joined to another number
        "at 12.05.30 the doors opened",  # a time of day
        "um 12.05.30 Uhr",
        "12.05.30 Uhr",
        "05.13.21",  # no thirteenth month
        "32.11.21",  # no day 32
        "31.02.21",  # no 31 February
        "ab05.11.21",  # joined to a word
        "05.11.21x",
        "1.05.11.21",  # inside a longer run of numbers
    ],
)
def test_dotted_numbers_that_are_no_standing_date_are_not_read(text):
    assert find_dates(text) == ()


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=12), st.integers(0, 99))
def test_a_day_of_one_digit_with_a_two_digit_year_is_no_date_in_running_text(day, month, year):
    assert find_dates(f"release {day}.{month:02d}.{year:02d} notes") == ()
