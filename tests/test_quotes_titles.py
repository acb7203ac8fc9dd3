"""find_quotes: a title, a role or a body's member written for the speaker, given to the person
it stands for."""

from japan_nato_corpus import find_quotes
from quote_cases import JAPAN, KISHIDA
from quote_cases import speakers as _speakers


def _speaker_and_actor(text, actors=(KISHIDA, JAPAN)):
    return [
        (q.speaker_words.text if q.speaker_words else None, q.speaker)
        for q in find_quotes(text, actors=actors)
    ]


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


class TestTitleStandingForItsHolder:
    """A title written again without a name is the person the text named with it before."""

    def test_der_minister_is_a_title_and_stands_for_its_holder(self):
        text = (
            '"Das ist von herausragender Bedeutung", so Wadephul. "Gemeinsam treten wir für freien '
            'Handel ein", sagte der Außenminister weiter.'
        )
        assert [w for w, _ in _speaker_and_actor(text, ())] == ["Wadephul", "Wadephul"]

    def test_a_title_ending_with_a_day_stands_for_the_speaker_named_before_its_cue(self):
        text = (
            "Senate President Francis Escudero met the envoy. Escudero said the minister, who met "
            "Gilbert Teodoro, had called.\n\nThe Senate leader on Monday promised that the pact will be "
            "scrutinized by the Upper Chamber \u201clike other treaties.\u201d"
        )
        assert _speaker_and_actor(text, ())[0][0] == "Escudero"

    def test_a_bare_name_written_once_is_no_holder(self):
        text = "Sankei noted the remarks. “We are watching,” said the government spokesman."
        assert _speaker_and_actor(text, ())[0][0] == "the government spokesman"

    def test_a_german_title_with_an_adjective_is_the_person_named_after_it_before(self):
        text = (
            "Der japanische Premierminister Fumio Kishida sagte den Nationen, dass Ostasien bedroht sei.\n"
            "„Die Ukraine könnte das Ostasien von morgen sein“, sagte der japanische Premierminister.\n"
        )
        assert _speaker_and_actor(text)[-1] == ("Fumio Kishida", "fumio-kishida")

    def test_an_unknown_holder_is_taken_by_his_name_as_written(self):
        text = (
            "Der japanische Premierminister Taro Beispiel sagte den Nationen, dass Ostasien bedroht sei.\n"
            "„Die Ukraine könnte das Ostasien von morgen sein“, sagte der japanische Premierminister.\n"
        )
        assert _speaker_and_actor(text, ())[-1][0] == "Taro Beispiel"

    def test_an_arabic_title_is_the_name_up_to_the_comma_after_it_before(self):
        text = (
            "أعلن رئيس الوزراء الياباني فوميو كيشيدا، أنه اتفق مع الرئيس الصيني على التواصل.\n\n"
            "وخلال الأسبوع الماضي، أبلغ رئيس الوزراء الياباني نظيره الصيني"
            ' بأنه يأمل علاقات "بناءة ومستقرة".\n'
        )
        words = [w for w, _ in _speaker_and_actor(text, ())]
        assert words[-1] == "فوميو كيشيدا"

    def test_a_title_then_its_holder_in_apposition_in_the_next_sentence(self):
        text = (
            "Japan's defense minister asserted Monday that the threat has grown to an \"unprecedented, "
            'critical and imminent" level.\n'
            "The minister, Itsunori Odonera, said that this rising threat compels his country to act.\n"
        )
        assert _speaker_and_actor(text)[0][0] == "Itsunori Odonera"

    def test_a_title_never_written_with_a_name_keeps_its_words(self):
        text = "„Die Ukraine könnte das Ostasien von morgen sein“, sagte der japanische Premierminister.\n"
        assert _speaker_and_actor(text, ())[0] == ("der japanische Premierminister", None)

    def test_a_title_written_with_a_name_only_after_the_quote_is_not_given_it(self):
        text = (
            "„Die Ukraine könnte das Ostasien von morgen sein“, sagte der japanische Premierminister.\n\n"
            "Später traf der japanische Premierminister Taro Beispiel den Kanzler in Berlin.\n"
        )
        assert _speaker_and_actor(text, ())[0][0] == "der japanische Premierminister"


class TestNameOfBody:
    """A person's name followed by ``of`` and a body's name is said by the person."""

    def test_forecaster_of_an_administration(self):
        text = (
            "“This is a very dangerous typhoon,” forecaster Glaiza Escullar of the Philippine Atmospheric, "
            "Geophysical and Astronomical Services Administration told AFP."
        )
        assert _speakers(text) == [("This is a very dangerous typhoon,", "Glaiza Escullar")]

    def test_name_of_a_ministry_before_the_cue(self):
        text = "“The talks were frank,” Yukiko Okano of the Ministry of Foreign Affairs said."
        assert _speakers(text)[0][1] == "Yukiko Okano"

    def test_a_title_of_a_body_keeps_its_words(self):
        text = "“The talks were frank,” the Minister of Foreign Affairs said."
        assert _speakers(text)[0][1] == "the Minister of Foreign Affairs"
