"""An agency's name run into the dateline's place with no space signs the story and leaves the place found.

A page's copy of a wire story may lose the line break between the agency's name and the dateline
(``Associated PressTOKYO — ...``). The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_HEAD = "Tomahawks part of Japan's record defense spending next year\n"
_STORY = (
    "TOKYO — Japan's defense spending will jump 20% to a record 6.8 trillion yen next year as the country "
    "prepares to deploy U.S.-made Tomahawks and other long-range cruise missiles.\n"
    "The budget plan comes a week after the government announced its new National Security Strategy.\n"
)


@pytest.mark.parametrize("agency", ["Associated Press", "Reuters", "Kyodo News"])
def test_the_agency_glued_to_the_place_signs_the_story(agency):
    article = parse_article(_HEAD + agency + _STORY)
    assert article.dateline is not None
    assert "TOKYO" == article.dateline.text
    assert (agency,) == article.authors


def test_a_name_glued_to_the_place_that_is_no_agency_is_no_lead_in():
    line = "Jane DoeTOKYO — Japan's defense spending will jump 20% to a record next year, officials said."
    assert _header.dateline(line, 0, len(line), first=True) is None


def test_the_agency_and_its_span():
    line = "Associated PressTOKYO — Japan's defense spending will jump 20% to a record next year, they said."
    found = _header.dateline(line, 0, len(line), first=True)
    assert found is not None
    assert "Associated Press" == found.agency
    assert found.signed is not None
    assert "Associated Press" == line[slice(*found.signed)]
