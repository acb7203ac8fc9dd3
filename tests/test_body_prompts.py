"""Prompts to read on, in the languages of the page set, are navigation, not prose."""

import pytest

from japan_nato_corpus.model import BoilerplateKind
from japan_nato_corpus.parse._boilerplate import PROMPT_CHARS, boilerplate_kind


@pytest.mark.parametrize(
    "line",
    [
        "Sigue leyendo aquí",
        "Leer noticia completa en El Mundo.",
        "Lire aussi : le Japon et l'Otan",
        "Baca Juga: Banjir di Pekalongan",
        "Czytaj więcej",
        "Leggi anche",
        "Weiterlesen",
    ],
)
def test_a_prompt_to_read_on_is_navigation(line):
    assert boilerplate_kind(line) is BoilerplateKind.NAVIGATION


def test_a_long_line_that_opens_with_such_words_is_prose():
    line = (
        "Leer más libros " + "y con más calma es lo que recomiendan los expertos a los jóvenes lectores " * 2
    )
    assert len(line) > PROMPT_CHARS
    assert boilerplate_kind(line.strip()) is None
