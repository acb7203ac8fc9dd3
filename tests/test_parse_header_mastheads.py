"""A newspaper's or a news site's name in its masthead, in another language than English, is no headline.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_STORY = [
    "Japonsko vyjádřilo znepokojení nad rostoucí vojenskou spoluprací Číny a Ruska, uvedlo ministerstvo.",
    "Ministerstvo obrany ve své výroční zprávě uvedlo, že obě země pořádají stále více společných cvičení.",
    "Zpráva také upozorňuje na rychlý růst čínských výdajů na obranu v posledních deseti letech.",
]


@pytest.mark.parametrize(
    "line",
    ["Moravské Noviny", "Gazeta Pomorska", "Helsingin Sanomat", "Gazzetta dello Sport", "Dagens Nyheter"],
)
def test_mastheads(line: str) -> None:
    assert _zone._is_masthead(line)


@pytest.mark.parametrize(
    "line",
    [
        "Japonsko znepokojují noviny",
        "Noviny a svět: co nás čeká v novém roce a proč",
        "Japan and China",
        "Gute Nachrichten für die Wirtschaft in Japan",
    ],
)
def test_headlines_are_no_mastheads(line: str) -> None:
    assert not _zone._is_masthead(line)


def test_masthead_over_its_date_line_is_not_the_headline() -> None:
    page = [
        "Noviny Moravského Kraje",
        "3. ledna 2026",
        "Japonsko znepokojuje rostoucí obranná spolupráce Číny a Ruska",
        *_STORY,
    ]
    article = parse_article("\n".join(page) + "\n", id="t")
    assert article.headline == "Japonsko znepokojuje rostoucí obranná spolupráce Číny a Ruska"
