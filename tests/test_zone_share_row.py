"""A row of share buttons over a story is furniture: no headline, and no one's name.

``Twitter Facebook Reddit Pinterest Email`` (or ``WhatsApp Telegram E-mail``) between a
headline and its story is the page's share bar. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._bylines import is_share_row

_STORY = [
    "The two governments signed the agreement in the capital on Monday, officials said.",
    "It lets both sides exchange classified information on defence and security matters.",
    "Ministers said the deal would deepen cooperation between their armed forces.",
]
_GERMAN = [
    "Die beiden Regierungen unterzeichneten das Abkommen am Montag in der Hauptstadt.",
    "Es erlaubt beiden Seiten, vertrauliche Informationen zur Verteidigung auszutauschen.",
    "Die Minister sagten, das Abkommen werde die Zusammenarbeit der Streitkräfte vertiefen.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("row", "story"),
    [
        ("Twitter Facebook Reddit Pinterest Email", _STORY),
        ("WhatsApp Telegram E-mail", _GERMAN),
        ("Share | Tweet | Email", _STORY),
    ],
)
def test_a_share_row_on_a_page_with_no_headline_is_no_headline(row: str, story: list[str]) -> None:
    article = parse_article(_page(row, *story))
    assert article.headline is None
    assert article.authors == ()


@pytest.mark.parametrize("row", ["Twitter Facebook Reddit Pinterest Email", "WhatsApp Telegram E-mail"])
def test_the_headline_over_a_share_row_is_found(row: str) -> None:
    article = parse_article(_page("Two allies sign an information security pact", row, *_STORY))
    assert article.headline == "Two allies sign an information security pact"
    assert article.authors == ()


@pytest.mark.parametrize("line", ["Twitter Facebook", "Facebook, Twitter, LinkedIn", "Share | Tweet | Email"])
def test_two_or_more_button_names_are_a_share_row(line: str) -> None:
    assert is_share_row(line)


@pytest.mark.parametrize("line", ["Twitter", "Twitter bans the account", "Line Of Duty"])
def test_one_button_name_or_a_sentence_is_no_share_row(line: str) -> None:
    assert not is_share_row(line)
