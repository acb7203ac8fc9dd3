"""A caption closed by its photo's provider or labelled credit in brackets, with or without a full stop.

"… on Friday (Pic: Jane Doe via X)", "… in the harbour (Provided by the City Council)", a Thai
caption with no full stop closed by "(ภาพโดย …)", a Japanese one by "(提供:市交通局)": each is the
photo's caption, among the paragraphs or in the page's head, not the story's prose. A story's
sentence that closes on a bracket of its own stays. Each page is made up for the test.
"""

import pytest

from body_cases import ONE, THREE, TITLE, TWO, body_texts, caption_texts, parse_blocks


@pytest.mark.parametrize(
    "caption",
    [
        "Engineers repair the power lines on the coast road on Friday (Pic: Jane Doe via X)",
        "The new tram waits in the depot of the northern line (Provided by the City Council)",
        "La nueva línea de tranvía en el depósito del norte (Cortesía de la Alcaldía)",
        "รถรางสายใหม่จอดอยู่ที่สถานีทางเหนือของเมือง  (ภาพโดยสำนักงานเทศบาล)",
        "北部線の車庫で試験中の新型路面電車(提供:市交通局)",
    ],
)
def test_a_caption_closed_by_its_bracketed_provider_is_the_photos(caption):
    article = parse_blocks(TITLE, ONE, caption, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption in caption_texts(article)


def test_a_caption_closed_by_its_provider_over_the_story_is_the_photos():
    caption = "รถรางสายใหม่จอดอยู่ที่สถานีทางเหนือของเมือง  (ภาพโดยสำนักงานเทศบาล)"
    article = parse_blocks(TITLE, caption, ONE, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption in caption_texts(article)


@pytest.mark.parametrize(
    "line",
    [
        "The council will vote on the plan in the spring (after the hearing).",
        "The mayor thanked the drivers for their patience (and their overtime).",
    ],
)
def test_a_sentence_closed_by_a_bracket_of_its_own_stays(line):
    article = parse_blocks(TITLE, ONE, line, TWO, THREE)
    assert line in body_texts(article)
