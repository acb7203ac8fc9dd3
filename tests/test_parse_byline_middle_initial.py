"""A name with a middle initial written without its dot (``Nithya P Nair``)."""

import pytest

from japan_nato_corpus.parse import _bylines


def test_middle_initial_without_a_dot_is_part_of_a_name() -> None:
    assert _bylines.is_name("Nithya P Nair")
    assert _bylines.byline("Written by Nithya P Nair, Edited by Jane Doe", 0) == [(11, 24)]


@pytest.mark.parametrize("text", ["P Nair", "Nithya P", "Plan B", "Nithya 5 Nair"])
def test_lone_capital_at_either_end_or_a_digit_makes_no_name(text: str) -> None:
    assert not _bylines.is_name(text)
