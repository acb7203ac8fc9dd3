"""The byline reader on an op-ed's note on its author, a line of its own at the top.

``Mark Rutte is secretary-general of NATO.`` names the author with an office in lower case: it is
the byline, not the headline. A line that names a person with no office or job, a company with
its role, or a sentence that goes on past the office, is no author's note. The pages are
written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_LEDE = (
    "Last week, a delegation of intelligence and defence chiefs briefed the allies and their "
    "partners on the deployment of thousands of troops abroad."
)
_MORE = "This is the first time in a century that the country has invited foreign troops onto its soil."


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Mark Rutte is secretary-general of NATO.", "Mark Rutte"),
        ("Jane Doe is a senior fellow at the Example Institute.", "Jane Doe"),
        ("John Roe is the former ambassador to Japan.", "John Roe"),
    ],
)
def test_a_note_naming_the_author_and_an_office_is_the_byline(note, name):
    found = _bylines.author_note(note, 0)
    assert found is not None
    assert note[found[0][0] : found[0][1]] == name
    article = parse_article(f" date 2024-11-06 {note}\n{_LEDE}\n{_MORE}\n")
    assert article.headline is None
    assert [credit.name.text for credit in article.credits] == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Mark Rutte is in Tokyo.",
        "Tokyo Electric is the operator of the plant.",
        "Japan Today is a news site.",
    ],
)
def test_a_line_naming_no_office_is_no_author_note(line):
    assert _bylines.author_note(line, 0) is None
