"""The copy's end cuts a compound of a script written without spaces: an ideograph after の is cut.

A copy in Japanese that stops one ideograph after the genitive particle ("… 韓国の専") has lost
the rest of the noun that particle governs ("専門家"): the last paragraph ends before it. After
another particle an ideograph may be a verb's stem, whole as it stands ("協力を得"). Each page is
made up for the test.
"""

from japan_nato_corpus import parse_article

_TITLE = "北朝鮮が弾道ミサイル発射"
_ONE = "韓国軍合同参謀本部は15日、北朝鮮が同日午後、日本海に向け短距離弾道ミサイル2発を発射したと発表した。"
_TWO = "防衛相は15日夜、弾道ミサイルの落下地点が日本の排他的経済水域内と推定されると明らかにした。"


def _last(line: str) -> str:
    return parse_article(f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{line}").paragraphs[-1].text


def test_an_ideograph_after_the_genitive_particle_at_the_copys_end_is_cut() -> None:
    assert (
        _last("北朝鮮の弾道ミサイルの発射は昨年3月以来となる。韓国の専")
        == "北朝鮮の弾道ミサイルの発射は昨年3月以来となる。韓国の"
    )


def test_an_ideograph_after_another_particle_is_whole() -> None:
    line = "自国に建造技術がないため、海外メーカーの協力を得"
    assert _last(line) == line


def test_a_closed_sentence_keeps_its_last_ideograph() -> None:
    line = "北朝鮮の弾道ミサイルの発射は昨年3月以来となる。"
    assert _last(line) == line
