"""A headline that is a sentence itself, with a standfirst of one shorter sentence under it."""

import pytest

from body_cases import ONE, THREE, TWO
from japan_nato_corpus import parse_article

_DECK = "The regional council widens its transport budget for the northern towns."
_STANDFIRST = "Night services are to return after the vote."


def _page(*lines: str) -> str:
    return "\n".join(lines)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_a_short_sentence_under_a_sentence_headline_is_its_standfirst() -> None:
    assert _body(_page(_DECK, _STANDFIRST, ONE, TWO, THREE)) == [ONE, TWO, THREE]


@pytest.mark.parametrize(
    "headline",
    [
        # A headline of a title's shape, closed by no full stop, has the lede under it.
        "The regional council widens its transport budget for the northern towns",
        # A sentence of more words than a deck's is read as no headline: all of it stays body.
        "The regional council widens its transport budget for the northern towns and their villages.",
    ],
)
def test_a_short_first_sentence_under_another_headline_stays(headline: str) -> None:
    assert _STANDFIRST in _body(_page(headline, _STANDFIRST, ONE, TWO, THREE))


def test_two_sentences_under_a_sentence_headline_stay() -> None:
    lede = "Night services are to return. The vote was close."
    assert lede in _body(_page(_DECK, lede, ONE, TWO, THREE))
