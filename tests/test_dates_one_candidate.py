"""One date, one candidate: the month-word forms leave English month names to the English forms.

A line whose date two forms read in the same place holds two candidates, and a shape of
line with more than one candidate is searched in full rather than read from its stamp
(``dates._stamp``): a page of comment stamps is then read several times slower.
"""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import dates
from japan_nato_corpus.model import PartialDate

_ENGLISH = ("Jan", "January", "Feb", "March", "Apr", "May", "June", "Jul", "Sept", "Sept.", "Oct", "December")


@pytest.mark.parametrize("month", _ENGLISH)
def test_an_english_month_before_its_day_is_mdys_alone(month: str) -> None:
    line = f"{month} 06, 2014 3:07pm EDT -- Report as abuse"
    plan = dates._plan(dates._shape(line), dates._FIND)
    assert plan is not None
    assert [form for form, _, _ in plan] == ["mdy"]


@pytest.mark.parametrize(("line", "month"), [("Mayo 06, 2014", 5), ("marzo 17, 2026", 3)])
def test_a_month_word_of_another_language_is_still_mdy_words(line: str, month: int) -> None:
    found = dates.find_dates(line)
    assert [(match.text, match.date.month) for match in found] == [(line, month)]


def test_only_a_whole_english_month_name_is_left_out() -> None:
    # A longer word that opens with one ("Mayé") is still cut out, and looked up.
    pattern = dates._PATTERNS["mdy_words"]
    assert pattern.search("Mayé 6, 2014") is not None
    assert pattern.search("May 6, 2014") is None
    assert pattern.search("Sept. 6, 2014") is None


def test_a_comment_stamp_with_an_english_month_is_read_from_its_shape() -> None:
    line = "May 06, 2014 3:07pm EDT -- Report as abuse"
    assert dates._stamp(dates._shape(line)) is not None
    assert dates.first_full_date(line) == (
        True,
        dt.datetime(2014, 5, 6, 15, 7, tzinfo=dt.timezone(dt.timedelta(hours=-4), "EDT")),
    )


@given(
    month=st.sampled_from(_ENGLISH),
    day=st.integers(1, 31),
    year=st.integers(1900, 2099),
)
def test_the_english_date_reads_as_before(month: str, day: int, year: int) -> None:
    # What mdy_words read for these lines, mdy reads: the same span and date.
    line = f"{month} {day}, {year}"
    found = dates.find_dates(line)
    number = dates._MONTHS[month[:3].casefold()]
    try:
        expected = PartialDate(year=year, month=number, day=day)
    except ValueError:
        assert found == ()
    else:
        assert [(match.start, match.end, match.date) for match in found] == [(0, len(line), expected)]
