"""A copy wrapped narrower than any join reads keeps its first sentence at the body's head.

Its lines are short and end no sentence, as a site's labels do; the line under each goes on
with the sentence, in lower case, and the sentence ends a few lines down. Each page is made up
for the test.
"""

from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article

_HEAD = "Friday, March 11, 2011\n\ngempa di jepang\n\n"
"""The page's date and headline, over the copy."""
_NARROW = (
    "Gempa dengan",
    "kekuatan sekitar 8,9",
    "Skala Richter",
    "mengguncang Jepang.",
    "Gempa tersebut",
    "menimbulkan",
    "gelombang tsunami di",
    "sejumlah daerah.",
    "Gelombang tsunami",
    "dilaporkan terjadi di",
    "Kota Onahama di",
    "wilayah Fukushima.",
)


def test_the_first_lines_of_a_narrow_copy_stay_in_the_body():
    article = parse_article(_HEAD + "\n".join(_NARROW))
    texts = [p.text for p in article.paragraphs]
    assert texts[:4] == list(_NARROW[:4])
    assert not set(_NARROW[:4]) & set(_furniture(article))


def test_a_menu_of_single_words_over_the_story_is_still_furniture():
    menu = ("Home", "news", "sports")
    article = parse_article(_HEAD + "\n".join((*menu, *_NARROW)))
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == _NARROW[0]
    assert not set(menu) & set(texts)
