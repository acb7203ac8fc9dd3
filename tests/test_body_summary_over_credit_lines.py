"""A summary set apart from the story by a credit among short loose lines is the head's.

A photo's agency over the summary, then the agency's name, the date line and the credit under
it ("Agency" / the summary / "Agency-SDA" / "09.04.2025, 14:53" / "SDA") all go with the head;
the story starts at the prose under them. Without a credit among them the summary stays. Each
page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_SUMMARY = "The city wants to widen its transport network in the face of growing demand from the suburbs."


def test_a_summary_over_short_lines_and_a_credit_is_the_head():
    text = f"{_TITLE}\nKeystone\n{_SUMMARY}\nKeystone-SDA\n09.04.2025, 14:53\nSDA\n{_ONE}\n{_TWO}\n{_THREE}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]


def test_a_summary_over_short_lines_without_a_credit_stays():
    text = f"{_TITLE}\n\n{_SUMMARY}\n\nTransport\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}"
    article = parse_article(text)
    assert _SUMMARY in [p.text for p in article.paragraphs]
