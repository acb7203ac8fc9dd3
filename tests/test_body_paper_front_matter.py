"""A paper's front matter run into its text on one line: the body starts at its first section's text.

A copy of a paper (a document-sharing site's, a repository's) runs its title, authors, address,
abstract and keywords into its text on one line; the first section's heading after the keywords
("Introduction", "1. Einleitung") opens the story. Each page is made up for the test.
"""

import pytest

from body_cases import ONE, THREE, TWO, body_texts, furniture, parse_blocks
from japan_nato_corpus.parse._boilerplate import paper_text_start

FRONT = (
    "Tram lines and regional growth: a study of three cities Jane Doe Institute of Transport, "
    "1 Harbour Road, Northtown. Abstract This paper asks how new tram lines change the growth of "
    "the districts they reach, and finds that the effect depends on the timetable more than on the "
    "route. Journal of Urban Studies (2019) 12, 40–61. Keywords: trams; regional growth; timetables "
)


@pytest.mark.parametrize(
    ("heading", "first"),
    [("Introduction", ONE), ("1. Introduction", ONE), ("INTRODUCTION", ONE), ("I. Introduction", ONE)],
)
def test_the_body_starts_at_the_first_sections_text(heading, first):
    article = parse_blocks("12", FRONT + heading + " " + first, TWO, THREE)
    assert body_texts(article) == [first, TWO, THREE]
    assert FRONT + heading in furniture(article)


def test_a_german_papers_first_section_opens_its_text():
    text = "Die Straßenbahn wurde im Jahr 2019 bis in die nördlichen Stadtteile verlängert."
    line = (
        "Abstract Die Studie fragt nach dem Wachstum. Schlüsselwörter: Straßenbahn; Wachstum 1. Einleitung "
        + text
    )
    assert line[paper_text_start(line) :] == text


@pytest.mark.parametrize(
    "line",
    [
        # no keywords label before the heading
        "The introduction of night buses in the spring was welcomed by the council and the drivers.",
        # the word after the heading opens in lower case: a keyword, not a heading
        "Keywords: trams, introduction of night buses, timetables and the drivers of the northern line",
    ],
)
def test_no_front_matter_no_cut(line):
    assert paper_text_start(line) is None


def test_a_story_without_front_matter_keeps_its_first_paragraph():
    opening = "Introduction Night buses will run from the spring, the council said on Tuesday."
    article = parse_blocks("Council backs night buses", opening, ONE, TWO)
    assert opening in body_texts(article)
