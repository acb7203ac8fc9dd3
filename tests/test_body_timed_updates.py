"""A list of timed updates keeps its last entries: a subheading of the story's own shape stays.

"Update 19.42 Uhr:" at the foot has the shape, digits aside, of the story's subheadings above
it ("Update 19.22 Uhr" / "Update 19.23 Uhr:"), so it and the short entry under it are the
story's, not a teaser list. The same lines under a story with no such subheadings stay furniture. Each
page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from body_cases import story_over as _story_over
from japan_nato_corpus import parse_article

_SHORT = "Two more buses now run on the night line, the council said."
_CUT = "The council has extended the night service to all the distr"


def _page(foot: str) -> str:
    return f"{_TITLE}\n{_ONE}\nUpdate 19.22 Uhr\n{_TWO}\nUpdate 19.23 Uhr:\n{_THREE}\n{foot}"


def test_timed_updates_at_the_foot_stay_in_the_body():
    article = parse_article(_page(f"Update 19.42 Uhr:\n{_SHORT}\nUpdate 19.56 Uhr:\n{_CUT}"))
    texts = [p.text for p in article.paragraphs]
    # The copy's end cuts "distr" ("districts" over it): the entry ends before the half word.
    assert texts[-4:] == ["Update 19.42 Uhr:", _SHORT, "Update 19.56 Uhr:", _CUT.removesuffix(" distr")]


def test_timed_lines_at_the_foot_of_a_story_without_them_are_furniture():
    foot = f"Update 19.42 Uhr:\n{_SHORT}\nUpdate 19.56 Uhr:\n{_CUT}"
    article = _story_over(foot, between="\n")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert "Update 19.42 Uhr:" in _furniture(article)
