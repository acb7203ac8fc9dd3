"""A paper's line under a series number: its title in quotes and its byline (``2024/70 “...” by A & B``).

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_TITLE = "The Reciprocal Access Agreement: Complementing the Hub-and-Spokes System"
_STORY = [
    "Signed in July, the agreement between the two countries aims to ease joint exercises.",
    "Similar to a visiting forces agreement, it is the third defence undertaking for both.",
]


@pytest.mark.parametrize("number", ["2024/70 ", "No. 12 ", ""])
def test_quoted_title_and_its_byline_are_the_headline_and_the_authors(number: str) -> None:
    line = f"{number}“{_TITLE}” by Aries A. Arugay & Mico A. Galang"
    article = parse_article("\n".join([line, *_STORY]) + "\n", id="t")
    assert article.title is not None
    assert article.title.text == _TITLE
    assert set(article.authors) == {"Aries A. Arugay", "Mico A. Galang"}


def test_quoted_words_with_no_byline_after_them_are_no_paper_line() -> None:
    assert _zone.quoted_title(f"2024/70 “{_TITLE}” and more") is None
