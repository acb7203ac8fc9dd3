"""The headline told by the shape of its line: its length in words, its width, what the story names.

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_STORY = [
    "Prime Minister Fumio Kishida said on Tuesday that Japan and NATO will issue a new document.",
    "The document will set out how the two sides cooperate on cyber defence and space, he said.",
    "Officials in Tokyo said the text was agreed at a meeting of senior diplomats last week.",
]
_THAI_HEADLINE = "ส่งท้ายปี! เกาหลีเหนือยิงขีปนาวุธ 3 ลูก"
_THAI_STANDFIRST = (
    "กระทรวงกลาโหมของญี่ปุ่นเผย เกาหลีเหนือยิงขีปนาวุธ 3 ลูกลงสู่ทะเลญี่ปุ่นเช้านี้ "
    "นับเป็นการทดสอบอาวุธครั้งล่าสุด เพิ่มความตึงเครียดในภูมิภาคในปีนี้"
)
_THAI_STORY = (
    "กระทรวงกลาโหมญี่ปุ่น ระบุว่า เกาหลีเหนือยิงขีปนาวุธ ดังกล่าว เมื่อเวลาประมาณ 08.00 น."
    "จากชานเมืองเปียงยาง โดยบินเป็นระยะทางประมาณ 350 กิโลเมตรที่ระดับความสูงประมาณ 100 กิโลเมตร "
    "ก่อนตกลงใกล้ชายฝั่งตะวันออกของ คาบสมุทรเกาหลี ดูเหมือนว่าขีปนาวุธจะตกนอกเขตเศรษฐกิจจำเพาะของญี่ปุ่น"
)


def _title(text: str) -> str | None:
    title = parse_article(text, id="t").title
    return None if title is None else title.text


def test_thai_words_are_counted_by_their_length() -> None:
    # Thai sets phrases apart by spaces, not words: a phrase of three words counts as more than one.
    assert _zone._words(_THAI_HEADLINE) > len(_THAI_HEADLINE.split())
    assert _zone._words("Japan and NATO") == 3  # a spaced script counts its words as before


def test_thai_headline_printed_twice_over_its_standfirst_is_the_headline() -> None:
    text = f"{_THAI_HEADLINE}\n\n{_THAI_HEADLINE}\n\n{_THAI_STANDFIRST}\n\n{_THAI_STORY}\n"
    assert _title(text) == _THAI_HEADLINE


def test_headline_over_a_longer_standfirst_taking_up_its_words_is_no_image_title() -> None:
    headline = "North Korea fires three missiles into the sea"
    standfirst = (
        "Japan says the three missiles North Korea fires into the sea each time now fall closer to its"
        " coast and its exclusive economic zone"
    )
    story = [
        "North Korea fired three ballistic missiles towards the sea on Sunday, Japan's ministry said.",
        "The missiles flew about 350 kilometres and fell outside Japan's exclusive economic zone, it said.",
    ]
    text = "\n\n".join([headline, standfirst, *story]) + "\n"
    assert _title(text) == headline


def test_first_line_as_wide_as_the_wrapped_paragraph_under_it_is_no_headline() -> None:
    lines = [
        "ICRT Radio News",
        "Date: 2018-05-04",
        "The Central Bank is eyeing inflation rates as it considers interest rate",
        "Minutes from the bank's latest meeting show that it will consider an interest",
        "rate hike if the local consumer price index increases by more than 2 percent.",
        "During that meeting, the bank left its key interest rates unchanged for the",
        "seventh consecutive quarter.",
    ]
    assert _title("\n".join(lines) + "\n") is None


def test_short_headline_over_a_wrapped_paragraph_stays_the_headline() -> None:
    headline = "Central bank eyes inflation"
    lines = [
        headline,
        "Minutes from the bank's latest meeting show that it will consider an interest",
        "rate hike if the local consumer price index increases by more than 2 percent.",
        "During that meeting, the bank left its key interest rates unchanged for the",
        "seventh consecutive quarter.",
    ]
    assert _title("\n".join(lines) + "\n") == headline


def test_two_words_the_story_does_not_name_are_no_headline() -> None:
    # The site's name run together ("Newsfrom Japan") shares "Japan" with the story, not "Newsfrom".
    assert _title("\n\n".join(["Newsfrom Japan", *_STORY]) + "\n") is None


def test_two_words_the_story_names_are_the_headline() -> None:
    assert _title("\n\n".join(["Kishida NATO", *_STORY]) + "\n") == "Kishida NATO"


def test_a_number_in_a_short_headline_need_not_be_named_by_the_story() -> None:
    assert _title("\n\n".join(["15th NATO", *_STORY]) + "\n") == "15th NATO"


_SUBTITLED_STORY = [
    "Prime Minister Fumio Kishida announced a turning point in defence policy on a visit to Tokyo's bases.",
    "A few days later he said military spending would double over the next five years, officials said.",
]


def test_short_title_the_story_names_over_its_subtitle_is_the_headline() -> None:
    head = ["Turning point in Tokyo", "Japan leaves its pacifist constitution behind", "By Jordan Pouille"]
    assert _title("\n\n".join([*head, *_SUBTITLED_STORY]) + "\n") == "Turning point in Tokyo"


def test_short_label_the_story_does_not_name_over_the_headline_is_no_headline() -> None:
    head = ["Asia Pacific Desk", "Japan leaves its pacifist constitution behind", "By Jordan Pouille"]
    title = _title("\n\n".join([*head, *_SUBTITLED_STORY]) + "\n")
    assert title == "Japan leaves its pacifist constitution behind"
