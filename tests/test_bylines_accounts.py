"""The byline reader on a site account's name alone on its line (``jane_doe``).

A blog or a forum that reposts a story prints its poster's account name over it, often twice
(a link and a label). The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_HEADLINE = "The Evolution of the Partnership between NATO and Japan"
_STORY = (
    "On July 11-12, a historic summit meeting was held in the capital, with four partners from the region."
    "\n\n"
    "The summit showcased the strong ties among the member states and their partners in the Pacific."
)


@pytest.mark.parametrize("account", ["jane_doe", "jdoe_88", "jane_q_doe"])
def test_an_account_name_alone_is_a_byline(account: str) -> None:
    assert _bylines.byline(account, 10) == [(10, 10 + len(account))]


@pytest.mark.parametrize("line", ["janedoe", "Jane_Doe", "jane doe", "_jane", "jane_", "image_01.jpg"])
def test_other_single_words_are_no_account(line: str) -> None:
    assert _bylines.byline(line, 0) is None


def test_an_account_printed_twice_under_the_headline_is_one_author() -> None:
    page = f"Commentary\n{_HEADLINE}\njane_doe\njane_doe\nJapan Chair Fellow\n{_STORY}\n"
    article = parse_article(page)
    assert article.headline == _HEADLINE
    assert article.authors == ("jane_doe",)
