"""The reference list: the field's standing actors, known beyond the five documents.

NATO's member states and partners, the organisations the field names, NATO's
Secretaries General and their deputies since 1999, Japan's prime ministers,
foreign and defence ministers since 2006, and the US presidents, secretaries of
state and of defense since 2001, each with dated offices. Every record has
:attr:`~japan_nato_corpus.model.Actor.reference` set and no evidence: these
facts are general knowledge, kept apart from the corpus actors, whose every
fact is tied to the documents' text. A record with a corpus actor's id (Japan,
NATO, Abe ...) adds names, codes and dated offices to that actor.

The list is curated in ``curation/reference.toml`` and shipped as
``reference.json`` beside this module (package data, apart from the corpus
directory ``data/``); it is read on first use, once. Name look-ups
(:meth:`Actors.find <japan_nato_corpus.records.Actors.find>` and the filters)
fall back on it; to find mentions of these actors in any text, give them to
:func:`~japan_nato_corpus.mentions.find_mentions` after the corpus's own::

    find_mentions(text, (*corpus.actors, *reference_actors()))
"""

import functools

from japan_nato_corpus import converter
from japan_nato_corpus.model import Actor
from japan_nato_corpus.names import NameIndex

__all__ = ["reference_actor", "reference_actors", "reference_names"]


@functools.cache
def reference_actors() -> tuple[Actor, ...]:
    """Every record of the reference list, in the order of its curation file.

    Returns:
        The actors, each with ``reference`` set.
    """
    # Imported here: importlib.resources (with tempfile and shutil) costs a first answer that
    # the corpus's own names settle more than the reference list does.
    import importlib.resources  # noqa: PLC0415

    source = importlib.resources.files("japan_nato_corpus") / "reference.json"
    return converter.loads(source.read_bytes(), tuple[Actor, ...], source="reference.json")


@functools.cache
def _by_id() -> dict[str, Actor]:
    return {actor.id: actor for actor in reference_actors()}


def reference_actor(id: str) -> Actor | None:
    """The reference record with this id, or ``None``."""
    return _by_id().get(id)


@functools.cache
def reference_names() -> NameIndex:
    """The name index of the reference list, built once; collections fall back on it."""
    return NameIndex(reference_actors())
