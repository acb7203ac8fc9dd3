"""The header reader on date lines that name more than a date: labels set apart, a text's signatories.

``Media  Foreign Affairs  2023.02.28`` is a page's category path closed by its date, and
``Heads of State and Government, Vilnius, Lithuania, July 11, 2023`` says who signed a text, where
and when: both give the page's date. A sentence that ends with a place and a date does not. The
pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_HEADLINE = "Is the new port plan a departure from the old policy?"
_LEDE = (
    "Ministers from the four countries met on Tuesday to discuss shipping lanes, port access and "
    "joint patrols in the region."
)
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Media  Foreign Affairs and National Security  2023.02.28",
        "Analysis  Trade  2023.02.28",
        "Heads of State and Government, Vilnius, Lithuania, February 28, 2023",
        "The Council of Ministers, Brussels, 28 February 2023",
    ],
)
def test_labels_or_signatories_before_a_date_make_a_date_line(line):
    found = _header.header_date(line, 0, len(line))
    assert found is not None
    assert found.found.date.day == 28


@pytest.mark.parametrize(
    "line",
    [
        "The ministers met in Tokyo, Japan, July 11, 2023",
        "media and some other words  2023.02.28",
    ],
)
def test_a_sentence_or_lower_case_words_before_a_date_make_no_date_line(line):
    assert _header.header_date(line, 0, len(line)) is None


def test_a_category_path_closed_by_a_date_dates_the_page():
    page = _page("Media  Foreign Affairs and National Security  2023.02.28", _HEADLINE, _LEDE, _MORE)
    article = parse_article(page)
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (2023, 2, 28)
    assert article.headline == _HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "Source: The Daily Harbour December 17, 2021 02:16 UTC",
        "(www.example.cn 2021-12-17)",
        "From: Harbour Times 17 December 2021",
    ],
)
def test_a_source_line_closing_the_story_gives_its_date(line):
    found = _header.footer_date(line, 0, len(line))
    assert found is not None
    assert (found.date.year, found.date.month, found.date.day) == (2021, 12, 17)


@pytest.mark.parametrize(
    "line",
    [
        "Source: The Daily Harbour December 17, 2021, and the ministry's own figures",
        "Source: a report the ministry published on December 17, 2021 about the ports",
        "The Daily Harbour December 17, 2021",
    ],
)
def test_a_source_line_with_more_after_its_date_or_no_label_gives_none(line):
    assert _header.footer_date(line, 0, len(line)) is None


def test_a_one_paragraph_page_is_dated_by_its_labelled_source_line():
    page = f"{_LEDE} {_MORE}\nSource: The Daily Harbour December 17, 2021 02:16 UTC"
    published = parse_article(page).published
    assert published is not None
    assert (published.year, published.month, published.day) == (2021, 12, 17)


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("2 juillet 2019Alors que la vigilance orange est maintenue", len("2 juillet 2019")),
        ("March 3, 2020The ministers met on Tuesday in the capital", len("March 3, 2020")),
    ],
)
def test_a_date_glued_to_the_first_sentence_splits_after_the_date(line, at):
    assert _header.run_in_date(line) == at


@pytest.mark.parametrize("line", ["Model 2019Alpha wins the design prize", "In 2019The harbour reopened"])
def test_a_year_glued_to_a_word_without_a_full_date_is_no_run_in_date(line):
    assert _header.run_in_date(line) is None


def test_a_page_whose_first_sentence_carries_its_date_glued_is_dated():
    page = _page(_HEADLINE, f"2 juillet 2019{_LEDE}", _MORE)
    article = parse_article(page)
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (2019, 7, 2)
    assert _LEDE in article.body
