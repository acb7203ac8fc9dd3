"""The header zone on lines no reader wrote: copied markup, an ad network's line, a link's cut label.

``<a href='...'><img src='...'></a>``, ``ylliX - Online Advertising Network`` and ``View full page
at`` are page furniture, never the headline. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_HEADLINE = "Ministers agree on a new maritime security plan"
_LEDE = (
    "Ministers from the four countries met on Tuesday to discuss shipping lanes, port access and "
    "joint patrols in the region."
)
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."
_FURNITURE = [
    "<a href='https://ads.example.com/ck.php?n=1'><img src='https://ads.example.com/a.png' /></a>",
    "ylliX - Online Advertising Network",
    "View full page at",
    "^ Added at",
]


@pytest.mark.parametrize("line", _FURNITURE)
def test_furniture_line_over_the_story_is_no_headline(line: str) -> None:
    article = parse_article(f"{line}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is None
    assert [paragraph.text for paragraph in article.paragraphs] == [_LEDE, _MORE]


@pytest.mark.parametrize("line", _FURNITURE)
def test_furniture_line_over_a_headline_leaves_the_headline(line: str) -> None:
    article = parse_article(f"{line}\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE


def test_headline_on_advertising_stays_a_headline() -> None:
    headline = "Japan tightens rules on online advertising of alcohol"
    article = parse_article(f"{headline}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == headline
