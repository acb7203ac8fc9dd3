"""The byline reader on a paper's name under a photo's caption.

``Photo: … (Japan Maritime Self-Defence Force)`` over ``The Straits Times`` over the story: the
paper's name is the photo's or the story's source, not its author. The same name under the
headline with no caption between is the byline, as before. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_HEADLINE = "Japan and Australia Strengthen Defence Ties with Historic Warship Agreement"
_CAPTION = (
    "Photo: A shipyard launches the fourth frigate of its class, Mikuma. (Japan Maritime Self-Defence Force)"
)
_LEDE = (
    "Japan has reached a milestone in its defence export history, as its security council approved "
    "the sale of frigates to Australia for its frigate program."
)
_MORE = "The decision was announced by the Foreign Ministry on Tuesday, officials in both capitals said."


def test_a_papers_name_under_a_caption_is_no_author():
    article = parse_article(f"{_HEADLINE}\n{_CAPTION}\nThe Straits Times\n{_LEDE}\n{_MORE}")
    assert article.headline == _HEADLINE
    assert article.credits == ()


def test_a_papers_name_under_the_headline_is_the_byline():
    article = parse_article(f"{_HEADLINE}\nThe Straits Times\n{_LEDE}\n{_MORE}")
    assert [credit.name.text for credit in article.credits] == ["The Straits Times"]
