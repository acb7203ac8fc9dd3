"""The headline printed again with a photo's credit after it ("X, Foto: pixabay") is the photo's caption.

Of the two lines, the one alone is the headline; the copy that the credit closes is the image's
caption. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_HEADLINE = "Deutschland und Japan stärken Verteidigungsbündnis"
_STORY = (
    "Berlin sucht angesichts wachsender Bedrohungen durch Russland gezielt nach neuen"
    " Verteidigungspartnern. Ein Schwerpunkt liegt dabei auf Japan, das technologisch stark ist.\n\n"
    "Beide Länder treiben die Zusammenarbeit in Rüstungsfragen entschlossen voran, um die Sicherheit"
    " Europas langfristig zu gewährleisten.\n"
)


class TestCreditedCopyOfHeadline:
    """A line that repeats the headline and adds a labelled credit is read as a caption."""

    def test_the_line_alone_is_the_headline(self) -> None:
        page = f"{_HEADLINE}\n{_HEADLINE}, Foto: pixabay\n\n{_STORY}"
        assert parse_article(page).headline == _HEADLINE

    def test_the_credited_copy_is_a_caption(self) -> None:
        page = f"{_HEADLINE}\n{_HEADLINE}, Foto: pixabay\n\n{_STORY}"
        captions = [caption.body.text for caption in parse_article(page).captions]
        assert captions == [f"{_HEADLINE}, Foto: pixabay"]

    def test_a_longer_headline_without_a_credit_still_wins(self) -> None:
        longer = _HEADLINE + " gegen Russlands Drohungen"
        page = f"{_HEADLINE}\n{longer}\n\n{_STORY}"
        assert parse_article(page).headline == longer
