"""A page that prints its header twice dates itself by the date line under the headline's second print.

The headline, its standfirst, a byline and a caption; then the headline again, the standfirst and
the date alone on its line; then the story. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_HEADLINE = "Japan strives to improve its global standing in science"
_STANDFIRST = "A nation’s ambitious scientific goals are bringing in the best from around the world."
_STORY = (
    "Yuki Morono goes to work each day with a single overriding aim: to probe the limits of Earth’s"
    " biosphere, says the microbiologist, who works in a research group in Kochi.\n\n"
    "He was astonished, therefore, to find a community of microbes that had survived for more than"
    " 100 million years in a dormant state beneath the Pacific Ocean seabed.\n"
)


def _page(date_line: str) -> str:
    top = f"News feature\n\n{_HEADLINE}\n\n{_STANDFIRST}\n\n  • David McNeill\n\n"
    caption = "JAXA scientists retrieve a capsule dropped by Hayabusa2 in Australia.\nCredit: JAXA/AP\n\n"
    return top + caption + f"{_HEADLINE}\n\n{_STANDFIRST}\n\n{date_line}\n\nDavid McNeill\n\n" + _STORY


class TestHeaderPrintedTwice:
    """The date alone under the headline's second print is the page's; the story stays the body."""

    def test_the_date_under_the_second_print_dates_the_page(self) -> None:
        article = parse_article(_page("24 March 2022"))
        assert str(article.published) == "2022-03-24"

    def test_the_date_line_is_no_paragraph_of_the_body(self) -> None:
        assert "24 March 2022" not in parse_article(_page("24 March 2022")).body

    def test_a_date_without_a_day_under_the_second_print_dates_nothing(self) -> None:
        assert parse_article(_page("March 2022")).published is None
