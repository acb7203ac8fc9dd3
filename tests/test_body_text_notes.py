"""A note on the text itself at the body's edge (where it first ran, where to read it in full) is furniture.

Such a note ends in a full stop as a sentence does, so the edges' test of a sentence's end alone
keeps it; what it says of the text sets it apart. Each page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from body_cases import story_over as _story_over
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._boilerplate import TEXT_NOTE_CHARS, is_text_note

_NOTES = (
    "Read the full article in The Washington Post.",
    "Full statement here.",
    "You can read the joint leaders' statement here and the minister's remarks here.",
    "To download the full report please go to the institute's website here:",
    "This post was originally published on The Diplomat.",
    "First published by The Japan Times",
    "The original text is in Japanese.",
    "This article is part of a series of short texts on the alliance at seventy-five.",
    "Cet article est une traduction de l'article « Smoke or substance? », publié le 8 février 2024.",
    "Dieser Beitrag ist zuerst erschienen bei der Tageszeitung.",
    "Lea la nota completa en El País.",
    "“연합뉴스” 기사 내용을 3줄로 요약한 결과입니다. 일부 누락된 내용이 있어 본문 전체 읽기를 권장합니다.",
    "* 바로보기를 선택하면 원문을 열람할 수 있습니다.",
)


@pytest.mark.parametrize("line", _NOTES)
def test_a_note_on_the_text_itself_is_one(line):
    assert is_text_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "The report was published on Tuesday by the ministry.",
        "Japan published the full text of the agreement on its website.",
        "He said he had read the full report before the vote.",
        "Dans cet article, nous explorerons les raisons de ce choix.",
        "The statement was issued after the meeting in Brussels.",
        "정부는 회담 직후 공동성명 원문을 공개했다.",
    ],
)
def test_a_sentence_of_the_story_about_a_text_is_no_note(line):
    assert not is_text_note(line)


def test_a_longer_line_is_prose_whatever_it_says():
    line = "This article was first published " + "in a long series of reports on the alliance " * 5
    assert len(line) > TEXT_NOTE_CHARS
    assert not is_text_note(line)


@pytest.mark.parametrize("note", _NOTES[:5])
def test_a_note_under_the_last_prose_is_furniture(note):
    article = _story_over(note, between="\n")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert note in _furniture(article)


@pytest.mark.parametrize("note", [_NOTES[3], _NOTES[6], _NOTES[7], _NOTES[8]])
def test_a_note_over_the_first_prose_is_furniture(note):
    article = parse_article(f"{_TITLE}\n\n{note}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert note in _furniture(article)


def test_a_sentence_of_the_story_about_a_report_under_its_prose_stays():
    last = "The report was published on Tuesday by the ministry."
    article = _story_over(last, between="\n")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE, last]


_CAPTION = "A destroyer leads a formation of guided-missile destroyers."


def test_a_note_under_the_photos_caption_closes_the_head():
    note = "First published by The Japan Times"
    article = parse_article(f"{_TITLE}\n\n{_CAPTION}\n\n{note}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert _CAPTION in _furniture(article)


def test_a_note_under_two_paragraphs_of_prose_leaves_them_in_the_body():
    note = "This article was first published in the council's weekly bulletin."
    article = parse_article(f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{note}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs][:2] == [_ONE, _TWO]
