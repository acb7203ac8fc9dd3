"""Immutable, chainable, id-aware collections of records: :class:`Events`, :class:`Actors` ...

Every filter returns a new collection of the same type, in the order of the
collection it was called on (the file order for a corpus's own collections),
except :meth:`Events.timeline`, which is chronological. Indexes (by date, by
actor, by kind, by word) are built on a collection's first query and kept.
"""

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, Self, TypeAlias, TypeVar, overload

from japan_nato_corpus.errors import UnknownIdError

if TYPE_CHECKING:
    # Only for annotations: the model and the query engine are imported on first use.
    import datetime as dt

    import pandas as pd
    import pyarrow as pa

    from japan_nato_corpus.corpus import _Contents
    from japan_nato_corpus.model import (  # noqa: F401 - also named in the collections' type arguments
        Actor,
        ActorKind,
        Agreement,
        Article,
        Event,
        EventKind,
        Modality,
        PartialDate,
        PloverCategory,
    )

__all__ = ["Actors", "Agreements", "Articles", "DateBound", "Events", "Records"]

# A string, so that the model and datetime stay unimported until a query needs them.
DateBound: TypeAlias = "dt.date | str | PartialDate | None"
"""One end of a date range: a date or datetime, an ISO ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD`` string, a :class:`~japan_nato_corpus.model.PartialDate`, or ``None``
for an open end. See :meth:`Events.between`."""

_Mode = Literal["overlap", "within"]


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_HasId)


class Records(Sequence[R], Generic[R]):
    """An immutable sequence of records that can also be looked up by id.

    ``records[0]`` and ``records[1:3]`` index by position; ``records["shinzo-abe"]``
    looks up by id and raises :class:`~japan_nato_corpus.errors.UnknownIdError` on
    a miss, while ``records.get("shinzo-abe")`` returns ``None``. Slices and
    filters return new collections of the same type.
    """

    __slots__ = ("_by_id", "_items", "_kind", "_memo", "_scope")
    _default_kind = "record"

    def __init__(self, items: Iterable[R] = (), *, kind: str | None = None) -> None:
        self._items: tuple[R, ...] = tuple(items)
        self._kind = kind or self._default_kind
        self._by_id: dict[str, R] | None = None
        # Lazily built indexes, by name; see japan_nato_corpus.query.
        self._memo: dict[str, Any] = {}
        # The corpus contents the collection belongs to: its actor table and mentions.
        self._scope: _Contents | None = None

    def _index(self) -> dict[str, R]:
        if self._by_id is None:
            # The first record of an id wins; the loader refuses duplicates anyway.
            by_id: dict[str, R] = {}
            for item in self._items:
                by_id.setdefault(item.id, item)
            self._by_id = by_id
        return self._by_id

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of the records, in order."""
        return tuple(item.id for item in self._items)

    def get(self, id: str) -> R | None:
        """The record with this id, or ``None``."""
        return self._index().get(id)

    def _missing(self, id: str) -> UnknownIdError:
        import difflib  # noqa: PLC0415 - only needed on a miss

        close = difflib.get_close_matches(id, self._index(), n=3, cutoff=0.6)
        return UnknownIdError(id, kind=self._kind, suggestions=close)

    def _derive(self, items: Iterable[R]) -> Self:
        """A collection of the same type and corpus holding ``items``."""
        new = object.__new__(type(self))
        Records.__init__(new, items, kind=self._kind)
        new._scope = self._scope
        return new

    def to_pandas(self) -> "pd.DataFrame":
        """A :class:`pandas.DataFrame`, one row per record; see :func:`japan_nato_corpus.export.to_pandas`."""
        from japan_nato_corpus.export import to_pandas  # noqa: PLC0415

        return to_pandas(self)

    def to_arrow(self) -> "pa.Table":
        """A :class:`pyarrow.Table`, one row per record; see :func:`japan_nato_corpus.export.to_arrow`."""
        from japan_nato_corpus.export import to_arrow  # noqa: PLC0415

        return to_arrow(self)

    @overload
    def __getitem__(self, key: int) -> R: ...
    @overload
    def __getitem__(self, key: str) -> R: ...
    @overload
    def __getitem__(self, key: slice) -> Self: ...
    def __getitem__(self, key: int | str | slice) -> "R | Self":
        if isinstance(key, str):
            found = self._index().get(key)
            if found is None:
                raise self._missing(key)
            return found
        if isinstance(key, slice):
            return self._derive(self._items[key])
        return self._items[key]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[R]:
        return iter(self._items)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._index()
        return item in self._items

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Records):
            return self._items == other._items
        if isinstance(other, tuple):
            return self._items == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._items)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self._items)} {self._kind}s>"


class Events(Records["Event"]):
    """Events, with date, actor, kind, article and modality filters and a timeline.

    Example::

        signings_2013 = corpus.events.of_kind("signing").between("2013", "2013")
        for event in corpus.events.involving("Abe").timeline():
            print(event.date, event.summary)
    """

    __slots__ = ()
    _default_kind = "event"

    def between(self, start: "DateBound", end: "DateBound", *, mode: _Mode = "overlap") -> "Events":
        """The events whose dates meet the inclusive range from ``start`` to ``end``.

        An event's bounds run from ``event.date.earliest`` to the ``latest`` of
        ``event.end`` (or of ``event.date`` when it has no end). A bound may be a
        :class:`datetime.date`, a :class:`datetime.datetime` (its date), an ISO
        string ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a
        :class:`~japan_nato_corpus.model.PartialDate` (``start`` counts from its
        earliest day, ``end`` up to its latest, so ``between("2013", "2013")`` is
        the whole year), or ``None`` for an open end.

        Args:
            start: The first day of the range, or ``None``.
            end: The last day of the range, or ``None``.
            mode: ``"overlap"`` keeps events whose bounds share a day with the range
                (an event dated ``2013`` meets ``between("2013-06", "2013-06")``);
                ``"within"`` keeps events whose bounds lie inside it.

        Raises:
            ParseError: A bound is a string that is not an ISO date.
        """
        from japan_nato_corpus import query  # noqa: PLC0415

        return self._derive(query.events_between(self, start, end, mode))

    def involving(self, *actors: str) -> "Events":
        """The events in which any of ``actors`` takes part or which take place there.

        Args:
            *actors: Actor ids, names or aliases, case-insensitive, resolved through
                the corpus's actor table (ids taken as they are outside a corpus).
                A name several actors bear stands for all of them.

        Raises:
            UnknownIdError: A name matches no actor; suggests close ones.
        """
        from japan_nato_corpus import query  # noqa: PLC0415

        ids = query.resolve_in_scope(self, actors)
        return self._derive(query.by_keys(self, "actor", query.event_actors, ids))

    def of_kind(self, *kinds: "EventKind | str") -> "Events":
        """The events of any of ``kinds`` (an :class:`EventKind` or its value, ``"signing"``).

        Raises:
            ValueError: A string is no kind's value.
        """
        from japan_nato_corpus import query  # noqa: PLC0415
        from japan_nato_corpus.model import EventKind  # noqa: PLC0415

        keys = [EventKind(kind) for kind in kinds]
        return self._derive(query.by_keys(self, "kind", lambda event: (event.kind,), keys))

    def with_modality(self, *modalities: "Modality | str") -> "Events":
        """The events of any of ``modalities`` (a :class:`Modality` or its value).

        Raises:
            ValueError: A string is no modality's value.
        """
        from japan_nato_corpus import query  # noqa: PLC0415
        from japan_nato_corpus.model import Modality  # noqa: PLC0415

        keys = [Modality(modality) for modality in modalities]
        return self._derive(query.by_keys(self, "modality", lambda event: (event.modality,), keys))

    def coded(self, *categories: "PloverCategory | str") -> "Events":
        """The events coded as any of the PLOVER ``categories`` (``"SUPPORT"``, ...).

        Raises:
            ValueError: A string is no PLOVER category.
        """
        from japan_nato_corpus import query  # noqa: PLC0415
        from japan_nato_corpus.model import PloverCategory  # noqa: PLC0415

        keys = [PloverCategory(category) for category in categories]
        return self._derive(query.by_keys(self, "plover", lambda event: (event.plover,), keys))

    def in_context(self, *contexts: str) -> "Events":
        """The events with any of the PLOVER ``contexts`` (``"cyber"``, ``"military"``, ...).

        Raises:
            ValueError: A context is none of :data:`~japan_nato_corpus.model.PLOVER_CONTEXTS`.
        """
        from japan_nato_corpus import query  # noqa: PLC0415
        from japan_nato_corpus.model import PLOVER_CONTEXTS  # noqa: PLC0415

        unknown = sorted(set(contexts) - PLOVER_CONTEXTS)
        if unknown:
            msg = f"no PLOVER context is called {', '.join(map(repr, unknown))}"
            raise ValueError(msg)
        found = query.by_keys(self, "plover_context", lambda event: event.plover_context, contexts)
        return self._derive(found)

    def in_article(self, *article_ids: str) -> "Events":
        """The events with evidence in any of the articles ``article_ids``."""
        from japan_nato_corpus import query  # noqa: PLC0415

        return self._derive(query.by_keys(self, "article", query.event_documents, article_ids))

    def timeline(self) -> "Events":
        """The events in chronological order.

        Events sort by ``(earliest, latest, id)`` of their bounds (see
        :meth:`between`): a partial date sorts on its first day, after the
        shorter events that also start that day. So ``2013-01`` sorts after an
        event of 1 January 2013 and before one of 2 January; ``2013`` sorts
        after both ``2013-01-01`` and ``2013-01``, before ``2013-01-02``. Ties go
        by id, so the order never depends on file order.
        """
        from japan_nato_corpus import query  # noqa: PLC0415

        return self._derive(query.timeline(self))


class Agreements(Records["Agreement"]):
    """Agreements, with party, term and date filters."""

    __slots__ = ()
    _default_kind = "agreement"

    def with_party(self, *actors: str) -> "Agreements":
        """The agreements any of ``actors`` (ids, names or aliases) is a party to.

        A name several actors bear stands for all of them.

        Raises:
            UnknownIdError: A name matches no actor; suggests close ones.
        """
        from japan_nato_corpus import query  # noqa: PLC0415

        ids = query.resolve_in_scope(self, actors)
        return self._derive(query.by_keys(self, "party", lambda agreement: agreement.parties, ids))

    def covering(self, term: str) -> "Agreements":
        """The agreements with an area holding ``term`` as whole words, case-insensitive."""
        from japan_nato_corpus import query  # noqa: PLC0415

        return self._derive(query.agreements_covering(self, term))

    def between(self, start: "DateBound", end: "DateBound", *, mode: _Mode = "overlap") -> "Agreements":
        """The dated agreements whose date meets the range; as :meth:`Events.between`."""
        from japan_nato_corpus import query  # noqa: PLC0415

        return self._derive(query.dated_between(self, "date", lambda a: a.date, start, end, mode))


class Articles(Records["Article"]):
    """Articles, with publisher, date and mention filters."""

    __slots__ = ()
    _default_kind = "article"

    def by_publisher(self, name: str) -> "Articles":
        """The articles whose publisher is ``name``, case-insensitive."""
        wanted = name.casefold()
        return self._derive(a for a in self if a.publisher is not None and a.publisher.casefold() == wanted)

    def between(self, start: "DateBound", end: "DateBound", *, mode: _Mode = "overlap") -> "Articles":
        """The dated articles whose ``published`` date meets the range; as :meth:`Events.between`."""
        from japan_nato_corpus import query  # noqa: PLC0415

        return self._derive(query.dated_between(self, "published", lambda a: a.published, start, end, mode))

    def mentioning(self, *actors: str) -> "Articles":
        """The articles that mention any of ``actors`` (ids, names or aliases).

        A name several actors bear stands for all of them.

        Mentions come from :attr:`Corpus.mentions`; outside a corpus nothing is mentioned.

        Raises:
            UnknownIdError: A name matches no actor; suggests close ones.
        """
        from japan_nato_corpus import query  # noqa: PLC0415

        return self._derive(query.articles_mentioning(self, query.resolve_in_scope(self, actors)))


class Actors(Records["Actor"]):
    """Actors, with lookup by any name."""

    __slots__ = ()
    _default_kind = "actor"

    def find(self, name_or_id: str) -> "Actor":
        """The actor with this id or name, as :mod:`japan_nato_corpus.names` matches names; an id wins.

        A name no actor of the collection goes by is looked up in the reference
        list (:mod:`japan_nato_corpus.reference`), whose record is returned.

        Raises:
            UnknownIdError: No actor is called that; suggests close names.
            AmbiguousNameError: Several actors bear the name; names their ids.
        """
        from japan_nato_corpus import query  # noqa: PLC0415
        from japan_nato_corpus.reference import reference_actor  # noqa: PLC0415

        id_ = query.resolve(self, (name_or_id,))[0]
        return self.get(id_) or reference_actor(id_) or self[id_]

    def resolve(self, *names: str) -> tuple[str, ...]:
        """The ids of the actors called ``names`` (ids, names or aliases), in order.

        Raises:
            UnknownIdError: A name matches no actor; suggests close names.
            AmbiguousNameError: Several actors bear a name; names their ids.
        """
        from japan_nato_corpus import query  # noqa: PLC0415

        return query.resolve(self, names)

    def of_kind(self, *kinds: "ActorKind | str") -> "Actors":
        """The actors of any of ``kinds`` (an :class:`ActorKind` or its value).

        Raises:
            ValueError: A string is no kind's value.
        """
        from japan_nato_corpus import query  # noqa: PLC0415
        from japan_nato_corpus.model import ActorKind  # noqa: PLC0415

        keys = [ActorKind(kind) for kind in kinds]
        return self._derive(query.by_keys(self, "kind", lambda actor: (actor.kind,), keys))
