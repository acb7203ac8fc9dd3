"""A photo's alt text and caption in the same words, on two lines in a row at the body's top.

"Flood damage in the northern districts." printed twice, the second on the very next line, over
the story: the photo's, not the story's; the story starts under them. A summary printed again as
the lede, a blank line between, stays the story's. Each page is made up for the test.
"""

from body_cases import ONE, THREE, TITLE, TWO, body_texts, caption_texts
from japan_nato_corpus import parse_article

CAPTION = "Flood damage in the northern districts of the city after the storm."


def test_a_caption_printed_twice_on_lines_in_a_row_is_the_photos():
    article = parse_article(f"{TITLE}\n\n{CAPTION}\n{CAPTION}\n\n{ONE}\n\n{TWO}\n\n{THREE}")
    assert body_texts(article) == [ONE, TWO, THREE]
    assert CAPTION in caption_texts(article)


def test_a_line_printed_twice_with_a_blank_line_between_stays():
    article = parse_article(f"{TITLE}\n\n{ONE}\n\n{ONE}\n\n{TWO}\n\n{THREE}")
    assert body_texts(article)[-2:] == [TWO, THREE]
    assert ONE in body_texts(article)


def test_a_line_printed_twice_on_a_page_of_lines_with_no_blank_line_between_stays():
    article = parse_article(f"{TITLE}\n{CAPTION}\n{CAPTION}\n{ONE}\n{TWO}\n{THREE}")
    assert CAPTION not in caption_texts(article)
