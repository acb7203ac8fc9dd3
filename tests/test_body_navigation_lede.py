"""A whole sentence of prose read as navigation right over the body is the story's lede.

The header's reader may take the line under the headline for the site's furniture (a menu's
entry, a teaser); when that line opens in a letter, has no label before a colon, runs a
sentence's length and ends in a full stop, right over the body's first paragraph, it is the
story's first paragraph. A teaser's question, a summary under its label and a marked line stay
furniture. Each page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import body_texts as _body_texts
from japan_nato_corpus.model import BoilerplateKind, Span
from japan_nato_corpus.parse._page import Page


def _page_with_navigation_over(line: str, *story: str) -> Page:
    # A page whose reader read ``line`` under the headline as navigation, over ``story``.
    text = "\n".join((_TITLE, line, *story))
    page = Page(text)
    page.set_title(0, len(_TITLE))
    at = len(_TITLE) + 1
    page.furniture(BoilerplateKind.NAVIGATION, at, at + len(line))
    at += len(line) + 1
    for paragraph in story:
        page.paragraph(at, at + len(paragraph))
        at += len(paragraph) + 1
    return page


_STORY_KO = (
    (
        "한미일 국방장관은 싱가포르에서 열린 회의를 계기로 3자 회의를 열고 이같"
        "이 합의했습니다. 세 나라는 그간 해상이나 공중에서 일회성 훈련만 실시해"
        "왔으며, 이번 합의로 여러 영역에서 동시에 진행하는 훈련이 처음으로 정례"
        "화됩니다."
    ),
    (
        "3국 장관은 또 안보협력을 제도화하는 내용의 문서를 연내에 작성하기로 했"
        "으며, 북한의 위협에 대비한 도상훈련도 재개하기로 했습니다. 훈련의 구체"
        "적인 일정과 규모는 실무 협의를 거쳐 정해질 예정입니다."
    ),
)


@pytest.mark.parametrize(
    ("lede", "story"),
    [
        (
            (
                "한미일 군 당국은 공중·수중·해상·사이버 등 다양한 영역에서 "
                "진행하는 군사훈련을 올여름 처음으로 실시합니다."
            ),
            _STORY_KO,
        ),
        (
            "The regional council met on Tuesday evening to debate the transport plan for the city.",
            (_ONE, _TWO, _THREE),
        ),
        (
            "Le conseil régional a adopté mardi un nouveau budget pour les transports publics.",
            (_ONE, _TWO, _THREE),
        ),
    ],
)
def test_a_sentence_read_as_navigation_over_the_body_is_its_lede(lede, story):
    article = _page_with_navigation_over(lede, *story).article(id="x", publisher=None, original_source=None)
    assert _body_texts(article)[0] == lede
    assert lede not in [piece.span.text for piece in article.boilerplate]


@pytest.mark.parametrize(
    "line",
    [
        "Camp David summit: a trilateral march toward instability for the region?",  # a label and a question
        "Summary: Japan is moving to ease its arms export rules, aiming to boost its industry.",
        "► Whatever comes out of the summit, the partners will meet again next year in Tokyo.",
        "Will the council find the money for the new night buses and trams?",
        "Home News World Asia Europe Politics Business Sport Culture",  # a menu: no full stop
    ],
)
def test_other_lines_read_as_navigation_stay_furniture(line):
    article = _page_with_navigation_over(line, _ONE, _TWO, _THREE).article(
        id="x", publisher=None, original_source=None
    )
    assert _body_texts(article) == [_ONE, _TWO, _THREE]
    assert line in [piece.span.text for piece in article.boilerplate]


def test_span_of_the_lede_is_the_line():
    lede = "The regional council met on Tuesday evening to debate the transport plan for the city."
    article = _page_with_navigation_over(lede, _ONE, _TWO).article(
        id="x", publisher=None, original_source=None
    )
    first = article.paragraphs[0]
    assert isinstance(first, Span)
    assert article.text[first.start : first.end] == lede
