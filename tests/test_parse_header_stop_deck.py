"""The header zone on a headline closed by a full stop over a standfirst of one shorter sentence.

``Germany and Japan deepen their defence ties as China rises.`` over ``Both countries seek closer
military cooperation.`` over the story's paragraph: the first line is the headline. A page that
opens with long sentences of a lede has none. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_HEADLINE = "Germany and Japan deepen their defence ties as China rises."
_DECK = "Both countries seek closer military cooperation in the region."
_PARAGRAPH = (
    "Germany and Japan agreed on Tuesday to widen their defence cooperation in response to the "
    "growing influence of China in the region."
)
_MORE = "The ministers pledged joint training and closer work on technology over the coming years."


def test_stop_closed_headline_over_a_shorter_standfirst_is_the_headline() -> None:
    article = parse_article(f"{_HEADLINE}\n{_DECK}\n{_PARAGRAPH}\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == _HEADLINE
    assert _PARAGRAPH in [paragraph.text for paragraph in article.paragraphs]


def test_long_opening_sentences_are_a_lede_not_a_headline() -> None:
    lede = (
        "The defence ministry announced on Friday that its air force had held joint drills with "
        "the allied air force over the sea of Japan."
    )
    second = "The move came in response to a ballistic missile launched by the North on Friday."
    article = parse_article(f"{lede}\n{second}\n{_PARAGRAPH}\n{_MORE}\n")
    assert article.title is None
    assert article.paragraphs[0].text == lede
