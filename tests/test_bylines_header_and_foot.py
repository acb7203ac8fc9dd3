"""Bylines set apart from the story: a bullet under the standfirst, a wire's copyright at the foot,
and a site's name standing over the byline proper.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_HEADLINE = "Japan strives to improve its global standing in science"
_STANDFIRST = "A nation's ambitious scientific goals are bringing in the best from around the world."
_STORY = [
    "Yuki Morono goes to work each day with a single overriding aim: to probe the limits of the biosphere.",
    "With a long-time collaborator, he has found microbes living in sediment far beneath the ocean floor.",
]


def _authors(*lines: str) -> set[str]:
    return set(parse_article("\n".join(lines) + "\n", id="t").authors)


def test_name_after_a_bullet_under_the_standfirst_is_the_author() -> None:
    assert _authors(_HEADLINE, _STANDFIRST, "• David McNeill", *_STORY) == {"David McNeill"}


@pytest.mark.parametrize(
    ("line", "agency"),
    [("© Kyodo News", "Kyodo News"), ("(c) 2024 AFP", "AFP"), ("Copyright Reuters", "Reuters")],
)
def test_wire_copyright_alone_at_the_foot_signs_the_story(line: str, agency: str) -> None:
    assert _authors(_HEADLINE, *_STORY, line) == {agency}


def test_copyright_of_no_agency_signs_nothing() -> None:
    assert _authors(_HEADLINE, *_STORY, "© Example Media Group") == set()


def test_byline_under_the_story_s_author_keeps_the_author() -> None:
    assert _authors(_HEADLINE, "By Jane Doe", *_STORY, "© Kyodo News") == {"Jane Doe"}


def test_site_name_over_the_byline_proper_is_no_author() -> None:
    assert _authors(_HEADLINE, "Eurasia Review", "Published", "By Takeshi Sakade", *_STORY) == {
        "Takeshi Sakade"
    }
