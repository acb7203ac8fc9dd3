"""The zone's headline over a photo's credit line (``Photo: AFP``) stays the headline.

The caption reader takes a line over a credit for the photo's caption, but not the line the
header zone read as the headline. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_HEADLINE = "Ohtani hits his first home run of the season in a win over the Giants"
_STORY = [
    "Shohei Ohtani hit his first home run of the season on Wednesday, a two-run shot in the fifth inning.",
    "The slugger, who signed a record contract in the winter, had gone without one in his first games.",
]


def test_headline_over_a_photo_credit_is_the_title_not_a_caption() -> None:
    article = parse_article("\n".join([_HEADLINE, "Photo: AFP", *_STORY]) + "\n", id="t")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert all(caption.body.text != _HEADLINE for caption in article.captions)


def test_caption_over_a_photo_credit_under_the_headline_is_still_a_caption() -> None:
    caption = "Shohei Ohtani rounds the bases after his home run in the fifth inning."
    article = parse_article("\n".join([_HEADLINE, caption, "Photo: AFP", *_STORY]) + "\n", id="t")
    assert any(found.body.text == caption for found in article.captions)


def test_sentence_over_a_photo_credit_under_a_short_headline_is_the_caption() -> None:
    caption = "Flags outside the headquarters in Brussels."
    article = parse_article(
        "\n".join(["Leaders meet", caption, "Photo: Getty Images", *_STORY]) + "\n", id="t"
    )
    assert [found.body.text for found in article.captions] == [caption]
