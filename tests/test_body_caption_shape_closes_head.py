"""A paragraph of a caption's shape among the body's first closes the head, as a caption read does.

"… on 8 July 2024. (Photo by JANE DOE / POOL / AFP)." (closed by its photo's credit in brackets,
a full stop after it or not) is a caption; a label of a word or two under it ("EXECUTIVE
SUMMARY") goes with it, and the story starts under them. A sentence of the story over such a
paragraph keeps the head open. Each page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_CAPTION = (
    "From left: the mayor, the council's chair and the transport officer pose for a photo after "
    "the vote at the city hall on 8 July 2024. (Photo by JANE DOE / POOL / AFP)"
)


@pytest.mark.parametrize("caption", [_CAPTION, f"{_CAPTION}."])
def test_a_caption_shaped_paragraph_and_a_label_under_it_are_the_head(caption):
    article = parse_article(f"{_TITLE}\n\n{caption}\n\nEXECUTIVE SUMMARY\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]


def test_the_storys_sentence_over_a_caption_shaped_paragraph_stays():
    article = parse_article(f"{_TITLE}\n\n{_ONE}\n\n{_CAPTION}.\n\n{_TWO}\n\n{_THREE}")
    assert article.paragraphs[0].text == _ONE
