"""A press conference's title names its speaker, a surname alone after the office, its time in brackets.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize(
    ("line", "speakers"),
    [
        ("Press Conference by Defense Minister Sato (10:02-10:31 A.M. June 3, 2021)", ["Sato"]),
        ("News Conference by Foreign Minister Jane Doe", ["Jane Doe"]),
        ("Speech by Prime Minister Tanaka at the Diet", ["Tanaka"]),
        ("Remarks by President Roe", ["Roe"]),
    ],
)
def test_the_speaker_is_named(line: str, speakers: list[str]) -> None:
    found = _bylines.statement_byline(line, 0)
    assert found is not None
    assert [line[start:end] for start, end in found] == speakers


@pytest.mark.parametrize(
    "line",
    [
        "Statement by the Ministry",
        "Remarks by the President Office",
        "Press Conference by the Minister (10:00 June 3, 2021)",
        "Statement by Minister Defence",
    ],
)
def test_an_office_alone_names_no_speaker(line: str) -> None:
    assert _bylines.statement_byline(line, 0) is None
