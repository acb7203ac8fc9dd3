"""Bylines written in Hangul or Han characters: a name with its newsroom title, a writer's label, a post.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _bylines


def _names(line: str) -> list[str] | None:
    found = _bylines.byline(line, 0)
    return None if found is None else [line[start:end] for start, end in found]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("박서연 기자 =", ["박서연"]),  # Korean: a name before "reporter", closed by the lede's "="
        ("최민준 특파원", ["최민준"]),  # a correspondent
        ("이하늘 기자 (", ["이하늘"]),  # the address in brackets cut to the next line
        ("정유나·한도윤 기자", ["정유나", "한도윤"]),
        ("文/林佩君", ["林佩君"]),  # Chinese: the writer's label and a slash
        ("撰文：陳志豪", ["陳志豪"]),
        ("记者 王晓明", ["王晓明"]),  # a title before the name
        ("周立德 記者", ["周立德"]),
        ("筆者：佐藤花子", ["佐藤花子"]),  # Japanese: the writer's label
        ("何家偉/亞太和平研究基金會副研究員", ["何家偉"]),  # the writer over his post
        ("글/김도현", ["김도현"]),
    ],
)
def test_a_byline_in_an_east_asian_script_names_its_writer(line: str, names: list[str]) -> None:
    assert _names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "本報記者",  # "our reporter": the paper's, no name
        "日本首相岸田文雄表示,日本不是北約成員國",  # a sentence
        "國際新聞/亞太",  # a section's path: no post closes it
        "한미일 국방장관 회의 개최",  # a headline
        "新華社北京5月3日電",  # a wire's opener, read as its dateline
    ],
)
def test_other_lines_in_those_scripts_are_no_byline(line: str) -> None:
    assert _names(line) is None
