"""The byline reader on an agency's sign-off closed by an editor's initials (``... carrier. (AP) SMJ``).

The agency in brackets at the story's end is its byline with the initials after it too; a name
in brackets that is no agency is not. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_HEADLINE = "Ministers agree on a new maritime security plan"
_LEDE = (
    "Ministers from the four countries met on Tuesday to discuss shipping lanes, port access and "
    "joint patrols in the region."
)
_LAST = "The talks will continue next month in the capital, officials said after the meeting ended."


@pytest.mark.parametrize("initials", ["SMJ", "SMJSMJ", "RK"])
def test_agency_sign_off_with_initials_is_the_byline(initials: str) -> None:
    paragraph = f"{_LAST} (AP) {initials}"
    assert _bylines.sign_off(paragraph, 0) == (len(_LAST) + 2, len(_LAST) + 4)
    article = parse_article(f"{_HEADLINE}\n\n{_LEDE}\n\n{paragraph}\n")
    assert article.authors == ("AP",)


def test_bracketed_word_that_is_no_agency_signs_nothing() -> None:
    assert _bylines.sign_off(f"{_LAST} (Tokyo) SMJ", 0) is None
