"""A copyright notice run into the end of the body's last paragraph, on its line, is furniture."""

from body_cases import ONE, TITLE, TWO
from japan_nato_corpus import parse_article

_LAST = f"{ONE} {TWO} Among the topics being floated is a joint command for the two services"


def _last(text: str) -> str:
    return parse_article(text).paragraphs[-1].text


def test_a_notice_run_into_the_last_sentence_is_cut_off() -> None:
    article = parse_article(f"{TITLE}\n\n{_LAST} © Korea Risk Group. All rights reserved. |")
    assert article.paragraphs[-1].text == _LAST
    assert any(b.span.text.startswith("© Korea Risk Group") for b in article.boilerplate)


def test_a_long_run_after_the_sign_is_prose_and_stays() -> None:
    tail = " © and the two services would share it" + ", the officials said, over the coming years" * 3 + "."
    assert _last(f"{TITLE}\n\n{_LAST}{tail}").endswith("coming years.")
