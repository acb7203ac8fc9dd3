"""A heading of a sentence's case over a list of short whole sentences opens the body."""

from body_cases import TITLE
from japan_nato_corpus import parse_article

_HEADING = "Council budget vote key highlights"
_ITEMS = (
    "Night buses will run every half hour from the spring.",
    "Two tram lines will reach the northern districts.",
    "Drivers will be trained over the winter months.",
    "A public hearing will be held before the final vote.",
)
_DESK = "Market News"
_STANDFIRST = "Council backs a bigger budget for public transport after a long debate"
_PROSE = (
    (
        "The regional council approved a new budget for public transport on Tuesday, raising the "
        "number of night buses and extending two tram lines to the northern districts of the city."
    ),
    (
        "Officials said the first of the new services would start in the spring, once the drivers "
        "have been trained and the timetables agreed with the neighbouring towns around the city."
    ),
)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_a_heading_over_a_list_of_short_sentences_is_the_first_subheading() -> None:
    assert _body(_page(TITLE, _DESK, _HEADING, *_ITEMS))[0] == _HEADING


def test_a_line_of_many_words_over_long_prose_is_no_bulletin_heading() -> None:
    assert _body(_page(TITLE, _DESK, _STANDFIRST, *_PROSE))[0] == _PROSE[0]
