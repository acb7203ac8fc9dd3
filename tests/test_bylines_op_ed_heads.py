"""An op-ed's writer named over or in its headline: a Han name over ``name:headline``, a Thai
headline closed by ``| given-name surname``.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_HAN_LEDE = "【某報文章】近年來區域局勢變化甚大,各國政府都在重新思考其外交與防衛政策的方向。"
_HAN_PROSE = "\n\n".join([_HAN_LEDE] * 4)


@pytest.mark.parametrize(
    ("name", "headline"),
    [("陳家明", "陳家明:從選舉看區域安全的新變化"), ("林美玲", "林美玲：亞洲的新秩序")],
)
def test_a_han_name_over_a_headline_opened_by_it_is_the_byline(name: str, headline: str) -> None:
    found = _bylines.names_over_affiliation(name, headline, 5)
    assert found == [(5, 5 + len(name))]
    page = parse_article(f"評論\n\n{name}\n\n{headline}\n\n{_HAN_PROSE}\n", id="x")
    assert page.authors == (name,)
    assert page.headline == headline


@pytest.mark.parametrize(
    ("name", "following"),
    [("陳家明", "王小明:從選舉看區域安全"), ("陳家明", "陳家明從選舉看區域安全"), ("陳家明", "陳家明")],
)
def test_a_han_name_over_another_line_names_no_one(name: str, following: str) -> None:
    assert _bylines.names_over_affiliation(name, following, 0) is None


def test_a_thai_headline_closed_by_a_name_after_a_bar_hands_over_to_it() -> None:
    line = "ไทยกับความร่วมมือทางทะเลในภูมิภาค | สมชาย ใจดี"
    found = _bylines.title_byline(line, 0)
    assert found is not None
    at, (start, end) = found
    assert line[:at] == "ไทยกับความร่วมมือทางทะเลในภูมิภาค"
    assert line[start:end] == "สมชาย ใจดี"


@pytest.mark.parametrize(
    "line",
    [
        "ไทยกับความร่วมมือทางทะเลในภูมิภาค | ไทยรัฐออนไลน์",
        "Thailand and maritime cooperation | สมชาย ใจดี",
        "ไทยกับความร่วมมือทางทะเลในภูมิภาค | Example News",
    ],
)
def test_a_site_or_a_latin_headline_after_a_bar_is_no_thai_writer(line: str) -> None:
    assert _bylines.title_byline(line, 0) is None
