"""Link lines at the page's foot point away from the story, and the copy's cut line goes with them.

"AP MLB: https://apnews.com/hub/mlb" under an agency's story points to the site's page on the
topic; a gallery's caption under it, cut off mid-word by the copy's end, is the next block of
the foot, not the story's last paragraph. Each page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article

_LINK = "AP Transport: https://apnews.com/hub/transport"
_CUT = (
    "A tram waits at the depot in the northern districts before the first service of the new timetable Gian"
)


def _page(*foot: str) -> str:
    return "\n\n".join((_TITLE, _ONE, _TWO, _THREE, *foot))


def test_a_link_line_at_the_foot_is_furniture():
    article = parse_article(_page(_LINK))
    assert article.body.endswith(_THREE)
    assert _LINK in _furniture(article)


def test_a_line_cut_off_by_the_copys_end_under_a_link_line_goes_with_it():
    article = parse_article(_page(_LINK, _CUT))
    assert article.body.endswith(_THREE)
    assert [_LINK, _CUT] == _furniture(article)[-2:]


def test_a_whole_sentence_under_a_link_line_stays_the_storys():
    closing = (
        "The council will vote on the plan at its next meeting in March, after the towns have had "
        "their say on the timetables and the fares of the new night services."
    )
    article = parse_article(_page(_LINK, closing))
    assert article.body.endswith(closing)


def test_a_cut_line_under_prose_alone_stays_the_storys():
    article = parse_article(_page(_CUT))
    assert article.body.endswith(_CUT)
