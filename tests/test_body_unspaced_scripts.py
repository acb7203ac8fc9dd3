"""Prose in scripts written without spaces is told by its length, not by its spaces or its stops.

A Thai lede, which ends in no stop, that runs to prose's length opens the body; a Markdown copy's
last section (its "## " heading, a list and a cut-off line) stays under its prose. Each page is
made up for the test.
"""

from body_cases import ONE, THREE, TITLE, TWO, body_texts, parse_blocks

THAI_LEDE = (
    "สำนักข่าวรายงานว่า สภาเมืองอนุมัติงบประมาณใหม่สำหรับการขนส่งสาธารณะเมื่อวันอังคาร "
    "โดยเพิ่มจำนวนรถโดยสารกลางคืนและขยายเส้นทางรถรางสองสายไปยังเขตทางเหนือของเมืองเพื่อรองรับผู้โดยสาร"
)
THAI_TWO = (
    "เจ้าหน้าที่กล่าวว่าบริการใหม่ชุดแรกจะเริ่มในฤดูใบไม้ผลิ หลังจากฝึกอบรมพนักงานขับรถ "
    "และตกลงตารางเวลากับเมืองใกล้เคียงเรียบร้อยแล้ว ซึ่งคาดว่าจะใช้เวลาหลายเดือนก่อนที่จะเปิดให้บริการเต็มรูปแบบ"
)


def test_a_thai_lede_of_prose_length_opens_the_body():
    article = parse_blocks("สภาเมืองอนุมัติงบขนส่ง", THAI_LEDE, THAI_TWO)
    assert body_texts(article)[0] == THAI_LEDE


def test_a_short_thai_line_over_the_story_is_still_no_lede():
    label = "ข่าวต่างประเทศ"
    article = parse_blocks("สภาเมืองอนุมัติงบขนส่ง", label, THAI_LEDE, THAI_TWO)
    assert label not in body_texts(article)


def test_a_markdown_copys_last_section_stays():
    tail = ["## Next steps", "- More buses.", "- New trams.", "The council will vote on the plan in"]
    article = parse_blocks(TITLE, ONE, "## Background", TWO, THREE, *tail)
    assert body_texts(article)[-4:] == tail
