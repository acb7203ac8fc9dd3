"""The ``photo_poses`` vocabulary: present-tense phrases of what a photo's people do for the camera."""

import json
from pathlib import Path

import pytest

from japan_nato_corpus.parse._boilerplate import says_photo_pose

_VOCABULARIES = Path(__file__).parents[1] / "src" / "japan_nato_corpus" / "vocabularies"
_VOCABULARY = _VOCABULARIES / "furniture_words.json"


def test_every_phrase_is_lower_case_whole_words_and_found_in_a_line():
    languages = json.loads(_VOCABULARY.read_text(encoding="utf-8"))["photo_poses"]["languages"]
    for phrases in languages.values():
        for phrase in phrases:
            assert phrase == phrase.casefold().strip()
            assert says_photo_pose(f"Two ministers {phrase.upper()} in the capital")


@pytest.mark.parametrize(
    "line",
    [
        "The leaders shook hands before the talks.",
        "The threat they pose for photographers is real.",
        "He reposes for a photo",
    ],
)
def test_past_tense_and_parts_of_words_are_no_pose(line: str):
    assert not says_photo_pose(line)
