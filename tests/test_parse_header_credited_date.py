"""A wire's date line between its agency's lines, under a photo's caption and the standfirst.

``Keystone-SDA`` / ``09.04.2025, 14:53`` / ``SDA``: the date is the header's, and the agency,
hyphen and all, signs the story. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_CAPTION = "Mark Rutte (l) shakes hands with Shigeru Ishiba in Tokyo. Photo: Jane Doe/Pool via AP/dpa"
_STANDFIRST = (
    "Japan and the alliance want to intensify their cooperation in the arms industry in the face of threats."
)
_STORY = [
    "At a meeting in Tokyo, the prime minister and the secretary general agreed to work together.",
    "The two sides have deepened their partnership in recent years, and see their security as linked.",
]


def test_date_between_agency_lines_is_the_header_date() -> None:
    page = "\n".join([_CAPTION, "Keystone", _STANDFIRST, "Keystone-SDA", "09.04.2025, 14:53", "SDA", *_STORY])
    article = parse_article(page + "\n", id="t")
    assert article.published is not None
    assert str(article.published) == "2025-04-09"
    assert set(article.authors) == {"Keystone-SDA"}


def test_date_in_the_story_between_no_agency_lines_is_not_taken() -> None:
    page = "\n".join([_CAPTION, _STANDFIRST, "Figures", "09.04.2025, 14:53", "Totals", *_STORY])
    assert parse_article(page + "\n", id="t").published is None


@pytest.mark.parametrize("name", ["Keystone-SDA", "dpa-AFX"])
def test_agency_joined_to_a_word_by_a_hyphen_is_an_agency(name: str) -> None:
    assert _bylines.is_agency(name)


@pytest.mark.parametrize("name", ["Long-Term", "Keystone"])
def test_words_joined_with_no_agency_are_no_agency(name: str) -> None:
    assert not _bylines.is_agency(name)
