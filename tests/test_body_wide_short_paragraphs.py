"""Short paragraphs of prose in a script written without spaces are prose, not the page's edge.

An ideograph or a kana stands for a word: a paragraph of sixty of them closed by a full stop is
a sentence of the story, though it runs to fewer characters than a Latin one would. So a loose
line between such paragraphs at the foot (a photo's caption) leaves the last paragraph the
story's; a last line cut off at a comma, and a last sentence closed by its agency's sign-off
in brackets, stay too. Each page is made up for the test.
"""

import pytest

from body_cases import body_texts as _body_texts
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._page import _cut_wide_clause, _is_short, _wide_sentence, _wide_signed

_ZH = (
    (
        "市議會今天以多數票通過市政府提出的新年度公共交通預算案，總額比去年增加約一成，是近十年來"
        "增幅最大的一次。市長在表決後表示，這筆預算將用於改善全市的公共交通網絡，特別是長期以來服務"
        "不足的北部新開發地區，並希望藉此減少市中心的交通擁堵和空氣污染。"
    ),
    (
        "市政府今天宣布通過新年度的公共交通預算，將增加夜間巴士班次，並把"
        "兩條輕軌路線延伸到北部新開發的住宅區和工業園區一帶以方便通勤的市民。"
    ),
    (
        "官員表示，新的巴士服務最快將在明年春季開始營運，屆時司機的培訓和"
        "與鄰近城鎮的時刻表協調都應已全部完成並經過市議會交通委員會的審查。"
    ),
    (
        "反對黨議員歡迎這項計畫，但質疑國家補助在三年後結束時經費從何而來"
        "，並要求市政府在最終的表決之前舉行公開的公聽會聽取各區市民的意見。"
    ),
)
_CAPTION = "2025年3月4日，市長在市議會大樓前接受記者訪問。（Reuters）"
_LAST = (
    "交通局長在記者會上強調，新預算將優先改善偏遠地區的交通服務，並承"
    "諾在今年年底之前正式公布詳細的路線規劃與各個車站的施工時間表。"
)


def test_a_caption_between_short_paragraphs_leaves_the_last_one_the_storys():
    article = parse_article("\n\n".join(("市議會通過交通預算", *_ZH, _CAPTION, _LAST)))
    assert _LAST in _body_texts(article)


def test_a_last_line_cut_off_at_a_comma_stays():
    cut = "交通局長在記者會上強調，"
    article = parse_article("\n\n".join(("市議會通過交通預算", *_ZH, cut)))
    assert _body_texts(article)[-1] == cut


def test_a_last_sentence_signed_off_in_brackets_stays():
    last = "交通局長在記者會上強調，新預算將優先改善偏遠地區的交通服務。(Xinhua)"
    article = parse_article("\n\n".join(("市議會通過交通預算", *_ZH, last)))
    assert _body_texts(article)[-1].startswith(last[:20])


@pytest.mark.parametrize("text", [*_ZH[1:], _LAST])
def test_a_sentence_of_sixty_ideographs_is_no_short_paragraph(text):
    assert _wide_sentence(text)
    assert not _is_short(text)


@pytest.mark.parametrize(
    "text",
    [
        _CAPTION,  # a caption ends in its credit's bracket
        "市議會通過交通預算",  # a headline ends in no stop
        "北約峰會。",  # a sentence, but a short one
        "The council approved the budget.",  # a Latin line counts its letters
    ],
)
def test_other_lines_are_no_wide_sentence(text):
    assert not _wide_sentence(text)


def test_cut_and_signed_lines_are_told():
    assert _cut_wide_clause("日本首相岸田文雄曾經提出,")
    assert not _cut_wide_clause("延伸閱讀,")  # too few ideographs for a clause
    assert not _cut_wide_clause("市議會通過交通預算")  # no comma: a headline's end
    assert _wide_signed("交通局長在記者會上強調，新預算將優先改善偏遠地區的交通服務。(AGB Nippon)")
    assert not _wide_signed("市長在市議會大樓前接受記者訪問（Reuters）")  # a caption's credit
