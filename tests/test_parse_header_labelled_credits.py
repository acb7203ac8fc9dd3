"""The header zone on a photo's caption closed by a labelled credit (``... Japan. Image Credit: Reuters``).

Such a line over the story's first paragraph is the photo's caption, never the headline. The pages
are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_CAPTION = "Pedestrians walk past the harbour gate in Osaka, Japan."
_LEDE = (
    "Tokyo: Ministers from the four countries met on Tuesday to discuss shipping lanes, port access "
    "and joint patrols in the region."
)
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."


@pytest.mark.parametrize("credit", ["Image Credit: Reuters", "Photo: AFP", "Credit: Jane Doe", "Foto: dpa"])
def test_caption_with_a_labelled_credit_is_no_headline(credit: str) -> None:
    caption = f"{_CAPTION} {credit}"
    assert _bylines.photo_credit_suffix(caption) == len(_CAPTION) + 1
    article = parse_article(f"japan\n{caption}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.title is None
    assert [found.body.text for found in article.captions] == [_CAPTION]
    assert [found.credit.text for found in article.captions if found.credit is not None] == [credit]


def test_sentence_with_a_colon_in_running_text_has_no_credit() -> None:
    assert (
        _bylines.photo_credit_suffix("The minister said one thing. Credit: where it is due, he added: yes")
        is None
    )
