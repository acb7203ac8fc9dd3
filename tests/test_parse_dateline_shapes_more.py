"""Datelines of other shapes: the Korean press's bracket and byline, a state's initials, a site's brand
with its place in brackets, the date before the place; and a topic's headline that is no dateline.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header


def _read(text: str) -> tuple[str, str | None, str | None] | None:
    end = text.find("\n")
    end = len(text) if end < 0 else end
    found = _header.dateline(text, 0, end, first=True)
    if found is None:
        return None
    signed = None if found.signed is None else text[slice(*found.signed)]
    return text[slice(*found.place)], found.agency, signed


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "(부산=연합뉴스) 최민준 기자 = 해군은 15일 부산 앞바다에서 연합 훈련을 실시했다고 밝혔다.",
            ("부산", "연합뉴스", "최민준"),
        ),
        (
            "(워싱턴=뉴시스) 박서연 특파원 = 미국 국무부는 14일 성명을 발표했다.",
            ("워싱턴", "뉴시스", "박서연"),
        ),
        ("(도쿄=연합뉴스) 일본 정부는 15일 각의에서 방위비 증액을 결정했다.", ("도쿄", "연합뉴스", None)),
        ("【ソウル=山田花子】韓国国防省は15日、演習を実施したと発表した。", ("ソウル", None, "山田花子")),
    ],
)
def test_an_east_asian_opener_gives_place_wire_and_writer(
    text: str, read: tuple[str, str | None, str | None]
) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "(1 dollar = 150 yen) The yen fell again on Monday as traders waited for the central bank.",
        "(모름=모름) 일본 정부는 15일 각의에서 방위비 증액을 결정했다.",  # an unknown name and no byline
    ],
)
def test_other_brackets_open_no_dateline(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Washington, D.C. – Two senators released a statement on Monday on the new defence pact.",
            "Washington, D.C.",
        ),
        (
            "Springfield, U.S.A. — The city council voted on Tuesday to approve the new budget for roads.",
            "Springfield, U.S.A.",
        ),
        (
            "MarketWatch (London) – Sterling slipped against the dollar on Monday as traders waited.",
            "London",
        ),
        (
            "ForexLive (Sydney) - The Australian dollar rose after the central bank held its rate.",
            "Sydney",
        ),
        (
            "Thursday, 24 May 2018, Brussels: The council agreed to accept the request of the embassy.",
            "Brussels",
        ),
        (
            "3 June 2021, TOKYO – The ministry said it would send two ships to the exercise next month.",
            "TOKYO",
        ),
        ("Mittwoch, 3. Juni 2021, Berlin: Die Regierung hat am Mittwoch den Haushalt beschlossen.", "Berlin"),
    ],
)
def test_the_place_is_read(text: str, place: str) -> None:
    read = _read(text)
    assert read is not None
    assert read[0] == place


def test_a_topic_and_its_title_over_a_blank_line_are_a_headline() -> None:
    text = (
        "Taiwan – Japan zegt de VS te zullen steunen tegen China\n\n"
        "Rond de politieke dreiging uit China heeft Japan nu ook een positie ingenomen in de kwestie.\n"
        "De regering in Tokio liet dat op maandag weten na overleg met de Verenigde Staten.\n"
    )
    assert _read(text) is None
    article = parse_article(text, id="t")
    assert article.dateline is None
    assert article.headline is not None
    assert article.headline.startswith("Taiwan – Japan")


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo – Japan said on Monday it would raise its defence budget to a record high next year.\n\nMore.",
        "Tokyo – Japan said on Monday it would raise its defence budget\nto a record high next year.",
    ],
)
def test_a_lede_after_a_titled_place_keeps_its_dateline(text: str) -> None:
    read = _read(text)
    assert read is not None
    assert read[0] == "Tokyo"


@pytest.mark.parametrize(
    ("line", "place", "day"),
    [
        ("Berne, Communiqué de presse, 14.03.2015", "Berne", "2015-03-14"),
        ("Tokyo, Press Release, June 3, 2021", "Tokyo", "2021-06-03"),
        ("ROMA, Comunicato stampa, 3 giugno 2021", "ROMA", "2021-06-03"),
    ],
)
def test_a_release_line_gives_its_place_and_date(line: str, place: str, day: str) -> None:
    found = _header.header_date(line, 0, len(line))
    assert found is not None
    assert found.place is not None
    assert line[slice(*found.place)] == place
    assert str(found.found.date) == day


def test_a_writer_and_his_job_before_a_date_give_no_place() -> None:
    line = "Jane Doe, Staff Writer, June 3, 2021"
    found = _header.header_date(line, 0, len(line))
    assert found is None or found.place is None
