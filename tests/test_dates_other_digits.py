"""Dates written in another script's digits, and the Levantine month names of Arabic pages."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus.dates import find_dates
from japan_nato_corpus.parse import parse_article

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


def _in_arabic_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", ARABIC_INDIC))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("نشر بتاريخ: ٥ تموز ٢٠٢٥", "2025-07-05"),
        ("١٢ أيلول ٢٠٢٣", "2023-09-12"),
        ("3 حزيران 2024", "2024-06-03"),
        ("5 يوليو 2025", "2025-07-05"),
        ("２０２４年４月５日", "2024-04-05"),
    ],
)
def test_a_date_in_other_digits_or_levantine_months_is_read(text, iso):
    (found,) = find_dates(text, carry_year=False, bare_years=False)
    assert str(found.date) == iso


def test_a_match_keeps_the_digits_the_text_writes():
    text = "نشر بتاريخ: ٥ تموز ٢٠٢٥"
    (found,) = find_dates(text, carry_year=False, bare_years=False)
    assert found.text == text[found.start : found.end] == "٥ تموز ٢٠٢٥"


@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1)), st.sampled_from(["dmy", "iso"]))
def test_arabic_indic_digits_read_as_their_ascii_twins(day, form):
    ascii_text = day.strftime("%d.%m.%Y") if form == "dmy" else day.isoformat()
    plain = find_dates(ascii_text, carry_year=False, bare_years=False)
    other = find_dates(_in_arabic_digits(ascii_text), carry_year=False, bare_years=False)
    assert [(m.start, m.end, m.date) for m in other] == [(m.start, m.end, m.date) for m in plain]


def test_a_page_dated_under_an_arabic_label_in_arabic_digits_has_its_date():
    page = (
        "اخبار اليمن\n"
        "نشر بتاريخ: ٥ تموز ٢٠٢٥\n"
        "حذرت المنظمة العالمية للأرصاد الجوية من موجات حر شديدة وغير مسبوقة تضرب مناطق واسعة من أوروبا،"
        " في وقت تواجه فيه أمريكا الجنوبية بردًا استثنائيًا.\n"
        "وأوضح البيان أن شهر يوليو عادة ما يكون الأشد حرارة في نصف الكرة الشمالي، وتشهد حاليًا مناطق"
        " واسعة من غرب أوروبا موجات حر.\n"
    )
    assert str(parse_article(page, id="ar-page").published) == "2025-07-05"
