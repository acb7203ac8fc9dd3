"""find_quotes: verbs of saying derived from their infinitives by the inflection of each language."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus.errors import ArgumentError, CorpusError
from japan_nato_corpus.quotes import verb_forms

SPEECH_VERBS = Path(jnc.__file__).parent / "vocabularies" / "speech_verbs.json"


class TestVerbForms:
    """The forms of a verb of saying follow the regular inflection of its language."""

    @pytest.mark.parametrize(
        ("language", "verb", "present", "preterite", "participle"),
        [
            ("es", "afirmar", "afirma", ["afirmó", "afirmaron"], "afirmado"),
            ("es", "responder", "responde", ["respondió", "respondieron"], "respondido"),
            ("pt", "pedir", "pede", ["pediu", "pediram"], "pedido"),
            ("pt", "defender", "defende", ["defendeu", "defenderam"], "defendido"),
            ("it", "sottolineare", "sottolinea", ["sottolineò", "sottolinearono"], "sottolineato"),
            ("it", "avvertire", "avverte", ["avvertì", "avvertirono"], "avvertito"),
            ("fr", "souligner", "souligne", [], "souligné"),
            ("fr", "avertir", "avertit", [], "averti"),
            ("de", "betonen", "betont", ["betonte", "betonten"], "betont"),
            ("de", "sagen", "sagt", ["sagte", "sagten"], "gesagt"),
            ("de", "antworten", "antwortet", ["antwortete", "antworteten"], "geantwortet"),
            ("de", "kritisieren", "kritisiert", ["kritisierte", "kritisierten"], "kritisiert"),
            ("de", "erklären", "erklärt", ["erklärte", "erklärten"], "erklärt"),
        ],
    )
    def test_regular_verbs(self, language, verb, present, preterite, participle):
        assert verb_forms(language, verb) == {
            "present": present,
            "preterite": preterite,
            "participle": participle,
        }

    def test_irregular_forms_replace_the_rules(self):
        forms = verb_forms("es", "pedir", {"present": "pide", "preterite": ["pidió", "pidieron"]})
        assert forms == {"present": "pide", "preterite": ["pidió", "pidieron"], "participle": "pedido"}

    def test_a_verb_the_rules_do_not_know_needs_its_forms(self):
        with pytest.raises(ArgumentError, match="dire"):
            verb_forms("fr", "dire")
        assert verb_forms("fr", "dire", {"participle": "dit"})["participle"] == "dit"

    def test_a_language_with_no_rules_is_our_error(self):
        with pytest.raises(CorpusError):
            verb_forms("nl", "zeggen")

    def test_every_verb_in_the_file_has_its_forms(self):
        data = json.loads(SPEECH_VERBS.read_text(encoding="utf-8"))["languages"]
        for language, entry in data.items():
            for verb in entry.get("verbs", ()):
                forms = verb_forms(language, verb, entry.get("irregular", {}).get(verb))
                assert forms["participle"], (language, verb)

    @pytest.mark.parametrize(
        "cue",
        ["pediu", "ha añadido", "dijeron", "tem dito", "ha sottolineato", "disse", "a-t-il ajouté",
         "ont déclaré", "betont", "fügte hinzu", "gesagt", "hanno detto", "según", "selon", "laut", "said",
         "zei"],
    )  # fmt: skip
    def test_the_cues_hold_derived_and_written_forms(self, cue):
        assert cue in jnc.quotes.CUES

    def test_no_cue_file_is_read_at_import(self):
        code = "import japan_nato_corpus.quotes as q; print(q._cues_by_language.cache_info().currsize)"
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert run.stdout.strip() == "0"
