"""Lines shaped as names that name no one: a row of share buttons, a page's kind, a brief's heading.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize(
    "line",
    [
        "Twitter Facebook Reddit Pinterest Email",
        "Facebook WhatsApp Telegram",
        "LinkedIn Email Print",
        "Floor Speech",
        "Congressional Testimony",
        "Bottom Line",
        "Key Takeaways",
        "Why It Matters",
        "Loading Intelligence...",
        "Weekly Newsletter",
    ],
)
def test_no_name(line: str) -> None:
    assert not _bylines.is_name(line, capitals=True)


@pytest.mark.parametrize("line", ["Jana Line", "Ana Key", "Tomás Email Ruiz", "Marta Bottom"])
def test_names_with_such_words_among_others_stay_names(line: str) -> None:
    assert _bylines.is_name(line, capitals=True)
