"""The words of a note on the page's text itself are one vocabulary, read in every form a note takes.

``vocabularies/furniture_words.json`` holds them under ``text_notes``: what a page names its text
by, ``this`` before it, the verbs of being and of having been after it, what the note says the
text is (``derived``, ``copy_*``, ``published``) or that it was ``broadcast``, and the bids and
verbs that send the reader to read it in full. :func:`is_text_note` reads it; a word added
there is read at once, and a sentence of the story that uses the words otherwise is not a note.
"""

import json
from pathlib import Path

import pytest

from japan_nato_corpus.parse._boilerplate import is_text_note

_VOCABULARY = (
    Path(__file__).parents[1] / "src" / "japan_nato_corpus" / "vocabularies" / "furniture_words.json"
)
_NOTES = json.loads(_VOCABULARY.read_text(encoding="utf-8"))["text_notes"]


@pytest.mark.parametrize("word", _NOTES["text_words"])
def test_each_name_of_the_text_makes_a_note(word):
    assert is_text_note(f"This {word} was originally published on The Diplomat.")


@pytest.mark.parametrize("said", [*_NOTES["published"], *_NOTES["derived"]])
def test_each_thing_a_note_says_of_the_text_makes_one(said):
    assert is_text_note(f"This article is {said} in the weekly edition.")


@pytest.mark.parametrize("aired", _NOTES["broadcast"])
def test_each_verb_of_going_on_air_makes_a_note(aired):
    assert is_text_note(f"Dieser Beitrag wurde am 22.07.2024 im Programm {aired}.")


@pytest.mark.parametrize(
    ("verb", "full"), [(verb, full) for verb in _NOTES["read_verbs"] for full in _NOTES["full"]]
)
def test_each_bid_to_read_the_full_text_makes_a_note(verb, full):
    assert is_text_note(f"{verb.capitalize()} the {full} statement in The Washington Post.")


@pytest.mark.parametrize(
    "line",
    [
        "The minister said this report was wrong and asked for a new one.",  # the story's own sentence
        "This article was about the summit.",  # "this article" and no note on it
        "Officials read the statement aloud before the vote.",  # no bid, no full copy
    ],
)
def test_the_storys_sentences_are_no_notes(line):
    assert not is_text_note(line)
