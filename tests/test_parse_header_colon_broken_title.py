"""A headline broken over two lines at its colon, read whole when the zone picks its second line."""

from japan_nato_corpus import parse_article

_STORY = [
    (
        "The two countries are connected by shared values of freedom, democracy, the rule of law and"
        " open and fair trade, and by a long history of working together."
    ),
    "Their partnership stands at a turning point, and both are determined to strengthen the order.",
]


def _title(*head: str) -> str | None:
    title = parse_article("\n".join([*head, *_STORY]) + "\n", id="t").title
    return None if title is None else " ".join(title.text.split())


def test_line_closed_by_a_colon_right_over_the_headline_opens_it() -> None:
    assert _title("The Hiroshima Accord:", "An enhanced UK-Japan global strategic partnership") == (
        "The Hiroshima Accord: An enhanced UK-Japan global strategic partnership"
    )


def test_headline_shaped_line_closed_by_a_colon_over_a_blank_line_opens_it() -> None:
    title = _title("Reinvigorating Japan-GCC State Ties:", "", "The Case for Enhancing Top-Level Diplomacy")
    assert title == "Reinvigorating Japan-GCC State Ties: The Case for Enhancing Top-Level Diplomacy"


def test_kicker_closed_by_a_colon_over_a_blank_line_is_not_the_headline_s_first_half() -> None:
    title = _title("Analysis:", "", "An enhanced UK-Japan global strategic partnership")
    assert title is not None
    assert not title.startswith("Analysis")
