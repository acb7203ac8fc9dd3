"""The byline reader on a think tank's series label with its issue's month, and a job title alone.

"Policy Note, September 2025" is shaped like a name and its affiliation, but a month and its year
name no one's employer: the series dates its issue so. "Nonresident Fellow" with no name over it is
a job title, no author. The pages are written for these tests.
"""

import datetime as dt

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_STORY = (
    "Japan and the Gulf states have deepened their ties over the past decade, with ministers meeting"
    " every year and trade growing in energy, technology and investment.\n\n"
    "Yet the ties between heads of state have lagged, and this note makes the case for more regular"
    " summits between the leaders of Japan and the six Gulf monarchies."
)


def _page() -> str:
    return (
        "Reinvigorating Gulf Ties: The Case for Summit Diplomacy\n\n"
        "Policy Note, September 2025\nNonresident Fellow\n\nSeptember 4, 2025\n\n" + _STORY
    )


def test_series_label_with_its_month_is_no_author() -> None:
    article = parse_article(_page(), id="series-label")
    assert article.authors == ()


def test_series_label_month_gives_way_to_the_day_under_it() -> None:
    article = parse_article(_page(), id="series-label")
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (2025, 9, 4)
    assert dt.date(2025, 9, 4).isoformat() in str(article.published)


@pytest.mark.parametrize("line", ["Policy Note, September 2025", "Working Paper, May 2023"])
def test_name_with_affiliation_refuses_an_issue_month(line: str) -> None:
    assert _bylines.name_with_affiliation(line, 0) is None


def test_name_with_affiliation_keeps_a_person_and_employer() -> None:
    line = "Jane Doe, Harbour Institute"
    assert _bylines.name_with_affiliation(line, 0) == (0, len("Jane Doe"))


@pytest.mark.parametrize("title", ["Nonresident Fellow", "Non-resident Fellow", "Senior Fellow"])
def test_job_title_alone_is_no_name(title: str) -> None:
    assert not _bylines.is_name(title)


def test_name_with_a_job_like_surname_is_a_name() -> None:
    assert _bylines.is_name("John Fellow")
