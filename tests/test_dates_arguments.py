"""The dates API checks its arguments' types first, and says which function and argument is wrong."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus.dates import (
    find_dates,
    find_relative_dates,
    page_day_first,
    parse_date,
    resolve_relative,
)
from japan_nato_corpus.errors import ArgumentError, ArgumentTypeError, CorpusError
from japan_nato_corpus.model import PartialDate

_NOT_TEXT = [None, b"2014-05-06", bytearray(b"May 6, 2014"), 20140506, ["2014-05-06"], 3.5]


@pytest.mark.parametrize("value", _NOT_TEXT)
@pytest.mark.parametrize(
    ("function", "call"),
    [
        ("find_dates", find_dates),
        ("parse_date", parse_date),
        ("page_day_first", page_day_first),
        ("find_relative_dates", lambda value: find_relative_dates(value, dt.date(2023, 4, 6))),
    ],
)
def test_a_text_that_is_no_str_is_an_argument_type_error(function, call, value) -> None:
    with pytest.raises(ArgumentTypeError, match=rf"^{function}\(\): text must be a str, got ") as raised:
        call(value)
    assert raised.value.argument == "text"
    assert raised.value.value is value


def test_bytes_are_told_to_be_decoded() -> None:
    with pytest.raises(ArgumentTypeError, match="got bytes: decode them first"):
        find_dates(b"2014-05-06")


@pytest.mark.parametrize("value", _NOT_TEXT)
def test_an_expression_that_is_no_str_is_an_argument_type_error(value) -> None:
    with pytest.raises(ArgumentTypeError, match=r"^resolve_relative\(\): expression must be a str"):
        resolve_relative(value, dt.date(2023, 4, 6))


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"start": "0"}, "start"),
        ({"start": 1.0}, "start"),
        ({"start": True}, "start"),
        ({"end": "9"}, "end"),
        ({"carry_year": 1}, "carry_year"),
        ({"bare_years": "yes"}, "bare_years"),
        ({"day_first": 1}, "day_first"),
        ({"anchor": "2014-05-06"}, "anchor"),
        ({"anchor": 2014}, "anchor"),
    ],
)
def test_find_dates_options_of_another_type(options, argument) -> None:
    with pytest.raises(ArgumentTypeError, match=rf"^find_dates\(\): {argument} must be ") as raised:
        find_dates("May 5 and 6 May 2014", **options)
    assert raised.value.argument == argument


def test_day_first_of_an_unknown_string_lists_the_values_it_takes() -> None:
    with pytest.raises(
        ArgumentError, match=r"day_first must be one of True, False, None, 'page'; got 'site'"
    ):
        find_dates("03/08/2020", day_first="site")


def test_parse_dates_strict_is_a_flag() -> None:
    with pytest.raises(ArgumentTypeError, match=r"^parse_date\(\): strict must be True or False"):
        parse_date("2014-05-06", strict="no")


@pytest.mark.parametrize("tz", ["UTC", 9, dt.timedelta(hours=9)])
def test_a_zone_that_is_no_tzinfo(tz) -> None:
    with pytest.raises(ArgumentTypeError, match=r"tz must be a datetime\.tzinfo"):
        resolve_relative("yesterday", dt.date(2023, 4, 6), tz=tz)
    with pytest.raises(ArgumentTypeError, match=r"tz must be a datetime\.tzinfo"):
        find_relative_dates("yesterday", dt.date(2023, 4, 6), tz=tz)


_ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 50),
    st.text(max_size=10),
    st.binary(max_size=5),
    st.dates(),
    st.builds(PartialDate, year=st.integers(1, 9999)),
    st.sampled_from(["page"]),
)


@given(
    text=st.text(alphabet="0123456789 -/.,:年月日MayJuneTEDpm\n", max_size=80) | _ANYTHING,
    start=_ANYTHING,
    end=_ANYTHING,
    anchor=_ANYTHING,
    carry_year=_ANYTHING,
    bare_years=_ANYTHING,
    day_first=_ANYTHING,
)
def test_find_dates_slices_its_text_or_raises_one_of_ours(  # noqa: PLR0913 - one value an argument
    *, text, start, end, anchor, carry_year, bare_years, day_first
) -> None:
    try:
        found = find_dates(
            text,
            start=start,
            end=end,
            anchor=anchor,
            carry_year=carry_year,
            bare_years=bare_years,
            day_first=day_first,
        )
    except CorpusError:
        return
    for match in found:
        assert text[match.start : match.end] == match.text
        assert match.text
