"""A breadcrumb trail among the body's first lines closes the site's menus over the story.

The short lines over "HOME > NEWS > Council backs …" are the page's menus, however many ("Select
a year." / "• 2024" / "• 2023" …); the story starts under the trail. Prose over a trail stays.
Each page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_MENU = "\n".join(["Select from the following years.", *(f"• {year}" for year in range(2000, 2025))])
_TRAIL = f"HOME > CITY 2023 > NEWS > {_TITLE}"


def test_a_menu_over_a_breadcrumb_trail_is_furniture():
    article = parse_article(f"{_TITLE}\n{_MENU}\n{_TRAIL}\n{_ONE}\n{_TWO}\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]


def test_prose_over_a_breadcrumb_trail_stays():
    article = parse_article(f"{_TITLE}\n{_ONE}\n{_TRAIL}\n{_TWO}\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
