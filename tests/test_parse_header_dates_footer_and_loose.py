"""Dates the header and the foot give in less common shapes.

A note on where the story ran, with its date, closing it; a date line under loose list lines
under the headline; a date with spaced dashes and a time after a spaced comma, after a name run
into its section's name. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.dates import parse_date
from japan_nato_corpus.parse import _header

_STORY = (
    "TOKYO: Most people in Japan do not support raising taxes to fund a larger military, a survey "
    "published on Sunday showed.\n\n"
    "The government announced a five-year plan on Friday to buy missiles and ready its forces.\n\n"
    "The prime minister said taxes would rise in stages toward the 2027 fiscal year.\n\n"
    "Almost two thirds of respondents opposed the tax rise, the survey found.\n\n"
)


def test_published_in_note_closing_the_story_dates_it() -> None:
    article = parse_article(_STORY + "Published in Dawn, December 19th, 2022\n", id="t")
    assert str(article.published) == "2022-12-19"
    assert all("Published in" not in paragraph.text for paragraph in article.paragraphs)


def test_date_line_under_loose_list_lines_under_the_headline_dates_the_page() -> None:
    page = (
        "Relations between the two countries enter a new stage with the summit in Tokyo\n"
        "- Times Daily\n"
        "- 19 дек. 2025 г.\n"
        "- 6 мин. чтения\n\n"
        "The president and the prime minister shook hands in Tokyo before their talks, which lasted "
        "two hours.\n"
        "Both said the visit marked a new stage in the ties between their countries.\n"
    )
    assert str(parse_article(page, id="t").published) == "2025-12-19"


def test_month_day_year_set_apart_by_spaced_dashes_with_a_time() -> None:
    found = parse_date("Jun - 10 - 2024 , 22:05")
    assert str(found.date) == "2024-06-10"
    assert found.moment is not None
    assert (found.moment.hour, found.moment.minute) == (22, 5)


def test_name_run_into_its_section_before_the_date_is_the_byline() -> None:
    line = "Kwadwo Baffoe Donkor Sports News Jun - 10 - 2024 , 22:05"
    dated = _header.header_date(line, 0, len(line))
    assert dated is not None
    assert [line[start:end] for start, end in dated.names] == ["Kwadwo Baffoe Donkor"]


def test_section_alone_before_the_date_names_no_byline() -> None:
    line = "Foreign Affairs Politics May 5, 2020"
    dated = _header.header_date(line, 0, len(line))
    assert dated is None or not dated.names
