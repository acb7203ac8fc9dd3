"""A wire's dateline is found under a summary's lines that close no sentence, however many they are.

A copy of a wire story may print its summary's bullets wrapped over several lines, and an update
note, over the story (``Japan's central bank keeps policy steady, but in split`` / ``vote`` / ...
/ ``(Updates after BOJ decision)``): no story prose has been read, and the dateline with its agency
under them opens the story. A dateline without an agency, or one under a sentence, is not looked
for so deep. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_HEAD = ["Japan's Nikkei flips to losses, yen firms after BOJ decision", "Sep 20, 2025 10:41 PM"]
_SUMMARY = [
    "*",
    "Japan's central bank keeps policy steady, but in split",
    "vote",
    "*",
    "BOJ announces start of ETF, REIT sales",
    "*",
    "Nikkei falls from record high; JGB yields near 17-year",
    "peak",
    "(Updates after BOJ decision)",
    "By Jane Doe and John Roe",
]
_LEDE = "Japan's Nikkei share average flipped to losses on Friday and the yen firmed after the decision."
_STORY = [
    "The central bank also announced it will begin selling its holdings of exchange-traded funds.",
    "Japanese government bond futures sank, while the yield on 10-year debt jumped to a peak.",
]


def _page(summary, opener):
    return "\n\n".join([*_HEAD, *summary, opener + _LEDE, *_STORY]) + "\n"


@pytest.mark.parametrize("opener", ["TOKYO, Sept 19 (Reuters) - ", "TOKYO (Reuters) - "])
def test_a_wire_dateline_under_unclosed_summary_lines(opener):
    article = parse_article(_page(_SUMMARY, opener))
    assert article.dateline is not None
    assert "TOKYO" == article.dateline.text


def test_a_dateline_without_its_agency_is_not_looked_for_under_them():
    article = parse_article(_page(_SUMMARY, "TOKYO - "))
    assert article.dateline is None


def test_a_sentence_over_the_wire_dateline_ends_the_search():
    closed = [
        *_SUMMARY[:3],
        "The bank kept its rates as they were, as most had expected it to do.",
        *_SUMMARY[3:],
    ]
    article = parse_article(_page(closed, "TOKYO, Sept 19 (Reuters) - "))
    assert article.dateline is None
