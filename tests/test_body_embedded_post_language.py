"""A post embedded at the story's foot in another language of the same script, its link at its end.

An English post under a Spanish story ("Sirens across the northern towns tonight.
pic.twitter.com/…") is the page's embed, not the story: its paragraphs, each in the post's
language by their function words, are furniture. A post in the story's own language, and a last
paragraph with no post's link, stay. Each page is made up for the test.
"""

import pytest

from body_cases import body_texts, parse_blocks
from japan_nato_corpus.parse._boilerplate import language_of

TITLE = "El consejo aprueba un presupuesto mayor para el transporte"
STORY = (
    "El consejo regional aprobó el martes un nuevo presupuesto para el transporte público.",
    "Según los responsables, los primeros servicios empezarán en la primavera con los conductores.",
    "La oposición celebró el plan, pero preguntó cómo se pagará cuando termine la subvención.",
    "El alcalde dijo que el plan completo se publicará la semana que viene en la web del consejo.",
)
POST = (
    "The council has approved the new night buses for the northern districts of the city",
    "Sirens are not expected, but the first trams will run in the spring. pic.twitter.com/AbCdEf123",
)


def test_a_post_in_another_language_at_the_foot_is_not_the_story():
    article = parse_blocks(TITLE, *STORY, *POST)
    assert body_texts(article) == list(STORY)


def test_a_post_in_the_storys_language_is_left_to_the_story():
    post = "Los primeros tranvías llegarán en la primavera a los barrios del norte. pic.twitter.com/AbCdEf123"
    article = parse_blocks(TITLE, *STORY, post)
    assert post in body_texts(article)


def test_a_last_paragraph_in_another_language_with_no_posts_link_stays():
    line = "The council has approved the new night buses for the northern districts of the city."
    article = parse_blocks(TITLE, *STORY, line)
    assert line in body_texts(article)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (STORY[0], "es"),
        (POST[0], "en"),
        ("Der Rat hat den neuen Plan für die Stadt gebilligt.", "de"),
        ("Tokyo", None),
    ],
)
def test_the_language_of_a_text_by_its_function_words(text, language):
    assert language_of(text) == language
