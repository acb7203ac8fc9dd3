"""A media player's or a download's link in the header (``Listen mp3 of the speech``) is no headline.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_STORY = [
    "Thank you, Madam Chair, and thank you all for coming to hear me speak about our partnership today.",
    "Our two nations have worked side by side for many decades, and the work has never mattered more.",
    "Let me turn first to trade, where the numbers tell a story of steady and shared growth for both of us.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Listen mp3 of Speech Listen mp3 of Speech",
        "Download PDF",
        "Video mp4 of the remarks (12 MB)",
        "Téléchargez le PDF",
    ],
)
def test_a_media_link_is_furniture(line: str) -> None:
    assert _zone._is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Minister opens new port terminal in the south",
        "The report, which was issued as a PDF on Monday, says that exports rose by a tenth over the year.",
    ],
)
def test_a_line_with_no_media_link_is_not_taken_for_one(line: str) -> None:
    assert not _zone._is_media_link(line)


def test_a_speech_page_with_a_player_link_and_no_title_has_no_headline() -> None:
    page = "\n".join(
        [
            "Jane Example",
            "delivered 3 March 2023, Grand Hall, Springfield",
            "Listen mp3 of Speech Listen HD mp3 of Speech",
            *_STORY,
        ]
    )
    article = parse_article(page + "\n", id="t")
    assert article.headline is None
