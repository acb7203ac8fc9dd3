"""A word before a colon that the story writes in lower case is a headline's topic, not a dateline's place.

``Cholera: Nigeria reports 3,604 deaths ...`` opens with a common noun; ``Washington: Foreign
ministers ...`` with a place, whose name keeps its capital wherever it stands. The pages are
written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_LEDE = (
    ": Nigeria reported 3,604 deaths and 111,062 cases of cholera in 2021, the country's centre "
    "for disease control has said in its last situation report of the year."
)
_MORE = "\nThe centre said most of the cases were among children under the age of fourteen.\n"


def test_a_word_written_in_lower_case_in_the_story_is_no_place():
    text = "Cholera" + _LEDE + _MORE
    assert _header.dateline(text, 0, text.index("\n"), first=True) is None
    assert parse_article(text, id="t").dateline is None


def test_a_place_before_the_colon_is_the_dateline():
    text = "Abuja" + _LEDE + _MORE
    found = _header.dateline(text, 0, text.index("\n"), first=True)
    assert found is not None
    assert text[slice(*found.place)] == "Abuja"


def test_a_place_of_two_words_may_hold_a_common_one():
    text = "Port Moresby" + _LEDE.replace("cholera", "cholera at the port") + _MORE
    found = _header.dateline(text, 0, text.index("\n"), first=True)
    assert found is not None
    assert text[slice(*found.place)] == "Port Moresby"
