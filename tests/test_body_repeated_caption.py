"""A photo's caption printed three or four times over the story: the pair at the body's head."""

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_CAPTION = (
    "A rocket carrying a small lunar probe and other objects lifts off from the space centre on "
    "the southern island, in the south of the country, on September 7, 2023. (Photo by Agency "
    "Press / AFP) / Region OUT"
)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_caption_pair_printed_over_the_header_is_not_body() -> None:
    # Each copy of the pair on lines of their own; a site's short label between the prints.
    pair = f"{_CAPTION}\n{_CAPTION}"
    text = _page(TITLE, f"{pair}\nAB", TITLE, pair, ONE, TWO, THREE)
    assert _body(text) == [ONE, TWO, THREE]


def test_a_repeated_pair_inside_the_story_is_the_caption_read_above() -> None:
    # The pair printed above as well, under the story's first prose: not its head, but copies of
    # the caption the page read over the story, so no body.
    text = _page(TITLE, _CAPTION, ONE, _CAPTION, _CAPTION, TWO, THREE)
    assert _body(text) == [ONE, TWO, THREE]


def test_a_short_line_printed_again_is_left_to_the_edges() -> None:
    # A short line (a label) printed four times is no caption of prose length.
    label = "Space news"
    text = _page(TITLE, label, label, label, label, ONE, TWO, THREE)
    assert _body(text) == [ONE, TWO, THREE]
