"""A site's name before a bar on the headline line, told by the headline printed again alone."""

from japan_nato_corpus import parse_article

_STORY = [
    "The campaign opened on Wednesday with candidates touring the country ahead of the vote next month.",
    "Parties set out their plans on prices, defence and the cost of energy as the race got under way.",
]
_HEAD = "Campaigning starts for the upper house election on July 10"


def _title(*head: str) -> str | None:
    title = parse_article("\n".join([*head, "", *_STORY]) + "\n", id="t").title
    return None if title is None else title.text


def test_site_name_before_a_bar_is_dropped_when_the_headline_stands_again_alone() -> None:
    assert _title(f"The Perfect Enemy | {_HEAD}", "July 5, 2022", "", _HEAD) == _HEAD


def test_words_before_a_bar_stay_when_the_headline_is_not_printed_again() -> None:
    title = _title(f"The Perfect Enemy | {_HEAD}", "July 5, 2022")
    assert title is not None
    assert title.startswith("The Perfect Enemy")
