"""Bylines read by their shape in more languages and places: an East Asian byline in the body, a
Korean lede's bracketed reporter and an anchor's hand-over, a journal's note on its author, a
by-word of a script without capitals, a phrase for the paper's correspondent, a writer's box under
the story, a name under the head's labels, and newspaper words that name no one.

The lines and pages are written for these tests.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines


def _names(line: str) -> list[str] | None:
    found = _bylines.byline(line, 0)
    return None if found is None else [line[start:end] for start, end in found]


def _standfirst(paragraph: str) -> str | None:
    found = _bylines.standfirst_author(paragraph, 0)
    return None if found is None else paragraph[found[0] : found[1]]


_PROSE = (
    "The ministers met in the capital on Monday to discuss closer ties in defence and trade, "
    "officials said after the talks ended late in the evening."
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("〔作者簡介〕林美玲,某某大學國際關係學院教授", ["林美玲"]),  # a journal's note on its author
        ("作者简介：王建国，某某研究院研究员", ["王建国"]),
        ("เผยแพร่:   ปรับปรุง:   โดย: ทีมข่าวต่างประเทศ", ["ทีมข่าวต่างประเทศ"]),  # Thai "by", empty labels before
        ("Avec notre correspondant à Pékin, Jeanne Dupont", ["Jeanne Dupont"]),
        ("De notre envoyée spéciale en Ukraine, Marie Leclerc", ["Marie Leclerc"]),
        ("Dal nostro corrispondente a Tokyo, Marco Bianchi", ["Marco Bianchi"]),
        ("Von unserem Korrespondenten in Tokio, Hans Weber", ["Hans Weber"]),
        ("From our correspondent in Delhi, Jane Roe", ["Jane Roe"]),
    ],
)
def test_a_byline_of_another_shape_names_its_writer(line: str, names: list[str]) -> None:
    assert _names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "〔作者簡介〕",  # the label alone
        "โดย: Jane Doe และ",  # a name with capitals is no name of a script without them, here
        "โดย: ทีม ข่าว ต่าง ประเทศ วันนี้",  # five words: a sentence, no name
        "Avec notre correspondant à Pékin, la situation reste tendue",  # prose after the phrase
    ],
)
def test_a_line_near_those_shapes_names_no_one(line: str) -> None:
    assert _names(line) is None


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("[한국일보=김지훈 기자] 정부는 3일 국무회의를 열고", "김지훈"),  # outlet, "=", reporter, title
        ("【서울경제=이수민 특파원】 미국 정부는", "이수민"),
        ("김민서 기자의 보도입니다.", "김민서"),  # an anchor hands over to the reporter
        ("오현우 기자가 전합니다.", "오현우"),
    ],
)
def test_a_korean_lede_or_hand_over_names_its_reporter(paragraph: str, name: str) -> None:
    assert _standfirst(paragraph) == name


@pytest.mark.parametrize(
    "paragraph",
    [
        "[속보] 정부는 3일 국무회의를 열고",  # a label in brackets, no reporter
        "김민서 기자의 보도입니다. 정부는 3일 국무회의를 열고",  # the hand-over goes on as prose
    ],
)
def test_a_korean_lede_without_a_reporter_names_no_one(paragraph: str) -> None:
    assert _standfirst(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Jane Doe is a political reporter at the Example Herald, based in Wellington.", "Jane Doe"),
        ("Marie Leclerc est journaliste spécialisée en économie. Elle écrit aussi.", "Marie Leclerc"),
        ("Hans Weber ist Korrespondent der Zeitung in Tokio.", "Hans Weber"),
        ("Lucía Pérez es periodista y vive en Madrid.", "Lucía Pérez"),
        ("Marco Bianchi è giornalista e scrive di Asia.", "Marco Bianchi"),
    ],
)
def test_a_note_on_the_writer_names_him(paragraph: str, name: str) -> None:
    found = _bylines.foot_author_note(paragraph, 0)
    assert found is not None
    assert paragraph[found[0] : found[1]] == name


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jane Doe is a good friend of the minister and a keen sailor.",  # no job
        "Jane Doe is a reporter who said the ministers would meet again on Friday.",  # a story's clause
        (
            "Fumio Kishida is the prime minister of Japan and has led the party since 2021, he noted on a "
            "long trip abroad that took him to five countries in a single week."
        ),  # a long sentence of the story
        "Dr. Jane Doe is the senior director for Asia and will take questions after her remarks.",
        "the minister is a reporter",  # no name
    ],
)
def test_a_sentence_of_the_story_is_no_note(paragraph: str) -> None:
    assert _bylines.foot_author_note(paragraph, 0) is None


@pytest.mark.parametrize(
    ("paragraph", "bio"),
    [
        ('"Coffee lover. Typical music fan. Certified writer."', True),
        ("Travel guru. Web fanatic. Award-winning bacon scholar. Reader.", True),
        ("The talks ended. Both sides spoke.", False),  # two phrases
        ("The ministers met in the capital on Monday to talk. Both sides spoke. It ended.", False),
        ("coffee lover. music fan. writer.", False),  # in lower case
        ("Coffee lover, music fan, writer", False),  # no stops
    ],
)
def test_a_bio_of_short_phrases_is_told_from_prose(paragraph: str, *, bio: bool) -> None:
    assert _bylines.is_bio_tagline(paragraph) is bio


@pytest.mark.parametrize("text", ["Slovenské Noviny", "Neue Zeitung", "Dnevnik Vesti", "Lords Chamber"])
def test_a_newspaper_or_a_chamber_is_no_name(text: str) -> None:
    assert not _bylines.is_name(text)


def test_a_korean_byline_under_the_story_is_read_in_the_body() -> None:
    paragraphs = "\n".join(f"정부는 {i}일 국무회의를 열고 예산안을 의결했다고 밝혔다." for i in range(1, 7))
    page = f"한미일 국방장관 회의 개최\n\n{paragraphs}\n최지우 기자 jiwoo@example.co.kr\n"
    article = parse_article(page)
    assert article.authors == ("최지우",)
    assert all("최지우" not in paragraph.text for paragraph in article.paragraphs)


def test_a_writer_box_under_the_story_names_its_author() -> None:
    body = "\n\n".join([_PROSE] * 5)
    bio = "Coffee lover. Typical music fan. Certified writer."
    page = f"Ministers Agree on Closer Ties\n\n{body}\n\nJane Roe\n\n{bio}\n"
    article = parse_article(page)
    assert article.authors == ("Jane Roe",)
    assert all("Coffee lover" not in paragraph.text for paragraph in article.paragraphs)


def test_a_note_on_the_writer_under_the_story_names_its_author() -> None:
    body = "\n\n".join([_PROSE] * 5)
    note = "Marie Leclerc est journaliste spécialisée en économie. Elle collabore au Journal."
    article = parse_article(f"Ministers Agree on Closer Ties\n\n{body}\n\n{note}\n")
    assert article.authors == ("Marie Leclerc",)
    assert all("Leclerc" not in paragraph.text for paragraph in article.paragraphs)


def test_a_note_on_a_speaker_over_the_remarks_is_no_author() -> None:
    body = "\n\n".join([_PROSE] * 4)
    note = "Jane Doe is a senior director for Asia at the council."
    article = parse_article(f"Briefing on the Visit\n\n{body}\n\n{note}\n\n{_PROSE}\n")
    assert article.authors == ()


def test_a_name_under_the_head_labels_is_the_byline() -> None:
    page = f"Ministers Agree on Closer Ties\n\nFlags of two nations\n\nJane Roe\n\n{_PROSE}\n\n{_PROSE}\n"
    article = parse_article(page)
    assert article.authors == ("Jane Roe",)
    assert article.paragraphs[0].text == _PROSE


def test_a_subheading_of_common_words_under_the_head_labels_is_no_byline() -> None:
    prose = "The storm's centre was offshore, and the forecast said the storm would weaken by the evening."
    page = (
        "Storm Warning Issued for the Coast\n\nStorm Warning\nPhoto via Jane Roe / Example\n\n"
        f"Storm Forecast\n\n{prose}\n\n{_PROSE}\n"
    )
    assert parse_article(page).authors == ()


@given(st.text(max_size=200))
def test_the_new_readers_give_pieces_inside_the_text(text: str) -> None:
    note = _bylines.foot_author_note(text, 0)
    assert note is None or (0 <= note[0] < note[1] <= len(text) and _bylines.is_name(text[note[0] : note[1]]))
    named = _bylines.standfirst_author(text, 0)
    assert named is None or 0 <= named[0] < named[1] <= len(text)
    found = _bylines.byline(text, 0)
    assert found is None or all(0 <= start < end <= len(text) for start, end in found)
    assert isinstance(_bylines.is_bio_tagline(text), bool)


@pytest.mark.parametrize(
    ("text", "address"),
    [("Oxu.az", True), ("example.co.uk", True), ("Oxu az", False), ("The talks ended.", False)],
)
def test_a_site_address_alone_is_told_from_words(text: str, *, address: bool) -> None:
    assert _bylines.is_site_address(text) is address


def test_a_site_address_under_the_story_over_its_closing_labels_signs_it_off() -> None:
    body = "\n\n".join([_PROSE] * 5)
    labels = "No comments\n\nNews feed\n\n05 October 2024\n\nPrevious news"
    article = parse_article(f"Ministers Agree on Closer Ties\n\n{body}\n\nExample.az\n\n{labels}\n")
    assert article.authors == ("Example.az",)


def test_a_site_address_under_a_line_that_closes_no_sentence_signs_nothing() -> None:
    body = "\n\n".join([_PROSE] * 5)
    article = parse_article(f"Ministers Agree on Closer Ties\n\n{body}\n\nMore on the talks\n\nExample.az\n")
    assert "Example.az" not in article.authors


@pytest.mark.parametrize(
    ("line", "following", "names"),
    [
        ("林美玲,陳志豪", "(某某大學 國際關係學院,台北 100)", ["林美玲", "陳志豪"]),
        ("王建国", "（某某研究院 战略研究所,北京 100000）", ["王建国"]),
        ("林美玲,陳志豪", "(台北 100)", None),  # no institution in the bracket
        ("日本,越南", "日本和越南加强了合作关系。", None),  # no bracket under the names
        ("日本和越南加强了合作关系", "(某某大學)", None),  # a sentence, no list of names
    ],
)
def test_han_names_over_their_institution_are_the_writers(
    line: str, following: str, names: list[str] | None
) -> None:
    found = _bylines.names_over_affiliation(line, following, 0)
    assert (None if found is None else [line[start:end] for start, end in found]) == names
