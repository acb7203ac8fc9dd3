"""A bracket closing a header line is a source's credit only when it is written in capitals."""

import pytest

from japan_nato_corpus.parse._bylines import caption_line


@pytest.mark.parametrize(
    "line", ["A destroyer leaves port in Yokosuka (KYODO)", "Ministers meet in Tokyo (XINHUA)"]
)
def test_a_capitalised_source_in_brackets_closes_a_caption(line):
    assert caption_line(line, header=True)[0]


@pytest.mark.parametrize(
    "line",
    [
        "防衛相が横須賀の基地を視察した（既報）",
        "국방부 장관이 기지를 방문했다 (종합)",
        "وزير الدفاع يزور القاعدة (محدث)",
    ],
)
def test_a_bracket_in_a_script_without_capitals_is_no_credit(line):
    assert caption_line(line, header=True) == (False, None)
