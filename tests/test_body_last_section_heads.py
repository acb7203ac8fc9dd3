"""A stack of short headings over the last paragraph, as the story stacks them over each section, is its own.

Some sites head each section of a story with a kicker and a subheading ("Strategy update" /
"Update the plan by the end of next year" / prose). The last section's heads and its paragraph,
cut off by the copy's end, are short lines and a fragment in a row at the foot, as teasers are;
the stacks of the same height between the story's prose above tell them for the story's own.
Each page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article

_CUT = "While the council has the votes to pass the budget, it must still win over the towns. The mayor, a"


def _sections(*heads: tuple[str, str]) -> list[str]:
    lines = [_TITLE, _ONE]
    for (kicker, subheading), prose in zip(heads, (_TWO, _THREE), strict=False):
        lines += [kicker, subheading, prose]
    return lines


def test_the_last_sections_heads_and_cut_off_paragraph_stay_in_the_body():
    lines = _sections(("Night buses", "More buses after midnight"), ("Tram lines", "Two lines go north"))
    lines += ["Paying for it", "How the plan is paid for", _CUT]
    article = parse_article("\n\n".join(lines))
    texts = [p.text for p in article.paragraphs]
    assert texts[-3:] == ["Paying for it", "How the plan is paid for", _CUT]


def test_the_same_foot_under_a_story_of_one_stack_is_furniture():
    lines = _sections(("Night buses", "More buses after midnight"))
    lines += [_THREE, "Paying for it", "How the plan is paid for", _CUT]
    article = parse_article("\n\n".join(lines))
    assert [p.text for p in article.paragraphs][-1] == _THREE
    assert "How the plan is paid for" in _furniture(article)


def test_teaser_headlines_under_stacks_of_heads_are_furniture():
    lines = _sections(("Night buses", "More buses after midnight"), ("Tram lines", "Two lines go north"))
    lines += [
        "More from the region",
        "Ferry fares rise again",
        "Ferry Operator Plans New Routes To The Northern Islands",
    ]
    article = parse_article("\n\n".join(lines))
    assert {"Ferry fares rise again", "Ferry Operator Plans New Routes To The Northern Islands"} <= set(
        _furniture(article)
    )
