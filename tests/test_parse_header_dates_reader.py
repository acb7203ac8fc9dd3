"""The header reader's date lines, on shapes of page met in real text, each written in its general shape.

Other posts' teasers and their dates above the headline, summary bullets over the date line, and a
date broken over a line for each of its parts. The pages are written for these tests.
"""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import parse_article

_HEADLINE = "Ministers agree on a new maritime security plan for the region"
_LEDE = (
    "Ministers from the four countries met on Tuesday to discuss shipping lanes, port access and "
    "joint patrols in the region, officials said after a long day of talks in the capital."
)
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."
_LATER = "A second round is planned for the spring, when the foreign ministers meet again in the north."
_TEASERS = st.sampled_from(
    [
        "How the Navy Really Sees the Northern Sea Lanes",
        "White Ships and Little Blue Boats: The Looming Crisis Over the Islands",
        "Why the Alliance Is Rethinking Its Pacific Posture",
        "A Short History of Coastal Defence in the Archipelago",
    ]
)
_DAYS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))
_PAIRS = st.lists(st.tuples(_TEASERS, _DAYS), min_size=2, max_size=3, unique_by=lambda pair: pair[0])
"""Other posts' teasers, each with its date."""
_BYLINE = "By: Jane Doe | THE HARBOUR TIMES |"


def _long(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


class TestTeaserDatesAreNoPageDate:
    """Other posts' teasers over their dates, above the headline, give the page no date."""

    @given(_PAIRS)
    def test_a_run_of_teasers_and_dates_above_the_headline_dates_no_page(self, teasers):
        top = "\n".join(f"{teaser}\n{_long(day)}" for teaser, day in teasers)
        article = parse_article(f"{top}\n\n{_HEADLINE}\n\n{_BYLINE}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.published is None
        assert article.title is not None
        assert article.title.text == _HEADLINE

    @given(_PAIRS, _DAYS)
    def test_the_page_own_date_under_the_headline_is_still_read(self, teasers, own):
        top = "\n".join(f"{teaser}\n{_long(day)}" for teaser, day in teasers)
        article = parse_article(f"{top}\n\n{_HEADLINE}\n\n{_BYLINE}\n{_long(own)}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.published is not None
        assert (article.published.year, article.published.month, article.published.day) == (
            own.year,
            own.month,
            own.day,
        )

    @given(_DAYS)
    def test_one_section_line_over_a_date_above_the_headline_is_the_page_date(self, day):
        article = parse_article(f"World\n{_long(day)}\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.published is not None
        assert (article.published.year, article.published.month, article.published.day) == (
            day.year,
            day.month,
            day.day,
        )


class TestBylineLinesDateThePage:
    """A byline of the header that holds the date as well dates the page."""

    @given(_DAYS, st.sampled_from(["Von: Redaktion (dpa)", "By: Jane Doe", "Von Kenji Tanaka"]))
    def test_a_byline_with_a_dotted_date_over_the_headline_dates_the_page(self, day, byline):
        dotted = f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
        article = parse_article(f"{byline} | {dotted} | Überblick\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.published is not None
        assert (article.published.year, article.published.month, article.published.day) == (
            day.year,
            day.month,
            day.day,
        )
        assert article.authors


_MONTH_WORDS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}  # fmt: skip


class TestDatesBrokenOverLines:
    """A date whose day, month and year stand each on a line of its own, under the headline, is one date."""

    @given(_DAYS, st.sampled_from(sorted(_MONTH_WORDS)), st.booleans())
    def test_a_day_a_month_word_and_a_year_on_three_lines_date_the_page(self, day, language, month_first):
        month = _MONTH_WORDS[language][day.month - 1]
        parts = [month, str(day.day)] if month_first else [str(day.day), month]
        lines = "\n".join([*parts, str(day.year)])
        article = parse_article(f"{_HEADLINE}\n{lines}\n\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.published is not None
        assert (article.published.year, article.published.month, article.published.day) == (
            day.year,
            day.month,
            day.day,
        )
        assert article.published_span is not None
        assert article.published_span.text == lines
        assert article.paragraphs[0].text == _LEDE

    @given(st.integers(min_value=1, max_value=31), st.sampled_from(["Comments", "Shares", "Views", "Likes"]))
    def test_a_counter_over_its_label_and_a_year_is_no_date(self, count, label):
        article = parse_article(f"{_HEADLINE}\n{count}\n{label}\n2021\n\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.published is None or article.published.day is None


_BULLETS = st.lists(
    st.sampled_from(
        [
            "President welcomes the prime minister to a landmark summit on maritime security",
            "Discussions included the threat from missile launches and the planned water release",
            "Both leaders agreed to restart shuttle diplomacy after a decade of frosty ties",
            "Officials said a joint statement on supply chains would follow within weeks",
        ]
    ),
    min_size=1,
    max_size=4,
    unique=True,
)


class TestDateLinesUnderSummaryBullets:
    """A date line under the summary's bullets, in the header zone, dates the page; the bullets stay body."""

    @given(_BULLETS, _DAYS, st.sampled_from(["", "Reuters\n"]))
    def test_a_date_line_under_a_run_of_bullets_dates_the_page(self, bullets, day, agency):
        summary = "\n".join(f"  • {bullet}" for bullet in bullets)
        updated = f"Updated: 7:08pm, {day.day} {day:%B}, {day.year}"
        page = f"{_HEADLINE}\n\n{summary}\n\n{agency}{updated}\n\n{_LEDE}\n"
        article = parse_article(page)
        assert article.published is not None
        assert (article.published.year, article.published.month, article.published.day) == (
            day.year,
            day.month,
            day.day,
        )
        assert [paragraph.text for paragraph in article.paragraphs[: len(bullets)]] == [
            f"• {bullet}" for bullet in bullets
        ]

    @given(_BULLETS, _DAYS)
    def test_bullets_under_story_prose_open_no_summary_and_the_date_line_under_them_dates_no_page(
        self, bullets, day
    ):
        summary = "\n".join(f"• {bullet}" for bullet in bullets)
        updated = f"Updated: 7:08pm, {day.day} {day:%B}, {day.year}"
        page = f"{_HEADLINE}\n\n{_LEDE}\n{_MORE}\n\n{summary}\n\n{updated}\n\n{_LATER}\n"
        assert parse_article(page).published is None
