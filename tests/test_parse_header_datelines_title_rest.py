"""The dateline reader on a title set off by a dash (``Joint Press Statements - Prime Minister …``).

A place and a dash open a story's prose. A run of capitalised words after the dash, with nothing
in lower case but short joiners and no full stop, is the rest of a title; the words before the
dash are its first part, no place. The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _header


def _dateline(text: str) -> _header.Dateline | None:
    return _header.dateline(text, 0, len(text))


@pytest.mark.parametrize(
    "line",
    [
        "Joint Press Statements - Prime Minister Jane Doe and Prime Minister John Roe of Japan",
        "Press Conference - Minister of Defense Jane Doe and Chief of Staff John Roe",
    ],
)
def test_title_in_title_case_after_a_dash_has_no_dateline(line: str) -> None:
    assert _dateline(line) is None


def test_place_before_a_lede_cut_off_is_a_dateline() -> None:
    line = "TOKYO - Japan's defence minister said on Tuesday that the ministry would ask for a larger"
    found = _dateline(line)
    assert found is not None
    assert line[slice(*found.place)] == "TOKYO"


def test_place_before_a_caseless_lede_is_a_dateline() -> None:
    line = "ٹوکیو - جاپان نے دفاعی بجٹ جی ڈی پی کے دو فیصد تک بڑھانے کا اعلان کر دیا ہے اور"
    found = _dateline(line)
    assert found is not None
    assert line[slice(*found.place)] == "ٹوکیو"
