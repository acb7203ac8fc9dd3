"""find_quotes: a quote whose speaker is written elsewhere (a pronoun, no cue, the speaker before or after,
German reported speech), given to whom the text named."""

from japan_nato_corpus import find_quotes
from quote_cases import KISHIDA, speakers
from quote_cases import speakers as _speakers


def _kishida_speakers(text, actors=(KISHIDA,)):
    return speakers(text, actors)


class TestPronouns:
    """He and she stand for a person the text does not give the other gender, never a name quoted."""

    def test_a_name_inside_the_quote_before_is_no_antecedent(self):
        text = (
            "Zubiri met them. “Japan’s support has been a major boost,” Zubiri said.\n"
            "“I am hopeful that we can move forward,” he continued."
        )
        assert [w for _, w in _speakers(text)] == ["Zubiri", "Zubiri"]

    def test_she_passes_over_a_man_the_text_calls_mr(self):
        text = (
            "Ms Norma Talosig leads the office. “The storm is strong,” said Mr Rene Paciente, a forecaster.\n"
            "“They have to evacuate,” she told AFP."
        )
        assert _speakers(text)[1][1].endswith("Norma Talosig")

    def test_he_keeps_the_last_speaker_when_no_gender_is_given(self):
        text = (
            "“The storm is strong,” said Rene Paciente, a forecaster.\n“They have to evacuate,” he told AFP."
        )
        assert _speakers(text)[1][1] == "Rene Paciente"

    def test_a_name_after_said_and_a_comma_is_the_last_speaker(self):
        text = (
            "“This is a very dangerous storm,” said Rene Paciente, head of the division.\n"
            "More than 1,680 people were evacuated, said Norma Talosig, regional civil defence chief.\n"
            "“They have to evacuate to higher ground,” she told AFP."
        )
        assert _speakers(text)[1][1] == "Norma Talosig"

    def test_a_foreign_feminine_title_gives_the_gender(self):
        text = (
            "La portavoz Mao Ning habló el lunes. El ministro Kenji Sato respondió con calma.\n"
            "“Asia no es un campo de batalla”, dijo ella."
        )
        assert _speakers(text)[0][1] == "Mao Ning"


class TestTheSpeakerBeforeAndAfter:
    """A cue before a full stop, a title after a quote by a named person, and a possessive name."""

    def test_a_cue_that_ends_its_sentence_before_the_next_quote(self):
        text = (
            "At least 23 people are buried, Chief Cabinet Secretary Yoshihide Suga said. "
            "“We’re racing against the clock,” Abe said. “(We) will provide more personnel if necessary.”"
        )
        found = _kishida_speakers(text)
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
        assert [w for _, w in _kishida_speakers(text)] == ["Koizumi", "Mao Ning", "Mao Ning", "Mao Ning"]

    def test_a_possessive_ends_no_name(self):
        text = (
            "Japanese Prime Minister Sanae Takaichi's remarks in parliament have sparked a backlash. "
            "On the 21st, she commented, “We reaffirmed our commitment to a constructive relationship.”"
        )
        [(_, words)] = _kishida_speakers(text)
        assert words.endswith("Sanae Takaichi")

    def test_a_spanish_cue_after_the_quote_with_its_subject_after_it(self):
        text = (
            "El panel cree que ahora hay una “probabilidad relativamente mayor” de que ocurra otro gran "
            "terremoto cerca de la costa del Pacífico de Japón, añadió Hayashi."
        )
        assert _kishida_speakers(text) == [("probabilidad relativamente mayor", "Hayashi")]

    def test_a_function_word_before_a_comma_is_no_name(self):
        text = "Luego, dijo que Japón “no tiene planes de ingresar en la alianza como miembro”."
        assert _kishida_speakers(text) == [("no tiene planes de ingresar en la alianza como miembro", None)]


class TestQuoteWithNoCue:
    """A quote no cue attributes goes to the person its passage is about."""

    def test_a_quote_alone_after_a_paragraph_on_a_named_person(self):
        text = (
            "Prime Minister Fumio Kishida arrived in Madrid on Tuesday for talks.\n"
            '"Japan will stand with its partners in every region of the world."\n'
        )
        assert _speakers(text)[-1][1] is not None
        assert "Kishida" in _speakers(text)[-1][1]

    def test_a_quote_that_ends_a_sentence_of_the_writer_after_a_named_person(self):
        text = 'Kishida welcomed the plan, which in his view "will make the forces of Japan even stronger".\n'
        assert _speakers(text)[0][1] == "Kishida"

    def test_a_quote_that_opens_its_sentence_goes_to_the_name_right_after_it(self):
        text = 'He spoke at length.\n\n"The Taiwan question is an internal affair of China". Wu Qian\n'
        assert _speakers(text, ())[0][1] == "Wu Qian"

    def test_a_quote_right_after_a_full_stop_with_no_space_goes_on_with_the_speaker(self):
        text = (
            "A porta-voz da China, Mao Ning, fala numa a\u00e7\u00e3o deliberada que cria uma "
            'tend\u00eancia perigosa."A decis\u00e3o do Jap\u00e3o cria tens\u00f5es regionais".'
            '"Se juntarmos esse ato \u00e0s declara\u00e7\u00f5es, estamos perante uma tend\u00eancia".\n'
        )
        assert [speaker for _, speaker in _speakers(text, ())] == ["Mao Ning", "Mao Ning"]

    def test_a_quoted_name_with_the_writers_words_on_both_sides_keeps_no_speaker(self):
        text = (
            '"Wir wollen mehr", sagte Rutte. Das Treffen fand in einem Saal statt, der '
            '"Halle der Freundschaft und des Friedens in Asien" hei\u00dft.'
        )
        assert _speakers(text, ())[-1][1] != "Rutte"

    def test_a_one_word_capitalised_noun_opening_a_sentence_is_no_speaker(self):
        text = (
            "Video on social media from Onahama featured sirens.\n"
            "\u201cPlease do not think that you are safe\u201d. Residents fled to higher ground.\n"
        )
        assert _speakers(text, ())[0][1] is None


class TestQuotesAfterTheirSpeakersSentence:
    """A quote after a colon line, an aside, or a sentence of what the speaker did is the speaker's."""

    def test_e_aggiunge_and_the_next_paragraph(self):
        text = (
            "Ecco Jens Stoltenberg: “Pechino e Mosca stanno promuovendo una manovra autoritaria”.\n"
            "E aggiunge:\n"
            "“Ciò che accade oggi in Europa potrebbe accadere domani in Asia orientale”."
        )
        first, second = (w for _, w in _speakers(text))
        assert first.endswith("Jens Stoltenberg")
        assert second == first

    def test_a_name_before_an_aside_set_off_by_commas(self):
        text = (
            "Kishida, through a translator, referred to the four countries as "
            "“the cornerstone of peace and stability in the region” who needed to act."
        )
        assert _speakers(text)[0][1] == "Kishida"

    def test_a_quote_after_what_its_speaker_did(self):
        text = (
            "Il Segretario generale Nato ha visitato la base aerea di Iruma e ha incontrato il personale. "
            "“Ho visto di persona gli aerei cargo giapponesi che trasportavano aiuti”. E giù elogi."
        )
        assert _speakers(text)[0][1] == "Il Segretario generale"

    def test_a_quote_after_a_sentence_with_no_person_has_no_speaker(self):
        text = "The storm hit the coast on Monday. “Evacuate now, the water is rising fast and high.”"
        assert _speakers(text) == [("Evacuate now, the water is rising fast and high.", None)]


class TestGermanReportedSpeech:
    """German reported speech goes on with its speaker: after *und* before a colon, in Konjunktiv."""

    def test_und_fuegte_hinzu_before_a_colon(self):
        text = (
            "Mark Rutte traf Sanae Takaichi. Er betonte, dass sie darüber gesprochen hätten, dass die "
            "Sicherheit eine Einheit bilde, und fügte hinzu: „Es ist von entscheidender Bedeutung.“"
        )
        assert _speakers(text)[0][1] in {"Er", "Mark Rutte"}
        assert find_quotes(text)[0].speaker_words is not None

    def test_a_subjunctive_clause_goes_on_with_the_last_speaker(self):
        text = (
            '"Die USA wollen mehr und mehr, dass sich die Nato einbringt", sagte Rutte. Dies gelte nicht '
            "im Sinne des Beistandspaktes, sondern eher dahin gehend, "
            '"dass man sich innerhalb der Nato gegenseitig hilft".'
        )
        assert [w for _, w in _speakers(text)] == ["Rutte", "Rutte"]

    def test_a_subjunctive_clause_before_a_colon_goes_on_with_the_last_speaker(self):
        text = (
            '"Wir müssen mehr investieren", sagte Wadephul. Chinas Auftreten habe Auswirkungen auf '
            'Europa: "Hier stehen Grundregeln auf dem Spiel."'
        )
        assert [w for _, w in _speakers(text)] == ["Wadephul", "Wadephul"]

    def test_a_german_common_noun_is_no_antecedent_of_er(self):
        text = (
            "Außenminister Johann Wadephul hat die enge Verbindung Deutschlands mit Japan hervorgehoben.\n\n"
            '"Wir müssen mehr in die eigene Sicherheit investieren", sagte er.'
        )
        assert _speakers(text)[0][1] == "Außenminister Johann Wadephul"

    def test_an_indicative_clause_does_not(self):
        text = (
            '"Die USA wollen mehr und mehr, dass sich die Nato einbringt", sagte Rutte. Das Treffen '
            "fand in Tokio statt, in einem Saal, der "
            '"Halle der Freundschaft und des Friedens in Asien" heißt.'
        )
        assert _speakers(text)[-1][1] != "Rutte"
