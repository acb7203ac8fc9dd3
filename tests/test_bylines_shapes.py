"""The byline reader on the shapes a byline line takes across sites and languages.

A label with a colon in several languages (``Text:``, ``Redacción:``, ``Written by:``), "by" in
French, Spanish, Dutch, Polish and Indonesian, the place after the name (``in Tokyo``), a job
with its beat (``Tokyo Correspondent``), the desk's credits, a reading time or account after the
names, stacked titles, and names joined by "and" alone on a line. The pages are written for
these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_HEADLINE = "Japan and the alliance agree on a new maritime security plan"
_STORY = [
    "Ministers from the four countries met on Tuesday to discuss shipping lanes and joint patrols there.",
    "The talks will continue next month in the capital, officials said after the meeting ended on Tuesday.",
]


def _names(line: str) -> list[str] | None:
    pieces = _bylines.byline(line, 0)
    return None if pieces is None else [line[start:end] for start, end in pieces]


@pytest.mark.parametrize(
    "line",
    [
        "Text: Jane Doe",
        "Texto: Jane Doe",
        "Redacción: Jane Doe",
        "Words: Jane Doe",
        "Written by: Jane Doe",
        "Posted by: Jane Doe",
        "Auteur : Jane Doe",
        "Par Jane Doe, AFP",
        "Por Jane Doe",
        "Door Jane Doe",
        "Oleh Jane Doe",
        "By Jane Doe in Tokyo",
        "By Jane Doe, Tokyo Correspondent",
        "By Jane Doe, Asia Editor",
        "Reported by Jane Doe; Edited by John Roe",
        "By Jane Doe · 5 min read",
        "By Jane Doe | 3 min read",
        "By Jane Doe @janedoe",
    ],
)
def test_the_byline_names_the_writer_alone(line: str) -> None:
    assert _names(line) == ["Jane Doe"]
    article = parse_article("\n\n".join([_HEADLINE, line, *_STORY]))
    assert article.authors == ("Jane Doe",)
    assert article.headline == _HEADLINE


def test_stacked_titles_before_a_name_are_left_out() -> None:
    assert parse_article("\n\n".join([_HEADLINE, "Prof. Dr. Jane Doe", *_STORY])).authors == ("Jane Doe",)


@pytest.mark.parametrize("line", ["Jane Doe and John Roe", "Jane Doe und John Roe", "Jane Doe & John Roe"])
def test_names_joined_by_and_alone_on_a_line_are_a_byline(line: str) -> None:
    assert _names(line) == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    "line",
    [
        "Japan and China",
        "Prime Minister and President",
        "The speech of Jane Doe and John Roe.",
        "Por fin llegó la paz",
        "Par avion",
    ],
)
def test_other_lines_with_and_or_by_are_no_byline(line: str) -> None:
    assert _names(line) is None


@pytest.mark.parametrize("text", ["L’intervento di Massimo Terzi", "Dell’anno Rossi"])
def test_a_word_opening_with_an_elided_article_is_no_name(text: str) -> None:
    assert not _bylines.is_name(text)
    assert _names(f"{text} e Monica Abbiati") is None


@pytest.mark.parametrize("text", ["Massimo D’Alema", "Jane O’Neil", "Jane O'Neil"])
def test_a_name_with_its_own_elision_stays_a_name(text: str) -> None:
    assert _bylines.is_name(text)
