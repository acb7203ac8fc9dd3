"""find_quotes: a quote with no cue does not go on from the quote before when a sentence between
them has a person's name as its cue's subject (``On his part, Biden affirmed that …``): it goes on
from that person."""

from japan_nato_corpus.model import Actor, ActorKind, Alias
from quote_cases import speakers

KISHIDA = Actor(
    id="fumio-kishida", kind=ActorKind.PERSON, name="Fumio Kishida", aliases=(Alias(name="Kishida"),)
)
BIDEN = Actor(id="joe-biden", kind=ActorKind.PERSON, name="Joe Biden", aliases=(Alias(name="Biden"),))


def test_named_cue_subject_between_two_quotes_takes_the_second():
    text = (
        'During the meeting with Biden, Kishida said: "We are faced with a crisis that shakes the order."\n'
        '"To defend a free and open order, unity amongst allies is required now," he added.\n'
        "On his part, Biden affirmed that the US will support Japan becoming a permanent member of the "
        "Council. \u201cThe Pacific Ocean does not separate Japan and the United States.\u201d"
    )
    found = speakers(text, (KISHIDA, BIDEN))
    assert [words for _, words in found] == ["Kishida", "Kishida", "Biden"]


def test_sentence_with_no_cue_between_keeps_the_speaker_before():
    text = (
        '"To defend a free and open order, unity amongst allies is required now," Kishida added.\n'
        "The summit opened in Madrid on Tuesday. \u201cThe Pacific "
        "Ocean does not separate Japan and Europe.\u201d"
    )
    found = speakers(text, (KISHIDA, BIDEN))
    assert [words for _, words in found] == ["Kishida", "Kishida"]
