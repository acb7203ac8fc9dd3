"""Sign-offs and opening credits of the story's writer in Korean, Persian and agency bylines.

A Korean reporter's place, name and title closing the story (``/부산=박민호 기자``), an outlet's
news line alone under it (``KBS 뉴스``), a Persian lede opened by its agency and writer, an
agency's byline with the writer after a dash, and a site's controls that name no one. The lines
are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_KOREAN = "정부는 새 방위 계획을 이달 중 확정할 방침이라고 밝혔다. 계획은 여러 분야를 포함한다."


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (f"{_KOREAN} /부산=박민호특파원mhpark@example.co.kr", "박민호"),
        (f"{_KOREAN} /워싱턴=이수진 특파원 sjlee@example.com", "이수진"),
        (f"{_KOREAN} 서울=최영훈 기자", "최영훈"),
        ("광주=정하늘 선임기자 sky@example.kr", "정하늘"),
        (f"{_KOREAN} [베이징=한지우 특파원]", "한지우"),
    ],
)
def test_a_korean_reporters_sign_off_names_him(paragraph: str, name: str) -> None:
    found = _bylines.sign_off(paragraph, 10)
    assert found is not None
    assert paragraph[found[0] - 10 : found[1] - 10] == name


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{_KOREAN} 1+1=2 라는 식이다.",
        f"{_KOREAN} 환율=달러 기준",
        "부산=박민호특파원이 말했다는 내용이 전해졌다",
    ],
)
def test_an_equals_sign_in_prose_signs_nothing(paragraph: str) -> None:
    assert _bylines.sign_off(paragraph, 0) is None


def _korean_page(tail: str, *, glued: bool = False) -> str:
    paragraphs = "\n\n".join([_KOREAN] * 8)
    return f"정부 방위 계획 확정 방침\n\n{paragraphs}{' ' if glued else chr(10) * 2}{tail}\n"


@pytest.mark.parametrize(
    ("tail", "glued", "author"),
    [
        ("/대구=오세린 특파원 serin@example.co.kr", True, "오세린"),
        ("인천=윤태호기자thyoon@example.com", False, "윤태호"),
        ("KBS 뉴스", False, "KBS 뉴스"),
        ("NHK ニュース", False, "NHK ニュース"),
    ],
)
def test_a_long_storys_sign_off_names_its_writer(tail: str, glued: bool, author: str) -> None:  # noqa: FBT001
    assert parse_article(_korean_page(tail, glued=glued), id="x").authors == (author,)


@pytest.mark.parametrize("line", ["KBS 뉴스", "MBC 뉴스", "NHK ニュース", "CCTV 新闻"])
def test_an_initialism_and_its_news_word_is_a_sign_off(line: str) -> None:
    assert _bylines.news_sign_off(line)


@pytest.mark.parametrize("line", ["BBC News", "오늘의 뉴스", "kbs 뉴스", "KBS 뉴스 더보기", "ABCDEFGH 뉴스"])
def test_other_news_lines_sign_nothing(line: str) -> None:
    assert not _bylines.news_sign_off(line)


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("خبرگزاری نمونه؛ مریم احمدی - دولت روز سه‌شنبه طرح تازه‌ای را اعلام کرد.", "مریم احمدی"),
        ("پایگاه خبری شهر؛ علی رضا کریمی - باران شدید در شمال کشور ادامه دارد.", "علی رضا کریمی"),
    ],
)
def test_a_persian_lede_opened_by_agency_and_writer_names_him(paragraph: str, name: str) -> None:
    found = _bylines.standfirst_author(paragraph, 0)
    assert found is not None
    assert paragraph[found[0] : found[1]] == name


@pytest.mark.parametrize(
    "paragraph",
    [
        "دولت روز سه‌شنبه طرح تازه‌ای را اعلام کرد؛ وزیر گفت - این طرح مهم است.",
        "خبرگزاری نمونه؛ دولت روز سه‌شنبه طرح تازه‌ای را اعلام کرد.",
    ],
)
def test_a_persian_semicolon_in_prose_names_no_one(paragraph: str) -> None:
    assert _bylines.standfirst_author(paragraph, 0) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("STT - Jaana Virtanen 4.5.2024 09:12, muokattu 4.5.2024 10:30", "Jaana Virtanen"),
        ("Reuters | Jane Doe", "Jane Doe"),
        ("AFP – Jean Dupont 3 mai 2024", "Jean Dupont"),
        ("Ritzau - Mette Holm", "Mette Holm"),
    ],
)
def test_an_agency_and_its_writer_after_a_dash_name_the_writer(line: str, name: str) -> None:
    found = _bylines.byline(line, 0)
    assert found is not None
    assert [line[start:end] for start, end in found] == [name]


@pytest.mark.parametrize("line", ["Close Navbar", "Toggle Navigation", "Open Sidebar", "Close Dropdown"])
def test_a_site_control_is_no_name(line: str) -> None:
    assert not _bylines.is_name(line)


def test_an_agency_byline_under_the_headline_names_the_writer() -> None:
    body = "\n\n".join(["Japani on vahvistanut puolustusyhteistyötään viime aikoina monella tavalla."] * 4)
    text = f"Japani vahvistaa yhteistyötä Aasiassa\n\nSTT - Jaana Virtanen 4.5.2024 09:12\n\n{body}\n"
    assert parse_article(text, id="x").authors == ("Jaana Virtanen",)


@pytest.mark.parametrize("outlet", ["The Example Shimbun", "Kyodo News", "The Daily Herald"])
def test_an_outlets_name_under_the_standfirst_is_the_byline(outlet: str) -> None:
    standfirst = (
        "The plan is the first of its kind. It will cost the government about 2 billion yen over three years."
    )
    body = "\n\n".join(
        ["The coast guard will send a team of instructors to the islands next month, officials said."] * 5
    )
    # The repost prints the outlet's name twice over the story.
    text = f"Coast guard to train island nations' crews\n\n{standfirst}\n\n{outlet}\n\n{outlet}\n\n{body}\n"
    assert parse_article(text, id="x").authors == (outlet,)
    assert _bylines.standfirst_author(outlet, 3) == (3, 3 + len(outlet))


@pytest.mark.parametrize("line", ["World News", "Sports News", "Breaking News", "Latest Stories"])
def test_a_sections_name_under_the_standfirst_is_no_byline(line: str) -> None:
    assert _bylines.standfirst_author(line, 0) is None


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "<h6><strong>Marta Ruiz</strong></h6> <h4><strong>El Gobierno ha anunciado hoy…</strong></h4>",
            "Marta Ruiz",
        ),
        ("<h5>Jan Kowalski</h5> Rząd ogłosił dziś nowy plan obrony.", "Jan Kowalski"),
    ],
)
def test_a_name_in_a_minor_headings_marks_opening_a_copy_is_its_byline(paragraph: str, name: str) -> None:
    found = _bylines.standfirst_author(paragraph, 0)
    assert found is not None
    assert paragraph[found[0] : found[1]] == name


@pytest.mark.parametrize(
    "paragraph",
    [
        "<h2>Strong Winds Expected</h2> The storm will reach the coast tonight.",
        "<h6><strong>Latest Stories</strong></h6> More from our site.",
        "<h6>the government said</h6> …",
    ],
)
def test_a_headline_or_label_in_heading_marks_is_no_byline(paragraph: str) -> None:
    assert _bylines.standfirst_author(paragraph, 0) is None


@pytest.mark.parametrize("name", ["Radio-Canada", "ICI Radio-Canada", "Yle", "NRK", "SVT", "RFI"])
def test_a_public_broadcasters_newsroom_signs_like_an_agency(name: str) -> None:
    assert _bylines.is_agency(name)


def test_a_broadcasters_name_alone_under_the_caption_is_the_byline() -> None:
    body = "\n\n".join(
        ["Les crues printanières atteignent leur sommet dans plusieurs régions du Québec."] * 5
    )
    caption = "Un sous-sol inondé à Laval, au bord de la rivière des Prairies."
    credit = "Photo : Radio-Canada / Jean Tremblay"
    text = f"Les crues atteignent leur sommet\n\n{caption}\n\n{credit}\n\nRadio-Canada\n\n{body}\n"
    assert parse_article(text, id="x").authors == ("Radio-Canada",)
