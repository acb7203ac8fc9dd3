"""Another story's title and its summary over a story are a link, not the story's headline.

A headline-shaped line over a longer line that takes up its words, neither sharing a word with the
story under them, is a teaser for another story. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_STORY = (
    "On Monday, India's space agency, ISRO, achieved a significant milestone with the launch of its"
    " polar satellite launch vehicle mission from Sriharikota, carrying a surveillance satellite.\n"
    "Engineers are evaluating flight data after a deviation was observed during the third stage.\n"
)
_TEASER = (
    "Tragic Bushfires in Victoria Claim Life and Destro\n"
    "Victoria's bushfires have caused one fatality and the loss of over 300 homes, leading to widespread\n"
)


class TestOtherStoryTeaser:
    """A title and summary sharing words with each other and none with the story are no headline."""

    def test_a_teaser_pair_over_an_unrelated_story_is_no_headline(self) -> None:
        assert parse_article(_TEASER + _STORY).headline is None

    def test_the_story_headline_over_its_standfirst_is_kept(self) -> None:
        headline = "India launches polar satellite mission with surveillance satellite"
        standfirst = "The launch from Sriharikota carried a surveillance satellite and fifteen others"
        article = parse_article(headline + "\n" + standfirst + "\n" + _STORY)
        assert headline == article.headline

    def test_a_title_over_an_unrelated_line_that_shares_none_of_its_words_is_kept(self) -> None:
        headline = "Tragic Bushfires in Victoria Claim Life and Destroy Homes"
        other = "Residents across the state prepare as crews work through the night near towns"
        assert headline == parse_article(headline + "\n" + other + "\n" + _STORY).headline
