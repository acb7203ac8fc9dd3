"""Dates of the solar (Jalali) calendar and of the Buddhist era, and labels in Persian and Thai."""

import datetime as dt

import pytest

from japan_nato_corpus.dates import find_dates, first_full_date, label_role, solar_to_gregorian
from japan_nato_corpus.model import PartialDate
from japan_nato_corpus.parse._header import header_date

# Nowruz (1 Farvardin) of known years, and the last day of known leap and common years.
NOWRUZ = {
    1354: dt.date(1975, 3, 21),
    1375: dt.date(1996, 3, 20),
    1396: dt.date(2017, 3, 21),
    1399: dt.date(2020, 3, 20),
    1400: dt.date(2021, 3, 21),
    1402: dt.date(2023, 3, 21),
    1403: dt.date(2024, 3, 20),
    1404: dt.date(2025, 3, 21),
}


@pytest.mark.parametrize(("year", "nowruz"), NOWRUZ.items())
def test_nowruz_falls_on_its_known_day(year: int, nowruz: dt.date) -> None:
    assert solar_to_gregorian(year, 1, 1) == (nowruz.year, nowruz.month, nowruz.day)


@pytest.mark.parametrize("year", range(1300, 1499))
def test_a_year_runs_into_the_next_nowruz(year: int) -> None:
    # The day after a year's last day (30 Esfand in a leap year, else 29) is the next Nowruz.
    last = solar_to_gregorian(year, 12, 30) or solar_to_gregorian(year, 12, 29)
    assert last is not None
    following = solar_to_gregorian(year + 1, 1, 1)
    assert following == (dt.date(*last) + dt.timedelta(days=1)).timetuple()[:3]


def test_days_outside_the_calendar_are_none() -> None:
    assert solar_to_gregorian(1400, 12, 30) is None  # 1400 is a common year
    assert solar_to_gregorian(1403, 12, 30) == (2025, 3, 20)  # 1403 a leap year
    assert solar_to_gregorian(1402, 7, 31) is None
    assert solar_to_gregorian(1402, 13, 1) is None
    assert solar_to_gregorian(1200, 1, 1) is None


def test_a_solar_date_in_persian_digits_with_its_label_and_hour() -> None:
    line = "زمان انتشار : ۱۴۰۲/۰۷/۱۵ ساعت ۰۹:۰۵"
    (found,) = find_dates(line)
    assert found.date == PartialDate(year=2023, month=10, day=7)
    assert found.moment == dt.datetime(2023, 10, 7, 9, 5)  # noqa: DTZ001
    assert found.label == "زمان انتشار"
    head = header_date(line, 0, len(line))
    assert head is not None
    assert head.found.label == "published"


def test_a_solar_month_name_gives_the_gregorian_day() -> None:
    (found,) = find_dates("سه‌شنبه ۱۲ مهر ۱۴۰۱ خبرنگار")
    assert found.date == PartialDate(year=2022, month=10, day=4)
    assert find_dates("فروردین ۱۴۰۱") == ()  # a solar month is no Gregorian month


def test_a_gregorian_year_first_date_is_kept() -> None:
    (found,) = find_dates("2021/03/20 15:49")
    assert found.date == PartialDate(year=2021, month=3, day=20)


def test_a_dashed_date_of_history_stays_gregorian() -> None:
    (found,) = find_dates("Constantinople fell on 1453-05-29, after a siege of weeks.")
    assert found.date == PartialDate(year=1453, month=5, day=29)
    assert first_full_date("1453-05-29 12:00") == (True, dt.datetime(1453, 5, 29, 12, 0))  # noqa: DTZ001
    (solar,) = find_dates("تاریخ: 1399-12-30")
    assert solar.date == PartialDate(year=2021, month=3, day=20)


def test_the_comment_stamp_reader_agrees_on_solar_years() -> None:
    line = "1401/05/10 10:20"
    assert first_full_date(line) == (True, dt.datetime(2022, 8, 1, 10, 20))  # noqa: DTZ001
    assert first_full_date(line) == (True, find_dates(line, carry_year=False, bare_years=False)[0].moment)


def test_a_thai_month_with_a_buddhist_year() -> None:
    (found,) = find_dates("ฉบับที่ 5 | 14 พฤศจิกายน 2566")
    assert found.date == PartialDate(year=2023, month=11, day=14)
    (month,) = find_dates("ธันวาคม 2565")
    assert month.date == PartialDate(year=2022, month=12)


def test_a_thai_label_makes_a_date_line() -> None:
    line = "วันที่เผยแพร่ 3 Mar 2022"
    head = header_date(line, 0, len(line))
    assert head is not None
    assert head.found.date == PartialDate(year=2022, month=3, day=3)
    assert head.found.label == "published"


def test_label_roles() -> None:
    assert label_role("publié le") == "published"
    assert label_role("aktualisiert") == "aktualisiert"
    assert label_role("posted") == "posted"
    assert label_role("") == ""
