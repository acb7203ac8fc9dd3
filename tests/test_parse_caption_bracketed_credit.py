"""A photo's credit alone in brackets under the headline (``[Yonhap Photo]``) stands for its caption.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_HEADLINE = "Yoon and Kishida agree to resume shuttle diplomacy"
_STORY = [
    "SEOUL -- South Korean President Yoon and Japanese Prime Minister Kishida agreed on Thursday to meet.",
    "The two leaders met at the prime minister's official residence in Tokyo for two sessions of talks.",
]


def _read(credit: str) -> tuple[str | None, list[str], str]:
    text = "\n".join([_HEADLINE, "By Park Sae-jin Posted : March 16, 2023, 18:49", credit, *_STORY]) + "\n"
    article = parse_article(text, id="t")
    title = None if article.title is None else article.title.text
    return title, [caption.body.text for caption in article.captions], article.paragraphs[0].text


@pytest.mark.parametrize("credit", ["[Yonhap Photo]", "(Photo: NATO)", "[Foto Reuters]"])
def test_bracketed_photo_credit_under_the_headline_is_a_caption(credit: str) -> None:
    title, captions, first = _read(credit)
    assert title == _HEADLINE
    assert captions == [credit]
    assert first.startswith("SEOUL --")


def test_bracketed_note_without_a_photo_word_is_no_caption() -> None:
    _, captions, _ = _read("[Unofficial transcript]")
    assert captions == []
