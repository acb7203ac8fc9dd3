"""A site's address alone on a line among the body's first paragraphs closes the head, as a credit line does.

"In a first step since 2014, Japan on Friday eased …" / "cumhuriyet.com.tr" / the story: the
line over the address is the standfirst, the address the site's name, and the story starts
under it. Each page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article

_STANDFIRST = "For the first time in a decade, the council on Tuesday raised its transport budget."


def _page(*lines: str) -> str:
    return "\n\n".join((_TITLE, *lines))


@pytest.mark.parametrize("address", ["example.com.tr", "www.example.org", "https://news.example.co.uk/"])
def test_a_standfirst_over_a_sites_address_is_the_headers(address):
    article = parse_article(_page(_STANDFIRST, address, _ONE, _TWO, _THREE))
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert {_STANDFIRST, address} <= set(_furniture(article))


def test_two_paragraphs_of_prose_over_an_address_stay_the_storys():
    article = parse_article(_page(_ONE, _TWO, "example.com.tr", _THREE))
    texts = [p.text for p in article.paragraphs]
    assert texts[:2] == [_ONE, _TWO]
    assert texts[-1] == _THREE


def test_a_line_of_initials_is_no_address():
    article = parse_article(_page(_STANDFIRST, "U.S.", _ONE, _TWO, _THREE))
    assert _STANDFIRST in [p.text for p in article.paragraphs]
