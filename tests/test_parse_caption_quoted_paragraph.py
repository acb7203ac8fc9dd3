"""A paragraph of quoted speech over a photo's credit is the story's, and the credit is the caption.

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_HEADLINE = "Ohtani hits his first home run for his new team"
_FIRST = (
    "Playing his ninth game for his new team, Ohtani pulled a sinker from a left-hander into the right-field"
    " pavilion on Wednesday, ending the longest drought of his career."
)
_QUOTE = "“Honestly, very relieved that I was able to hit my first homer,” Ohtani said."
_LAST = "The home run came in his 41st plate appearance for the club, which signed him after last season."


def _article(over_credit: str) -> tuple[list[str], list[str]]:
    article = parse_article(f"{_HEADLINE}\n{_FIRST}\n{over_credit}\nPhoto: AFP\n{_LAST}\n")
    return [c.body.text for c in article.captions], [p.text for p in article.paragraphs]


class TestQuotedParagraphOverCredit:
    """Quoted speech over a credit stays in the body; a describing line over a credit is the caption."""

    def test_quoted_speech_stays_in_the_body(self) -> None:
        captions, paragraphs = _article(_QUOTE)
        assert _QUOTE in paragraphs
        assert _QUOTE not in captions

    def test_the_credit_alone_is_the_caption(self) -> None:
        captions, _ = _article(_QUOTE)
        assert any("Photo: AFP" in caption for caption in captions)

    def test_a_describing_line_over_the_credit_is_still_the_caption(self) -> None:
        caption = "Shohei Ohtani rounds the bases after hitting a home run in the seventh inning"
        captions, paragraphs = _article(caption)
        assert [caption] == captions
        assert caption not in paragraphs
