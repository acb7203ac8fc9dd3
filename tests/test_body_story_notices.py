"""Notices on the story itself are furniture: it is developing, copies an original, runs in full elsewhere.

"This is a developing story. Please check back for more updates." under the last paragraph, and
"Este documento es copia del original que ha sido publicado por …" over the first, say what the
text is, not what happened. A paragraph of the story that opens alike stays. Each page is made
up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from body_cases import story_over as _story_over
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._boilerplate import boilerplate_kind, is_text_note


@pytest.mark.parametrize(
    "notice",
    [
        "This is a developing story. Please check back for more updates.",
        "This is a breaking news story.",
        "Developing story",
        "This is a developing story, check back for updates.",
    ],
)
def test_a_developing_story_notice_under_the_story_is_furniture(notice):
    article = _story_over(notice)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert notice in _furniture(article)


def test_a_sentence_about_a_developing_story_is_prose():
    assert boilerplate_kind("Breaking news story tells of a storm that hit the coast.") is None
    assert boilerplate_kind("This is a developing story about the mayor and his council.") is None


@pytest.mark.parametrize(
    "note",
    [
        "Este documento es copia del original que ha sido publicado por el Instituto en el siguiente enlace.",
        "This article is a copy of the original published in The Times.",
    ],
)
def test_a_copy_of_the_original_is_a_note_on_the_text(note):
    assert is_text_note(note)
    article = parse_article(f"{_TITLE}\n\n{note}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]


def test_the_original_named_in_a_sentence_is_no_note():
    assert not is_text_note("This document is the original text of the treaty.")


@pytest.mark.parametrize("link", ["Full Article", "Read full story »", "Full article:"])
def test_a_link_to_the_full_article_under_the_story_is_furniture(link):
    assert boilerplate_kind(link) is not None
    article = _story_over(link)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]


def test_a_line_that_goes_on_after_full_story_is_prose():
    assert boilerplate_kind("Full story of the night the buses stopped") is None
