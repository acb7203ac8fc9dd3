"""A line over the story's lede that names nothing the story is about is no headline.

An advertisement's or a widget's line (``Lose Weight Fast!``) right over the lede shares no word
with the lede or the story; a headline names what its story is about. The pages are written for
these tests.
"""

from japan_nato_corpus import parse_article

_LEDE = (
    "In a follow-up on the measles outbreak in Japan, the National Institute of Infectious Diseases"
    " in Tokyo reports 467 cases through May 9, the highest number in a decade.\n"
)
_CREDIT = "Image/Robert Herriman\n\n"
"""A photo's credit under the lede, so that the lede stands in the page's header zone."""
_STORY = (
    "This is the highest number of measles cases recorded during the same time period in a decade.\n"
    "In comparison, a total of 282 measles cases were reported nationally in 2018, officials said.\n"
)


class TestUnrelatedLineOverLede:
    """A line over the lede sharing none of its words, nor the story's, is passed over."""

    def test_an_advert_over_the_lede_is_no_headline(self) -> None:
        assert parse_article("Lose Weight Fast!\n\n" + _LEDE + "\n" + _CREDIT + _STORY).headline is None

    def test_a_headline_naming_the_story_over_its_lede_is_kept(self) -> None:
        headline = "Measles cases in Japan reach a decade high"
        assert headline == parse_article(headline + "\n\n" + _LEDE + "\n" + _CREDIT + _STORY).headline
