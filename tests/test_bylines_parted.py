"""The byline reader on a name set apart from a date or an agency by a mark, with no "by".

``Jane Doe | March 3, 2024`` (as ``March 3, 2024 | Jane Doe``), ``Posted by Jane Doe on
March 3, 2024``, ``Jane Doe - Reuters`` and ``By Jane Doe/Reuters`` under a headline. The pages
are written for these tests.
"""

import pytest

from japan_nato_corpus import PartialDate, parse_article
from japan_nato_corpus.parse import _bylines, _header

_HEADLINE = "Japan and the alliance agree on a new maritime security plan"
_STORY = [
    "Ministers from the four countries met on Tuesday to discuss shipping lanes and joint patrols there.",
    "The talks will continue next month in the capital, officials said after the meeting ended on Tuesday.",
    "A statement issued after the talks said the plan would be reviewed each year by the four governments.",
]


def _article(line: str):
    return parse_article("\n\n".join([_HEADLINE, line, *_STORY]))


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe | March 3, 2024",
        "Jane Doe · March 3, 2024",
        "Jane Doe - March 3, 2024",
        "Jane Doe | 03.03.2024",
        "Posted by Jane Doe on March 3, 2024",
    ],
)
def test_a_name_before_a_mark_and_the_date_is_the_byline_and_the_line_dates_the_page(line: str) -> None:
    article = _article(line)
    assert article.authors == ("Jane Doe",)
    assert article.published == PartialDate(year=2024, month=3, day=3)
    assert article.headline == _HEADLINE


@pytest.mark.parametrize("line", ["Harbour Times | March 3, 2024", "Deputy Prime Minister | March 3, 2024"])
def test_an_outlet_or_an_office_before_the_date_is_no_byline(line: str) -> None:
    found = _header.header_date(line, 0, len(line))
    assert found is None or found.names == ()


@pytest.mark.parametrize("line", ["Jane Doe - Reuters", "Jane Doe | AFP", "JANE DOE — Kyodo News"])
def test_a_name_and_its_agency_set_apart_by_a_dash_or_bar_is_the_name(line: str) -> None:
    pieces = _bylines.byline(line, 0)
    assert pieces is not None
    assert [line[start:end].casefold() for start, end in pieces] == ["jane doe"]


@pytest.mark.parametrize("line", ["Jane Doe - Opinion", "Summit News - Reuters", "Jane Doe | John Roe"])
def test_a_dash_before_no_agency_or_after_no_name_is_no_such_byline(line: str) -> None:
    assert _bylines._agency_credit(_bylines._NAME_AND_AGENCY, line, 0) is None
    assert _bylines._agency_credit(_bylines._AGENCY_AND_NAME, line, 0) is None


def test_an_agency_after_a_slash_with_no_space_is_left_out_of_the_names() -> None:
    line = "By Jane Doe/Reuters"
    pieces = _bylines.byline(line, 0)
    assert pieces is not None
    assert [line[start:end] for start, end in pieces] == ["Jane Doe"]
    assert _article(line).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "line", ["World | March 3, 2024", "Asia Pacific - March 3, 2024", "Politics and Law · March 3, 2024"]
)
def test_a_sections_name_before_a_mark_and_the_date_is_a_date_line_with_no_byline(line: str) -> None:
    found = _header.header_date(line, 0, len(line))
    assert found is not None
    assert found.names == ()
    article = _article(line)
    assert article.published == PartialDate(year=2024, month=3, day=3)
    assert article.authors == ()


def test_a_section_and_words_after_the_date_are_no_date_line() -> None:
    line = "World | March 3, 2024 and the days after it"
    assert _header.header_date(line, 0, len(line)) is None
