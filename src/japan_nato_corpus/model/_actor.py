"""Actors the documents name, the names they go by, and where a text names them."""

import enum
import re

import attrs
from attrs import validators as v

from japan_nato_corpus.model._fields import (
    _int,
    _not_blank,
    _offset_pair,
    _ref,
    _str,
    _valid_id,
    _valid_ids,
    tuple_fields,
)
from japan_nato_corpus.model._provenance import Evidence
from japan_nato_corpus.model._time import PartialDate, _check_order

_WIKIDATA = re.compile(r"Q[1-9][0-9]*")


class ActorKind(enum.Enum):
    """What sort of actor a record stands for."""

    PERSON = "person"
    ORGANISATION = "organisation"
    STATE = "state"
    PLACE = "place"
    GROUP = "group"


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Alias:
    """A name form the documents use for an actor.

    Attributes:
        name: The name as written (``"Abe"``, ``"Diaoyu Islands"``).
        used_by: Ids of the actors that use this name, where it is contested.
        note: Why the alias matters, if it does.
    """

    name: str = attrs.field(validator=[_str, _not_blank])
    used_by: tuple[str, ...] = attrs.field(default=(), validator=_valid_ids, metadata=_ref("actors"))
    note: str = attrs.field(default="", validator=_str)


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Office:
    """A post an actor holds in the documents.

    Attributes:
        title: The post (``"Prime Minister"``).
        organisation: Id of the organisation or state the post is in.
        start: When the actor took the post, if the text says.
        end: When the actor left it, if the text says.
        evidence: Where the documents give the post.
    """

    title: str = attrs.field(validator=[_str, _not_blank])
    organisation: str | None = attrs.field(
        default=None, validator=v.optional(_valid_id), metadata=_ref("actors")
    )
    start: PartialDate | None = None
    end: PartialDate | None = None
    evidence: tuple[Evidence, ...] = ()

    def __attrs_post_init__(self) -> None:
        _check_order(self.start, self.end)


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Actor:
    """A person, organisation, state, place or group the documents name.

    Attributes:
        id: Stable id (``shinzo-abe``).
        kind: What sort of actor this is.
        name: The canonical name.
        aliases: Every other name form the documents use.
        offices: Posts the documents give the actor.
        wikidata: The Wikidata item (``Q132345``), where certain.
        description: A one-line description.
        codes: Codes that identify the actor (ISO 3166-1 alpha-2 and alpha-3
            for a state): accepted where a reader types a name, never looked
            for in running text.
        reference: ``True`` for a record of the reference list of the field's
            standing actors, which states facts known beyond the documents and
            has no evidence in them.
    """

    id: str = attrs.field(validator=_valid_id)
    kind: ActorKind = attrs.field(validator=v.instance_of(ActorKind))
    name: str = attrs.field(validator=[_str, _not_blank])
    aliases: tuple[Alias, ...] = ()
    offices: tuple[Office, ...] = ()
    wikidata: str | None = attrs.field(default=None, validator=v.optional(v.matches_re(_WIKIDATA)))
    description: str = attrs.field(default="", validator=_str)
    codes: tuple[str, ...] = attrs.field(default=(), validator=v.deep_iterable(v.and_(_str, _not_blank)))
    reference: bool = attrs.field(default=False, validator=v.instance_of(bool))

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *(alias.name for alias in self.aliases))


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Mention:
    """A place where a text names an actor.

    Attributes:
        actor: Id of the actor named.
        start: Offset of the name's first character.
        end: Offset just past its last character.
        text: The name as written, exactly ``text[start:end]``.
        document: Id of the article, for mentions in the corpus.
    """

    actor: str = attrs.field(validator=_valid_id, metadata=_ref("actors"))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    text: str = attrs.field(validator=[_str, _not_blank])
    document: str | None = attrs.field(
        default=None, validator=v.optional(_valid_id), metadata=_ref("articles")
    )

    def __attrs_post_init__(self) -> None:
        _offset_pair(self.start, self.end, self.text)
