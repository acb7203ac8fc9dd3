"""find_quotes: an impersonal cue (``heißt es``, ``napisano``: the vocabulary's ``impersonal``
lists) gives the quote to the text it names after it (``heißt es in dem Bericht``), not to the
person who spoke before; with no text named, to no one."""

from japan_nato_corpus.model import Actor, ActorKind, Alias
from japan_nato_corpus.quotes import CUES_BY_LANGUAGE
from quote_cases import speakers

STOLTENBERG = Actor(
    id="jens-stoltenberg",
    kind=ActorKind.PERSON,
    name="Jens Stoltenberg",
    aliases=(Alias(name="Stoltenberg"),),
)


def test_impersonal_cues_are_read_from_the_vocabulary():
    assert "heißt es" in CUES_BY_LANGUAGE["de"]
    assert "napisano" in CUES_BY_LANGUAGE["pl"]


def test_the_text_named_after_an_impersonal_cue_speaks():
    text = (
        "\u00abWas heute in Europa geschieht, könnte morgen in Ostasien geschehen\u00bb, sagte Stoltenberg.\n"
        "\u00abEs schikaniert seine Nachbarn und bedroht Taiwan\u00bb, heißt es in dem Bericht."
    )
    found = speakers(text, (STOLTENBERG,))
    assert [words for _, words in found] == ["Stoltenberg", "dem Bericht"]


def test_impersonal_cue_with_no_text_named_has_no_speaker():
    text = (
        "\u00abWas heute in Europa geschieht, könnte morgen in Ostasien geschehen\u00bb, sagte Stoltenberg.\n"
        "\u00abEs schikaniert seine Nachbarn und bedroht Taiwan\u00bb, heißt es aus Brüssel weiter."
    )
    found = speakers(text, (STOLTENBERG,))
    assert [words for _, words in found] == ["Stoltenberg", None]
