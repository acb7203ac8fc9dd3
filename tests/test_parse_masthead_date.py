"""A date a site prints between its masthead's lines is today's date, not the story's.

The pages are written for these tests.
"""

from japan_nato_corpus import Article, parse_article

_STORY = [
    "The city council voted on Tuesday to build a new bridge over the river, after two years of talks.",
    "Work is to start in the spring and should take three years, the council's planning office said.",
    "Residents on both banks said the bridge would cut their journeys to work by half an hour or more.",
]
_HEADLINE = "City council votes to build a new bridge over the river"


def _article(head: list[str]) -> Article:
    return parse_article("\n\n".join([*head, _HEADLINE, *_STORY]) + "\n", id="t")


def test_a_date_between_masthead_lines_is_no_publication_date() -> None:
    article = _article(["Riverside Noviny", "3. marca 2026", "Riverside Noviny", "Správy pre každého"])
    assert article.headline == _HEADLINE
    assert article.published is None


def test_a_lone_date_over_the_headline_stays_the_pages() -> None:
    article = _article(["Riverside Noviny", "3. marca 2026"])
    assert article.headline == _HEADLINE
    assert str(article.published) == "2026-03-03"


def test_a_date_under_the_masthead_and_over_the_headline_stays_the_pages() -> None:
    article = _article(["3. marca 2026", "Riverside Noviny"])
    assert str(article.published) == "2026-03-03"


def test_a_date_opening_the_page_over_the_site_name_and_tagline_is_no_publication_date() -> None:
    article = _article(["3. marca 2026", "Riverside Noviny", "Správy pre každého"])
    assert article.headline == _HEADLINE
    assert article.published is None


def test_a_date_opening_the_page_over_one_masthead_line_stays_the_pages() -> None:
    article = _article(["3. marca 2026", "Riverside Noviny"])
    assert str(article.published) == "2026-03-03"
