"""find_quotes: the pronouns the cue rules read as *he* and *she* are the ``pronouns`` lists of the
vocabulary of verbs of saying, one source for every rule."""

import json
from pathlib import Path

from japan_nato_corpus import quotes
from japan_nato_corpus.quotes import _cues, find_quotes

VOCABULARY = Path(quotes.__file__).parents[1] / "vocabularies" / "speech_verbs.json"


def _listed(*languages: str) -> set[str]:
    data = json.loads(VOCABULARY.read_text(encoding="utf-8"))["languages"]
    return {word.casefold() for language in languages for word in data[language].get("pronouns", ())}


def test_the_singular_pronouns_are_the_vocabulary_lists_but_an_article():
    wanted = _listed("en", "fr", *_cues._CUE_PRONOUN_LANGUAGES) - {"el"}
    assert _cues._singular_pronouns() == wanted


def test_every_pronoun_the_cue_rules_read_is_a_personal_pronoun_of_the_vocabulary():
    assert _cues._singular_pronouns() <= _cues._personal_pronouns()


def test_a_listed_pronoun_before_its_cue_stands_for_the_person_named_before():
    text = (
        "Il ministro Guido Crosetto era a Tokyo. Egli ha detto che "
        '"la cooperazione con il Giappone è essenziale per tutti noi".'
    )
    assert [q.speaker_words.text for q in find_quotes(text) if q.speaker_words] == ["Guido Crosetto"]


def test_the_spanish_article_is_no_pronoun_before_a_title():
    text = 'Tokio, 5 jun. "Japón seguirá cooperando con la OTAN", dijo el ministro de Defensa.'
    assert [q.speaker_words.text for q in find_quotes(text) if q.speaker_words] == ["el ministro"]
