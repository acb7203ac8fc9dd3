"""A dateline alone on its line with its date (``New Delhi, September 4``) over the lede.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_LEDE = "The defence minister will travel to Mongolia and Japan on Monday to expand the ties with both."
_MORE = "It will be the first visit by the country's defence minister to Mongolia, officials said on Sunday."


@pytest.mark.parametrize(
    ("line", "place"), [("New Delhi, September 4", "New Delhi"), ("TOKYO, Sept. 4, 2023", "TOKYO")]
)
def test_place_and_date_over_the_lede_are_the_dateline_not_the_headline(line: str, place: str) -> None:
    article = parse_article(f" date 2022-09-05 {line}\n{_LEDE}\n{_MORE}\n", id="t")
    assert article.headline is None
    assert article.dateline is not None
    assert article.dateline.text == place
    assert str(article.published) == "2022-09-05"


@pytest.mark.parametrize("line", ["Saturday, March 12, 2011", "By Jane Doe, September 4", "New Delhi"])
def test_weekday_byline_or_bare_place_is_no_dated_place(line: str) -> None:
    assert _header.dated_place(line, 0, len(line)) is None


def test_wire_named_after_the_date_before_a_dash_closes_the_dateline() -> None:
    text = "Accra, June 7, GNA – The Black Stars arrived in Accra this morning after a 2-1 win over Mali."
    found = _header.dateline(text, 0, len(text), first=True)
    assert found is not None
    assert text[slice(*found.place)] == "Accra"
    assert found.agency == "GNA"
