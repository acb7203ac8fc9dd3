"""The dateline reader on an agency's tag between slashes after the date (``TOKYO, March 19. /TASS/.``).

The place opens the story's dateline, the agency in the tag is its agency, with its
correspondent's name in the tag or not. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_LEDE = "The foreign ministers of the two countries met on Tuesday to discuss security in the region."
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."


@pytest.mark.parametrize("tag", ["/TASS/.", "/TASS correspondent Jane Doe/.", "/Corr. TASS Jane Doe/."])
def test_slash_tag_after_the_date_closes_the_dateline(tag: str) -> None:
    paragraph = f"TOKYO, March 19. {tag} {_LEDE}"
    found = _header.dateline(paragraph, 0, len(paragraph))
    assert found is not None
    assert paragraph[found.place[0] : found.place[1]] == "TOKYO"
    assert found.agency == "TASS"
    article = parse_article(f"Ministers agree on a new maritime security plan\n\n{paragraph}\n\n{_MORE}\n")
    assert article.dateline is not None
    assert article.dateline.text == "TOKYO"


def test_slashes_in_a_sentence_after_a_date_are_no_tag() -> None:
    paragraph = f"TOKYO, March 19 and/or April. {_LEDE}"
    assert _header.dateline(paragraph, 0, len(paragraph)) is None


@pytest.mark.parametrize(
    "tag", ["/TASS correspondent Jane Doe/.", "/Corr. TASS Jane Doe/.", "/Offset. TASS Jane Doe/."]
)
def test_the_correspondent_named_in_the_slash_tag_is_the_byline(tag: str) -> None:
    paragraph = f"TOKYO, March 19. {tag} {_LEDE}"
    article = parse_article(f"Ministers agree on a new maritime security plan\n\n{paragraph}\n\n{_MORE}\n")
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize("tag", ["/TASS/.", "/TASS correspondent/.", "/Corr. TASS/."])
def test_a_slash_tag_naming_no_person_gives_no_correspondent(tag: str) -> None:
    paragraph = f"TOKYO, March 19. {tag} {_LEDE}"
    found = _header.dateline(paragraph, 0, len(paragraph))
    assert found is not None
    assert found.signed is None
