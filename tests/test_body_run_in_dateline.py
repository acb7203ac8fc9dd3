"""A caption closed by its photo's credit and run with no space into the story's dateline."""

import pytest

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_CAPTION = (
    "Councillors raise their hands during the vote on the budget for public transport at the "
    "town hall on Tuesday night. It was the council's first vote of the year. (Photo/Jane Doe)"
)
_SUMMARY = (
    "The council approved a bigger budget for buses and trams after a long debate. The opposition "
    "had asked for a public hearing but finally backed the plan in the vote."
)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_a_credit_run_into_the_dateline_opens_the_story_there() -> None:
    lede = f"HARBOURTOWN — {ONE}"
    assert _body(_page(TITLE, _SUMMARY, f"{_CAPTION}{lede}", TWO, THREE)) == [lede, TWO, THREE]


@pytest.mark.parametrize(
    "joined",
    [
        # No dash after the capitals: no dateline.
        f"{_CAPTION}HARBOURTOWN {ONE}",
        # A bracket inside a sentence, no credit after a sentence's end.
        f"The plan, backed by the ruling party (and the greens)HARBOURTOWN — {ONE}",
    ],
)
def test_a_bracket_with_no_credit_run_into_a_dateline_splits_nothing(joined: str) -> None:
    assert joined in _body(_page(TITLE, joined, TWO, THREE))
