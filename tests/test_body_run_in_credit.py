"""A photo's caption and its credit line run into the first paragraph, on one line with the story.

An archive page's excerpt prints the photo's caption, its credit ("Jane Doe / AP") and the
story's first words on one line: the credit, of a credit line's shape right after a sentence's
end and followed by a capital, parts them. The caption before it is read as the photo's, the
prose after it is the story's. Slashes between words that name no agency part nothing. Each
page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_CAPTION = "The mayor arrives at the city hall for the council meeting on July 28, 2023."


@pytest.mark.parametrize("credit", ["JANE DOE / AP", "Jane Doe / Reuters", "Kim Lee / Pool / AFP"])
def test_a_caption_and_credit_run_into_the_lede_leave_the_body(credit):
    article = parse_article(f"{_TITLE}\n\n{_CAPTION} {credit} {_ONE}\n\n{_TWO}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO]
    assert [(c.body.text, c.credit and c.credit.text) for c in article.captions] == [(_CAPTION, credit)]


@pytest.mark.parametrize("words", ["Trams / Buses", "Home | News"])
def test_slashes_that_name_no_agency_part_nothing(words):
    line = f"{_CAPTION} {words} {_ONE}"
    article = parse_article(f"{_TITLE}\n\n{line}\n\n{_TWO}")
    assert [p.text for p in article.paragraphs] == [line, _TWO]
    assert not article.captions


def test_a_credit_under_a_short_opening_parts_nothing():
    line = f"Seen today. JANE DOE / AP {_ONE}"
    article = parse_article(f"{_TITLE}\n\n{line}\n\n{_TWO}")
    assert [p.text for p in article.paragraphs] == [line, _TWO]
