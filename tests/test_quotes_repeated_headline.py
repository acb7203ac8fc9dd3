"""find_quotes: a short line printed twice near the top of a page, up to its quote, is the page's title."""

from quote_cases import speakers


def test_a_headline_printed_twice_is_no_quote_even_after_a_menu():
    text = (
        "Recent Posts\n\u00ab   2024/05   \u00bb\n"
        '북한의 김여정 씨, "기시다 수상이 조기 회담 의향 전해왔다" 본문\n\n'
        '북한의 김여정 씨, "기시다 수상이 조기 회담 의향 전해왔다"\n\n'
        "김여정 씨가 25일 담화를 발표했습니다.\n"
    )
    assert speakers(text, ()) == []


def test_a_short_line_printed_once_after_a_menu_stays_a_quote():
    text = (
        "Recent Posts\n\u00ab   2024/05   \u00bb\n"
        '김여정 씨는 "기시다 수상이 조기 회담 의향 전해왔다"고 밝혔다\n'
    )
    assert [quoted for quoted, _ in speakers(text, ())] == ["기시다 수상이 조기 회담 의향 전해왔다"]
