"""A name closed by a colon alone on the page's first line, over the story's prose, is its writer;
a transcript's speaker label, standing again over a later turn, is not.

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_PROSE = (
    "The recent meeting of the two ministers has taken the decision to invite a third country to "
    "join their force posture initiatives, a step layered on the older alliance system of the region."
)
_MORE = "This also caps a development begun by a security declaration signed fifteen years ago."


def test_a_writer_with_a_colon_over_the_story() -> None:
    article = parse_article(f"Jane Roe:\n{_PROSE}\n{_MORE}\n", id="writer-colon")
    assert article.authors == ("Jane Roe",)


def test_a_speaker_label_over_two_turns_names_no_writer() -> None:
    text = f"Jane Roe:\n{_PROSE}\nJohn Doe:\n{_MORE}\nJane Roe:\n{_MORE}\n"
    assert parse_article(text, id="transcript").authors == ()
