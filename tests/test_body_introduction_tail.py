"""A short line that introduces what follows, with nothing under it, is the label of a lost embed.

"Simak Video '…':" over the page's end, or over notes wholly in brackets only ("(acd/das)"),
introduces a video the copy lost; a story never ends on an introduction. Each page is made up
for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article

_LABEL = "Watch the video of the council's vote on the transport budget:"


@pytest.mark.parametrize("under", [[], ["(acd/das)"], ["(acd/das)", "(Reuters)"]])
def test_an_introduction_with_nothing_under_it_but_brackets_is_furniture(under):
    article = parse_article("\n".join((_TITLE, _ONE, _TWO, _THREE, _LABEL, *under)))
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert _LABEL in _furniture(article)


def test_an_introduction_over_the_storys_own_list_stays():
    items = ("- more night buses on every line", "- two new tram lines to the harbour")
    article = parse_article("\n".join((_TITLE, _ONE, _TWO, _THREE, _LABEL, *items)))
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE, _LABEL, *items]
