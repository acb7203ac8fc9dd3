"""Two date stamps run together, the first one's minutes straight into the second one's day.

``15.06.2022, 14:5115.06.2022, 17:17`` is a page's publication and update stamps with their line
break lost: the line splits after the first time, which is read with its date. The pages are
written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.dates import find_dates
from japan_nato_corpus.parse import _header

_GLUED = "15.06.2022, 14:5115.06.2022, 17:17"


def test_the_line_splits_after_the_first_stamp_s_time():
    assert _header.run_in_date(_GLUED) == len("15.06.2022, 14:51")


def test_a_date_in_a_span_takes_the_time_its_digits_run_past():
    found = find_dates(_GLUED, end=len("15.06.2022, 14:51"), carry_year=False, bare_years=False)
    assert [(d.text, d.moment.hour, d.moment.minute) for d in found if d.moment] == [
        ("15.06.2022, 14:51", 14, 51)
    ]


def test_the_page_is_dated_with_the_first_stamp_s_time():
    text = (
        "Otan: le Japon crée la surprise par un acte inédit\n\n"
        "Le Premier ministre japonais sera présent au prochain sommet de l'Otan.\n"
        f"{_GLUED}\n\n"
        "Le Premier ministre japonais Fumio Kishida a annoncé, mercredi, qu'il allait assister au sommet.\n\n"
        "Le sommet intervient à un moment clé alors que la guerre fait rage depuis fin février.\n"
    )
    article = parse_article(text)
    assert str(article.published) == "2022-06-15"
    assert article.published_at is not None
    assert (article.published_at.hour, article.published_at.minute) == (14, 51)


def test_a_time_with_no_stamp_glued_after_it_splits_nothing():
    assert _header.run_in_date("15.06.2022, 14:51") is None
