"""The prompts to read on are one vocabulary, and each of its groups is read in its own forms.

``vocabularies/furniture_words.json`` holds them under ``read_on``: ``further`` (read on in this
story: a line of its own, run into a paragraph's end, a label before a colon), ``elsewhere``
(another story: a line of its own or a label), ``label`` (furniture only before a colon) and
``alone`` (a link to the full article, alone on its line or run into a paragraph's end). The line
rule of :func:`boilerplate_kind`, :func:`run_in_read_on` and :func:`is_teaser_line` read it.
"""

import json
from pathlib import Path

import pytest

from japan_nato_corpus.model import BoilerplateKind
from japan_nato_corpus.parse._boilerplate import (
    boilerplate_kind,
    furniture_words,
    is_teaser_line,
    run_in_read_on,
)

_VOCABULARIES = Path(__file__).parents[1] / "src" / "japan_nato_corpus" / "vocabularies"
_VOCABULARY = _VOCABULARIES / "furniture_words.json"
_READ_ON = json.loads(_VOCABULARY.read_text(encoding="utf-8"))["read_on"]
_GROUPS = ("further", "elsewhere", "label", "alone")


def _group(*names: str) -> list[str]:
    return [phrase for name in names for phrase in _READ_ON[name]]


def test_each_phrase_is_written_once_in_lower_case_in_one_group():
    phrases = _group(*_GROUPS)
    assert len(phrases) == len(set(phrases))
    assert all(phrase == phrase.casefold() == " ".join(phrase.split()) for phrase in phrases)


@pytest.mark.parametrize("phrase", _group("further", "elsewhere"))
def test_a_line_that_opens_with_a_prompt_to_read_on_is_navigation(phrase):
    line = f"{phrase.capitalize()} on the site"
    assert boilerplate_kind(line) is BoilerplateKind.NAVIGATION


@pytest.mark.parametrize("phrase", _group("further", "alone"))
def test_a_prompt_to_read_on_run_into_a_paragraphs_end_is_cut_after_its_last_sentence(phrase):
    prose = "The ministry said the talks would resume in the spring."
    line = f"{prose} {phrase.title()}"
    cut = run_in_read_on(line)
    assert cut is not None
    assert line[:cut] == prose


@pytest.mark.parametrize("phrase", _group("elsewhere", "label"))
def test_a_prompt_to_another_story_run_into_a_paragraphs_end_is_left_to_the_prose(phrase):
    line = f"The ministry said the talks would resume in the spring. {phrase.title()}"
    assert run_in_read_on(line) is None


@pytest.mark.parametrize("phrase", _group(*_GROUPS))
def test_every_prompt_before_a_colon_and_another_headline_is_a_teaser(phrase):
    assert is_teaser_line(f"{phrase.capitalize()}: Council backs a bigger budget for the trams")


@pytest.mark.parametrize(
    "line",
    [
        "Related talks are planned for next week in Tokyo",
        "Auch die Regierung in Berlin will mehr ausgeben",
        "More on this was promised by the minister for Friday",
        "Full article text was not released by the ministry",
    ],
)
def test_a_label_only_word_or_a_full_article_link_opening_prose_is_no_furniture(line):
    assert boilerplate_kind(line) is None


def test_the_furniture_words_are_every_language_list_case_folded():
    words = furniture_words()
    assert {"compartir", "partager", "leggi", "читайте"} <= words
    assert all(word == word.casefold() for word in words)
