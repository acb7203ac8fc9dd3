"""Numeric dates in a page's own order, Japanese era years, months named alone with a year in
other languages, and the separators and words around dates on real page tops."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import dates
from japan_nato_corpus.dates import find_dates, page_day_first
from japan_nato_corpus.errors import ArgumentTypeError, ParseError
from japan_nato_corpus.model import PartialDate
from japan_nato_corpus.parse import _reader


def _header(text: str, **options: bool | None) -> list[str]:
    return [match.date.iso for match in find_dates(text, carry_year=False, bare_years=False, **options)]


# --- the page's order -------------------------------------------------------------

_FIELD = st.integers(min_value=1, max_value=12)
_YEAR = st.integers(min_value=1970, max_value=2099)
_SEP = st.sampled_from(["/", "-"])


@given(a=_FIELD, b=_FIELD, year=_YEAR, sep=_SEP)
def test_day_first_chooses_the_reading_of_an_ambiguous_date(a: int, b: int, year: int, sep: str) -> None:
    text = f"{a:02d}{sep}{b:02d}{sep}{year}"
    assert _header(text, day_first=True) == [PartialDate(year=year, month=b, day=a).iso]
    assert _header(text, day_first=False) == [PartialDate(year=year, month=a, day=b).iso]
    assert _header(text, day_first=None) == _header(text)


@given(day=st.integers(min_value=13, max_value=28), month=_FIELD, year=_YEAR, sep=_SEP, order=st.booleans())
def test_a_date_only_one_reading_makes_real_is_read_so_in_either_order(
    day: int, month: int, year: int, sep: str, *, order: bool
) -> None:
    assert _header(f"{day}{sep}{month}{sep}{year}", day_first=order) == [f"{year}-{month:02d}-{day:02d}"]


@given(
    text=st.text(alphabet=st.sampled_from("0123456789/-.: aJMjuli2019年月日令和平成\n"), max_size=60),
    order=st.sampled_from([True, False, None]),
)
def test_the_order_changes_values_never_spans(text: str, *, order: bool | None) -> None:
    try:
        plain = find_dates(text, carry_year=False, bare_years=False)
        ordered = find_dates(text, carry_year=False, bare_years=False, day_first=order)
    except ParseError:
        return
    assert [(m.start, m.end) for m in ordered] == [(m.start, m.end) for m in plain]


def test_a_given_order_overrides_a_day_first_label() -> None:
    assert _header("Publié le 12/03/2021") == ["2021-03-12"]
    assert _header("Publié le 12/03/2021", day_first=False) == ["2021-12-03"]
    assert _header("Published 12/03/2021", day_first=True) == ["2021-03-12"]


def test_dotted_dates_stay_day_first() -> None:
    assert _header("05.07.2022", day_first=False) == ["2022-07-05"]


_DAY_FIRST = st.builds(
    lambda day, month, year, sep: f"{day}{sep}{month:02d}{sep}{year}",
    st.integers(min_value=13, max_value=31),
    _FIELD,
    _YEAR,
    _SEP,
)
_AMBIGUOUS = st.builds(lambda a, b, year, sep: f"{a}{sep}{b}{sep}{year}", _FIELD, _FIELD, _YEAR, _SEP)
_WORDS = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz ,.\n"), max_size=40)


@given(st.lists(_DAY_FIRST, min_size=1, max_size=4), st.lists(_AMBIGUOUS, max_size=4), _WORDS)
def test_unambiguous_day_first_dates_make_the_page_day_first(
    clear: list[str], ambiguous: list[str], words: str
) -> None:
    page = "\n".join([*ambiguous, *clear, words])
    assert page_day_first(page) is True
    # a month-first page is the mirror image: the same dates with their fields swapped
    mirrored = [f"{b}/{a}/{y}" for a, b, y in (date.replace("-", "/").split("/") for date in clear)]
    assert page_day_first("\n".join([*ambiguous, *mirrored, words])) is False


@given(_WORDS, st.lists(_AMBIGUOUS, max_size=3))
def test_a_page_without_an_unambiguous_date_has_no_order(words: str, ambiguous: list[str]) -> None:
    assert page_day_first("\n".join([words, *ambiguous])) is None


@given(st.lists(_DAY_FIRST, min_size=1, max_size=3), _WORDS)
def test_words_without_digits_never_change_the_order(clear: list[str], words: str) -> None:
    page = "\n".join(clear)
    assert page_day_first(page + "\n" + words) == page_day_first(page)


def test_dates_in_words_vote_when_no_numeric_date_settles_it() -> None:
    assert page_day_first("Publicado el 9 de diciembre de 2021\n03/08/2021") is True
    assert page_day_first("Freitag, 14. Dezember 2022") is True
    assert page_day_first("Posted July 5, 2022 at 3pm") is False
    # the numeric dates come first: one that settles it outweighs any words
    assert page_day_first("July 5, 2022. July 6, 2022. Filed 25/12/2021") is True


def test_the_order_is_read_from_text_only() -> None:
    with pytest.raises(ArgumentTypeError, match=r"page_day_first\(\): text must be a str, got int"):
        page_day_first(25)  # type: ignore[arg-type]


# --- Japanese era years -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和5年4月5日", ["2023-04-05"]),
        ("平成31年4月30日", ["2019-04-30"]),
        ("令和元年5月1日", ["2019-05-01"]),
        ("昭和64年1月7日", ["1989-01-07"]),
        ("平成21年9月17日", ["2009-09-17"]),
        ("令和5年3月", ["2023-03"]),
        ("令和7(2025)年10月28日(火)", ["2025-10-28"]),
        ("2007年(平成19年)1月9日", ["2007-01-09"]),
        # no such year of the era, or not the Gregorian year written beside it
        ("平成32年1月1日", []),
        ("令和0年1月1日", []),
        ("令和7(2024)年10月28日", []),
    ],
)
def test_era_years(text: str, expected: list[str]) -> None:
    assert _header(text) == expected


def test_an_era_date_takes_its_time() -> None:
    (found,) = find_dates("令和7年10月28日(火)08時57分~09時28分", carry_year=False, bare_years=False)
    assert found.moment == dt.datetime(2025, 10, 28, 8, 57)  # noqa: DTZ001 - the text names no zone


_ERA_SPANS = [(name, first, (last or 2099) - first + 1) for name, first, last in dates._ERAS]


@given(
    era=st.sampled_from(_ERA_SPANS),
    data=st.data(),
    month=_FIELD,
    day=st.integers(min_value=1, max_value=28),
)
def test_every_year_of_every_era_is_its_gregorian_year(
    era: tuple[str, int, int], data: st.DataObject, month: int, day: int
) -> None:
    name, first, years = era
    number = data.draw(st.integers(min_value=1, max_value=years))
    written = "元" if number == 1 and data.draw(st.booleans()) else str(number)
    assert _header(f"{name}{written}年{month}月{day}日") == [f"{first + number - 1}-{month:02d}-{day:02d}"]


# --- months named alone with a year ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("verschenen: Juli 1983, blz. 927", ["1983-07"]),
        ("Tokyo, aprile 2025 – In un momento storico", ["2025-04"]),
        ("Actualizado: abril de 2025", ["2025-04"]),
        ("Stand: Mai 2024", ["2024-05"]),
        ("listopad 2022", ["2022-11"]),
        # an English word or a short abbreviation is a month only under a date label
        ("The Mars 2020 mission landed", []),
        ("Publié : mars 2020", ["2020-03"]),
        ("game set 2019 final", []),
        ("Julius 1983", []),
    ],
)
def test_month_and_year_in_other_languages(text: str, expected: list[str]) -> None:
    assert _header(text) == expected


def test_english_month_and_year_read_as_before() -> None:
    assert _header("March 2014") == ["2014-03"]
    assert _header("may 2019 be better") == ["2019-05"]


# --- separators and words around the date ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 // Abr // 2025", ["2025-04-21"]),
        ("21/abril/2025", ["2025-04-21"]),
        ("21 | Abr | 2025", ["2025-04-21"]),
        ("★:2024/04/05(金) 03:43:18.67", ["2024-04-05"]),
        ("Fecha:03/08/2020", ["2020-08-03"]),  # a Spanish label: day first
        # a colon after a digit is a clock's, and the numbers after it are not a date
        ("12:2024/04/05", []),
    ],
)
def test_separators(text: str, expected: list[str]) -> None:
    assert _header(text) == expected


def test_a_time_before_a_weekday_and_its_word() -> None:
    (found,) = find_dates("ALLE 12:25 DI MERCOLEDÌ 15 DICEMBRE 2021", carry_year=False, bare_years=False)
    assert found.date == PartialDate(year=2021, month=12, day=15)
    assert found.moment == dt.datetime(2021, 12, 15, 12, 25)  # noqa: DTZ001 - the text names no zone


def test_the_comment_reader_uses_the_stamp_reading() -> None:
    assert _reader.first_full_date is dates.first_full_date
    assert dates.first_full_date("Reply 03/04/2021 10:15") == (True, dt.datetime(2021, 3, 4, 10, 15))  # noqa: DTZ001


def test_the_page_order_is_read_from_the_whole_text() -> None:
    page = "Filed 25/12/2021\n\nUpdated 03/08/2022 10:15"
    line = page.index("Updated")
    (found,) = find_dates(page, start=line, carry_year=False, bare_years=False, day_first="page")
    assert found.date == PartialDate(year=2022, month=8, day=3)
    assert find_dates(page, start=line, carry_year=False, bare_years=False)[0].date.iso == "2022-03-08"


def test_only_the_start_of_a_long_page_is_read_for_its_order() -> None:
    assert page_day_first("x" * dates._ORDER_CHARS + " 25/12/2021") is None
