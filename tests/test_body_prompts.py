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


@pytest.mark.parametrize(
    "line",
    [
        (
            "Wir freuen uns über Ihr Interesse an unseren Nachrichten. Abonnieren Sie den Dienst jetzt "
            "oder melden Sie sich an, wenn Sie schon Abonnent/in sind."
        ),
        "Pour lire la suite de cet article, abonnez-vous à notre journal dès aujourd'hui.",
        "Para seguir leyendo este artículo, suscríbete a nuestra edición digital.",
        "Per continuare a leggere iscriviti alla nostra newsletter settimanale.",
    ],
)
def test_a_line_that_bids_the_reader_subscribe_in_another_language_is_a_prompt(line):
    assert boilerplate_kind(line) is BoilerplateKind.PROMPT


@pytest.mark.parametrize(
    "line",
    [
        "Die Zeitung hat im vergangenen Jahr viele Abonnenten verloren, sagte der Verleger in Berlin.",
        "Le ministre a rappelé que les abonnements au réseau avaient doublé en deux ans dans la région.",
    ],
)
def test_a_sentence_about_subscriptions_in_another_language_is_prose(line):
    assert boilerplate_kind(line) is None


@pytest.mark.parametrize(
    "line", ["Connect with us", "Stay in touch with us!", "Get in touch with us:", "Follow us"]
)
def test_a_call_to_the_sites_social_links_is_a_prompt(line):
    assert boilerplate_kind(line) is BoilerplateKind.PROMPT


def test_a_sentence_that_opens_with_a_call_to_connect_is_prose():
    assert boilerplate_kind("Connect with us on the ground in the flooded districts today") is None
