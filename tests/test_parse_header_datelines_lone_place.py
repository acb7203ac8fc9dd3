"""A dateline alone on its line right under the headline, with no sign after it (``TOKYO``).

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_HEADLINE = "Japan's quarterly output shrinks for the first time in a year"
_LEDE = "The economy contracted 0.2 percent between January and March, the first quarterly drop in a year."
_MORE = "The figure was worse than market expectations, and it marked a slowdown from the quarter before."
_NAMED = "Economists in Tokio had expected the economy to grow a little over the quarter."


def _page(line: str, more: str = _MORE) -> str:
    return f"{_HEADLINE}\n{line}\n{_LEDE}\n{more}\n"


@pytest.mark.parametrize(
    ("line", "place"), [("TOKYO", "TOKYO"), ("Tokio", "Tokio"), ("TOKYO, Reuters", "TOKYO")]
)
def test_place_alone_under_the_headline_is_the_dateline(line: str, place: str) -> None:
    article = parse_article(_page(line, _NAMED), id="t")
    assert article.dateline is not None
    assert article.dateline.text == place
    assert article.paragraphs[0].text == _LEDE


@pytest.mark.parametrize("line", ["ABSTRACT", "Overview", "Source", "Subscribe", "By Jane Doe", "Commentary"])
def test_label_alone_under_the_headline_is_no_dateline(line: str) -> None:
    assert parse_article(_page(line), id="t").dateline is None


def test_word_the_story_writes_in_lower_case_is_no_place() -> None:
    page = _page("Outlook") + "The outlook for the economy remains uncertain, analysts said on Monday.\n"
    assert parse_article(page, id="t").dateline is None


def test_place_alone_with_a_word_after_its_comma_that_is_no_agency_is_no_dateline() -> None:
    line = "TOKYO, Monday"
    assert _header.lone_dateline(line, 0, len(line)) is None


def test_place_alone_not_right_under_the_headline_is_no_dateline() -> None:
    page = f"{_HEADLINE}\nJane Doe\nTOKYO\n{_LEDE}\n{_MORE}\n"
    assert parse_article(page, id="t").dateline is None


@pytest.mark.parametrize("line", ["AMY LO, Associated Press", "Amy Lo, Reuters", "AMY LO"])
def test_name_alone_under_the_headline_is_a_byline_not_a_dateline(line: str) -> None:
    assert _header.lone_dateline(line, 0, len(line)) is None


def test_place_in_capitals_alone_needs_no_second_mention() -> None:
    article = parse_article(_page("TOKYO"), id="t")
    assert article.dateline is not None
    assert article.dateline.text == "TOKYO"


def test_name_in_title_case_alone_never_named_again_is_no_dateline() -> None:
    # a site's name or a tag over a teaser ("Filmidee"): a story names its place again
    assert parse_article(_page("Tokio"), id="t").dateline is None
    assert parse_article(_page("Filmidee"), id="t").dateline is None
