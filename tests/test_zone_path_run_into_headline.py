"""A section's path run in before a copy of the headline: the copy alone is the headline.

``News World Asia NZ, Japan ink ...`` over ``NZ, Japan ink ...``: the words before the copy are
labels of capitalised words, with or without marks between them, so the line alone is the
headline. A line whose words before the copy make a sentence keeps them. The pages are written
for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_STORY = [
    "The two governments signed the agreement in the capital on Friday after a year of talks.",
    "The deal lets both sides share classified defence information under common rules of protection.",
    "Ministers said the pact would deepen cooperation on maritime security and cyber defence.",
]
_STORY_DE = [
    "Die beiden Regierungen unterzeichneten das Abkommen am Freitag nach einem Jahr der Verhandlungen.",
    "Das Abkommen erlaubt beiden Seiten, geheime Informationen nach gemeinsamen Regeln zu teilen.",
    "Die Minister sagten, der Pakt werde die Zusammenarbeit auf See und im Netz vertiefen.",
]


def _title(*lines: str) -> str | None:
    article = parse_article("\n\n".join(lines) + "\n", id="t")
    return None if article.title is None else article.title.text


@pytest.mark.parametrize("path", ["News World Asia", "World › Asia", "Home / News / Pacific", "World News"])
def test_a_path_run_into_the_headline_is_left_out(path: str) -> None:
    headline = "Two neighbours ink information sharing deal"
    caption = "Ministers of both countries at the signing in the capital. Photo: AAP"
    assert _title(f"{path} {headline}", headline, caption, *_STORY) == headline


def test_a_german_path_run_into_the_headline_is_left_out() -> None:
    headline = "Zwei Nachbarn unterzeichnen Abkommen zum Informationsaustausch"
    assert _title(f"Politik Ausland {headline}", headline, *_STORY_DE) == headline


def test_a_sentence_before_the_copy_is_no_path() -> None:
    headline = "Two neighbours ink information sharing deal"
    longer = f"Why it matters that {headline}"
    assert _title(longer, headline, *_STORY) == longer
