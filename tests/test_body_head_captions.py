"""The photo captions among the head's lines are read as captions; a standfirst printed again is the head's.

A line of a caption's shape, one printed twice over another head line, one in two wordings of
the same words, one under a photo's credit label or over its credit line are the photo's; a
summary that the lede retells is a standfirst, no caption. A standfirst the story prints again
further down is the header's.
Each page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article

_CAPTION = "The mayor and two councillors pose for a photo beside the new tram at the depot on Monday."


def _captions(text: str) -> list[str]:
    return [caption.body.text for caption in parse_article(text).captions]


def test_a_caption_printed_twice_in_the_head_is_read_as_a_caption():
    text = f"{_TITLE}\n\nBy Jane Doe\n{_CAPTION}\n{_CAPTION}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}"
    assert _CAPTION in _captions(text)
    assert [p.text for p in parse_article(text).paragraphs] == [_ONE, _TWO, _THREE]


def test_a_caption_in_two_wordings_is_read_as_a_caption():
    other = (
        "The mayor and two councillors pose beside the new tram at the depot for a photo on Monday. (Agency)"
    )
    text = f"{_TITLE}\n\n{_CAPTION}\n{other}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}"
    assert _CAPTION in _captions(text)


def test_a_line_under_a_photo_credit_label_is_a_caption():
    caption = "The new trams wait at the depot before their first run"
    text = f"{_TITLE}\n\nPhoto Credit: Agency\n\n{caption}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}"
    assert caption in _captions(text)


def test_a_summary_the_lede_retells_is_no_caption():
    summary = (
        "The regional council approves a new budget for public transport, raising night buses and tram lines."
    )
    text = f"{_TITLE}\n{summary}\n{_ONE}\n\n{_TWO}\n\n{_THREE}"
    assert summary not in _captions(text)


def test_a_one_sentence_lede_printed_twice_apart_stays_in_the_body():
    lede = "The regional council approved a new budget for public transport on Tuesday night."
    text = f"{_TITLE}\n\n{lede}\n     \n{lede}\n\n{_TWO}\n\n{_THREE}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs][-3:] == [lede, _TWO, _THREE]
    assert lede not in [caption.body.text for caption in article.captions]


def test_a_standfirst_printed_again_further_down_is_the_head():
    summary = "More than three hundred new drivers will be hired before the spring, officials said."
    text = f"{_TITLE}\n\n{summary}\n\n{_ONE}\n\n{_TWO}\n\n{summary}\n\n{_THREE}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, summary, _THREE]
    assert summary in _furniture(article)


_RU_TITLE = "Мэр и министр открыли новое депо трамваев"
_RU_STAMPS = "- Городские новости\n- 19 мая 2025 г.\n- 3 мин. чтения"
_RU_STORY = (
    "«Это новый этап для нашего города», — заявил мэр во время встречи с министром во вторник в депо.",
    (
        "Министр отметил, что новые трамваи выйдут на линии весной, когда водители пройдут обучение и "
        "будут согласованы расписания."
    ),
    (
        "Оппозиция приветствовала план, но спросила, как он будет оплачен после окончания "
        "государственной субсидии через три года."
    ),
)


def _ru_page(first: str) -> str:
    return "\n".join((_RU_TITLE, _RU_STAMPS, "", first, *_RU_STORY))


def test_a_caption_that_says_who_poses_for_the_photo_closes_the_head():
    caption = (
        "Мэр города и министр транспорта пожимают друг другу руки и позируют для фотографии "
        "на фоне нового депо."
    )
    article = parse_article(_ru_page(caption))
    assert [p.text for p in article.paragraphs] == list(_RU_STORY)
    assert caption in [c.body.text for c in article.captions]


def test_a_lede_that_tells_the_handshake_in_the_past_stays():
    lede = "Мэр города и министр транспорта пожали друг другу руки на фоне нового депо во вторник."
    assert [p.text for p in parse_article(_ru_page(lede)).paragraphs] == [lede, *_RU_STORY]
