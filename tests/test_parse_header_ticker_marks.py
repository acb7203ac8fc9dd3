"""Ticker and menu lines are told by two separators or more; a run of dots is one mark.

A headline may carry an ellipsis written as a run of middle dots ("검토···韓"), which is not a
ticker of items. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_STORY = (
    "The prime minister is weighing attending the alliance's summit later this month, officials said on"
    " Saturday, in a move to deepen ties with partners in Europe and North America.\n"
    "The visit would be the first by a leader of the country to the meeting, the officials added.\n"
)


class TestTickerMarks:
    """A headline with one run of middle dots is kept; a line of separated items is not."""

    def test_a_run_of_middle_dots_in_a_headline_is_one_mark(self) -> None:
        headline = "Kishida weighs attending the summit···Seoul eyes talks with Tokyo"
        assert headline == parse_article(headline + "\n" + _STORY).headline

    def test_a_line_of_items_between_dots_is_not_the_headline(self) -> None:
        ticker = "Politics · Economy · World"
        headline = "Kishida weighs attending the summit in Madrid"
        assert headline == parse_article(ticker + "\n" + headline + "\n" + _STORY).headline


class TestDateInFiguresOverHeadline:
    """A date written in figures with dots is the story's date line, not a counter over its label."""

    def test_the_line_under_a_dotted_date_is_the_headline(self) -> None:
        headline = "Acquiring counterstrike capabilities is no simple matter for Japan (Geoeconomic Briefing)"
        page = "Programs\n2023.12.14\n" + headline + "\n" + _STORY
        assert headline == parse_article(page).headline

    def test_the_line_under_a_counter_is_still_its_label(self) -> None:
        headline = "Kishida weighs attending the summit in Madrid"
        page = headline + "\n810\nViews and shares of the week\n" + _STORY
        assert headline == parse_article(page).headline
