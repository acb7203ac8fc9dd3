"""A dateline in capitals with its month in capitals and the agency's name in capitals after the date.

``STEPANAKERT, OCTOBER 22, ARTSAKHPRESS: …``: the place, the month and day, the agency, a colon.
The lines are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._header import dateline

_LINE = (
    'STEPANAKERT, OCTOBER 22, ARTSAKHPRESS: Exercises called "Sharp Sword" are held every two years in Japan.'
)


class TestDatelineInCapitals:
    """The month in capitals and the agency in capitals are read as parts of the dateline."""

    def test_place_and_agency_are_read(self) -> None:
        found = dateline(_LINE, 0, len(_LINE))
        assert found is not None
        assert _LINE[slice(*found.place)] == "STEPANAKERT"
        assert found.agency == "ARTSAKHPRESS"

    def test_a_month_in_capitals_before_a_dash(self) -> None:
        line = "STEPANAKERT, OCTOBER 22 – Exercises called Sharp Sword are held every two years in Japan."
        found = dateline(line, 0, len(line))
        assert found is not None
        assert line[slice(*found.place)] == "STEPANAKERT"

    def test_a_word_in_capitals_after_the_date_without_a_colon_or_stop_is_no_agency(self) -> None:
        line = "STEPANAKERT, OCTOBER 22, ARTSAKHPRESS said exercises are held every two years in Japan."
        found = dateline(line, 0, len(line))
        assert found is None or found.agency != "ARTSAKHPRESS"

    def test_the_story_under_a_lede_has_the_dateline(self) -> None:
        page = (
            "Japan and the United States will hold joint military exercises from November 10, the"
            " Ministry of Defense of Japan said on Saturday, reports Reuters.\n\n" + _LINE + " About 36,000"
            " troops, 30 ships and 370 aircraft will take part in the drills.\n"
        )
        article = parse_article(page)
        assert article.dateline is not None
        assert article.dateline.text == "STEPANAKERT"
