"""A copyright notice run into the end of the last paragraph of prose leaves that paragraph prose.

jusText counts a copyright notice as furniture at any length; a paragraph of prose that ends a
sentence before a short notice on its line ("… realtà virtuale. (Xin) © Xinhua") is the story's
last paragraph, the notice and the agency's bracketed sign-off before it furniture. A line that
is a notice alone stays furniture. Each page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article


def test_a_notice_run_into_the_last_paragraph_leaves_it_in_the_body():
    text = f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE} (Xin) © Xinhua"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert "(Xin) © Xinhua" in _furniture(article)


def test_a_notice_alone_on_its_line_is_furniture():
    notice = "Copyright © 2024 Example News Agency. All rights reserved."
    text = f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}\n\n{notice}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
