"""A site's controls and prompts printed as text over the headline: menus, log-in, search, text size.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_STORY = [
    "The coast guard said on Tuesday that two patrol ships had left the port to search the area at dawn.",
    "The ships will stay in the area for several days, the agency said, as the weather is expected to calm.",
    "Officials said the search would go on through the week, and that more ships could join it later.",
]


def _parsed(*head: str) -> tuple[str | None, list[str]]:
    article = parse_article("\n".join([*head, *_STORY]) + "\n", id="t")
    return article.headline, [author.text for author in article.authors]


@pytest.mark.parametrize(
    "line",
    [
        "Open navbar",
        "Close Navbar",
        "Skip to main content",
        "Toggle navigation",
        "Menü schließen",
        "Aller au contenu",
        "Saltar al contenido",
        "Zaloguj się",
        "Avaa valikko",
        "☰ Menu",
        "Text size A+ A-",
        "ログイン",
        "ゲストさん ログイン",
        "文字サイズ",
        "音声読み上げ・やさしい表示はこちら",
        "跳到主要内容",
        "본문 바로가기",
        "Закрыть меню",
    ],
)
def test_control_lines_are_site_controls(line: str) -> None:
    assert _zone.is_site_control(line)


@pytest.mark.parametrize(
    "line",
    [
        "Coast guard ships search the area",
        "Search for missing sailors goes on",
        "Japan opens its skies to new airlines",
        "In and out",
        "Ministers close ranks over the budget",
        "海上保安庁が捜索を続ける",
    ],
)
def test_headlines_are_no_site_controls(line: str) -> None:
    assert not _zone.is_site_control(line)


def test_menu_buttons_over_the_headline_are_neither_headline_nor_author() -> None:
    headline, authors = _parsed(
        "Open navbar", "Close navbar", "Coast guard ships search the bay for a lost boat"
    )
    assert headline == "Coast guard ships search the bay for a lost boat"
    assert authors == []


def test_log_in_and_accessibility_prompts_are_not_the_headline() -> None:
    headline, _ = _parsed(
        "文字サイズ", "やさしいブラウザはこちらからご利用ください", "海上保安庁が湾内で不明の漁船を捜索"
    )
    assert headline == "海上保安庁が湾内で不明の漁船を捜索"


def test_skip_link_is_not_the_headline() -> None:
    headline, _ = _parsed("Skip to content", "Sign in", "Coast guard ships search the bay for a lost boat")
    assert headline == "Coast guard ships search the bay for a lost boat"
