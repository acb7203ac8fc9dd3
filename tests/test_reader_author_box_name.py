"""A name over a note that opens with it is the author's box under the story: the name signs it.

"Sahil Kothari" / "Sahil Kothari is a Senior Journalist at ...": the box's heading and its note.
The pages are written for these tests.
"""

import functools

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _reader

_STORY = [
    "Japan can target any part of China in preparations to deploy Tomahawks missile",
    "Tokyo. Japan will increase its defense budget by 20 percent to a record next year, officials said.",
    "Prime Minister Fumio Kishida's cabinet approved a purchase of Tomahawks missiles on Friday.",
    "In addition, Japan will pay for equipment, software and the training of personnel, officials said.",
    "The budget still has to pass the parliament, where the governing coalition holds a majority.",
]
_NOTE = "Sahil Kothari is a Senior Journalist. Follow him on twitter."


def _page(*foot: str) -> str:
    return "\n\n".join([*_STORY, *foot]) + "\n"


def test_the_name_over_its_note_signs_the_story():
    text = _page(
        "Sahil Kothari", "Sahil Kothari is a Senior Journalist. Follow him on twitter.", "Back to top"
    )
    article = parse_article(text)
    assert ("Sahil Kothari",) == article.authors
    assert "Senior Journalist" not in article.body


def test_the_bulk_reading_and_the_line_by_line_reading_agree():
    text = _page(
        "Sahil Kothari", "Sahil Kothari is a Senior Journalist. Follow him on twitter.", "Back to top"
    )
    read = _reader._read_lines
    articles = []
    for bulk in (True, False):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_reader, "_read_lines", functools.partial(read, bulk=bulk))
            articles.append(parse_article(text))
    assert articles[0] == articles[1]
    assert ("Sahil Kothari",) == articles[0].authors


def test_a_name_over_a_sentence_that_goes_on_in_capitals_is_no_box():
    # The line under the name opens with it, but a capital after it opens no note about a person.
    text = _page("Fumio Kishida", "Fumio Kishida Said On Friday That The Budget Would Pass.")
    assert () == parse_article(text).authors


def test_a_heading_over_a_paragraph_that_opens_with_it_is_no_name():
    text = _page("Defense Budget", "Defense Budget talks went on for a week before the cabinet agreed.")
    assert () == parse_article(text).authors
