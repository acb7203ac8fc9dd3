"""A photo's credit line among the body's first paragraphs closes the head, as a caption does.

"Str | Afp | Getty Images" (agencies and archives set apart by bars or slashes) under a caption
of a caption's length makes the caption the header's; the story starts under the credit. A line
of bars that names no agency nor archive is no credit. Each page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._page import _credit_shaped

_CAPTION = (
    "The mayor gestures as she speaks during a press conference following a council meeting at "
    "the city hall on July 28, 2023. The council on July 28 approved the budget in a small step "
    "towards a wider network as the number of riders grows and the suburbs ask for more lines "
    "to be built before the next election, which is due in the spring. (Photo by Jane Doe / AFP)"
)


@pytest.mark.parametrize("credit", ["Str | Afp | Getty Images", "AP / Pool", "Jane Doe / Reuters"])
def test_a_caption_over_a_credit_line_is_the_head(credit):
    assert _credit_shaped(credit)
    article = parse_article(f"{_TITLE}\n\n{_CAPTION}\n\n{credit}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]


@pytest.mark.parametrize("line", ["Home | News | Sport", "Trams / Buses", "Read more | Share."])
def test_bars_that_name_no_agency_are_no_credit(line):
    assert not _credit_shaped(line)
