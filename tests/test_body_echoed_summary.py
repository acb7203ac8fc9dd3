"""A long first paragraph that the lede under it tells again in the same words is the page's summary.

The two share a clause, a run of a dozen words or more. The summary may run longer than the
lede that retells it in other words around that clause; a shorter paragraph that the first
holds whole is the first one's copy cut short, and the first stays the story's lede. Each page
is made up for the test.
"""

from body_cases import THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_CLAUSE = (
    "a few hours after a powerful storm flooded the lower districts of the harbour town, "
    "leaving at least thirty people injured"
)
_SUMMARY = (
    f"The regional council announced an emergency budget for public transport on Tuesday, {_CLAUSE}. "
    "Some ninety thousand residents left their homes for shelters on higher ground overnight."
)
_LEDE = f"The council approved emergency funds for buses on Tuesday, {_CLAUSE} and sending all to shelters."


def _body(*paragraphs: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article("\n\n".join((TITLE, *paragraphs))).paragraphs]


def test_a_longer_summary_retold_by_a_shorter_lede_is_furniture():
    assert len(_SUMMARY) > len(_LEDE)
    assert _body(_SUMMARY, _LEDE, TWO, THREE) == [_LEDE, TWO, THREE]


def test_a_shorter_copy_of_the_first_paragraph_leaves_it_the_lede():
    copy = _SUMMARY[: _SUMMARY.index(" Some")]
    assert _body(_SUMMARY, copy, TWO, THREE)[0] == _SUMMARY


def test_a_lede_that_shares_no_clause_leaves_the_first_paragraph():
    other = "Officials said the buses would run through the night until the water had gone down in the town."
    assert _body(_SUMMARY, other, TWO, THREE)[0] == _SUMMARY
