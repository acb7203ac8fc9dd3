"""The line reader on a link to read on run into the end of a story's prose ("... mehr... |").

A page's excerpt closes with a link to the rest of the story; the link is furniture, the prose
before it is the story's. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_PROSE = (
    "Ministers from the four countries met on Tuesday to discuss shipping lanes, port access and "
    "joint patrols in the region. Officials said the talks would continue next month."
)


@pytest.mark.parametrize("marker", ["mehr... |", "more...", "Read more »", "[more]", "plus… |"])
def test_read_on_link_after_the_only_prose_keeps_the_prose(marker: str) -> None:
    article = parse_article(f"{_PROSE} {marker}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [_PROSE]


def test_read_on_link_is_furniture_under_a_headline() -> None:
    text = f"Ministers agree on a new maritime security plan\n\n{_PROSE} mehr... |\n"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text == "Ministers agree on a new maritime security plan"
    assert [paragraph.text for paragraph in article.paragraphs] == [_PROSE]


@pytest.mark.parametrize("close", ["Tanks, planes and more.", "Tanks, planes and more..."])
def test_more_in_a_sentence_stays_prose(close: str) -> None:
    article = parse_article(f"{_PROSE} {close}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [f"{_PROSE} {close}"]
