"""The actors and the reading that the tests of ``find_quotes``' speaker rules share."""

from collections.abc import Sequence

from japan_nato_corpus import find_quotes
from japan_nato_corpus.model import Actor, ActorKind, Alias

KISHIDA = Actor(
    id="fumio-kishida", kind=ActorKind.PERSON, name="Fumio Kishida", aliases=(Alias(name="Kishida"),)
)
"""A person known by full name and surname."""
JAPAN = Actor(id="japan", kind=ActorKind.STATE, name="Japan")
"""A state, whose name must never be taken for a speaker."""


def speakers(text: str, actors: Sequence[Actor] = (KISHIDA, JAPAN)) -> list[tuple[str, str | None]]:
    """Each quote ``find_quotes`` finds in ``text``, with the words that name its speaker."""
    return [
        (q.text, q.speaker_words.text if q.speaker_words else None) for q in find_quotes(text, actors=actors)
    ]
