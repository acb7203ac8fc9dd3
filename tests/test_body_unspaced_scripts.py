"""Prose in scripts written without spaces is told by its length, not by its spaces or its stops.

A Thai lede, which ends in no stop, that runs to prose's length opens the body, and so does a
Japanese one of two sentences that the header read as a caption; a Markdown copy's last section
(its "## " heading, a list and a cut-off line) stays under its prose. Each page is
made up for the test.
"""

from body_cases import ONE, THREE, TITLE, TWO, body_texts, parse_blocks

THAI_LEDE = (
    "สำนักข่าวรายงานว่า สภาเมืองอนุมัติงบประมาณใหม่สำหรับการขนส่งสาธารณะเมื่อวันอังคาร "
    "โดยเพิ่มจำนวนรถโดยสารกลางคืนและขยายเส้นทางรถรางสองสายไปยังเขตทางเหนือของเมืองเพื่อรองรับผู้โดยสารที่เพิ่มขึ้นทุกปี"
)
THAI_TWO = (
    "เจ้าหน้าที่กล่าวว่าบริการใหม่ชุดแรกจะเริ่มในฤดูใบไม้ผลิ หลังจากฝึกอบรมพนักงานขับรถ "
    "และตกลงตารางเวลากับเมืองใกล้เคียงเรียบร้อยแล้ว ซึ่งคาดว่าจะใช้เวลาหลายเดือนก่อนที่จะเปิดให้บริการเต็มรูปแบบ "
    "ฝ่ายค้านยินดีกับแผนนี้แต่ถามว่าจะหาเงินมาจากที่ใดหลังจากเงินอุดหนุนของรัฐบาลสิ้นสุดลงในอีกสามปีข้างหน้า"
)


def test_a_thai_lede_of_prose_length_opens_the_body():
    article = parse_blocks("สภาเมืองอนุมัติงบขนส่ง", "โดย: สมชาย ใจดี", THAI_LEDE, THAI_TWO)
    assert body_texts(article)[-2:] == [THAI_LEDE, THAI_TWO]


def test_a_short_thai_line_over_the_story_is_still_no_lede():
    label = "ข่าวต่างประเทศ"
    article = parse_blocks("สภาเมืองอนุมัติงบขนส่ง", label, THAI_LEDE, THAI_TWO)
    assert label not in body_texts(article)


def test_a_markdown_copys_last_section_stays():
    tail = ["## Next steps", "- More buses.", "- New trams.", "The council will vote on the plan in"]
    article = parse_blocks(TITLE, ONE, "## Background", TWO, THREE, *tail)
    assert body_texts(article)[-4:] == tail


JAPANESE_LEDE = (
    "市議会は火曜日、公共交通の新しい予算を可決し、夜間バスの本数を増やすことを決めた。"
    "北部の地区へ路面電車の二つの路線を延ばす計画も盛り込まれ、来年の春から工事が始まる。(既報)"
)
JAPANESE_TWO = (
    "市の担当者によると、新しい路線は運転士の研修と近隣の町との時刻表の調整を終えてから運行を始める。"
)


def test_a_japanese_lede_of_two_sentences_read_as_a_caption_opens_the_body():
    article = parse_blocks("市議会、交通予算を可決", JAPANESE_LEDE, JAPANESE_TWO)
    assert body_texts(article)[0] == JAPANESE_LEDE
    assert JAPANESE_LEDE not in [caption.body.text for caption in article.captions]
