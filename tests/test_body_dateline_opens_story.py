"""The paragraph the dateline opens is the story's first, whatever the head's steps find under it.

A caption under the dated lede closes no head over it: the lede is one sentence of a summary's
length, the shape of a standfirst, yet its dateline makes it the story's own. Each page is made
up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_LEDE = (
    "BERLIN: City officials advised 20,000 people to leave their homes on Tuesday as the river "
    "rose past its banks after three days of heavy rain."
)
_CAPTION = "Residents wait at the station while the trains are suspended after the flood (Photo: AP)"


def test_a_dated_lede_over_a_caption_stays_in_the_body():
    article = parse_article(f"{_TITLE}\n{_LEDE}\n{_CAPTION}\n{_ONE}\n{_TWO}")
    assert article.paragraphs[0].text == _LEDE
    assert article.dateline is not None
    assert article.dateline.text == "BERLIN"


def test_an_undated_summary_over_a_caption_is_still_the_head():
    summary = "City officials advised people to leave their homes as the river rose past its banks."
    article = parse_article(f"{_TITLE}\n{summary}\n{_CAPTION}\n{_ONE}\n{_TWO}")
    assert summary not in [p.text for p in article.paragraphs]
