"""A lone marked line over the story's prose, against a list that opens the body."""

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_a_lone_marked_stamp_over_the_prose_is_furniture() -> None:
    assert _body(_page(TITLE, "• 10 months ago", ONE, TWO, THREE)) == [ONE, TWO, THREE]


def test_marked_items_that_open_the_body_stay() -> None:
    items = ("• Night buses every twenty minutes", "• Two tram lines to the north")
    assert _body(_page(TITLE, *items, ONE, TWO, THREE)) == [*items, ONE, TWO, THREE]


def test_a_marked_sentence_over_the_prose_stays() -> None:
    point = "• The council approved the budget on Tuesday by a wide margin."
    assert _body(_page(TITLE, point, ONE, TWO, THREE)) == [point, ONE, TWO, THREE]
