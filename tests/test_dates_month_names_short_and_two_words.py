"""Month names of two letters or of two words, as CLDR gives the Levantine Arabic ones."""

import json
import pathlib

import pytest

from japan_nato_corpus.dates import find_dates, parse_date

VOCABULARY = (
    pathlib.Path(__file__).parent.parent / "src" / "japan_nato_corpus" / "vocabularies" / "date_words.json"
)


def _months():
    return json.loads(VOCABULARY.read_text(encoding="utf-8"))["months"]


def test_a_full_name_of_two_letters_is_shipped_and_an_abbreviation_of_two_is_not():
    months = _months()
    assert months["آب"] == 8
    assert "ag" not in months  # Catalan's abbreviation of agost: a word of many languages


def test_a_two_word_name_is_shipped_with_and_without_its_hamza():
    months = _months()
    assert (months["تشرين الأول"], months["تشرين الاول"], months["كانون الثاني"]) == (10, 10, 1)
    assert "تشرين" not in months  # the first word alone names two months


def test_a_preposition_written_before_a_name_makes_no_second_name():
    assert not [word for word in _months() if word.startswith("de ")]  # Catalan "de gener"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نشر في 5 آب 2023", (2023, 8, 5)),
        ("12 تشرين الأول 2023", (2023, 10, 12)),
        ("في 3 كانون الثاني 2024 قال", (2024, 1, 3)),
        ("20 تشرين الثاني 2019", (2019, 11, 20)),
    ],
)
def test_a_day_a_short_or_two_word_month_and_a_year_are_a_date(text, expected):
    found = find_dates(text)
    assert [(d.date.year, d.date.month, d.date.day) for d in found] == [expected]


def test_the_whole_two_word_name_is_the_date_text():
    assert parse_date("12 تشرين الأول 2023").text == "12 تشرين الأول 2023"


def test_a_word_before_a_one_word_month_is_not_taken_as_its_first_word():
    found = find_dates("شهر تموز 2023")
    assert [(d.date.year, d.date.month, d.text) for d in found] == [(2023, 7, "تموز 2023")]


def test_a_name_of_two_letters_needs_its_day_and_year():
    assert find_dates("قال آب إن") == ()
