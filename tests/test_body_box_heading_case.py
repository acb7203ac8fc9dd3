"""A box's heading of a few words at the page's foot may stand in a sentence's case.

"About the author" under the story's last prose heads the author's box, as "About The Author"
does; a longer line in a sentence's case that opens with "About" is prose. Each page is made up
for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._boilerplate import BOX_NOUN_WORDS, is_box_heading


@pytest.mark.parametrize("line", ["About the author", "About the authors", "About us", "About The Author"])
def test_a_few_words_after_about_head_a_box(line):
    assert len(line.split()) <= BOX_NOUN_WORDS or line.istitle()
    assert is_box_heading(line)


@pytest.mark.parametrize("line", ["About half of the new lines", "About the plan and its cost"])
def test_a_longer_line_in_a_sentences_case_is_no_box_heading(line):
    assert not is_box_heading(line)


def test_a_box_heading_in_a_sentences_case_at_the_foot_is_furniture():
    article = parse_article(f"{_TITLE}\n{_ONE}\n{_TWO}\n{_THREE}\nAbout the author")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert "About the author" in _furniture(article)
