"""A headline with its date run on after it, unlabelled: the headline stops where the date starts.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_STORY = [
    "The weather agency said on Friday that heavy snow would fall along the northern coast overnight.",
    "Rail operators said several lines could close in the morning, and asked travellers to check first.",
    "The agency said the snow would ease by the afternoon, though strong winds would go on into the evening.",
]


def _headline(head: str) -> str | None:
    return parse_article("\n".join([head, *_STORY]) + "\n", id="t").headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Heavy snow warning issued for the northern coast12 January 2026",
            "Heavy snow warning issued for the northern coast",
        ),
        (
            "Schneewarnung für die Küste im Norden ausgegeben03.01.2026 08:15",
            "Schneewarnung für die Küste im Norden ausgegeben",
        ),
        (
            "Heavy snow warning issued for the northern coast 2026/01/12/08:15",
            "Heavy snow warning issued for the northern coast",
        ),
        (
            "Heavy snow warning issued for the northern coast 12.01.2026 08:15 Rail lines may close",
            "Heavy snow warning issued for the northern coast",
        ),
        ("北部沿岸に大雪警報 鉄道各線に影響も 2026/01/12 08:15", "北部沿岸に大雪警報 鉄道各線に影響も"),
    ],
)
def test_the_headline_stops_where_its_run_on_date_starts(line: str, headline: str) -> None:
    assert _zone.run_on_date(line) == len(headline)


@pytest.mark.parametrize(
    "line",
    [
        "Japan to hold a snap election on 12 January 2026",  # the headline's own date, in words
        "The festival will be held in the city from 24 to 28/11/2026",  # a sentence going on
        "Posted by Jane Doe at January 12, 2026 08:15 AM",  # a byline and its date
        "Published at 08:15 12 Jan 2026 Updated at 09:20 12 Jan 2026",  # a line of stamps
        "Published: 12.01.2026",
    ],
)
def test_a_date_that_is_no_run_on_headline_date_is_left(line: str) -> None:
    assert _zone.run_on_date(line) is None


def test_page_headline_leaves_its_glued_date_out() -> None:
    assert _headline("Heavy snow warning issued for the northern coast12 January 2026") == (
        "Heavy snow warning issued for the northern coast"
    )


def test_page_run_together_on_one_line_keeps_its_headline() -> None:
    line = (
        "北部沿岸に大雪警報 鉄道各線に影響も 2026/01/12/08:15 気象庁は12日、北部沿岸で大雪になるとして"
        "警報を出した。鉄道各社は運休の可能性があるとしている。"
    )
    article = parse_article(line + "\n" + "\n".join(_STORY) + "\n", id="t")
    assert article.headline == "北部沿岸に大雪警報 鉄道各線に影響も"


def test_page_run_together_on_one_line_reads_its_date_and_time() -> None:
    line = (
        "北部沿岸に大雪警報 鉄道各線に影響も 2026/01/12/08:15 気象庁は12日、北部沿岸で大雪になるとして"
        "警報を出した。鉄道各社は運休の可能性があるとしている。"
    )
    article = parse_article(line + "\n" + "\n".join(_STORY) + "\n", id="t")
    assert str(article.published) == "2026-01-12"
    assert article.published_at is not None
    assert (article.published_at.hour, article.published_at.minute) == (8, 15)
    assert article.body.startswith("気象庁は12日")


def test_page_headline_date_and_lede_on_one_line_are_split_apart() -> None:
    line = "Heavy snow warning issued for the northern coast 12.01.2026 08:15 Rail lines may close at dawn."
    article = parse_article(line + "\n" + "\n".join(_STORY) + "\n", id="t")
    assert article.headline == "Heavy snow warning issued for the northern coast"
    assert str(article.published) == "2026-01-12"
    assert article.body.startswith("Rail lines may close")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("2026/01/12/08:15 The agency said snow would fall.", 16),
        ("12.01.2026 08:15 Rail lines may close.", 16),
    ],
)
def test_a_date_opening_the_lede_ends_where_the_lede_starts(text: str, end: int) -> None:
    assert _zone.opening_date(text) == end


@pytest.mark.parametrize(
    "text",
    [
        "2026/01/12/08:15",  # the date alone: nothing runs on
        "The agency said on 12.01.2026 that snow would fall.",  # no date opens it
        "12 trains were cancelled on Monday.",  # a number, no date
    ],
)
def test_a_line_no_date_opens_is_left(text: str) -> None:
    assert _zone.opening_date(text) is None
