"""Datelines: a country after ``The`` opening a sentence is no place; the Spanish press's ``Tokio.-``."""

from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._header import dateline

_MORE = "The ministers are also due to meet their counterparts for talks on trade and energy this week."
_LEDE_ES = (
    "Corea del Norte lanzó un misil balístico el jueves, lo que obligó al Gobierno a emitir una"
    " alerta para los residentes de la región de Hokkaido."
)


def _dateline(first: str, rest: str = _MORE) -> str | None:
    article = parse_article(f"A headline for the test page here\n\n{first}\n\n{rest}\n", id="t")
    return None if article.dateline is None else article.dateline.text


def test_a_country_after_the_opening_a_sentence_on_a_pair_is_no_dateline() -> None:
    first = (
        "The Brazil – Japan partnership is the most rapidly advancing partnership in the region and"
        " has become a truly multi-dimensional one."
    )
    rest = "Brazil and Japan signed a new agreement on energy and trade this week, officials said."
    assert _dateline(first, rest) is None


def test_a_place_that_holds_its_article_stays_a_dateline() -> None:
    first = (
        "The Hague – Leaders of the alliance met on Tuesday to agree on a new target for spending,"
        " officials said."
    )
    assert _dateline(first) == "The Hague"


def test_a_place_and_country_closed_by_a_stop_and_dash_are_a_dateline() -> None:
    assert _dateline(f"Lima, Perú.- {_LEDE_ES}", _LEDE_ES) == "Lima"


def test_a_place_closed_by_a_stop_and_dash_is_a_dateline() -> None:
    assert _dateline(f"Quito.- {_LEDE_ES}", _LEDE_ES) == "Quito"


def test_initials_closed_by_a_stop_and_dash_open_no_dateline() -> None:
    line = "The U.S.- Japan alliance is the cornerstone of peace and stability in the region, officials said."
    assert dateline(line, 0, len(line), first=True) is None


@given(st.sampled_from(["Lima", "Quito", "Bogotá", "Tokio", "Caracas"]))
def test_any_title_case_place_before_a_stop_and_dash_is_read(place: str) -> None:
    line = f"{place}.- {_LEDE_ES}"
    found = dateline(line, 0, len(line), first=True)
    assert found is not None
    assert line[slice(*found.place)] == place


def test_a_place_and_its_country_set_off_by_a_bar_before_a_dash_are_a_dateline() -> None:
    line = "DOHA | QATAR – The foreign minister will arrive in the capital today as part of a regional tour."
    found = dateline(line, 0, len(line), first=True)
    assert found is not None
    assert line[slice(*found.place)] == "DOHA"


def test_a_place_and_its_country_after_a_comma_keep_their_span() -> None:
    line = "YOKOSUKA, JAPAN – The minister visited a frigate on Tuesday as the two countries boost ties."
    found = dateline(line, 0, len(line), first=True)
    assert found is not None
    assert line[slice(*found.place)] == "YOKOSUKA, JAPAN"
