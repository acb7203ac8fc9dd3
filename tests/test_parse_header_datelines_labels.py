"""A label and its colon opening a line (``CAPTION: ...``, ``SOURCE: ...``) is no dateline's place.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _header


@pytest.mark.parametrize("label", ["CAPTION", "PHOTO", "SOURCE", "CREDIT", "IMAGE"])
def test_photo_or_source_label_before_a_colon_is_no_place(label: str) -> None:
    line = f"{label}: The destroyer departs the port after a brief, unpublicised visit to the northern city."
    assert _header.dateline(line, 0, len(line)) is None


def test_place_in_capitals_before_a_colon_is_still_the_dateline() -> None:
    line = "DARWIN: The destroyer departs the port after a brief, unpublicised visit to the northern city."
    found = _header.dateline(line, 0, len(line))
    assert found is not None
    assert line[found.place[0] : found.place[1]] == "DARWIN"
