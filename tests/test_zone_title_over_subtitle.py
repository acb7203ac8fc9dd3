"""A short title in title case over its subtitle in sentence case is the headline.

``Zeitenwende in Tokio`` over ``Japan verabschiedet sich von …``, with no date line or byline: a
title of more than two words whose every longer word the story repeats names the story, and the
line under it is its subtitle. A section's name over a headline (``Trade and Energy``) is still
passed over. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article


def _title(*lines: str) -> str | None:
    article = parse_article("\n\n".join(lines) + "\n", id="t")
    return None if article.title is None else article.title.text


_CASES = [
    (
        "Zeitenwende in Tokio",
        "Japan verabschiedet sich von seiner pazifistischen Verfassung",
        [
            "Die Regierung in Tokio hat eine Zeitenwende in der Sicherheitspolitik verkündet.",
            "Die Militärausgaben sollen sich in den kommenden fünf Jahren verdoppeln, so die Regierung.",
            "Kritiker warnen vor einem neuen Wettrüsten in der Region und vor höheren Steuern.",
        ],
    ),
    (
        "Nieuw Tijdperk in Tokio",
        "Japan verdubbelt de uitgaven aan defensie binnen vijf jaar",
        [
            "In Tokio is een nieuw tijdperk begonnen voor de defensie van het land, zei de premier.",
            "De uitgaven aan het leger worden binnen vijf jaar verdubbeld, volgens het plan van gisteren.",
            "Critici vrezen een nieuwe wapenwedloop in de regio en hogere belastingen voor bedrijven.",
        ],
    ),
    (
        "Storm Season Arrives Early",
        "Forecasters expect three typhoons before the month ends",
        [
            "The storm season arrives early this year, with warm seas feeding the typhoons.",
            "Officials urged residents of the coast to prepare emergency kits and follow evacuation orders.",
            "The last early season, nine years ago, brought floods to much of the southern islands.",
        ],
    ),
]


@pytest.mark.parametrize(("title", "subtitle", "story"), _CASES)
def test_a_short_title_over_its_subtitle_is_the_headline(title: str, subtitle: str, story: list[str]) -> None:
    assert _title(title, subtitle, *story) == title


def test_a_section_name_over_a_headline_is_passed_over() -> None:
    headline = "Japan and the EU sign a new deal on energy and trade"
    story = [
        "Japan and the European Union signed an agreement on trade and energy in Brussels on Monday.",
        "The deal cuts tariffs on energy equipment and opens public tenders to firms from both sides.",
        "Officials said the trade and energy pact would take effect next spring after ratification.",
    ]
    assert _title("Trade and Energy", headline, *story) == headline


def test_a_title_the_story_does_not_name_is_passed_over() -> None:
    subtitle = "Il Giappone raddoppia la spesa militare entro cinque anni"
    story = [
        "La spesa militare del Giappone raddoppierà entro il 2027, secondo il piano approvato ieri.",
        "I critici temono una nuova corsa agli armamenti nella regione e un aumento delle tasse.",
        "Il governo ha detto che il piano sarà finanziato in parte con nuove imposte sulle imprese.",
    ]
    assert _title("Notizie dal Mondo Oggi", subtitle, *story) == subtitle
