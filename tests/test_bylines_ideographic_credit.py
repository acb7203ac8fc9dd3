"""A photo's credit in brackets after a caption's sentence in Chinese, Japanese or Korean.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("外交部長在記者會上發言。(路透社)", "(路透社)"),
        ("兩國領袖握手致意。（圖/取自總統府）", "（圖/取自總統府）"),
        ("首相が記者会見で話した。（写真=共同）", "（写真=共同）"),
        ("장관이 회의에서 발언하고 있다. (사진=연합뉴스)", "(사진=연합뉴스)"),
    ],
)
def test_the_bracketed_credit_is_found(line: str, credit: str) -> None:
    at = _bylines.photo_credit_suffix(line)
    assert at is not None
    assert line[at:] == credit


@pytest.mark.parametrize(
    "line",
    [
        "外交部長在記者會上發言。(全文見下)",  # an aside, no credit
        "兩國領袖握手致意(路透社)",  # no sentence closes before it
    ],
)
def test_other_brackets_are_no_credit(line: str) -> None:
    assert _bylines.photo_credit_suffix(line) is None
