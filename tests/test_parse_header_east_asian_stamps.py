"""Date stamps of the Korean, Chinese and Japanese press: their labels, a source run into the date,
and the agency's opener of a story (a Korean bracket left open, a Chinese dispatch).

The lines are written for these tests.
"""

import datetime as dt

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.dates import find_dates, is_update_label, label_role
from japan_nato_corpus.model import PartialDate
from japan_nato_corpus.parse import _header


def _naive(*parts: int) -> dt.datetime:
    return dt.datetime(*parts)  # noqa: DTZ001 - the stamps give no zone


def _stamp(line: str) -> tuple[dt.datetime | None, str] | None:
    found = _header.header_date(line, 0, len(line))
    return None if found is None else (found.found.moment, found.found.label)


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("입력 2022-03-08 09:30", _naive(2022, 3, 8, 9, 30)),  # Korean "entered"
        ("등록 2021.11.30 18:05", _naive(2021, 11, 30, 18, 5)),  # registered
        ("기사 작성일 : 2020-02-03 07:41:09", _naive(2020, 2, 3, 7, 41, 9)),  # the article written on
        ("发布时间:2019-07-21 22:10", _naive(2019, 7, 21, 22, 10)),  # Chinese "published at"
        ("發布時間：2018-04-02 06:15", _naive(2018, 4, 2, 6, 15)),  # traditional, a full-width colon
        ("公開日：2023-10-05 13:20", _naive(2023, 10, 5, 13, 20)),  # Japanese "published on"
    ],
)
def test_an_east_asian_label_gives_the_page_its_stamp(line: str, moment: dt.datetime) -> None:
    assert _stamp(line) == (moment, "published")


@pytest.mark.parametrize(
    "line",
    [
        "입력 2022-03-08 09:30 수정 2022-03-08 11:02",  # entered, then modified
        "수정 2022-03-08 11:02 입력 2022-03-08 09:30",  # modified first: the entry stays the stamp
        "更新时间:2022-03-08 11:02 发布时间:2022-03-08 09:30",
    ],
)
def test_the_entry_stamp_is_taken_over_the_update(line: str) -> None:
    stamp = _stamp(line)
    assert stamp is not None
    assert stamp[0] == _naive(2022, 3, 8, 9, 30)


def test_update_labels_of_each_language_are_told() -> None:
    assert all(is_update_label(word) for word in ("수정", "更新时间", "更新日", "aktualisiert", "updated"))
    assert not any(is_update_label(word) for word in ("입력", "发布时间", "公開日", "published"))
    assert label_role("입력") == label_role("发布时间") == "published"


def test_a_date_label_in_another_script_needs_to_stand_before_the_date() -> None:
    # The label is the word before the date; the same word after it labels nothing.
    (found,) = find_dates("2022-03-08 09:30 입력", carry_year=False, bare_years=False)
    assert found.label == ""
    (found,) = find_dates("입력 2022-03-08 09:30", carry_year=False, bare_years=False)
    assert found.label == "입력"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("自媒体2021-06-30 08:12:44", None),  # a platform's own writer, run into the date
        ("来源：东方日报 2021-06-30 08:12", "东方日报"),  # a source and the outlet it names
        ("출처: 한국일보 2021-06-30", "한국일보"),
    ],
)
def test_a_source_label_before_the_date_is_its_source_line(line: str, outlet: str | None) -> None:
    found = _header.header_date(line, 0, len(line))
    assert found is not None
    assert found.found.date == PartialDate(year=2021, month=6, day=30)
    assert found.outlet == outlet


def test_an_unknown_word_run_into_a_date_is_no_source() -> None:
    assert _header.header_date("回复2021-06-30 08:12:44", 0, len("回复2021-06-30 08:12:44")) is None


def _dateline(text: str) -> tuple[str, str | None, str | None] | None:
    found = _header.dateline(text, 0, len(text), first=True)
    if found is None:
        return None
    signed = None if found.signed is None else text[slice(*found.signed)]
    return text[slice(*found.place)], found.agency, signed


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the wire's name dropped from the bracket, which stays open: "(부산=연합뉴스) 최민준 기자 ="
        ("(부산= 최민준 기자 = 해군은 15일 부산 앞바다에서 훈련을 실시했다.", ("부산", None, "최민준")),
        ("(워싱턴= 박서연 특파원 = 미국 국무부는 14일 성명을 발표했다.", ("워싱턴", None, "박서연")),
        # a Chinese dispatch: agency, place, the day, "dispatch", and its reporter in brackets
        ("新华社上海6月3日电(记者 王明)上海市政府今天宣布了新的计划。", ("上海", "新华社", "王明")),
        ("中新网 广州6月3日电 (李华)广东省气象台今天发布暴雨预警。", ("广州", "中新网", "李华")),
        ("南京6月3日电 江苏省今天召开会议。", ("南京", None, None)),
    ],
)
def test_an_east_asian_wire_opener_gives_place_agency_and_writer(
    text: str, read: tuple[str, str | None, str | None]
) -> None:
    assert _dateline(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "(부산= 해군은 15일 부산 앞바다에서 훈련을 실시했다.",  # an open bracket with no byline after it
        "(히로시마 로이터= 총리가 연설하고 있다.",  # a place and a photo agency: a caption's opener
        "他在上海6月3日电视讲话中表示支持。",  # "电视", television, in a sentence
    ],
)
def test_other_openers_give_no_dateline(text: str) -> None:
    assert _dateline(text) is None


def test_a_korean_page_reads_its_stamp_place_and_reporter() -> None:
    page = (
        "해군, 동해서 연합 훈련 실시\n\n"
        "입력 2022-03-08 09:30 수정 2022-03-08 11:02\n\n"
        "(부산= 최민준 기자 = 해군은 8일 동해 앞바다에서 연합 훈련을 실시했다고 밝혔다.\n\n"
        "훈련에는 함정 10여 척과 항공기 여러 대가 참가했다.\n"
    )
    article = parse_article(page, id="korean-stamp")
    assert article.published_at == _naive(2022, 3, 8, 9, 30)
    assert article.dateline is not None
    assert article.dateline.text == "부산"
    assert article.authors == ("최민준",)


def test_a_chinese_page_reads_its_stamp_place_and_reporter() -> None:
    page = (
        "上海发布新的城市计划\n\n"
        "发布时间：2019-07-21 22:10 来源：东方日报\n\n"
        "新华社上海7月21日电(记者 王明)上海市政府今天宣布了新的城市发展计划。\n\n"
        "计划包括交通、住房和环境等多个方面的内容。\n"
    )
    article = parse_article(page, id="chinese-stamp")
    assert article.published_at == _naive(2019, 7, 21, 22, 10)
    assert article.dateline is not None
    assert article.dateline.text == "上海"
    assert article.authors == ("王明",)
