"""A headline's points run together on its line, each of a sentence's length, are the story's.

A menu's entries run together are a word or three each ("NewsWorldSport"); points that each run
PROSE_MIN_WORDS words or more, glued after the headline with no stops ("… no marketJapan's
remarks have …"), are the story's first paragraph. Each page is made up for the test.
"""

from body_cases import THREE as _THREE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_HEADLINE = "Even if the fish are sold abroad there will be no market for them at all this year"
_POINTS = (
    "The ministry says the remarks have damaged the trust between the two trading partners"
    "The council urges the minister to take back the remarks made at the meeting last week"
    "If the remarks stand the council will take firm steps against the imports in the autumn"
    "The traders will bear all the costs that arise from the new rules on the imports"
)


def test_points_glued_after_the_headline_are_the_first_paragraph():
    article = parse_article(f"{_HEADLINE}{_POINTS}\n{_TWO}\n{_THREE}")
    assert article.headline == _HEADLINE
    assert [p.text for p in article.paragraphs] == [_POINTS, _TWO, _THREE]


def test_menu_entries_glued_after_the_headline_stay_furniture():
    menu = "NewsWorld AffairsSportCulture"
    article = parse_article(f"{_HEADLINE}{menu}\n{_TWO}\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_TWO, _THREE]
