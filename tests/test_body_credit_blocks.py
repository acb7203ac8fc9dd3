"""A photo's block among a story's paragraphs, closed by its labelled credit alone on its line.

"Harbour storm" (the photo's alt text) / "The storm hit the harbour on Sunday." (its caption) /
"Foto: AP" (its credit, labelled in any language of the vocabulary): each line of the block is the
photo's, not the story's; the story's own one-sentence paragraph over a line that is no credit
stays. A credit read as furniture at the head is a caption too. Each page is made up for the test.
"""

import pytest

from body_cases import ONE, THREE, TITLE, TWO, body_texts, caption_texts, furniture, parse_blocks
from japan_nato_corpus.parse._boilerplate import is_lone_credit


def photo_lines(article):
    """Every caption's and caption credit's text of ``article``, in order."""
    return [span.text for caption in article.captions for span in (caption.body, caption.credit) if span]


CAPTION = "The storm hit the harbour of the old town on Sunday evening."
ALT = "Harbour storm"


@pytest.mark.parametrize("credit", ["Foto: AP", "Kuva: Lehtikuva", "Bild: Jane Doe / dpa", "Photo : Agency"])
def test_a_caption_and_its_credit_between_paragraphs_are_the_photos(credit):
    article = parse_blocks(TITLE, ONE, TWO, CAPTION, credit, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert photo_lines(article) == [CAPTION, credit]


def test_the_alt_text_over_the_caption_is_the_photos_too():
    article = parse_blocks(TITLE, ONE, TWO, ALT, CAPTION, "Foto: Jane Doe / AFP", THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption_texts(article) == [ALT, CAPTION, "Foto: Jane Doe / AFP"]


def test_a_heading_over_its_sections_paragraph_stays_the_storys():
    heading = "Trains cancelled"
    article = parse_blocks(TITLE, ONE, heading, TWO, CAPTION, "Foto: AP", THREE)
    assert body_texts(article) == [ONE, heading, TWO, THREE]


def test_a_paragraph_of_two_sentences_over_a_credit_stays_the_storys():
    prose = "The storm hit the harbour on Sunday. Ferries stayed in port until the evening."
    article = parse_blocks(TITLE, ONE, TWO, prose, "Foto: AP", THREE)
    assert prose in body_texts(article)
    assert "Foto: AP" in caption_texts(article)


def test_a_quotation_over_a_credit_stays_the_storys():
    quote = "“We have never seen waves like these,” the harbour master said."
    article = parse_blocks(TITLE, ONE, TWO, quote, "Foto: AP", THREE)
    assert quote in body_texts(article)


def test_a_credit_read_as_furniture_at_the_head_is_a_caption():
    article = parse_blocks(TITLE, "Foto: Jane Doe / Reuters", ONE, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert "Foto: Jane Doe / Reuters" in caption_texts(article)
    assert "Foto: Jane Doe / Reuters" not in furniture(article)


@pytest.mark.parametrize("line", ["Foto: AP", "PHOTO | Agency", "Bildkälla: TT Bild", "Fotó: Jane Doe/MTI"])
def test_labelled_credits_alone_are_credits(line):
    assert is_lone_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: the minister leaves the harbour after the storm.",
        "Foto",
        "Photographers gathered at the port: many of them from abroad",
        "Foto: " + " ".join(["Jane"] * 9),
    ],
)
def test_captions_and_prose_are_no_lone_credits(line):
    assert not is_lone_credit(line)
