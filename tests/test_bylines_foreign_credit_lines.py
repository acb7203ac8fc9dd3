"""A photo's credit line is labelled in Polish too, abbreviated (``Fot. X``), as in English (``Photo: X``).

The lines and pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Fot. NATO", "NATO"),
        ("Fot. Ministerstwo Obrony Narodowej", "Ministerstwo Obrony Narodowej"),
        ("Photo: AFP", "AFP"),
    ],
)
def test_a_labelled_credit_line(line: str, credit: str) -> None:
    start = _bylines.credit_line(line)
    assert start is not None
    assert credit == line[start:]


@pytest.mark.parametrize("line", ["Fotografie is een kunst", "Fotos", "Fotograf Jan Kowalski"])
def test_words_opening_alike_are_no_credit_line(line: str) -> None:
    assert _bylines.credit_line(line) is None


def test_a_credit_line_printed_twice_under_the_headline_is_a_caption() -> None:
    page = (
        "NATO i Japonia zacieśniają współpracę\n\nFot. NATO\nFot. NATO\n\n"
        "Podczas wizyty w Brukseli premier Japonii podpisał wraz z sekretarzem generalnym dokument.\n"
        "Nie tolerujemy zmiany status quo przez zastraszanie, wymuszanie czy stosowanie siły, powiedział.\n"
    )
    assert "Fot. NATO" in [caption.body.text for caption in parse_article(page).captions]
