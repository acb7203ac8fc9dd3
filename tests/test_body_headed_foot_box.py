"""A box at the page's foot: short headings stacked over one paragraph, under the story's prose."""

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_SECTION = "Economic Indicator"
_TOPIC = "Council Budget Vote"
_ABOUT = (
    "The regional council votes on its budget once a year, after a public hearing, and the vote "
    "sets what the transport authority may spend on new services in the year that follows it."
)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_two_headings_stacked_over_the_last_paragraph_are_a_box() -> None:
    assert _body(_page(TITLE, ONE, TWO, THREE, _SECTION, _TOPIC, _ABOUT))[-1] == THREE


def test_one_subheading_over_the_last_paragraph_stays_with_it() -> None:
    assert _body(_page(TITLE, ONE, TWO, THREE, _TOPIC, _ABOUT))[-2:] == [_TOPIC, _ABOUT]


def test_marked_items_over_the_last_paragraph_are_the_storys_list() -> None:
    items = ["• Night buses", "• Tram lines"]
    assert _body(_page(TITLE, ONE, TWO, THREE, *items, _ABOUT))[-3:] == [*items, _ABOUT]
