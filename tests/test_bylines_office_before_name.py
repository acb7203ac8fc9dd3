"""An office before a speaker's name alone on a line (``Secretary-General Ban Ki-moon``): the name is his."""

import pytest

from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Secretary-General Ban Ki-moon", "Ban Ki-moon"),
        ("Prime Minister Fumio Kishida", "Fumio Kishida"),
        ("President Joe Biden", "Joe Biden"),
    ],
)
def test_office_before_a_name_is_taken_off_it(line: str, name: str) -> None:
    found = _bylines.titled_name(line)
    assert found is not None
    assert line[found[0] : found[1]] == name


@pytest.mark.parametrize(
    "line",
    [
        "Prime Minister",  # an office and no name
        "Secretary-General",
        "President Biden",  # one word: no name of its own
        "Prime Minister Fumio Kishida visits the troops",  # a sentence, not a name
    ],
)
def test_office_with_no_name_after_it_is_no_byline(line: str) -> None:
    assert _bylines.titled_name(line) is None
