"""A news site's address in brackets after a title and its outlet credits the copied title, and signs nothing.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize(
    "paragraph",
    [
        "A new security order is taking shape in Asia | EXP (example.org)",
        "Why the summit matters - Example Review (examplereview.com)",
    ],
)
def test_an_address_after_a_title_signs_nothing(paragraph: str) -> None:
    assert _bylines.sign_off(paragraph, 0) is None


def test_an_address_after_a_sentence_still_signs() -> None:
    paragraph = "The talks will resume in May, officials said. (example.com)"
    found = _bylines.sign_off(paragraph, 0)
    assert found is not None
    assert paragraph[found[0] : found[1]] == "example.com"
