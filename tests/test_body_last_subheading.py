"""A subheading over the story's last short paragraph, in a story with subheadings of its own."""

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_INNER = "What the Plan Changes"
_LAST = "Growing Support Across Northern Towns"
_CLOSING = "Over the past year, the towns have backed the plan."


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_a_last_subheading_like_the_storys_own_stays_with_its_paragraph() -> None:
    text = _page(TITLE, ONE, _INNER, TWO, THREE, _LAST, _CLOSING)
    assert _body(text)[-2:] == [_LAST, _CLOSING]


def test_a_heading_at_the_foot_of_a_story_with_no_subheadings_is_furniture() -> None:
    text = _page(TITLE, ONE, TWO, THREE, _LAST, _CLOSING)
    assert _body(text)[-1] == THREE
