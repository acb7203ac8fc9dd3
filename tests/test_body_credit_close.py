"""A photo's caption closed by its credit, labelled in the page's language (``credit_labels``).

"… 1974. Bildkälla: TT Bild", "… övar. Foto: Richard R. Schünemann/Unsplash.", "Radu Miruță
Sursa foto: Facebook", "… parceria. (Imagem: Marinha do Brasil | Brasil, 2025)": among the story's
paragraphs or over its first one, such a line is the photo's caption, not prose nor the site's
furniture. A label's word inside a sentence closes nothing. Each page is made up for the test.
"""

import re

import pytest

from body_cases import ONE, THREE, TITLE, TWO, body_texts, caption_texts, parse_blocks
from japan_nato_corpus.parse._boilerplate import credit_labels


@pytest.mark.parametrize(
    "caption",
    [
        "Två spårvagnar i depån vid Ringvägen. Bildkälla: Bertil Ericson/TT Bild",
        "Två spårvagnar i depån vid Ringvägen. Foto: Richard R. Schünemann/Unsplash.",
        "Um bonde novo no depósito da avenida. (Imagem: Prefeitura | Brasil, 2025)",
    ],
)
def test_a_caption_closed_by_its_labelled_credit_is_lifted_from_the_body(caption: str) -> None:
    article = parse_blocks(TITLE, ONE, TWO, caption, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    words = caption.split(".", maxsplit=1)[0]
    assert any(found.startswith(words) for found in caption_texts(article))


@pytest.mark.parametrize(
    "caption",
    [
        "Radu Miruță Sursa foto: Facebook",
        "Um bonde novo no depósito da avenida. (Imagem: Prefeitura | Brasil, 2025)",
    ],
)
def test_a_head_line_closed_by_a_labelled_credit_is_a_caption(caption: str) -> None:
    article = parse_blocks(TITLE, caption, ONE, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption in caption_texts(article)


def test_a_label_word_inside_a_sentence_closes_no_caption() -> None:
    line = "The council said its photo: archive would open to the public. Officials agreed on Tuesday."
    article = parse_blocks(TITLE, ONE, TWO, line, THREE)
    assert body_texts(article) == [ONE, TWO, line, THREE]


def test_the_longer_of_two_labels_that_open_alike_is_tried_first() -> None:
    label = re.compile(credit_labels(), re.IGNORECASE).match("Bildkälla: TT Bild")
    assert label is not None
    assert label.group() == "Bildkälla"


def test_a_head_line_closed_by_an_image_library_after_a_dash_is_a_caption() -> None:
    caption = "The tram depot on the ring road, seen from the air - Wikimedia Commons"
    article = parse_blocks(TITLE, caption, ONE, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption in caption_texts(article)


def test_a_dash_before_a_word_that_names_no_image_library_closes_no_caption() -> None:
    line = "The council met the drivers' union on Tuesday - Officials agreed on a timetable."
    article = parse_blocks(TITLE, ONE, TWO, line, THREE)
    assert line in body_texts(article)
