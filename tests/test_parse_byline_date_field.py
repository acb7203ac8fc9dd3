"""A date's field label under a byline closed by a comma ("Claire Trevett," / "Publish Date") names no one.

A name closed by a comma goes on with the next author on the line below; a field label written
in capitalised words is shaped like a name but labels the date under it. The pages are written
for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._header import is_date_field

_STORY = (
    "Prime Minister Jane Doe kicks off her visit to Washington early tomorrow morning, meeting"
    " politicians at Capitol Hill before attending the alliance's summit later in the week.\n\n"
    "In an interview ahead of her trip, she said her first day was a chance to meet both parties.\n"
)
_HEAD = "Speed dating, relationship building: Doe to meet allied leaders in Washington\n\n"


class TestDateFieldUnderByline:
    """The label under a comma-closed byline is no second author; a second name still is."""

    def test_date_label_is_no_author(self) -> None:
        page = _HEAD + "Claire Trevett,\nPublish Date\nTue, 9 Jul 2024, 8:10am\n\n" + _STORY
        assert parse_article(page).authors == ("Claire Trevett",)

    def test_second_name_is_an_author(self) -> None:
        page = _HEAD + "Claire Trevett,\nJohn Roe\nTue, 9 Jul 2024, 8:10am\n\n" + _STORY
        assert parse_article(page).authors == ("Claire Trevett", "John Roe")

    @pytest.mark.parametrize("label", ["Publish Date", "Published:", "Date Published", "Updated"])
    def test_field_labels(self, label: str) -> None:
        assert is_date_field(label)

    def test_a_name_is_no_field_label(self) -> None:
        assert not is_date_field("Claire Trevett")
