"""A place its shape alone does not tell is a dateline's when it is a city or a country CLDR names:
run into the lede's first word, written with a word in lower case, or alone with its country in
brackets over the story. An unknown name so shaped is none.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_LEDE = "delegations from both countries met for talks on maritime security and closer defence ties."


def _place(line: str) -> str | None:
    found = _header.dateline(line, 0, len(line), first=True)
    return None if found is None else line[found.place[0] : found.place[1]]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("SEOULDelegasi kedua negara bertemu untuk membahas keamanan maritim dan pertahanan.", "SEOUL"),
        ("MadridDie Delegationen beider Länder trafen sich zu Gesprächen über die Sicherheit.", "Madrid"),
    ],
)
def test_a_known_place_run_into_the_lede(line: str, place: str) -> None:
    assert place == _place(line)


@pytest.mark.parametrize(
    "line",
    [
        "ACMEDelegasi kedua negara bertemu untuk membahas keamanan maritim dan pertahanan.",
        "FirmaDie Delegationen beider Länder trafen sich zu Gesprächen über die Sicherheit.",
    ],
)
def test_an_unknown_name_run_into_the_lede_is_none(line: str) -> None:
    assert _place(line) is None


def test_a_glued_place_only_opens_the_first_paragraph() -> None:
    line = "MadridDie Delegationen beider Länder trafen sich zu Gesprächen über die Sicherheit."
    assert _header.dateline(line, 0, len(line), first=False) is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (f"South korea: The {_LEDE}", "South korea"),
        (f"New zealand - The {_LEDE}", "New zealand"),
    ],
)
def test_a_known_place_with_a_word_in_lower_case(line: str, place: str) -> None:
    assert place == _place(line)


def test_an_unknown_name_with_a_word_in_lower_case_is_none() -> None:
    assert _place(f"Market update: The {_LEDE}") is None


def test_a_place_and_its_country_in_brackets_over_a_speech() -> None:
    text = (
        "Speeches | Archive\n\nSecretary-General Jane Doe\n\nSeoul (South Korea)\n\n"
        "3 May 2012\n\nRemarks at the press club\n\n"
        "Good morning. It is a great pleasure to meet you during my visit here. "
        "I would like to thank the government for its warm hospitality and excellent arrangements.\n\n"
        "Let me begin by saying how happy I am to be here, among friends, at this important time.\n"
    )
    article = parse_article(text, id="placed-country")
    assert article.dateline is not None
    assert article.dateline.text == "Seoul"


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Tokyo (Japan)", "Tokyo"), ("Canberra (Australia)", None), ("Jane Doe (Japan)", None)],
)
def test_placed_country_needs_both_names_known(line: str, expected: str | None) -> None:
    found = _header.placed_country(line, 0, len(line))
    assert expected == (None if found is None else line[found.place[0] : found.place[1]])
