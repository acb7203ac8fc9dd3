"""What stands over the dateline's paragraph is the header's only when it has a head's shape.

Short lines of the site's, a caption and one summary over the dateline are the head; a paragraph
of a lede's length, or two paragraphs of prose, are the story's own, whatever under them reads as
a dateline. Each page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._page import SUMMARY_CHARS

_DATELINED = f"BERLIN, October 22 (Reuters) - {_TWO}"
_MORE = (
    "The mayor said the council would publish the whole plan on its website next week, with maps "
    "of the new lines and the times of the first services."
)


def test_a_lede_longer_than_a_summary_over_a_dateline_stays():
    lede = f"{_ONE} {_MORE} {_THREE}"
    assert len(lede) > SUMMARY_CHARS
    article = parse_article(f"{_TITLE}\n\n{lede}\n\n{_DATELINED}")
    assert article.dateline is not None
    assert [p.text for p in article.paragraphs] == [lede, _DATELINED]


def test_two_paragraphs_of_prose_over_a_dateline_stay():
    article = parse_article(f"{_TITLE}\n\n{_ONE}\n\n{_MORE}\n\n{_DATELINED}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _MORE, _DATELINED, _THREE]


@pytest.mark.parametrize(
    "over",
    [
        [_ONE],
        ["ABC News", _ONE],
        [_ONE, "BERLIN | | News | transport"],
    ],
)
def test_one_summary_and_the_sites_lines_over_a_dateline_are_the_head(over):
    text = "\n\n".join((_TITLE, *over, _DATELINED, _THREE))
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.text == "BERLIN"
    assert [p.text for p in article.paragraphs] == [_DATELINED, _THREE]
