"""The header reader on a site's calls and list headings over the headline.

``Connect with us`` calls the reader to a site's social links and ``Top Stories`` heads a list of
other stories; over a page's headline, neither is the headline and the list heading heads no list:
the headline under it stays the headline. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_HEADLINE = "Taiwan's President Backs Japan Amid Seafood Ban Threats"
_LEDE = (
    "The president has publicly supported Japan by sharing images of a lunch on social media, "
    "just as a neighbour threatens to halt seafood imports."
)
_MORE = "The images were shared across his social media platforms, and officials praised the ties."


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize("call", ["Connect with us", "Stay in touch with us!", "Get in touch with us"])
def test_a_call_to_connect_with_the_site_is_furniture(call):
    assert _zone._is_furniture(call)
    assert parse_article(_page(call, _HEADLINE, _LEDE, _MORE)).headline == _HEADLINE


def test_a_list_heading_over_the_headline_heads_no_list():
    article = parse_article(_page("Connect with us", "Top Stories", _HEADLINE, _LEDE, _MORE))
    assert article.headline == _HEADLINE
    assert article.body.startswith("The president")


def test_a_sentence_about_connecting_is_no_call():
    assert not _zone._is_furniture("Connect with us on the ground in the flooded districts today")
