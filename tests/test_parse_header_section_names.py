"""The byline reader on a site's section labels and on prose lines shaped like a name.

``Sports News`` or ``Recent Features`` under a headline labels a section or a list of stories, no
outlet and no author; a closing line with a question or an exclamation (``Huh? Her``) is prose cut
off, no name. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_HEADLINE = "Ministers agree on a new maritime security plan"
_LEDE = (
    "Ministers from the four countries met on Tuesday to discuss shipping lanes, port access and "
    "joint patrols in the region."
)
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."


@pytest.mark.parametrize(
    "label", ["Sports News", "Recent Features", "Top Stories", "Latest News", "World News"]
)
def test_section_label_under_the_headline_is_no_author(label: str) -> None:
    article = parse_article(f"{_HEADLINE}\n\n{label}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.authors == ()
    assert [paragraph.text for paragraph in article.paragraphs] == [_LEDE, _MORE]


@pytest.mark.parametrize("outlet", ["ABC News", "Kyodo News", "The Japan Times", "Sky News"])
def test_outlet_under_the_headline_stays_its_byline(outlet: str) -> None:
    assert _bylines.is_outlet(outlet)
    assert not _bylines.is_section_name(outlet)


@pytest.mark.parametrize("line", ["Huh? Her", "Wait! What", "Really? Yes"])
def test_line_with_a_question_or_exclamation_is_no_name(line: str) -> None:
    assert not _bylines.is_name(line)
    article = parse_article(f"{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n\n{line}\n")
    assert article.authors == ()


def test_name_under_the_headline_stays_its_author() -> None:
    article = parse_article(f"{_HEADLINE}\n\nJane Doe\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.authors == ("Jane Doe",)


def test_outlet_closed_by_a_comma_under_the_headline_is_its_byline() -> None:
    article = parse_article(f"{_HEADLINE}\n\nBloomberg News,\n\n(Bloomberg) -- {_LEDE}\n\n{_MORE}\n")
    assert article.authors == ("Bloomberg News",)


def test_section_label_closed_by_a_comma_is_no_byline() -> None:
    article = parse_article(f"{_HEADLINE}\n\nSports News,\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.authors == ()
