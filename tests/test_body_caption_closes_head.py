"""A photo's caption among the body's first paragraphs closes the head, under a head's shape.

A summary and the photo's alt text over the caption are the header's ("There is room for
cooperation …" / "American Japanese ships" / the caption); two sentences over a caption are a
photo essay's own prose, and the story's paragraphs over a caption stay. Each page is made up
for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article

_SUMMARY = "There is room for more trams, although the cost could anger the suburbs."
_CAPTION = "A tram crosses the river bridge in the city centre on Monday. (Photo: Jane Doe/Agency)"


def test_a_summary_and_alt_text_over_a_caption_are_the_head():
    text = f"{_TITLE}\n\n{_SUMMARY}\n\nTram bridge\n\n{_CAPTION}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}"
    article = parse_article(text)
    assert len(article.captions) == 1
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert {_SUMMARY, "Tram bridge"} <= set(_furniture(article))


def test_two_sentences_over_a_caption_stay_in_the_body():
    lede = "Torrential rain swamped the city on Monday, the heaviest in decades."
    text = f"{_TITLE}\n\n{lede}\n\n{_SUMMARY}\n\n{_CAPTION}\n\n{_ONE}\n\n{_TWO}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs][:2] == [lede, _SUMMARY]


def test_the_storys_paragraphs_over_a_caption_stay_in_the_body():
    article = parse_article(f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{_CAPTION}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
