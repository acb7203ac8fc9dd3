"""The byline reader on a story's writer named where the story ends.

``This article was written by Jane Doe at example.com.`` closes a story on a line of its own, and
``….-Jane Doe, Example News`` signs it off run into its last sentence: both name the author. A
dash and a place after a sentence, or an office and an outlet, name no one. The pages are written
for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_HEADLINE = "Reciprocal access agreement takes effect between the two countries"
_PARAGRAPHS = [
    "The agreement allows the forces of each country to train on the other's soil, officials said.",
    "It was signed in July and approved by the parliament of each country in the months after.",
    "The ministry said the establishment of a base is not what the agreement includes at all.",
]


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("This article was written by Giuseppe Dellamotta at investinglive.com.", "Giuseppe Dellamotta"),
        ("The report was prepared by Jane Doe for the Example Institute.", "Jane Doe"),
    ],
)
def test_a_closing_line_naming_the_writer_is_the_byline(closing, name):
    found = _bylines.sign_off(closing, 0)
    assert found is not None
    assert closing[found[0] : found[1]] == name
    article = parse_article("\n\n".join([_HEADLINE, *_PARAGRAPHS, closing]))
    assert [credit.name.text for credit in article.credits] == [name]


def test_a_name_and_outlet_after_a_dash_closing_the_last_sentence_is_the_byline():
    last = _PARAGRAPHS[-1] + "-Alvin Pelobello, Eurotv News"
    article = parse_article("\n\n".join([_HEADLINE, *_PARAGRAPHS[:-1], last]))
    assert [credit.name.text for credit in article.credits] == ["Alvin Pelobello"]


@pytest.mark.parametrize(
    "line",
    [
        "It rained all day.- Prime Minister, Japan Times",
        "He said so - Tokyo, Japan",
        "The story was written by hand.",
    ],
)
def test_a_dash_or_a_closing_line_naming_no_person_names_no_writer(line):
    assert _bylines.sign_off(line, 0) is None
