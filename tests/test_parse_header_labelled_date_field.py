"""A date alone under its label alone, in a page's table of particulars, dates the page.

"Release Date:" / "18/01/2018": the label closed by a colon stands over its value, as each field
of the table does ("Release Type:" / "Transcript"). The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_STORY = [
    "I would like to welcome from the bottom of my heart the visit of the Prime Minister of Australia.",
    "Australia is our special strategic partner, sharing with us basic values and strategic interests.",
    "Today we visited the camp of the Ground Self Defence Force and agreed to strengthen the exercises.",
]


def _page(label: str, value: str) -> str:
    top = [
        "PM Transcripts",
        "Transcripts from the Prime Ministers of Australia",
        "Turnbull, Malcolm",
        "Period of Service: 15/09/2015 - 24/08/2018",
        label,
        value,
        "Release Type:",
        "Transcript",
    ]
    return "\n".join([*top, *_STORY]) + "\n"


@pytest.mark.parametrize("label", ["Release Date:", "Date:", "Published:", "Publication date:"])
def test_the_date_under_its_label_dates_the_page(label):
    article = parse_article(_page(label, "18/01/2018"))
    assert article.published_span is not None
    assert "18/01/2018" == article.published_span.text


def test_a_date_under_another_fields_label_is_no_date():
    assert parse_article(_page("Transcript ID:", "18/01/2018")).published is None


@pytest.mark.parametrize("line", ["Release Date:", "Last updated:", "Date :"])
def test_a_date_label_alone(line):
    assert _header.is_date_label(line)


@pytest.mark.parametrize("line", ["Release Date", "Release Type:", "Period of Service:", "Date: 18/01/2018"])
def test_no_date_label_alone(line):
    assert not _header.is_date_label(line)
