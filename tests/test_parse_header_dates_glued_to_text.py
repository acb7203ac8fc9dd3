"""Dates glued to the word before them or run into the text after them, and stamps mid-line."""

import datetime as dt

from japan_nato_corpus import parse_article
from japan_nato_corpus.dates import find_dates
from japan_nato_corpus.model import PartialDate
from japan_nato_corpus.parse._header import header_dates, run_in_date


def test_a_date_glued_to_a_headline_s_last_word_splits_the_line() -> None:
    line = "Skoler lukket efter voldsomt uvejr7. marts 2024"
    at = run_in_date(line)
    assert at == line.index("7.")
    (found,) = header_dates(line, at, len(line))
    assert found.date == PartialDate(year=2024, month=3, day=7)


def test_a_numeric_date_and_time_glued_to_the_last_word() -> None:
    line = "Storm closes schools across the region05.03.2024 10:15"
    assert run_in_date(line) == line.index("05.03")


def test_a_word_glued_to_digits_mid_line_is_no_date_line() -> None:
    assert run_in_date("The A320neo fleet grew to 12 aircraft in May") is None
    assert run_in_date("Storm closes schools in the region since 7 March 2024 and more words") is None


def test_a_date_and_time_run_into_the_first_sentence() -> None:
    line = "Tirsdag 4. juni 2019 kl. 08:15Regeringen meddelte i morges, at"
    at = run_in_date(line)
    assert at == line.index("Regeringen")
    (found,) = header_dates(line, 0, at)
    assert found.moment == dt.datetime(2019, 6, 4, 8, 15)  # noqa: DTZ001


def test_a_stamp_between_a_headline_and_the_story() -> None:
    line = "株価が続落 市場に警戒感 2025/11/03/09:41 週明けの東京株式市場は"
    at = run_in_date(line)
    assert at == line.index("2025")


def test_a_time_joined_to_a_year_first_date_by_a_slash() -> None:
    (found,) = find_dates("更新 2025/11/03/09:41 記事")
    assert found.moment == dt.datetime(2025, 11, 3, 9, 41)  # noqa: DTZ001
    assert find_dates("ref 2025/11/03/0941") == ()


def test_a_page_whose_headline_closes_with_its_glued_date() -> None:
    text = (
        "Flere fly aflyst efter stormen over Nordjylland3. februar 2022\n\n"
        "Lufthavnen meddeler, at flere afgange er aflyst i dag på grund af kraftig vind. "
        "Passagerer opfordres til at holde sig orienteret hos flyselskaberne, og trafikken "
        "ventes at komme i gang igen i løbet af aftenen, når vinden har lagt sig.\n\n"
        "Flere oplysninger følger, når lufthavnen har gjort status over dagens afgange og ankomster.\n"
    )
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text == "Flere fly aflyst efter stormen over Nordjylland"
    assert article.published == PartialDate(year=2022, month=2, day=3)
