"""The dateline reader on a dateline alone on its line, closed by a dash (``U.S. Forces Japan —``).

The lede stands on the line under it. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_HEADLINE = "Allied forces conduct a bilateral maritime exercise at sea"
_LEDE = "The two navies conducted a bilateral maritime exercise on Monday, demonstrating their readiness."
_MORE = "The exercise took place in the Sea of Japan and will be followed by further drills next month."


@pytest.mark.parametrize(
    "place", ["U.S. Forces Japan", "Camp Zama", "Yokosuka Naval Base", "U.S. Pacific Fleet"]
)
@pytest.mark.parametrize("dash", ["—", "–", "--"])
def test_place_alone_on_its_line_closed_by_a_dash_is_the_dateline(place: str, dash: str) -> None:
    line = f"{place} {dash}"
    found = _header.dateline(line, 0, len(line))
    assert found is not None
    assert line[found.place[0] : found.place[1]] == place
    article = parse_article(f"{_HEADLINE}\n\n{line}\n\n{_LEDE}\n\n{_MORE}\n")
    assert article.dateline is not None
    assert article.dateline.text == place


@pytest.mark.parametrize(
    "line",
    [
        "ANALYSIS —",  # a column's label
        "U.S. News —",  # a section's label
        "U.S. Forces Japan — Press Release",  # words after the dash: a title, no dateline alone
        "the navy —",  # no capital
        "One Two Three Four Five —",  # too many words for a place
    ],
)
def test_line_closed_by_a_dash_that_is_no_place_is_no_dateline(line: str) -> None:
    assert _header.dateline(line, 0, len(line)) is None
