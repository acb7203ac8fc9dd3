"""A subscription wall over the story is the page's furniture, not the story's first lines.

A paywall prints its offers over the story: lines that state a price and the period it bills
by ("$1 per week for 24 weeks*", "4,99 € pro Monat"), among short lines of perks and sign-in
prompts. Two such lines or more over the first prose make a wall; the story starts under it.
A price in the story's own sentences stands under prose, and stays. Each page is made up for
the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import body_texts as _body_texts
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._boilerplate import is_offer_line


@pytest.mark.parametrize(
    "line",
    [
        "$1 per week for 24 weeks*",
        "$4.75/week*",
        "*Billed as $19 plus GST every four weeks. Cancel any time.",
        "£2 a month for your first three months",
        "4,99 € pro Monat",
        "Dès 9,90 € par mois, sans engagement",
        "Solo 1 € al mese per i primi 3 mesi",
        "CHF 12 im Monat",
    ],
)
def test_a_price_and_the_period_it_bills_by_state_an_offer(line):
    assert is_offer_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Monthly Digital Subscription",  # a plan's name, no price
        "The ticket costs $4 and the pass $30.",  # prices, no period billed by
        "Four weeks ago the council set aside 12 million for the trams.",  # a period, no price
    ],
)
def test_a_line_without_both_states_no_offer(line):
    assert not is_offer_line(line)


_WALL_EN = (
    "Read this article for free:",
    "or",
    "Already have an account? Log in here »",
    "To continue reading, please subscribe:",
    "Digital Access",
    "$1 per week for 24 weeks*",
    "- Unlimited reading on the website",
    "- The daily e-edition",
    "*Billed as $4.00 plus tax every four weeks. After 24 weeks, the price rises to the regular rate.",
    "Already a subscriber? Sign in",
)
_WALL_DE = (
    "Weiterlesen mit Digital-Abo:",
    "0,99 € im ersten Monat",
    "- Alle Artikel auf der Website",
    "- Die Zeitung als E-Paper",
    "*Danach 9,99 € pro Monat. Das Abo ist jederzeit monatlich kündbar.",
    "Bereits Abonnent? Anmelden",
)


@pytest.mark.parametrize("wall", [_WALL_EN, _WALL_DE])
def test_the_wall_over_the_story_is_left_out(wall):
    article = parse_article("\n".join((_TITLE, *wall, _ONE, _TWO, _THREE)))
    assert _body_texts(article) == [_ONE, _TWO, _THREE]


def test_one_offer_line_over_the_story_is_no_wall():
    # A single price line over prose may be a deck of the story's own: one offer line makes no wall.
    deck = "Day passes at $4 per day"
    article = parse_article(f"{_TITLE}\n{deck}\n{_ONE}\n{_TWO}\n{_THREE}")
    assert _ONE in _body_texts(article)
    assert _TWO in _body_texts(article)


def test_prices_in_the_storys_sentences_stay():
    priced = (
        "Under the plan a monthly pass will cost $45 per month, and a weekly ticket $12 per week, "
        "the council said, the first rise in fares for five years."
    )
    later = "Students will pay $20 per month for the same pass."
    article = parse_article(f"{_TITLE}\n{_ONE}\n{priced}\n{later}\n{_TWO}\n{_THREE}")
    assert _body_texts(article) == [_ONE, priced, later, _TWO, _THREE]
