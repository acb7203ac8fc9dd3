"""Finding where a text names an actor, from the actors' names and aliases.

A name form matches as a whole word, with these variants:

* **Titles** are never part of a mention: in "Prime Minister Shinzo Abe" the
  mention is "Shinzo Abe". A name form written with a leading title
  ("Prime Minister Abe") is looked for without it ("Abe").
* **Possessives** end the name: "Abe's" and "Abe’s" give the mention "Abe".
* **Case**: a name form also matches with its first letter upper-case, wholly
  upper-case, and, for an acronym of four or more capitals, in title case
  ("NATO", "Nato"). Nothing matches in lower case unless written so, so "us"
  is never the United States.
* **Hyphens and spaces** between words are interchangeable, and any run of
  white space counts as one space ("self-defense", "self defense").
* **Name order**: a person's name of two or more words also matches family
  name first ("Fumio Kishida", "Kishida Fumio").

Of overlapping candidates the leftmost wins, and of those starting at the same
place the longest ("Shinzo Abe" over "Abe"). Each actor set is compiled once
into one regular expression, cached, so a search reads the text once, trying
only the alternatives that start with the character at hand.
"""

import functools
import re
from collections.abc import Iterable, Iterator

from japan_nato_corpus.model import Actor, ActorKind, Mention

__all__ = ["TITLES", "find_mentions", "name_key"]

TITLES = (
    "Chairman",
    "Deputy Secretary of State",
    "Defense Minister",
    "Dr.",
    "Foreign Minister",
    "Minister for Foreign Affairs",
    "Minister of Defense",
    "Mr.",
    "Mrs.",
    "Ms.",
    "National Defense Minister",
    "National Security Advisor",
    "PM",
    "Premier",
    "President",
    "Prime Minister",
    "Prime Minster",
    "Professor",
    "Professor Emeritus",
    "Secretary General",
    "Secretary of Defense",
    "Secretary of State",
    "Senior Fellow",
)
"""Titles that may stand before a name; they are left out of mentions."""

_TITLE = re.compile(r"(?:" + "|".join(map(re.escape, sorted(TITLES, key=len, reverse=True))) + r")\s+")
_SEPARATOR = re.compile(r"[\s-]+")


def name_key(name: str) -> str:
    """The form two spellings of one name share: case-folded, hyphens and white space as one space."""
    return _SEPARATOR.sub(" ", name.strip()).casefold()


def _untitled(name: str) -> str:
    match = _TITLE.match(name)
    rest = name[match.end() :] if match else name
    return rest if rest.strip() else name


def _spellings(name: str, kind: ActorKind) -> Iterator[str]:
    """The written forms of one name form that :func:`find_mentions` accepts."""
    name = _untitled(name)
    orders = [name]
    words = _SEPARATOR.split(name)
    if kind is ActorKind.PERSON and len(words) > 1:
        orders.append(" ".join([words[-1], *words[:-1]]))
    for form in orders:
        yield form
        yield form[:1].upper() + form[1:]
        if sum(c.isalpha() for c in form) >= 4:
            yield form.upper()
        if form.isupper() and form.isalpha() and len(form) >= 4:
            yield form.title()


def _regex(spelling: str) -> str:
    parts = [re.escape(part) for part in _SEPARATOR.split(spelling)]
    return r"(?:\s+|\s*-\s*)".join(parts)


@functools.lru_cache(maxsize=32)
def _matcher(actors: tuple[Actor, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    owner: dict[str, str] = {}
    spellings: set[str] = set()
    for actor in actors:
        for name in actor.names:
            for spelling in _spellings(name, actor.kind):
                owner.setdefault(name_key(spelling), actor.id)
                spellings.add(spelling)
    if not spellings:
        return None, owner
    alternatives = sorted(spellings, key=lambda s: (-len(s), s))
    # Looking at the first character before trying every alternative makes the
    # search several times faster: most positions cannot start a name.
    initials = "".join(sorted({re.escape(s[0]) for s in spellings}))
    body = "|".join(map(_regex, alternatives))
    return re.compile(rf"(?<!\w)(?=[{initials}])(?:{body})(?!\w)"), owner


def find_mentions(text: str, actors: Iterable[Actor], *, document: str | None = None) -> tuple[Mention, ...]:
    """Every place ``text`` names one of ``actors``, in text order.

    The rules for titles, possessives, case, hyphens and name order are in the
    module's description. A mention never includes a title. Where two actors
    share a name form, the first actor listed wins.

    Args:
        text: Any text.
        actors: The actors to look for.
        document: The article id to record in each mention, if any.

    Returns:
        The mentions, leftmost first, none overlapping.
    """
    pattern, owner = _matcher(tuple(actors))
    if pattern is None:
        return ()
    return tuple(
        Mention(
            actor=owner[name_key(match.group())],
            start=match.start(),
            end=match.end(),
            text=match.group(),
            document=document,
        )
        for match in pattern.finditer(text)
    )
