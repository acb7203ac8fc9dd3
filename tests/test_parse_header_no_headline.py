"""Pages that print no headline: the header's lines the parser must not take for one.

A photo's caption, the story's own first sentence, and the site's furniture each stand where a
headline would; the pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines


def _title(lines: list[str]) -> str | None:
    article = parse_article("\n".join(lines) + "\n", id="t")
    return None if article.title is None else article.title.text


_JA_STORY = [
    "山田防衛相は5日、防衛省でスミス国防相と会談し、共同訓練の拡大で一致した。",
    "両氏は装備品の共同開発についても協議を続けることを確認した。",
]


@pytest.mark.parametrize(
    "caption",
    [
        "会談に臨む山田防衛相㊧とスミス国防相(5日、防衛省)",
        "記者団の質問に答える山田防衛相(左)",
        "共同訓練を視察する両国の閣僚(5日、横須賀基地)",
    ],
)
def test_japanese_caption_with_its_marks_is_no_headline(caption: str) -> None:
    assert _title([caption, *_JA_STORY]) is None


def test_japanese_headline_over_the_same_story_is_kept() -> None:
    headline = "日豪防衛相が会談、共同訓練の拡大で一致"
    assert _title([headline, *_JA_STORY]) == headline


_KO_STORY = [
    "[서울경제 홍길동 기자] 한국은행이 기준금리를 동결했다. 올해 성장률 전망도 낮췄다.",
    "한국은행 금융통화위원회는 10일 기준금리를 연 3.5%로 유지하기로 결정했다.",
    "시장에서는 하반기 인하 가능성을 점치고 있다.",
]


def test_korean_caption_closed_by_a_credit_in_angle_brackets_is_no_headline() -> None:
    caption = "한국은행 총재가 10일 오전 서울 중구 한국은행에서 열린 회의에서 의사봉을 두드리고 있다. "
    caption += "<사진=뉴스1>"
    assert _title([caption, *_KO_STORY]) is None


def test_angle_brackets_close_a_credit_only_when_they_name_a_photo_or_agency() -> None:
    assert _bylines.photo_credit_suffix("회의에서 의사봉을 두드리고 있다. <사진=연합>") is not None
    assert _bylines.photo_credit_suffix("회의에서 의사봉을 두드리고 있다. <금리 동결>") is None


_ZH_STORY = [
    "據報導,海上自衛隊護衛艦「加賀」號本月在東海與美國海軍進行聯合訓練。",
    "日方表示,訓練旨在提升雙方的協同作戰能力。",
]


def test_line_closed_by_a_comma_runs_on_into_the_story() -> None:
    article = parse_article("\n".join(["日本放送協會三日報導,", *_ZH_STORY]) + "\n", id="t")
    assert article.title is None
    assert article.paragraphs[0].text.startswith("日本放送協會三日報導")


def test_name_closed_by_a_comma_over_another_is_still_a_byline() -> None:
    headline = "Japan and Australia sign a new defence pact in Tokyo"
    lines = [
        headline,
        "Jane Roe,",
        "John Doe",
        "The two countries signed the agreement on Friday, officials said today.",
    ]
    article = parse_article("\n".join(lines) + "\n", id="t")
    assert article.title is not None
    assert article.title.text == headline


_TESTIMONY = [
    "I would say that the joint plan has brought a great development in our defence cooperation.",
    "There is an exercise held every year between the two navies, and it has grown in size.",
]


@pytest.mark.parametrize("opening", ["Thank you very much.", "Good morning, everyone.", "We are grateful."])
def test_speakers_first_sentence_is_no_headline(opening: str) -> None:
    assert _title([opening, *_TESTIMONY]) is None


def test_headline_quoting_thanks_without_a_full_stop_is_kept() -> None:
    headline = "Thank you, Japan: allies praise quake relief mission"
    assert _title([headline, *_TESTIMONY]) == headline


_AR_STORY = [
    "نشر بتاريخ: ٥ تموز ٢٠٢٥",
    "حذرت الأمم المتحدة من موجات حر شديدة تضرب مناطق واسعة من أوروبا في الأيام المقبلة، وفق بيان صدر اليوم.",
    "وقال البيان إن موجات الحر أصبحت أكثر تكرارا وحدة بسبب تغير المناخ في السنوات الأخيرة.",
]


@pytest.mark.parametrize("masthead", ["صحيفة الوطن اليوم", "موقع الخبر الأول -وكالة الأنباء"])
def test_arabic_masthead_over_the_date_line_is_no_headline(masthead: str) -> None:
    assert _title([masthead, *_AR_STORY]) is None


def test_arabic_headline_over_the_date_line_is_kept() -> None:
    headline = "الأمم المتحدة تحذر من موجات حر غير مسبوقة في أوروبا"
    assert _title([headline, *_AR_STORY]) == headline


_WIRE_STORY = [
    "TOKYO: The defense ministers of the two countries met in Tokyo on Monday to discuss security.",
    "The minister held talks with his counterpart at the ministry's offices in the capital city.",
]


@pytest.mark.parametrize("outlet", ["Gulf News Japan", "Kyiv Post Tokyo"])
def test_outlet_and_its_edition_over_the_story_is_no_headline(outlet: str) -> None:
    assert _title([outlet, *_WIRE_STORY]) is None


def test_three_word_headline_not_opening_with_an_outlet_is_kept() -> None:
    headline = "Defense Chiefs Meet in Tokyo"
    assert _title([headline, *_WIRE_STORY]) == headline
