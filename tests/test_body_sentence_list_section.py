"""A loose line at the foot over a list of whole sentences, one a line: the story's last section."""

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_HEADING = "Kagoshima District Meteorological Observatory"
_ITEMS = (
    "The ferry between the island and the city is running as usual tonight.",
    "The coastal road is closed to all traffic between the two northern ports.",
    "Residents are told to watch for falling ash within three kilometres of the crater.",
)
_TEASERS = (
    "More Stories From Our Desk",
    "Ferry Schedules Change Again",
    "Road Closures Across Northern Towns",
    "Ash Warnings For The Weekend",
)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_a_heading_over_a_list_of_whole_sentences_at_the_foot_stays_with_them() -> None:
    body = _body(_page(TITLE, ONE, TWO, THREE, _HEADING, *_ITEMS))
    assert body[-4:] == [_HEADING, *_ITEMS]


def test_a_heading_over_two_sentences_alone_is_no_section_list() -> None:
    body = _body(_page(TITLE, ONE, TWO, THREE, _HEADING, *_ITEMS[:2]))
    assert _HEADING not in body


def test_a_heading_over_teaser_headlines_is_furniture() -> None:
    body = _body(_page(TITLE, ONE, TWO, THREE, *_TEASERS))
    assert body[-1] == THREE
