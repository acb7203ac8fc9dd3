"""find_quotes: the speaker mechanisms the analysis of the eighth set of quote pages showed (a
definite title written again without its holder's name, given to the holder the text named with
it before)."""

from japan_nato_corpus import find_quotes
from japan_nato_corpus.model import Actor, ActorKind, Alias

KISHIDA = Actor(
    id="fumio-kishida", kind=ActorKind.PERSON, name="Fumio Kishida", aliases=(Alias(name="Kishida"),)
)
JAPAN = Actor(id="japan", kind=ActorKind.STATE, name="Japan")


def _speakers(text, actors=(KISHIDA, JAPAN)):
    return [
        (q.speaker_words.text if q.speaker_words else None, q.speaker)
        for q in find_quotes(text, actors=actors)
    ]


class TestTitleStandingForItsHolder:
    """A title written again without a name is the person the text named with it before."""

    def test_a_german_title_with_an_adjective_is_the_person_named_after_it_before(self):
        text = (
            "Der japanische Premierminister Fumio Kishida sagte den Nationen, dass Ostasien bedroht sei.\n"
            "„Die Ukraine könnte das Ostasien von morgen sein“, sagte der japanische Premierminister.\n"
        )
        assert _speakers(text)[-1] == ("Fumio Kishida", "fumio-kishida")

    def test_an_unknown_holder_is_taken_by_his_name_as_written(self):
        text = (
            "Der japanische Premierminister Taro Beispiel sagte den Nationen, dass Ostasien bedroht sei.\n"
            "„Die Ukraine könnte das Ostasien von morgen sein“, sagte der japanische Premierminister.\n"
        )
        assert _speakers(text, ())[-1][0] == "Taro Beispiel"

    def test_an_arabic_title_is_the_name_up_to_the_comma_after_it_before(self):
        text = (
            "أعلن رئيس الوزراء الياباني فوميو كيشيدا، أنه اتفق مع الرئيس الصيني على التواصل.\n\n"
            "وخلال الأسبوع الماضي، أبلغ رئيس الوزراء الياباني نظيره الصيني"
            ' بأنه يأمل علاقات "بناءة ومستقرة".\n'
        )
        words = [w for w, _ in _speakers(text, ())]
        assert words[-1] == "فوميو كيشيدا"

    def test_a_title_then_its_holder_in_apposition_in_the_next_sentence(self):
        text = (
            "Japan's defense minister asserted Monday that the threat has grown to an \"unprecedented, "
            'critical and imminent" level.\n'
            "The minister, Itsunori Odonera, said that this rising threat compels his country to act.\n"
        )
        assert _speakers(text)[0][0] == "Itsunori Odonera"

    def test_a_title_never_written_with_a_name_keeps_its_words(self):
        text = "„Die Ukraine könnte das Ostasien von morgen sein“, sagte der japanische Premierminister.\n"
        assert _speakers(text, ())[0] == ("der japanische Premierminister", None)

    def test_a_title_written_with_a_name_only_after_the_quote_is_not_given_it(self):
        text = (
            "„Die Ukraine könnte das Ostasien von morgen sein“, sagte der japanische Premierminister.\n\n"
            "Später traf der japanische Premierminister Taro Beispiel den Kanzler in Berlin.\n"
        )
        assert _speakers(text, ())[0][0] == "der japanische Premierminister"
