"""What a headline line carries besides its headline: a source run in before it, a section after it.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_STORY = [
    "The dollar fell to a fresh two-week low against the yen on Friday as investors took a cue from yields.",
    "The greenback fell as low as it has been since the middle of the month, as traders weighed lower rates.",
    "Traders say the dollar is unlikely to make any sharp moves for the time being, with focus elsewhere.",
]


def _title(head: str) -> str | None:
    title = parse_article("\n".join([head, *_STORY]) + "\n", id="t").title
    return None if title is None else title.text


def test_initialism_glued_by_a_colon_is_the_source_not_the_headline() -> None:
    assert (
        _title("WSJ:Dollar Falls to Two-Week Low Against the Yen")
        == "Dollar Falls to Two-Week Low Against the Yen"
    )


def test_agency_before_a_spaced_colon_is_the_source_not_the_headline() -> None:
    assert _title("Reuters: Dollar Falls to Two-Week Low Against the Yen") == (
        "Dollar Falls to Two-Week Low Against the Yen"
    )


@pytest.mark.parametrize(
    "head",
    ["Ueda speech: BOJ governor speaks on the rate outlook", "NATO: Allies weigh a new office in the region"],
)
def test_kicker_before_a_spaced_colon_stays_in_the_headline(head: str) -> None:
    assert _zone.title_marker(head) == 0


def test_sentence_case_section_after_the_bar_is_not_the_headline() -> None:
    head = "Japan and South Korea seek to improve ties at landmark summit | News from politics"
    assert _title(head) == "Japan and South Korea seek to improve ties at landmark summit"


def test_sentence_after_the_bar_stays_in_the_headline() -> None:
    head = "Japan and South Korea seek to improve ties at landmark summit | Leaders meet again."
    assert _zone.title_end(head) == len(head)


@pytest.mark.parametrize("mark", ["# ", "## ", "###  "])
def test_markdown_heading_mark_is_no_part_of_the_headline(mark: str) -> None:
    assert _title(mark + "Dollar Falls to Two-Week Low Against the Yen") == (
        "Dollar Falls to Two-Week Low Against the Yen"
    )


def test_hashtag_opening_a_headline_stays() -> None:
    assert _zone.title_marker("#MeToo reaches the boardrooms of Tokyo's biggest banks") == 0


@pytest.mark.parametrize("link", ["[ja]", "[EN]", "[fr]"])
def test_link_to_another_language_closing_the_headline_is_not_the_headline(link: str) -> None:
    assert _title("Dollar Falls to Two-Week Low Against the Yen " + link) == (
        "Dollar Falls to Two-Week Low Against the Yen"
    )


def test_short_line_keeps_its_bracketed_code() -> None:
    head = "Dollar Falls [US]"
    assert _zone.title_end(head) == len(head)
