"""find_quotes: verbs of saying derived from their infinitives; the speakers of the fifth set's classes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus import find_quotes
from japan_nato_corpus.errors import ArgumentError, CorpusError
from japan_nato_corpus.model import Actor, ActorKind, Alias
from japan_nato_corpus.quotes import verb_forms

KISHIDA = Actor(
    id="fumio-kishida", kind=ActorKind.PERSON, name="Fumio Kishida", aliases=(Alias(name="Kishida"),)
)
SPEECH_VERBS = Path(jnc.quotes.__file__).parent / "vocabularies" / "speech_verbs.json"


def _speakers(text, actors=(KISHIDA,)):
    return [
        (q.text, q.speaker_words.text if q.speaker_words else None) for q in find_quotes(text, actors=actors)
    ]


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


class TestSpeakersOfTheFifthSetsClasses:
    """According to at a sentence's start, appositions, pronouns and subjects after the verb."""

    def test_according_to_opening_the_sentence(self):
        text = 'According to Mao Ning, Japan\'s move is "extremely dangerous and will cause serious concern."'
        assert _speakers(text) == [("extremely dangerous and will cause serious concern.", "Mao Ning")]

    def test_a_name_in_apposition_to_the_title_after_the_cue(self):
        text = (
            "“Creo que es una idea para el futuro”, dijo el ministro de Relaciones Exteriores de Japón, "
            "Takeshi Iwaya, en una conferencia de prensa en Tokio."
        )
        assert _speakers(text) == [("Creo que es una idea para el futuro", "Takeshi Iwaya")]

    def test_a_name_with_its_own_title_in_apposition(self):
        text = "“El primer ministro no mencionó nada”, dijo el ministro de Defensa, el general Nakatani."
        assert _speakers(text)[0][1] == "Nakatani"

    def test_a_portuguese_pronoun_stands_for_the_subject_named_before(self):
        text = (
            "Contrariamente, Mao Ning, porta-voz do Ministério das Relações Exteriores da China, considerou "
            "a ação japonesa não bem-vinda na região. Ele pediu que Tóquio fosse “extremamente cauteloso com "
            "a questão da segurança militar”, dada sua história."
        )
        [(_, words)] = _speakers(text)
        assert words == "Mao Ning"

    def test_she_stands_for_the_subject_named_in_the_sentence_before(self):
        text = (
            '"When I learned of the warning, I knew I had to escape," said Sachiko Nakagawa, 60.\n\n'
            "Atsuko Tanabe, 62, lives in the Kaibama district. "
            '"I felt the shaking and jumped out of bed," she said.'
        )
        assert [w for _, w in _speakers(text)] == ["Sachiko Nakagawa", "Atsuko Tanabe"]

    def test_the_subject_after_the_verb_in_a_romance_language(self):
        text = (
            "El Gobierno ha creado un centro de respuesta dirigido por el primer ministro, Fumio Kishida, "
            'ha dicho Matsuno. "El primer ministro Kishida nos ha dado instrucciones para el rescate", '
            "ha añadido."
        )
        [(_, words)] = _speakers(text)
        assert words == "Matsuno"

    def test_the_subject_after_the_verb_in_german(self):
        text = (
            "Angesichts der Raketenbedrohungen durch Nordkorea erinnerte Herr Tomita daran, dass das Thema "
            "die „Stärkung des auf Regeln basierenden internationalen Systems“ sei."
        )
        [(_, words)] = _speakers(text)
        assert words == "Herr Tomita"

    def test_an_adverb_before_the_german_verb_is_no_speaker(self):
        text = (
            "Zuvor erklärte der japanische Premierminister Sanae Takaichi im Parlament, dass ein Angriff "
            "eine "
            'Situation darstellen könnte, die "die Existenz des Landes bedroht" und mehr.'
        )
        [(_, words)] = _speakers(text)
        assert words == "der japanische Premierminister Sanae Takaichi"

    def test_an_italian_cue_after_and_keeps_the_subject_of_the_cue_before(self):
        text = (
            "Da parte sua Nakatani ha spiegato che il Giappone vuole «partecipare» alla missione della NATO "
            "e ha chiesto a Rutte di mettere a punto «le necessarie procedure»."
        )
        assert [w for _, w in _speakers(text)][-1] == "Nakatani"

    def test_a_capitalised_name_after_an_english_cue_stays_its_object(self):
        text = '"We will act together," Kishida told Stoltenberg on Tuesday.'
        assert _speakers(text) == [("We will act together,", "Kishida")]


class TestTheSpeakerBeforeAndAfter:
    """A cue before a full stop, a title after a quote by a named person, and a possessive name."""

    def test_a_cue_that_ends_its_sentence_before_the_next_quote(self):
        text = (
            "At least 23 people are buried, Chief Cabinet Secretary Yoshihide Suga said. "
            "“We’re racing against the clock,” Abe said. “(We) will provide more personnel if necessary.”"
        )
        found = _speakers(text)
        assert found[0] == ("We’re racing against the clock,", "Abe")

    def test_a_title_after_a_quote_is_its_speaker_and_she_after_it_too(self):
        text = (
            "Chinese Foreign Ministry spokesperson Mao Ning said on Monday that it was wrong. "
            'Koizumi stated, "This missile deployment decision could help reduce the risk."\n'
            'According to Mao Ning, Japan\'s move is "extremely dangerous and will cause serious concern." '
            'The Chinese Foreign Ministry spokesperson added, "This trend demands utmost vigilance from '
            'neighbouring countries." She further emphasized that Beijing has the "determination and '
            'capability to safeguard its sovereignty."'
        )
        assert [w for _, w in _speakers(text)] == ["Koizumi", "Mao Ning", "Mao Ning", "Mao Ning"]

    def test_a_possessive_ends_no_name(self):
        text = (
            "Japanese Prime Minister Sanae Takaichi's remarks in parliament have sparked a backlash. "
            "On the 21st, she commented, “We reaffirmed our commitment to a constructive relationship.”"
        )
        [(_, words)] = _speakers(text)
        assert words.endswith("Sanae Takaichi")

    def test_a_spanish_cue_after_the_quote_with_its_subject_after_it(self):
        text = (
            "El panel cree que ahora hay una “probabilidad relativamente mayor” de que ocurra otro gran "
            "terremoto cerca de la costa del Pacífico de Japón, añadió Hayashi."
        )
        assert _speakers(text) == [("probabilidad relativamente mayor", "Hayashi")]

    def test_a_function_word_before_a_comma_is_no_name(self):
        text = "Luego, dijo que Japón “no tiene planes de ingresar en la alianza como miembro”."
        assert _speakers(text) == [("no tiene planes de ingresar en la alianza como miembro", None)]


class TestSubjectsAfterTheCueInFrench:
    """A day between a cue and its subject; a title's description that runs on to the name."""

    def test_a_day_between_the_cue_and_the_name(self):
        text = (
            "« Si le Japon souhaite emprunter la vieille voie du militarisme, il échouera inévitablement », "
            "a déclaré vendredi Mao Ning, porte-parole du ministère chinois des Affaires étrangères."
        )
        [(_, words)] = _speakers(text)
        assert words == "Mao Ning"

    def test_a_long_title_that_ends_with_the_name(self):
        text = (
            "«Nous demandons aux Etats-Unis et au Japon de cesser de s’inventer des ennemis», a déclaré le "
            "porte-parole du ministère chinois des Affaires étrangères Lin Jian."
        )
        [(_, words)] = _speakers(text)
        assert words.endswith("Lin Jian")

    def test_a_name_in_commas_before_its_verb_is_the_subject_a_pronoun_stands_for(self):
        text = (
            "Taiwans Repräsentant in Deutschland, Shieh Jhy-Wey, sieht den Besuch als Zeichen dafür, dass "
            "beide zusammenstehen. Doch er warnt vor Chinas Aggression: «Deutschland muss sich mit seinen "
            "Partnern darauf vorbereiten, was es tun will.»"
        )
        [(_, words)] = _speakers(text)
        assert words == "Shieh Jhy-Wey"

    def test_a_name_in_commas_before_a_preposition_is_no_subject(self):
        text = (
            "Le ministre, Shinjiro Koizumi, a déclaré que la sécurité est « indivisible », après sa "
            "rencontre avec le Secrétaire général de l'OTAN, Mark Rutte, à Davos. La coopération « gagne "
            "en importance stratégique », a-t-il indiqué."
        )
        assert [w for _, w in _speakers(text)][-1] == "Shinjiro Koizumi"


class TestOneWordQuotes:
    """A one-word quote is a quote when a cue right before it in its clause gives it to a speaker."""

    def test_a_one_word_quote_right_after_its_cue(self):
        text = 'Mao Ning warned that Japan would suffer a "catastrophic" defeat if it intervened.'
        assert _speakers(text) == [("catastrophic", "Mao Ning")]

    def test_a_one_word_term_after_a_comma_is_no_quote(self):
        text = 'Kishida said on Tuesday, at the Diet, that the "counterstrike" capability would be studied.'
        assert _speakers(text) == []
        text = 'Kishida said Japan would study it. Its "counterstrike" capability is debated.'
        assert _speakers(text) == []

    def test_a_word_quoted_again_is_a_term(self):
        text = (
            "Acting as the 'spearhead' of NATO's expansion will fail, Lin added.\n"
            'China warns Japan over its role as NATO\'s "spearhead" in Asia-Pacific'
        )
        assert _speakers(text) == []


def test_a_cue_after_where_has_the_subject_of_the_clause_before():
    text = (
        "Na quarta-feira, Stoltenberg também fez um discurso na Universidade de Keio, em Tóquio, onde disse "
        'que Putin "cometeu um grave erro ao subestimar a coragem do povo ucraniano".'
    )
    [(_, words)] = _speakers(text)
    assert words == "Stoltenberg"
