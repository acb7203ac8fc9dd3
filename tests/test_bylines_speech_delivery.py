"""A speaker's name over a speech's delivery line is the transcript's byline.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize(
    "line",
    [
        "delivered 4 May 2023, Example Hall, Springfield",
        "Delivered on March 3, 1999, at the Town Forum",
        "prononcé le 12 juin 2021 à Lyon",
        "Special to The Example Times",
    ],
)
def test_a_delivery_or_special_line_credits_the_name_over_it(line: str) -> None:
    assert _bylines.is_special_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "delivered the keynote at the forum",
        "Delivered fresh every morning",
        "The parcel was delivered on 4 May 2023.",
    ],
)
def test_other_lines_credit_no_one(line: str) -> None:
    assert not _bylines.is_special_credit(line)


def test_a_transcripts_speaker_over_its_delivery_line_is_its_byline() -> None:
    prose = "\n".join(["Thank you all for coming here today, and for the warm welcome you gave us."] * 4)
    text = f"Maria Lindqvist\ndelivered 4 May 2023, Example Hall, Springfield\n{prose}\n"
    assert parse_article(text, id="x").authors == ("Maria Lindqvist",)
