"""What stands where a dateline's place would is a place: a month of any language after its day,
never a site's address nor a news agency's name.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_LEDE = "Delegations from both countries met for talks on maritime security and closer defence ties."


def _place(line: str) -> str | None:
    found = _header.dateline(line, 0, len(line), first=True)
    return None if found is None or found.placeless else line[found.place[0] : found.place[1]]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Praga, 3. března - Delegace obou zemí jednaly o námořní bezpečnosti a obraně.", "Praga"),
        ("Helsinki, 12. syyskuuta - Maiden valtuuskunnat neuvottelivat turvallisuudesta.", "Helsinki"),
        ("Lizbona, 7. junij - Delegaciji sta se sestali na pogovorih o varnosti na morju.", "Lizbona"),
    ],
)
def test_a_day_and_a_month_of_any_language(line: str, place: str) -> None:
    assert place == _place(line)


def test_a_day_and_a_word_that_is_no_month() -> None:
    assert _place("Praga, 3 lidé - Delegace obou zemí jednaly o námořní bezpečnosti a obraně.") is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (f"OSAKA, EXAMPLE.TV - {_LEDE}", "OSAKA"),
        (f"OSAKA, Sitename.com - {_LEDE}", "OSAKA"),
        (f"OSAKA, JAPAN - {_LEDE}", "OSAKA, JAPAN"),
        (f"Washington, D.C. - {_LEDE}", "Washington, D.C."),
    ],
)
def test_a_site_address_after_the_place_is_no_country(line: str, place: str) -> None:
    assert place == _place(line)


@pytest.mark.parametrize(
    "line",
    [
        "خبرگزاری نمونه: هیئت‌های دو کشور درباره امنیت دریایی و همکاری دفاعی گفتگو کردند و توافق کردند.",
        "Agencia Ejemplo: Las delegaciones de ambos países se reunieron para hablar de seguridad marítima.",
    ],
)
def test_an_agency_in_the_place_stead_names_no_place(line: str) -> None:
    found = _header.dateline(line, 0, len(line), first=True)
    assert found is not None
    assert found.placeless
    assert _place(line) is None


def test_an_agency_opener_opens_the_story_and_gives_no_dateline() -> None:
    lede = "هیئت‌های دو کشور درباره امنیت دریایی و همکاری دفاعی گفتگو کردند و توافق کردند."
    text = f"گفتگوی دو کشور\n\n{lede}\n\nخبرگزاری نمونه: {lede}\n\nسخنگوی وزارت گفت که گفتگوها ادامه دارد.\n"
    article = parse_article(text, id="agency-opener")
    assert article.dateline is None
    assert article.paragraphs[0].text.startswith("خبرگزاری نمونه:")
