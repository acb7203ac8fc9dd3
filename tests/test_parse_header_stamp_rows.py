"""A row of a page's stamps (its reading time, its dates and their labels) is no headline.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_STORY = [
    "A strong earthquake struck off the northern coast on Monday evening, the weather agency said.",
    "The agency issued a tsunami advisory for the coast and asked people to keep away from the shore.",
    "There were no early reports of damage, local officials said, and trains were stopped for checks.",
]


@pytest.mark.parametrize(
    "line",
    [
        "4 min read",
        "<1 minute read Published at 16:45 08 Dec 2025 Updated at 16:52 08 Dec 2025",
        "Lesezeit: 3 Min.",
        "Temps de lecture : 4 min",
        "2 minutos de lectura",
        "Czas czytania: 5 min",
        "読了時間 約3分",
        "Publicat 08.12.2025 16:45 Actualizat 08.12.2025 17:02",
    ],
)
def test_stamp_rows(line: str) -> None:
    assert _zone._is_stamp_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "Strong earthquake strikes off the northern coast",
        "Read this in 5 minutes: what the quake means",
        "Five min read",
        "Talks on 12 January 2026 and 20 January 2026 bring no deal on the fishing rights dispute",
    ],
)
def test_headlines_are_no_stamp_rows(line: str) -> None:
    assert not _zone._is_stamp_row(line)


def test_stamp_row_over_the_story_is_not_the_headline() -> None:
    page = "\n".join(["<2 minute read Published at 16:45 08 Dec 2025 Updated at 16:52 08 Dec 2025", *_STORY])
    assert parse_article(page + "\n", id="t").headline is None


def test_stamp_row_under_the_headline_leaves_the_headline() -> None:
    page = "\n".join(["Strong earthquake strikes off the northern coast", "3 min read", *_STORY])
    assert parse_article(page + "\n", id="t").headline == "Strong earthquake strikes off the northern coast"


def test_caption_of_sentences_run_on_is_no_headline() -> None:
    caption = "A quake struck off the coast of Japan. Illustrative image. Photo source: Agency Images"
    page = "\n".join(["4 min read", caption, *_STORY])
    assert parse_article(page + "\n", id="t").headline is None
