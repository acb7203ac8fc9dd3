"""Furniture labels in other languages than English, read from the shared furniture vocabulary."""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._boilerplate import boilerplate_kind

_ONE = (
    "Der Stadtrat hat am Dienstag einen neuen Haushalt für den Nahverkehr beschlossen, mit mehr "
    "Nachtbussen und zwei längeren Straßenbahnlinien in die nördlichen Stadtteile."
)
_TWO = (
    "Die ersten neuen Verbindungen sollen im Frühjahr beginnen, sobald die Fahrer geschult und "
    "die Fahrpläne mit den Nachbarorten abgestimmt sind, sagte ein Sprecher."
)
_THREE = (
    "Die Opposition begrüßte den Plan, fragte aber, wie er nach dem Ende der Förderung des Bundes "
    "in drei Jahren bezahlt werden soll, und verlangte eine öffentliche Anhörung."
)


@pytest.mark.parametrize(
    "line",
    ["Drucken", "Mehr zum Thema", "Leggi anche", "Noticias relacionadas", "Temas: Japón, OTAN", "Partager"],
)
def test_a_short_label_opening_with_a_furniture_word_is_furniture(line):
    assert boilerplate_kind(line) is not None
    text = f"Stadtrat beschließt Haushalt\n\n{_ONE}\n\n{_TWO}\n\n{line}\n\n{_THREE}"
    assert line not in [p.text for p in parse_article(text).paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "Folgen des Erdbebens für Japan",  # a subheading of more words than a label
        "Les Bleus gagnent",  # "les" is a function word in French, though "read" in Norwegian
        "Del 1 al 5 de mayo",
        "Teilen ist schwer.",  # a sentence
    ],
)
def test_a_line_that_only_opens_with_such_a_word_is_no_label(line):
    assert boilerplate_kind(line) is None


@pytest.mark.parametrize(
    "heading", ["Komentarze (1)", "3 Kommentare", "1 Kommentar", "Commentaires", "Comentarios (2)"]
)
def test_a_comments_heading_in_another_language_ends_the_body(heading):
    text = f"Stadtrat beschließt Haushalt\n\n{_ONE}\n\n{_TWO}\n\n{heading}\n\n  1. Miro\n\n{_THREE}"
    assert [p.text for p in parse_article(text).paragraphs] == [_ONE, _TWO]


@pytest.mark.parametrize("label", ["Kommentar", "Commento"])
def test_an_opinion_column_s_label_is_no_comments_heading(label):
    text = f"{label}\n\nStadtrat beschließt Haushalt\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}"
    assert [p.text for p in parse_article(text).paragraphs][-3:] == [_ONE, _TWO, _THREE]
