"""Chinese and Japanese lines shaped as prose, not headlines: sentences run on, or a caption's credit.

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header, _zone

_RUN_ON = (
    "【ソウル=山田太郎】韓国軍合同参謀本部は15日、北朝鮮が同日午後、日本海に向け短距離弾道ミサイル2発を発射したと発表した。"
    "防衛相は15日夜、弾道ミサイルの落下地点が日本の排他的経済水域内と推定されると明らかにした。韓国の専"
)


def test_line_of_several_unspaced_sentences_is_prose() -> None:
    assert _zone.is_prose(_RUN_ON)
    assert not _zone.is_prose("北朝鮮、弾道ミサイル2発発射　日本のEEZ内に落下か")


def test_unspaced_sentence_closed_by_a_bracketed_credit_is_prose() -> None:
    line = (
        "今天發現4艘中國海警局船隻在釣魚台周邊海域持續航行，"
        "今年中國公務船在該區域累計航行天數達到356天，創歷史新高。（中央社資料照）"
    )
    assert _zone.is_prose(line)


def test_run_on_lede_is_no_headline_and_its_opener_gives_dateline_and_byline() -> None:
    article = parse_article(_RUN_ON, id="t")
    assert article.headline is None
    assert article.dateline is not None
    assert article.dateline.text == "ソウル"
    assert article.authors == ("山田太郎",)
    assert article.paragraphs


def test_bracketed_label_without_a_writer_is_no_dateline() -> None:
    text = "【本報綜合報道】日本防衛省15日宣布，北韓當天下午向日本海發射兩枚短程彈道飛彈。"
    assert _header.dateline(text, 0, len(text), first=True) is None


def test_wire_in_the_writer_stead_is_the_agency_not_a_byline() -> None:
    text = "【北京=共同】中国外務省の報道官は15日の記者会見で、日本の防衛政策に懸念を表明した。"
    found = _header.dateline(text, 0, len(text), first=True)
    assert found is not None
    assert text[slice(*found.place)] == "北京"
    assert found.agency == "共同"
    assert found.signed is None
