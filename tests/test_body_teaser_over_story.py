"""A summary closed by a prompt to read on, over the story's prose, is a teaser and no body.

"… 2024 Innovation Challenges. Details here." points to another page; the story under it tells
its own. A paragraph of the story that ends a sentence with no prompt stays, and so does one
that the dateline opens. Each page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article

_TEASER = "Ahead of this week's summit, the council announced its new transport challenges. Details here."


def test_a_summary_closed_by_a_prompt_over_the_story_is_a_teaser():
    article = parse_article(f"{_TEASER}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert _TEASER in _furniture(article)


def test_the_same_summary_without_its_prompt_stays():
    summary = _TEASER.removesuffix(" Details here.")
    article = parse_article(f"{summary}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [summary, _ONE, _TWO, _THREE]


def test_a_prompt_closing_the_last_paragraph_is_cut_off_it():
    last = f"{_THREE} Details here."
    article = parse_article(f"{_ONE}\n\n{_TWO}\n\n{last}")
    assert article.paragraphs[-1].text == _THREE
