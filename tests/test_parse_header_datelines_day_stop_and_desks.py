"""Datelines closed by a full stop after their day, video scripts' bracketed days, and desks' names."""

from japan_nato_corpus.parse._header import dateline

_PROSE = (
    " the ministry said on Tuesday that the talks with its neighbours would resume next month, after a"
    " pause of more than a year in which the two sides exchanged only written notes."
)


def _place(line: str) -> str | None:
    found = dateline(line, 0, len(line), first=True)
    return None if found is None else line[found.place[0] : found.place[1]]


def test_a_day_s_full_stop_closes_a_wire_s_dateline() -> None:
    assert _place("ASTANA, March 4. The" + _PROSE) == "ASTANA"
    assert _place("TBILISI, Georgia, May 20. Officials said" + _PROSE) == "TBILISI"
    assert _place("Minsk, July 2. Officials said" + _PROSE) == "Minsk"


def test_a_full_stop_without_a_day_is_no_dateline_sign() -> None:
    line = "WASHINGTON. The" + _PROSE  # only the story's first paragraph may be so (its own reader)
    assert dateline(line, 0, len(line)) is None


def test_a_video_script_s_bracketed_day_and_agency() -> None:
    line = "LAGOS, NIGERIA (MARCH 3, 2019) (REUTERS) – Voters queued" + _PROSE
    found = dateline(line, 0, len(line), first=True)
    assert found is not None
    assert line[found.place[0] : found.place[1]] == "LAGOS"
    assert found.agency == "REUTERS"
    assert found.found is None  # the day it was filmed, not the page's


def test_a_desk_s_name_before_a_colon_is_no_place() -> None:
    assert _place("گروه سیاسی: وزیر امور خارجه امروز گفت" + _PROSE) is None
    assert _place("NEWS DESK: The" + _PROSE) is None
    assert _place("TOKYO: The" + _PROSE) == "TOKYO"
