"""A bulleted list of the story's own points under its prose, against a list of other stories."""

import pytest

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_POINTS = (
    "- Night buses will run every twenty minutes in the northern districts",
    "- The two tram lines are to reach the new hospital; work starts in the spring",
    "- The budget grows by a tenth on the year",
)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_bulleted_points_that_name_what_the_story_names_stay_in_the_body() -> None:
    assert _body(_page(TITLE, ONE, TWO, *_POINTS)) == [ONE, TWO, *_POINTS]


@pytest.mark.parametrize(
    "teasers",
    [
        # Other stories' headlines in a title's case.
        (
            "- Council Backs New Tram Lines",
            "- Night Buses Return To Northern Districts",
            "- Budget Vote Set For May",
        ),
        # Headlines in a sentence's case, each closed by the same stamp.
        (
            "- Council backs the tram plan - 20 May 2025 7:16 am",
            "- Night buses return to the districts - 20 May 2025 7:11 am",
            "- Hospital opens its new wing - 20 May 2025 4:11 am",
        ),
        # Headlines in a sentence's case about something else.
        ("- Storm warning for the coast", "- Football club signs a goalkeeper", "- Harbour ferry fares rise"),
        # Points under marks of more than one kind.
        (
            "- Night buses will run every twenty minutes",
            "* The tram lines reach the hospital",
            "• The budget grows",
        ),
    ],
)
def test_a_list_of_other_stories_under_the_prose_is_furniture(teasers: tuple[str, ...]) -> None:
    assert _body(_page(TITLE, ONE, TWO, THREE, *teasers)) == [ONE, TWO, THREE]
