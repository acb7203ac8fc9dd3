"""Agencies side by side, set apart by slashes, on the page's last line sign the story off.

The lines and pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_PAGE = (
    "Alliance weighs an office in Tokyo\n"
    "The outgoing secretary general said the alliance must give meaning to its partnership with Japan,"
    " and that no decision had yet been taken on opening an office in Tokyo.\n"
    "In recent years Japan has actively developed its cooperation with the alliance, officials said.\n"
    "Last year the alliance began to discuss opening a permanent mission in Tokyo, its first in Asia.\n"
    "The mission would have served as a liaison office, the officials added on Friday.\n"
)


class TestAgencyList:
    """A slashed list of agencies, one known at least, is read agency by agency."""

    @pytest.mark.parametrize(
        ("line", "names"),
        [("TASS/VNA/CVN", ["TASS", "VNA", "CVN"]), ("Reuters/AFP", ["Reuters", "AFP"])],
    )
    def test_a_slashed_list_gives_each_agency(self, line: str, names: list[str]) -> None:
        found = _bylines.agency_list(line)
        assert found is not None
        assert names == [line[start:end] for start, end in found]

    @pytest.mark.parametrize("line", ["ABC/DEF", "TASS", "Jane Doe/Reuters", "and/or"])
    def test_no_list_of_agencies(self, line: str) -> None:
        assert _bylines.agency_list(line) is None

    def test_the_last_line_signs_the_story_off(self) -> None:
        assert ("TASS", "VNA", "CVN") == parse_article(_PAGE + "TASS/VNA/CVN\n").authors
