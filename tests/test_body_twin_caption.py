"""A caption printed twice on consecutive lines at the body's head: a photo's alt text and its caption.

The story starts under the pair, and both are the photo's captions. A paragraph printed again after
a blank line is the copy's slip and stays in the body. Each page is made up for the test.
"""

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

CAPTION = "Flooded tram tracks in the northern districts of the city."


def test_a_caption_printed_twice_on_consecutive_lines_is_the_photo_s() -> None:
    article = parse_article(f"{TITLE}\n\n{CAPTION}\n{CAPTION}\n\n{ONE}\n\n{TWO}\n\n{THREE}")
    assert [p.text for p in article.paragraphs] == [ONE, TWO, THREE]
    assert CAPTION in [caption.body.text for caption in article.captions]


def test_a_paragraph_printed_again_after_a_blank_line_stays() -> None:
    article = parse_article(f"{TITLE}\n\n{ONE}\n\n{ONE}\n\n{TWO}\n\n{THREE}")
    assert ONE in [p.text for p in article.paragraphs]


def test_a_pair_with_too_little_under_it_stays() -> None:
    article = parse_article(f"{TITLE}\n\n{CAPTION}\n{CAPTION}\n\n{ONE}")
    assert ONE in [p.text for p in article.paragraphs]
