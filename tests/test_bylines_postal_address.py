"""A town and its postal code on a short credit line are an address, never a byline."""

import pytest

from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize("line", ["Dorchester Center, MA 02124", "Chiyoda City, Tokyo 100-0013"])
def test_town_before_a_postal_code_is_no_name_with_affiliation(line: str) -> None:
    assert _bylines.name_with_affiliation(line, 0) is None


@pytest.mark.parametrize("line", ["Stephen Granger, bird story agency", "Jane Doe, Class of 2020"])
def test_name_before_an_affiliation_or_a_year_stays_a_byline(line: str) -> None:
    assert _bylines.name_with_affiliation(line, 0) is not None
