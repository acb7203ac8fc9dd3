"""Finding where a text names an actor, from the actors' names and aliases."""

import re
from collections.abc import Iterable

from japan_nato_corpus.model import Actor, Mention

__all__ = ["find_mentions"]


def _pattern(names: Iterable[str]) -> re.Pattern[str]:
    # Longest names first, so that "Shinzo Abe" wins over "Abe" at the same place.
    alternatives = sorted(set(names), key=lambda name: (-len(name), name))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")


def find_mentions(text: str, actors: Iterable[Actor], *, document: str | None = None) -> tuple[Mention, ...]:
    """Every place ``text`` names one of ``actors``, in text order, longest match first.

    A name matches as a whole word, exactly as written in the actor's name or
    aliases. Where two actors share a name form, the first actor listed wins.

    Args:
        text: Any text.
        actors: The actors to look for.
        document: The article id to record in each mention, if any.
    """
    owner: dict[str, str] = {}
    for actor in actors:
        for name in actor.names:
            owner.setdefault(name, actor.id)
    if not owner:
        return ()
    return tuple(
        Mention(
            actor=owner[match.group()],
            start=match.start(),
            end=match.end(),
            text=match.group(),
            document=document,
        )
        for match in _pattern(owner).finditer(text)
    )
