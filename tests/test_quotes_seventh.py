"""find_quotes: the speaker mechanisms an analysis of every spent set of quote pages showed
(a quote no cue attributes, given to the person the passage is about; a definite description
of a person by a role, given to the person named before it)."""

from japan_nato_corpus import find_quotes
from quote_cases import speakers as _speakers


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


class TestDescribedSpeaker:
    """A definite description of a person by a role or a nationality stands for the person named
    last before it, in English and in the languages that write the article before the title."""

    def test_the_envoy(self):
        text = (
            "China's ambassador Zhang Hanhui spoke on Monday. NATO should not come east, and "
            "wants \u201cto spur an arms race,\u201d the envoy added."
        )
        assert _speakers(text, ())[0][1] == "Zhang Hanhui"

    def test_the_dutchman(self):
        text = (
            "NATO chief Mark Rutte met Japan's leader on Wednesday.\n"
            '"We need to go beyond joint statements," the Dutchman said.'
        )
        assert _speakers(text, ())[0][1] == "Mark Rutte"

    def test_el_mandatario(self):
        text = (
            "El primer ministro Fumio Kishida habl\u00f3 en Madrid. "
            "\u00abProcederemos a formular una nueva estrategia\u00bb, dijo el mandatario japon\u00e9s."
        )
        assert "Kishida" in (_speakers(text)[0][1] or "")

    def test_an_indefinite_description_stays_unnamed(self):
        text = (
            "The Kishida government hopes NATO will look at Taiwan. A diplomat said: "
            '"We do not expect NATO to support us directly in Asia."'
        )
        assert _speakers(text)[0][1] == "A diplomat"


class TestObjectIsNoSpeaker:
    """A common noun after the subject that opens the quote's sentence is an object, not the speaker."""

    def test_the_object_of_a_second_verb(self):
        text = (
            "Le secr\u00e9taire g\u00e9n\u00e9ral de l\u2019OTAN, Jens Stoltenberg, a critiqu\u00e9 "
            "la Chine pour avoir \u201cintimid\u00e9 ses voisins\u201d et a soulign\u00e9 "
            "la n\u00e9cessit\u00e9 de travailler ensemble."
        )
        assert _speakers(text, ())[0][1] == "Jens Stoltenberg"

    def test_the_object_of_the_verb_before_a_colon(self):
        text = (
            "Verteidigungsminister Gen Nakatani reist nach Europa. Nakatani sprach in Tokio.\n"
            "Nakatani betonte die Bedeutung der Vision und sagte: "
            "\u201eIm heutigen Umfeld ist das wichtig.\u201c"
        )
        assert _speakers(text, ())[0][1] == "Nakatani"

    def test_a_group_noun_keeps_the_group(self):
        text = 'Kishida met Biden on Monday, and Japanese officials said "the talks went well".'
        assert _speakers(text)[0][1] == "Japanese officials"


class TestCaselessScripts:
    """A quote in a script with no case (Arabic) is not taken for words in capitals."""

    def test_an_arabic_quote_after_a_colon_is_found(self):
        text = (
            "\u0648\u0623\u0636\u0627\u0641: \u00ab\u0648\u0645\u0639 \u0630\u0644\u0643\u060c "
            "\u0631\u0623\u064a\u0646\u0627 \u0627\u0644\u0646\u0627\u062a\u0648 \u064a\u0639\u0632\u0632 "
            "\u0628\u0627\u0633\u062a\u0645\u0631\u0627\u0631 \u0639\u0644\u0627\u0642\u0627\u062a\u0647 "
            "\u0645\u0639 \u062f\u0648\u0644 \u0622\u0633\u064a\u0627 "
            "\u0648\u0627\u0644\u0645\u062d\u064a\u0637 "
            "\u0627\u0644\u0647\u0627\u062f\u0626 \u0641\u064a \u0643\u0644 \u0639\u0627\u0645\u00bb.\n"
        )
        assert len(find_quotes(text)) == 1

    def test_a_quote_in_capitals_is_still_no_quote(self):
        assert find_quotes('The banner read "NO WAR IN ASIA, NO NATO IN ASIA" at the gate.') == ()
