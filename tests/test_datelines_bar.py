"""A place set off from its story's prose by a bar (``New Delhi | ...``) is the story's dateline."""

from japan_nato_corpus import parse_article

_LEDE = (
    "Japanese Foreign Minister Yoko Kamikawa arrived here on Monday to hold the third '2+2' dialogue"
    " that is expected to review the progress of the two countries' defence ties and to look at new"
    " ways of working together in the region, officials said."
)
_MORE = "The ministers are also due to meet their counterparts for talks on trade and energy this week."


def _dateline(first: str) -> str | None:
    article = parse_article(f"{first}\n\n{_MORE}\n", id="t")
    return None if article.dateline is None else article.dateline.text


def test_place_before_a_bar_opening_the_lede_is_the_dateline() -> None:
    assert _dateline(f"New Delhi | {_LEDE}") == "New Delhi"


def test_name_before_a_bar_on_a_headline_s_line_is_no_dateline() -> None:
    assert _dateline("New Delhi | Kamikawa arrives for the third 2+2 dialogue") is None
