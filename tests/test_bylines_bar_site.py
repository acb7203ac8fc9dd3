"""The byline reader on a writer's name with the site he wrote for after a bar (``By Jane Doe | Site``).

The part after the last bar names the site or the magazine that printed the story first; it is no
second writer. The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Por Roberto Lopes | Poder Naval", "Roberto Lopes"),
        ("By Jane Doe | Harbour Review", "Jane Doe"),
        ("Von Max Muster | Nordsee Kurier", "Max Muster"),
    ],
)
def test_site_after_a_bar_is_not_a_second_writer(line: str, name: str) -> None:
    found = _bylines.byline(line, 0)
    assert found is not None
    assert [line[start:end] for start, end in found] == [name]


def test_names_joined_by_and_are_both_kept() -> None:
    line = "By Jane Doe and John Roe"
    found = _bylines.byline(line, 0)
    assert found is not None
    assert [line[start:end] for start, end in found] == ["Jane Doe", "John Roe"]


def test_names_before_a_bar_are_all_kept() -> None:
    line = "By Jane Doe, John Roe | Harbour Review"
    found = _bylines.byline(line, 0)
    assert found is not None
    assert [line[start:end] for start, end in found] == ["Jane Doe", "John Roe"]
