"""Furniture over the headline: a tool's link, a form's prompt, a line in square brackets, a menu.

Each stands where a headline may, and the real headline is further down. The pages are written
for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_HEADLINE = "Dollar falls sharply against the yen in Asian trading"
_STORY = [
    "The US dollar fell 1% against the yen on Monday, after an official said Tokyo should refrain.",
    "The comments were seen as a signal that the United States wishes for the dollar to weaken further.",
    "Analysts said the fall could continue for weeks, as markets weighed the prospect of lower rates.",
]


def _title(*head: str) -> str | None:
    title = parse_article("\n".join([*head, *_STORY]) + "\n", id="t").title
    return None if title is None else title.text


@pytest.mark.parametrize(
    "furniture",
    [
        "Email this article",
        "Print this page",
        "Select year/age category",
        "[an error occurred while processing this directive]",
    ],
)
def test_furniture_line_over_the_headline_is_not_the_headline(furniture: str) -> None:
    assert _title(furniture, "Last Updated: Monday, 8 May 2006", _HEADLINE) == _HEADLINE


def test_headline_under_a_menu_of_short_items_stays_in_the_header_zone() -> None:
    menu = [f"• U-{age}" for age in range(10, 50)]
    assert _title("Select year/age category", *menu, _HEADLINE) == _HEADLINE


def test_bracketed_label_before_the_headline_is_cut_off() -> None:
    assert _title(f"【Match Report】{_HEADLINE}") == _HEADLINE


def test_speaker_place_and_date_over_the_headline_are_no_headline() -> None:
    head = ["Secretary-General Ban Ki-moon", "Tokyo (Japan)", "01 July 2008", _HEADLINE]
    assert _title(*head) == _HEADLINE


@pytest.mark.parametrize("text", ["• 2024", "• U-23 futsal"])
def test_bullet_and_two_words_is_a_menu_item(text: str) -> None:
    assert _zone.is_menu_item(text)


def test_bullet_and_a_sentence_is_no_menu_item() -> None:
    assert not _zone.is_menu_item("• The dollar fell against the yen on Monday.")
