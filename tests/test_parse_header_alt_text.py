"""An image's alt text naming the story it stands for ("Illustrative photo for: ...") is a caption.

Such a line repeats the headline after a photo's label, so it is shaped like one; the label
tells it apart. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_STORY = (
    "Japan is moving to ease its restrictive arms export rules, aiming to boost the domestic defense"
    " industry and deepen security cooperation with partner countries, officials said on Tuesday.\n"
    "The government revised limits on defense equipment exports to enable the sale of weapons overseas.\n"
)
_ALT = "Illustrative photo for: Japan to Ease Arms-Export Rules to Boost Defense Industry"


class TestAltTextCaption:
    """A line opening with a photo's label and ``for:`` is a caption, never the headline."""

    def test_alt_text_is_not_the_headline(self) -> None:
        assert parse_article(_ALT + "\nPublished 2026-04-21\n" + _STORY).headline is None

    def test_alt_text_is_a_caption(self) -> None:
        article = parse_article(_ALT + "\nPublished 2026-04-21\n" + _STORY)
        assert [_ALT] == [caption.body.text for caption in article.captions]

    def test_the_headline_over_alt_text_is_kept(self) -> None:
        headline = "Japan to ease arms-export rules to boost its defense industry"
        alt = "Related image for: " + headline
        article = parse_article(headline + "\nPublished 2026-04-21\n" + alt + "\n" + _STORY)
        assert headline == article.headline
