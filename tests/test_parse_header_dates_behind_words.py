"""Dates behind words: a speech's delivery, a wire's initials and writer, a reading time, an
update's stamp after the date, and a time range with its zone in words."""

import datetime as dt

from japan_nato_corpus.dates import find_dates
from japan_nato_corpus.model import PartialDate
from japan_nato_corpus.parse._header import header_date


def _head(line: str):  # type: ignore[no-untyped-def]
    found = header_date(line, 0, len(line))
    assert found is not None, line
    return found


def test_a_speech_delivered_on_a_day_at_a_venue() -> None:
    head = _head("delivered 3 June 2019, Great Hall of the University, Leeds, England")
    assert head.found.date == PartialDate(year=2019, month=6, day=3)
    assert head.found.label == "published"


def test_a_labelled_date_with_prose_after_it_is_no_date_line() -> None:
    line = "delivered 3 June 2019, and the crowd cheered loudly for several minutes afterwards"
    assert header_date(line, 0, len(line)) is None


def test_a_wire_s_initials_and_writer_before_the_date_and_the_update_after() -> None:
    line = "NTB - Kari Nordmann 4.5.2022 09:12, oppdatert 4.5.2022 10:40"
    head = _head(line)
    assert head.found.moment == dt.datetime(2022, 5, 4, 9, 12)  # noqa: DTZ001
    assert [line[a:b] for a, b in head.names] == ["Kari Nordmann"]


def test_a_reading_time_before_the_labelled_date() -> None:
    head = _head("4 min read Published at 09:30 2 Feb 2024 Updated at 10:05 2 Feb 2024")
    assert head.found.moment == dt.datetime(2024, 2, 2, 9, 30)  # noqa: DTZ001
    head = _head("3 minute de citit Publicat la 08:10 05 Jan 2024")
    assert head.found.moment == dt.datetime(2024, 1, 5, 8, 10)  # noqa: DTZ001


def test_a_time_range_gives_its_start_and_the_zone_named_after_the_date() -> None:
    (found,) = find_dates("Date: 2:05-2:40 P.M. March 3, 2020(Japan Time)")
    assert found.moment == dt.datetime(2020, 3, 3, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    (found,) = find_dates("10:00 - 11:30 April 2, 2021 (Eastern Time)")
    assert found.moment is not None
    assert (found.moment.hour, found.moment.utcoffset()) == (10, dt.timedelta(hours=-4))


def test_a_range_that_crosses_noon_keeps_its_end() -> None:
    (found,) = find_dates("11:30-1:15 p.m. July 15, 2016")
    assert found.moment == dt.datetime(2016, 7, 15, 13, 15)  # noqa: DTZ001


def test_an_unknown_zone_in_words_is_left() -> None:
    (found,) = find_dates("9:00 A.M. May 1, 2021 (Local Time)")
    assert found.moment == dt.datetime(2021, 5, 1, 9, 0)  # noqa: DTZ001
