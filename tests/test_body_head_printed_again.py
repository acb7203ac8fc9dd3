"""The head printed a second time at the body's top is the header's, not the story's.

A page that prints its standfirst, date, byline, photo credit and caption once in its header and
again over the story ("A nation's ambitious goals …" / "24 March 2022" / "Jane Doe" /
"AGENCY/Shutterstock" / the caption) leaves the story under the last line printed again. One
line printed again (a lede the page's summary quotes) stays. Each page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_STANDFIRST = "A city's ambitious transport goals are drawing riders from across the region."
_CAPTION = "Passengers board the first night bus from the central station in the northern districts."


def test_a_head_printed_twice_over_the_story_is_furniture():
    head = f"{_STANDFIRST}\n{_CAPTION}"
    again = f"{_STANDFIRST}\n24 March 2022\nJane Doe\nCITY/Shutterstock\n{_CAPTION}"
    article = parse_article(f"{_TITLE}\n{head}\n{_TITLE}\n{again}\n{_ONE}\n{_TWO}\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]


def test_one_line_printed_again_over_the_story_stays():
    text = f"{_TITLE}\n{_STANDFIRST}\n{_TITLE}\n{_STANDFIRST}\n24 March 2022\n{_ONE}\n{_TWO}\n{_THREE}"
    article = parse_article(text)
    assert article.paragraphs[0].text == _STANDFIRST
    assert [p.text for p in article.paragraphs][-3:] == [_ONE, _TWO, _THREE]
