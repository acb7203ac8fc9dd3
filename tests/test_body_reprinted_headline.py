"""The headline printed again among the body's first paragraphs closes the head."""

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_STANDFIRST = "The plan underscores the council's growing focus on the northern districts."


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _body(text: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article(text).paragraphs]


def test_the_standfirst_over_the_headline_printed_again_is_not_body() -> None:
    text = _page("Local News", TITLE, _STANDFIRST, TITLE, ONE, TWO, THREE)
    assert _body(text) == [ONE, TWO, THREE]


def test_the_headline_printed_again_deep_in_the_story_leaves_the_story_whole() -> None:
    text = _page("Local News", TITLE, _STANDFIRST, ONE, TWO, THREE, TITLE, ONE)
    assert _body(text)[:3] == [_STANDFIRST, ONE, TWO]


def test_a_paragraph_of_other_words_stays() -> None:
    text = _page(
        "Local News", TITLE, _STANDFIRST, "Council backs a smaller transport budget", ONE, TWO, THREE
    )
    assert _STANDFIRST in _body(text)


def test_a_browser_notice_and_an_ad_label_over_the_headline_printed_again_are_not_body() -> None:
    notice = (
        "Sorry, we do not support the browser you are using.",
        "For the best experience, please update to the latest version of your browser.",
        "If you have questions, write to our help desk.",
        "Advertisement",
    )
    text = _page(TITLE, *notice, TITLE, ONE, TWO, THREE)
    assert _body(text) == [ONE, TWO, THREE]
