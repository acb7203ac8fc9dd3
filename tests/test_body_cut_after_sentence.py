"""The page's last line in a script written without spaces, cut off after a whole sentence, is prose.

Chinese and Japanese copy has no words to count or to case: a last line that holds a sentence
closed by its full stop ("。") and goes on after it to no stop was cut off by the copy's end,
and is the story's last paragraph. A label or a teaser's headline holds no sentence's end
inside it. Each page is made up for the test.
"""

import pytest

from body_cases import body_texts as _body_texts
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._page import _cut_after_sentence

_ZH = (
    (
        "北約與日本的合作近年來不斷深化,雙方在網絡安全、海上安全與太空等領域展開了多項對"
        "話與聯合演習,引起區域各國的高度關注。雙方官員表示,未來將在國防工業、情報共享與"
        "人員培訓等方面進一步加強合作,並定期舉行高層會談以檢視各項合作計畫的實際進展與成"
        "效。"
    ),
    (
        "分析人士認為,東京辦公室的設立將使北約在印太地區擁有常設據點,有助於協調與澳洲、"
        "紐西蘭及南韓等夥伴國家的行動與資訊交流。不過也有學者提醒,北約成員國之間對於是否"
        "深入印太事務仍存在分歧,法國等國家對此抱持相當保留的態度,擔心此舉會分散北約在歐"
        "洲的資源。"
    ),
    (
        "然而中國外交部多次表示反對,認為北約不應將觸角伸向亞太地區,更不應在區域內製造對"
        "立與緊張,破壞得來不易的和平穩定局面。北京方面並警告,任何將集團對抗引入亞洲的做"
        "法都將遭到區域國家的反對,呼籲各方以對話取代對抗,共同維護區域的和平與繁榮發展。"
    ),
)
_JA = (
    (
        "北海道の観光客数は前年同期に比べて微減となったが、新幹線の開業効果で道南地域は大"
        "幅に増加し、函館市内のホテルは連日満室が続いた。道南地域の自治体は、開業を機に観"
        "光資源の掘り起こしを進め、周遊ルートの整備や地元食材を生かした催しを相次いで企画"
        "した。"
    ),
    (
        "一方で、夏から秋にかけて相次いだ台風の影響により、道東や道北では観光客の足が遠の"
        "き、宿泊のキャンセルが相次いだと関係者は話している。特に団体旅行の取り消しが目立"
        "ち、一部の温泉地では九月の宿泊客数が前年の同じ月に比べて二割近く落ち込んだという"
        "。"
    ),
    (
        "道は今後、外国人観光客の誘致に一層力を入れる方針で、アジア各国の旅行会社を招いた"
        "視察ツアーを年内に複数回実施する予定としている。台湾や韓国からの直行便の増便も追"
        "い風となっており、関係者は冬のスキー客の伸びにも期待を寄せており、受け入れ態勢の"
        "強化を急いでいる。"
    ),
)


@pytest.mark.parametrize(
    ("story", "cut"),
    [
        (
            _ZH,
            (
                "現在的日本扮演重要盟友的角色。2014年日本與北約簽署《個別夥伴協力合作計畫》"
                "(Individual Partnership"
            ),
        ),
        (_ZH, "現在的日本扮演重要盟友的角色。此後雙方又在多個領域簽署了合作文件,包括"),
        (_JA, "道の担当者は「今後も注視したい」と話した。また、冬の観光シーズンに向けて新たな"),
    ],
)
def test_a_last_line_cut_off_after_a_sentence_stays(story, cut):
    article = parse_article("\n".join(("北約東京辦公室的地緣意義", *story, cut)))
    assert _body_texts(article) == [*story, cut]


@pytest.mark.parametrize(
    "line",
    [
        "延伸閱讀 北約峰會",  # a label: no sentence inside
        "日本首相出席北約峰會。",  # a whole sentence, closed
        "「北約不是選項」。」",  # closed by its quotation marks
        "Japan and NATO. A partnership",  # a Latin stop: words to case, read by _cut_off
    ],
)
def test_other_last_lines_are_not_cut_after_a_sentence(line):
    assert not _cut_after_sentence(line)


def test_a_last_line_cut_after_a_sentence_is_told():
    assert _cut_after_sentence("現在的日本扮演重要盟友的角色。2014年日本與北約簽署")
