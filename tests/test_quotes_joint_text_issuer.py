"""find_quotes: a quote the representatives of bodies give in a joint text (``they``, ``the
ministers``, ``their joint statement``, ``the leaders meeting in <place>``) is the issuing bodies'."""

from collections.abc import Sequence

from japan_nato_corpus.model import Actor, ActorKind
from japan_nato_corpus.quotes import find_quotes

JAPAN = Actor(id="japan", kind=ActorKind.STATE, name="Japan")
PHILIPPINES = Actor(id="philippines", kind=ActorKind.STATE, name="Philippines")
NATO = Actor(id="nato", kind=ActorKind.ORGANISATION, name="NATO")


def speakers(text: str, actors: Sequence[Actor]) -> list[tuple[str | None, str | None]]:
    """The speaker id and the words naming the speaker of each quote found in ``text``."""
    return [
        (q.speaker, q.speaker_words.text if q.speaker_words else None)
        for q in find_quotes(text, actors=actors)
    ]


def test_a_plural_subject_of_a_joint_statement_is_the_pair_that_opened_a_sentence():
    text = (
        "Japan and the Philippines agreed on Saturday to work towards a treaty. The talks were held in "
        "Tokyo, during which they expressed their \u201cserious concern\u201d about the sea, according "
        "to their joint statement.\n\nThe ministers pledged to keep the region \u201cfree and open\u201d."
    )
    assert speakers(text, (JAPAN, PHILIPPINES)) == [
        ("japan", "Japan and the Philippines"),
        ("japan", "Japan and the Philippines"),
    ]


def test_a_state_after_the_place_of_plural_subject_is_not_the_speaker():
    text = (
        "NATO leaders announced a declaration. Marking NATO's anniversary, the leaders meeting in "
        "Washington D.C., USA, stated in a joint declaration, \u201cWe strongly condemn the export of "
        "shells.\u201d"
    )
    assert speakers(text, (NATO,)) == [("nato", "NATO")]


def test_a_plural_subject_keeps_its_words_where_no_joint_text_is_named():
    text = (
        "Japan and the Philippines agreed on Saturday to hold talks. The ministers pledged to keep "
        "the region \u201cfree and open\u201d."
    )
    assert speakers(text, (JAPAN, PHILIPPINES)) == [(None, "The ministers")]


def test_a_document_with_no_owner_named_speaks_for_itself():
    text = (
        "NATO and Japan met in Brussels. The joint statement said, \u201cWe stress with concern the "
        "growing military cooperation.\u201d"
    )
    assert speakers(text, (JAPAN, NATO)) == [(None, "The joint statement")]
