"""Where else a page's own date stands: after a wire's name in brackets, alone over a paragraph
opened by a dateline under the photo's lines, in a paper's citation stamp; and a teaser's date over
its prompt to read on, which is not the page's.

The pages are written for these tests.
"""

import datetime as dt

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.model import PartialDate
from japan_nato_corpus.parse import _header


def _naive(*parts: int) -> dt.datetime:
    return dt.datetime(*parts)  # noqa: DTZ001 - the stamps give no zone


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("(Xinhua) Updated: 2019-04-02 10:15", _naive(2019, 4, 2, 10, 15)),
        ("(AFP) Published: 2019-04-02 10:15", _naive(2019, 4, 2, 10, 15)),
        ("(Reuters) April 2, 2019", None),
    ],
)
def test_a_wire_in_brackets_before_the_stamp_leaves_it_the_page_date(
    line: str, moment: dt.datetime | None
) -> None:
    found = _header.header_date(line, 0, len(line))
    assert found is not None
    assert found.found.date == PartialDate(year=2019, month=4, day=2)
    assert found.found.moment == moment


def test_a_bracketed_word_that_names_no_wire_is_no_stamp() -> None:
    line = "(Analysis) April 2, 2019"
    assert _header.header_date(line, 0, len(line)) is None


_PHOTO_HEAD = (
    "Coast guards to train together in the Pacific\n\n"
    "The training aims to widen the help given to island nations.\n\n"
    "The Daily Courier\n\n"
    "The Daily Courier\n\n"
    "Evening Edition\n\n"
    "harbour.jpg\n\n"
    "A patrol boat at the pier in the capital. PHOTO: THE DAILY COURIER\n\n"
    "{date}\n\n"
    "{lede}\n\n"
    "The drills will cover rescue at sea and the inspection of ships.\n\n"
    "Officials said more such visits were planned for next year.\n"
)


def test_a_date_alone_over_a_dateline_under_the_photo_lines_dates_the_page() -> None:
    page = _PHOTO_HEAD.format(
        date="June 3, 2021",
        lede="MANILA – Two coast guards will hold joint training this month, officials said on Thursday.",
    )
    article = parse_article(page, id="date-over-dateline")
    assert article.published == PartialDate(year=2021, month=6, day=3)
    assert article.dateline is not None
    assert article.dateline.text == "MANILA"
    assert "June 3, 2021" not in article.body


def test_a_date_alone_over_plain_prose_there_is_left_in_the_body() -> None:
    page = _PHOTO_HEAD.format(
        date="June 3, 2021",
        lede="Two coast guards will hold joint training this month, officials said on Thursday.",
    )
    article = parse_article(page, id="date-over-prose")
    assert article.published is None


def test_a_papers_citation_stamp_gives_its_online_date() -> None:
    page = (
        "Ocean Policy Review\n\n"
        "Maritime partners in the Pacific: a survey of coast guard cooperation Jane Roe Abstract "
        "This article surveys the cooperation of coast guards across the Pacific since 2000. "
        "Ocean Policy Review (2019) 12, 101-120. doi:10.1234/opr.2019.7; published online 9 May 2019 "
        "Keywords: coast guards; Pacific Introduction Coast guards have worked together for decades, "
        "and their cooperation has grown with each new agreement.\n\n"
        "The first agreements covered search and rescue at sea.\n"
    )
    article = parse_article(page, id="paper-stamp")
    assert article.published == PartialDate(year=2019, month=5, day=9)


def test_a_cited_papers_online_date_without_its_doi_dates_no_page() -> None:
    page = (
        "Coast guards widen their cooperation\n\n"
        "A study published online 9 May 2019 found that coast guards share more data than before, "
        "and its authors said the trend would go on.\n\n"
        "The study covered twelve countries of the Pacific.\n"
    )
    assert _header.paper_date(page, 0, len(page)) is None
    assert parse_article(page, id="cited-study").published is None


@pytest.mark.parametrize("prompt", ["Read more", "Lue lisää", "Läs mer"])
def test_a_teasers_date_over_its_prompt_to_read_on_is_not_the_pages(prompt: str) -> None:
    page = (
        "Weather\n\n"
        "Storms expected across the south on the weekend\n\n"
        f"4.5.2026 9:12\n{prompt}\n"
        "Defence\n\n"
        "Navies of three nations open a week of joint drills\n\n"
        "AFP - Jane Roe 12.3.2023 14:01\n\n"
        "The navies of three nations opened a week of joint drills on Sunday, with ships from each.\n\n"
        "The drills are the largest the three have held together so far.\n"
    )
    article = parse_article(page, id="prompted-teaser")
    assert article.headline == "Navies of three nations open a week of joint drills"
    assert article.published_at == _naive(2023, 3, 12, 14, 1)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            (
                "Berlin. (dpa/ab) Mit einer Kundgebung haben Tausende Menschen am Sonntag "
                "an das Ende des Krieges erinnert."
            ),
            ("Berlin", "dpa"),
        ),
        (
            (
                "Wien. (APA) Die Regierung hat am Montag ein neues Paket für die Landesverteidigung "
                "beschlossen und vorgestellt."
            ),
            ("Wien", "APA"),
        ),
    ],
)
def test_a_place_closed_by_a_full_stop_takes_the_wire_in_brackets_after_it(
    text: str, read: tuple[str, str]
) -> None:
    found = _header.dateline(text, 0, len(text), first=True)
    assert found is not None
    assert (text[slice(*found.place)], found.agency) == read


def test_a_bracket_of_no_wire_after_the_place_opens_no_dateline() -> None:
    text = "Hoffnung. (foto/ab) Mit einer Kundgebung haben Tausende Menschen am Sonntag an das Ende erinnert."
    assert _header.dateline(text, 0, len(text), first=True) is None
