"""A standfirst that ends no sentence: a summary too long for a headline, its full stop left off."""

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_SUMMARY = (
    "A royal audience, talks at the highest level and a large package of economic agreements "
    "in the capital: the president's first official visit to Japan became a clear show of "
    "the trust between the two governments"
)


def _body(*blocks: str) -> list[str]:
    return [p.text for p in parse_article("\n\n".join(blocks)).paragraphs]


def test_a_long_first_paragraph_with_no_sentence_end_over_the_lede_is_a_standfirst() -> None:
    assert _body(TITLE, _SUMMARY, ONE, TWO, THREE) == [ONE, TWO, THREE]


def test_a_first_paragraph_holding_a_sentence_is_the_lede() -> None:
    lede = f"{ONE} The council met in the {_SUMMARY[2:]}"
    assert _body(TITLE, lede, TWO, THREE)[0] == lede


def test_a_first_paragraph_that_the_next_goes_on_with_in_lower_case_stays() -> None:
    tail = "and the vote on the budget was carried by a large majority of the council members."
    assert _body(TITLE, _SUMMARY, tail, TWO, THREE)[0].startswith(_SUMMARY)
