"""A name on the page's last line signs the story off, unless an office opens it.

"Prime Minister Kis" (cut off) under a release's paragraph opens a speaker's turn, not the
author's sign-off. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_PAGE = (
    "Leaders to sign a new accord in Hiroshima\n"
    "The two prime ministers will sign the accord on Thursday, officials said, after visiting a naval base"
    " and agreeing to double the number of troops taking part in joint exercises.\n"
    "The Prime Minister said:\n"
    "It is a privilege to be visiting Tokyo and Hiroshima at this historic moment in our relationship.\n"
)


class TestClosingName:
    """A closing line of a name alone is the author; an office and a name is no author."""

    @pytest.mark.parametrize("closing", ["Prime Minister Kis", "President Jane Doe", "Secretary Jane Doe"])
    def test_an_office_and_a_name_is_no_sign_off(self, closing: str) -> None:
        assert () == parse_article(_PAGE + closing + "\n").authors

    def test_a_name_alone_still_signs_off(self) -> None:
        assert ("Didier Maréchal",) == parse_article(_PAGE + "Didier Maréchal\n").authors
