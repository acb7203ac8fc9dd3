"""The copy's end cuts its last word in two: half a word is no word of the story's.

A page whose copy stops mid-word ("… told the Ministry of Finance and the Mini") ends in letters
that the page prints nowhere else whole but opens a longer word with ("Ministry"): the last
paragraph ends before them. Cut so after three words or more, the line is prose cut off and
stays, however its words are cased; a word or two over the cut one ("The l") are a teaser's.
A last word the page prints whole elsewhere, or that opens no other word, is whole. Each page
is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_PROSE = "Officials at the Ministry of Transport said the plan had been agreed with the Treasury."


def _paragraphs(*lines: str) -> list[str]:
    return [p.text for p in parse_article("\n\n".join((_TITLE, _ONE, _PROSE, *lines))).paragraphs]


def test_a_cut_last_word_leaves_the_last_paragraph():
    assert _paragraphs(f"{_TWO} The Mini")[-1] == f"{_TWO} The"


def test_a_line_cut_in_its_last_word_stays_as_prose():
    assert (
        _paragraphs(_TWO, "According to the Treasury, Prime Mini")[-1] == "According to the Treasury, Prime"
    )


def test_a_word_or_two_over_a_cut_word_are_a_teasers():
    assert _paragraphs(_TWO, "The Mini")[-1] == _TWO


def test_a_last_word_printed_whole_elsewhere_stays():
    assert _paragraphs(f"{_TWO} The Treasury")[-1] == f"{_TWO} The Treasury"


def test_a_last_word_that_opens_no_other_word_stays():
    assert _paragraphs(f"{_TWO} It was agreed with Brussels")[-1] == f"{_TWO} It was agreed with Brussels"
