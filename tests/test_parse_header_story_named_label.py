"""The headline scorer on a short label of capitalised words over the date line.

Such a line is most often a section's name or a credit ("Anadolu Agency WORLD"), and ranks
under a line shaped otherwise; but when the story repeats every longer word of it, it names
the story (a document's own title over the document). The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_STORY = [
    "The members associate themselves with this Communiqué, agreed at the Vilnius Summit.",
    "1. We, the heads of state and government of the alliance, met in Vilnius for the summit this week.",
    "2. We warmly welcome our partners to the inaugural meeting of the council held at the summit.",
]


def _page(*head: str) -> str:
    return "\n".join([*head, *_STORY]) + "\n"


def test_a_label_the_story_repeats_is_the_headline_under_an_institutions_line() -> None:
    page = _page(
        "Harbour University Research Group",
        "Trinity College in the Harbour University",
        "Vilnius Summit Communiqué",
        "Heads of State and Government, Vilnius, Lithuania, July 11, 2023",
    )
    assert parse_article(page).headline == "Vilnius Summit Communiqué"


def test_a_label_the_story_does_not_repeat_ranks_under_the_headline() -> None:
    headline = "Leaders of the alliance agree on a new plan at the Vilnius Summit"
    page = _page(headline, "Anadolu Agency WORLD", "July 11, 2023")
    assert parse_article(page).headline == headline


def test_a_label_of_one_longer_word_stays_a_label() -> None:
    headline = "Leaders of the alliance agree on a new plan at the Vilnius Summit"
    page = _page(headline, "Summit News", "July 11, 2023")
    assert parse_article(page).headline == headline
