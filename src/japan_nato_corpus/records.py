"""Immutable, chainable, id-aware collections of records: :class:`Events`, :class:`Actors` ...

Every filter returns a new collection of the same type, in the order of the
collection it was called on (the file order for a corpus's own collections),
except :meth:`Events.timeline`, which is chronological. Indexes (by date, by
actor, by kind, by word) come from ``japan_nato_corpus.query``; each is
built on a collection's first query and kept, once, however many threads ask.

A corpus's collections share one :class:`Scope`: its actor table, which
resolves names in every collection's filters, and what is derived from the
collections together (the mentions, the word index).
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
import threading
import types
import typing
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, Self, TypeAlias, TypeVar, overload

import attrs

from japan_nato_corpus import model, query
from japan_nato_corpus._lazy import LazyModule
from japan_nato_corpus.errors import ArgumentError, ArgumentTypeError, UnknownIdError
from japan_nato_corpus.model import (
    PLOVER_CONTEXTS,
    Actor,
    ActorKind,
    Event,
    EventKind,
    Mention,
    Modality,
    PartialDate,
    PloverCategory,
)

if TYPE_CHECKING:
    import os
    from typing import IO

    import pandas as pd
    import pyarrow as pa

    from japan_nato_corpus import export as _export
    from japan_nato_corpus import reference as _reference
    from japan_nato_corpus.model import Agreement, AgreementKind, Article, Quote, QuoteKind
    from japan_nato_corpus.search import Hit
else:
    # Needed only by the table exports, and by names the corpus's own actors do not bear.
    _export = LazyModule("japan_nato_corpus.export")
    _reference = LazyModule("japan_nato_corpus.reference")

__all__ = ["Actors", "Agreements", "Articles", "DateBound", "Events", "Quotes", "Records", "Scope"]

DateBound: TypeAlias = dt.date | str | int | PartialDate | None
"""One end of a date range: a date or datetime, a year (``2014``), an ISO ``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD`` string, a :class:`~japan_nato_corpus.model.PartialDate`,
or ``None`` for an open end. See :meth:`Events.between`."""

_Mode = Literal["overlap", "within"]
V = TypeVar("V")
E = TypeVar("E", bound=enum.Enum)


class _Memo:
    """Values derived once and kept: each built by one thread, however many ask at once.

    Re-entrant, since one value may need another (who is mentioned where needs the mentions).
    """

    __slots__ = ("_lock", "_values")

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        self._lock = threading.RLock()

    def once(self, name: str, build: Callable[[], V]) -> V:
        """``build()``, computed on the first call for ``name`` and kept."""
        try:
            found: V = self._values[name]
        except KeyError:
            with self._lock:
                if name not in self._values:
                    self._values[name] = build()
                found = self._values[name]
        return found


def _member(kind: type[E], value: E | str, argument: str) -> E:
    """The member of the enum ``kind`` that ``value`` is or names.

    Raises:
        ArgumentError: ``value`` is no member's value; lists them.
    """
    try:
        return kind(value)
    except ValueError:
        raise ArgumentError(argument, value, [member.value for member in kind]) from None


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_HasId)


class Records(Sequence[R], Generic[R]):
    """An immutable sequence of records that can also be looked up by id.

    ``records[0]`` and ``records[1:3]`` index by position; ``records["shinzo-abe"]``
    looks up by id and raises :class:`~japan_nato_corpus.errors.UnknownIdError` on
    a miss, while ``records.get("shinzo-abe")`` returns ``None``. Slices and
    filters return new collections of the same type. Setting an attribute
    raises :class:`attrs.exceptions.FrozenInstanceError`.
    """

    __slots__ = ("_items", "_kind", "_memo", "_scope")
    _default_kind = "record"
    _items: tuple[R, ...]
    _kind: str
    _memo: _Memo
    _scope: Scope | None

    def __init__(self, items: Iterable[R] = (), *, kind: str | None = None) -> None:
        self._init(records_of(type(self), items, "items"), kind or self._default_kind, None)

    def _init(self, items: Iterable[R], kind: str, scope: Scope | None) -> None:
        set_ = object.__setattr__
        set_(self, "_items", tuple(items))
        set_(self, "_kind", kind)
        # Indexes built by the queries, by name.
        set_(self, "_memo", _Memo())
        # The corpus the collection belongs to: its actor table and mentions.
        set_(self, "_scope", scope)

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def _by_id(self) -> Mapping[str, R]:
        def build() -> Mapping[str, R]:
            # The first record of an id wins; the loader refuses duplicates anyway.
            by_id: dict[str, R] = {}
            for item in self._items:
                by_id.setdefault(item.id, item)
            return types.MappingProxyType(by_id)

        return self._memo.once("ids", build)

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of the records, in order."""
        return tuple(item.id for item in self._items)

    def get(self, id: str) -> R | None:
        """The record with this id, or ``None``.

        Raises:
            ArgumentTypeError: ``id`` is not a string.
        """
        (id,) = query.strings("id", (id,))
        return self._by_id().get(id)

    def _missing(self, id: str) -> UnknownIdError:
        import difflib  # noqa: PLC0415 - for suggestions alone, not on every start

        close = difflib.get_close_matches(id, self._by_id(), n=3, cutoff=0.6)
        return UnknownIdError(id, kind=self._kind, suggestions=close)

    def _derive(self, items: Iterable[R]) -> Self:
        """A collection of the same type and corpus holding ``items``."""
        new = object.__new__(type(self))
        new._init(items, self._kind, self._scope)
        return new

    def _keys(self, name: str, keys_of: Callable[[R], Iterable[Hashable]], keys: Iterable[Hashable]) -> Self:
        """The records having any of ``keys`` among ``keys_of(record)``, by a kept index."""
        index = self._memo.once(f"keys:{name}", lambda: query.KeyIndex(self._items, keys_of))
        return self._derive(index.select(self._items, keys))

    def _dated(
        self, date_of: Callable[[R], PartialDate | None], start: DateBound, end: DateBound, mode: str
    ) -> Self:
        index = self._memo.once("dates", lambda: query.records_by_date(self._items, date_of))
        return self._derive(query.between(index, self._items, start, end, mode))

    def _actor_ids(self, names: Iterable[str]) -> tuple[str, ...]:
        """Every actor ``names`` stand for, by the corpus's actor table; as given outside a corpus."""
        names = query.strings("actor", names)
        if self._scope is None:
            return tuple(names)
        return self._scope.actors._names().all_bearers(names)  # noqa: SLF001 - the collections' own module

    # The table exports: thin delegations to japan_nato_corpus.export.

    def to_pandas(self, *, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """A :class:`pandas.DataFrame`, one row per record; see :func:`japan_nato_corpus.export.to_pandas`."""
        return _export.to_pandas(self, columns=columns)

    def to_arrow(self, *, columns: Sequence[str] | None = None) -> pa.Table:
        """A :class:`pyarrow.Table`, one row per record; see :func:`japan_nato_corpus.export.to_arrow`."""
        return _export.to_arrow(self, columns=columns)

    def to_parquet(self, path: str | os.PathLike[str], *, columns: Sequence[str] | None = None) -> None:
        """Write a Parquet file of the table; see :func:`japan_nato_corpus.export.to_parquet`."""
        _export.to_parquet(self, path, columns=columns)

    def to_csv(self, file: str | os.PathLike[str] | IO[str], *, columns: Sequence[str] | None = None) -> None:
        """Write the table as CSV to a path or open file; see :func:`japan_nato_corpus.export.to_csv`."""
        _export.to_csv(self, file, columns=columns)

    def to_jsonl(self, file: str | os.PathLike[str] | IO[str]) -> None:
        """Write the records as JSON Lines; see :func:`japan_nato_corpus.export.to_jsonl`."""
        _export.to_jsonl(self, file)

    @overload
    def __getitem__(self, key: int) -> R: ...
    @overload
    def __getitem__(self, key: str) -> R: ...
    @overload
    def __getitem__(self, key: slice) -> Self: ...
    def __getitem__(self, key: int | str | slice) -> R | Self:
        if isinstance(key, str):
            found = self._by_id().get(key)
            if found is None:
                raise self._missing(key)
            return found
        if isinstance(key, slice):
            return self._derive(self._items[key])
        try:
            position = operator.index(key)
        except TypeError:
            msg = f"index by an int, a slice or an id string, got {type(key).__name__} {key!r:.40}"
            raise ArgumentTypeError("key", key, message=msg) from None
        return self._items[position]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[R]:
        return iter(self._items)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._by_id()
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


class Events(Records[Event]):
    """Events, with date, actor, kind, article and modality filters and a timeline.

    Example::

        signings_2013 = corpus.events.of_kind("signing").between(2013, 2013)
        for event in corpus.events.involving("Abe").timeline():
            print(event.date, event.summary)
    """

    __slots__ = ()
    _default_kind = "event"

    def between(self, start: DateBound, end: DateBound, *, mode: _Mode = "overlap") -> Events:
        """The events whose dates meet the inclusive range from ``start`` to ``end``.

        An event's bounds run from ``event.date.earliest`` to the ``latest`` of
        ``event.end`` (or of ``event.date`` when it has no end). A bound may be a
        :class:`datetime.date`, a :class:`datetime.datetime` (its date), a year
        (``2014``), an ISO string ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a
        :class:`~japan_nato_corpus.model.PartialDate` (``start`` counts from its
        earliest day, ``end`` up to its latest, so ``between(2013, 2013)`` is
        the whole year), or ``None`` for an open end.

        Args:
            start: The first day of the range, or ``None``.
            end: The last day of the range, or ``None``.
            mode: ``"overlap"`` keeps events whose bounds share a day with the range
                (an event dated ``2013`` meets ``between("2013-06", "2013-06")``);
                ``"within"`` keeps events whose bounds lie inside it.

        Raises:
            ArgumentError: ``mode`` is unknown, a bound is of no date type (also a
                :class:`TypeError`), or ``start`` comes after ``end``.
            ParseError: A bound is a string that is not an ISO date.
        """
        index = self._memo.once("dates", lambda: query.events_by_date(self._items))
        return self._derive(query.between(index, self._items, start, end, mode))

    def involving(self, *actors: str) -> Events:
        """The events in which any of ``actors`` takes part or which take place there.

        Args:
            *actors: Actor ids, names or aliases, case-insensitive, resolved through
                the corpus's actor table (ids taken as they are outside a corpus).
                A name several actors bear stands for all of them.

        Raises:
            UnknownIdError: A name matches no actor; suggests close ones.
        """
        return self._keys("actor", query.event_actors, self._actor_ids(actors))

    def of_kind(self, *kinds: EventKind | str) -> Events:
        """The events of any of ``kinds`` (an :class:`EventKind` or its value, ``"signing"``).

        Raises:
            ArgumentError: A string is no kind's value; lists the kinds.
        """
        keys = [_member(EventKind, kind, "kind") for kind in kinds]
        return self._keys("kind", lambda event: (event.kind,), keys)

    def with_modality(self, *modalities: Modality | str) -> Events:
        """The events of any of ``modalities`` (a :class:`Modality` or its value).

        Raises:
            ArgumentError: A string is no modality's value; lists the modalities.
        """
        keys = [_member(Modality, modality, "modality") for modality in modalities]
        return self._keys("modality", lambda event: (event.modality,), keys)

    def coded(self, *categories: PloverCategory | str) -> Events:
        """The events coded as any of the PLOVER ``categories`` (``"SUPPORT"``, ...).

        Raises:
            ArgumentError: A string is no PLOVER category; lists the categories.
        """
        keys = [_member(PloverCategory, category, "category") for category in categories]
        return self._keys("plover", lambda event: (event.plover,), keys)

    def in_context(self, *contexts: str) -> Events:
        """The events with any of the PLOVER ``contexts`` (``"cyber"``, ``"military"``, ...).

        Raises:
            ArgumentError: A context is none of ``PLOVER_CONTEXTS`` (in :mod:`japan_nato_corpus.model`).
        """
        for context in contexts:
            query.choose("context", context, sorted(PLOVER_CONTEXTS))
        return self._keys("plover_context", lambda event: event.plover_context, contexts)

    def in_article(self, *article_ids: str) -> Events:
        """The events with evidence in any of the articles ``article_ids``."""
        return self._keys("article", query.event_documents, query.strings("article_id", article_ids))

    def timeline(self) -> Events:
        """The events in chronological order.

        Events sort by ``(earliest, latest, id)`` of their bounds (see
        :meth:`between`): a partial date sorts on its first day, after the
        shorter events that also start that day. So ``2013-01`` sorts after an
        event of 1 January 2013 and before one of 2 January; ``2013`` sorts
        after both ``2013-01-01`` and ``2013-01``, before ``2013-01-02``. Ties go
        by id, so the order never depends on file order.
        """
        return self._derive(self._memo.once("timeline", lambda: tuple(query.timeline(self._items))))


class Agreements(Records["Agreement"]):
    """Agreements, with party, term and date filters."""

    __slots__ = ()
    _default_kind = "agreement"

    def with_party(self, *actors: str) -> Agreements:
        """The agreements any of ``actors`` (ids, names or aliases) is a party to.

        A name several actors bear stands for all of them.

        Raises:
            UnknownIdError: A name matches no actor; suggests close ones.
        """
        return self._keys("party", lambda agreement: agreement.parties, self._actor_ids(actors))

    def covering(self, term: str) -> Agreements:
        """The agreements with an area holding ``term`` as whole words, case-insensitive.

        Raises:
            ArgumentError: ``term`` holds no word.
        """
        return self._derive(query.agreements_covering(self._items, term))

    def of_kind(self, *kinds: AgreementKind | str) -> Agreements:
        """The agreements of any of ``kinds`` (an :class:`AgreementKind` or its value).

        Raises:
            ArgumentError: A string is no kind's value; lists the kinds.
        """
        keys = [_member(model.AgreementKind, kind, "kind") for kind in kinds]
        return self._keys("kind", lambda agreement: (agreement.kind,), keys)

    def between(self, start: DateBound, end: DateBound, *, mode: _Mode = "overlap") -> Agreements:
        """The dated agreements whose date meets the range; as :meth:`Events.between`."""
        return self._dated(lambda agreement: agreement.date, start, end, mode)


class Articles(Records["Article"]):
    """Articles, with publisher, date and mention filters."""

    __slots__ = ()
    _default_kind = "article"

    def by_publisher(self, name: str) -> Articles:
        """The articles whose publisher is ``name``, case-insensitive."""
        wanted = query.strings("name", (name,))[0].casefold()
        return self._derive(a for a in self if a.publisher is not None and a.publisher.casefold() == wanted)

    def between(self, start: DateBound, end: DateBound, *, mode: _Mode = "overlap") -> Articles:
        """The dated articles whose ``published`` date meets the range; as :meth:`Events.between`."""
        return self._dated(lambda article: article.published, start, end, mode)

    def mentioning(self, *actors: str) -> Articles:
        """The articles that mention any of ``actors`` (ids, names or aliases).

        A name several actors bear stands for all of them.

        Mentions come from :attr:`Corpus.mentions`; outside a corpus nothing is mentioned.

        Raises:
            UnknownIdError: A name matches no actor; suggests close ones.
        """
        wanted = set(self._actor_ids(actors))
        if self._scope is None:
            return self._derive(())
        mentioned = self._scope.mentioned()
        return self._derive(a for a in self if not wanted.isdisjoint(mentioned.get(a.id, ())))


class Actors(Records[Actor]):
    """Actors, with lookup by any name."""

    __slots__ = ()
    _default_kind = "actor"

    def _names(self) -> query.NameTable:
        """The table of these actors' ids, names and aliases, built once."""
        # A lambda, so that the reference list's module (and the converter it reads with) is
        # imported only for a name the corpus's own actors do not bear.
        reference = lambda: _reference.reference_names()  # noqa: E731, PLW0108
        return self._memo.once("names", lambda: query.NameTable(self._items, then=reference))

    def find(self, name_or_id: str) -> Actor:
        """The actor with this id or name, as :mod:`japan_nato_corpus.names` matches names; an id wins.

        A name no actor of the collection goes by is looked up in the reference
        list (:mod:`japan_nato_corpus.reference`), whose record is returned.

        Raises:
            UnknownIdError: No actor is called that; suggests close names.
            AmbiguousNameError: Several actors bear the name; names their ids.
        """
        id_ = self._names().resolve(query.strings("name_or_id", (name_or_id,)))[0]
        return self.get(id_) or _reference.reference_actor(id_) or self[id_]

    def resolve(self, *names: str) -> tuple[str, ...]:
        """The ids of the actors called ``names`` (ids, names or aliases), in order.

        Raises:
            UnknownIdError: A name matches no actor; suggests close names.
            AmbiguousNameError: Several actors bear a name; names their ids.
        """
        return self._names().resolve(query.strings("name", names))

    def of_kind(self, *kinds: ActorKind | str) -> Actors:
        """The actors of any of ``kinds`` (an :class:`ActorKind` or its value).

        Raises:
            ArgumentError: A string is no kind's value; lists the kinds.
        """
        keys = [_member(ActorKind, kind, "kind") for kind in kinds]
        return self._keys("kind", lambda actor: (actor.kind,), keys)


class Quotes(Records["Quote"]):
    """Quotes, with speaker, article, kind, date, mention and word filters.

    Example::

        for quote in corpus.quotes.by("Stoltenberg").mentioning("Japan"):
            print(quote.speaker, quote.cue.text, quote.text)
    """

    __slots__ = ()
    _default_kind = "quote"

    def by(self, *names: str) -> Quotes:
        """The quotes whose speaker is any of ``names`` (actor ids, names or aliases).

        Names resolve through the corpus's actor table, as in every name filter
        (:mod:`japan_nato_corpus.names`): case-insensitive, with or without
        titles, a surname standing for its bearer; a name several actors bear
        stands for all of them. Quotes of an unnamed source (``speaker`` is
        ``None``) are never returned.

        Raises:
            UnknownIdError: A name matches no actor; suggests close ones.
        """
        return self._keys("speaker", lambda quote: (quote.speaker,), self._actor_ids(names))

    def in_article(self, *article_ids: str) -> Quotes:
        """The quotes that stand in any of the articles ``article_ids``."""
        return self._keys("article", lambda quote: (quote.article,), query.strings("article_id", article_ids))

    def of_kind(self, *kinds: QuoteKind | str) -> Quotes:
        """The quotes of any of ``kinds`` (a :class:`QuoteKind` or its value, ``"written"``).

        Raises:
            ArgumentError: A string is no kind's value; lists the kinds.
        """
        keys = [_member(model.QuoteKind, kind, "kind") for kind in kinds]
        return self._keys("kind", lambda quote: (quote.kind,), keys)

    def between(self, start: DateBound, end: DateBound, *, mode: _Mode = "overlap") -> Quotes:
        """The quotes said or written in the range; bounds and ``mode`` as :meth:`Events.between`.

        A quote's date is that of its event when it has one, else the
        ``published`` date of its article; a quote with neither (or outside a
        corpus) meets no range.
        """
        return self._dated(self._date_of, start, end, mode)

    def _date_of(self, quote: Quote) -> PartialDate | None:
        scope = self._scope
        if scope is None:
            return None
        event = None if quote.event is None else scope.events.get(quote.event)
        if event is not None:
            return event.date
        article = scope.articles.get(quote.article)
        return None if article is None else article.published

    def mentioning(self, *actors: str) -> Quotes:
        """The quotes whose own words mention any of ``actors`` (ids, names or aliases).

        A mention (from :attr:`Corpus.mentions <japan_nato_corpus.Corpus.mentions>`)
        counts when it lies inside the quoted words. Outside a corpus nothing is
        mentioned.

        Raises:
            UnknownIdError: A name matches no actor; suggests close ones.
        """
        ids = self._actor_ids(actors)
        if self._scope is None:
            return self._derive(())
        return self._derive(query.quotes_mentioning(self._items, self._scope.mentions(), ids))

    def search(self, phrase: str, *, case_sensitive: bool = False) -> Quotes:
        """The quotes whose words hold ``phrase``'s words in a row (whole words, punctuation aside).

        Raises:
            ArgumentError: ``phrase`` holds no word.
        """
        return self._derive(query.quotes_holding(self._items, phrase, case_sensitive=case_sensitive))


C = TypeVar("C", bound=Records[Any])


def records_of(cls: type[Records[Any]], items: object, argument: str) -> tuple[Any, ...]:
    """``items`` as a tuple, if it is an iterable of the records ``cls`` holds.

    Raises:
        ArgumentTypeError: ``items`` is not iterable, or holds something else
            (an ``int``, an ``Actor`` among events); names its index.
    """
    try:
        given: tuple[Any, ...] = tuple(typing.cast("Iterable[Any]", items))
    except TypeError:
        msg = f"{argument} must be an iterable of records, got {type(items).__name__} {items!r:.40}"
        raise ArgumentTypeError(argument, items, message=msg) from None
    record = _RECORDS.get(cls._default_kind)
    wanted = getattr(model, record) if record is not None else None
    for index, item in enumerate(given):
        if wanted is not None and not isinstance(item, wanted):
            msg = f"{argument}[{index}] must be a {record}, got {type(item).__name__} {item!r:.40}"
            raise ArgumentTypeError(argument, item, message=msg)
    return given


# The record class each collection holds, by the collection's kind; a plain Records holds any.
_RECORDS = {
    "article": "Article",
    "actor": "Actor",
    "event": "Event",
    "agreement": "Agreement",
    "quote": "Quote",
}


def _bound(cls: type[C], items: Iterable[Any], scope: Scope) -> C:
    """A collection of ``cls`` holding ``items``, belonging to ``scope``."""
    collection = object.__new__(cls)
    collection._init(items, cls._default_kind, scope)
    return collection


_TYPES: Mapping[str, type[Records[Any]]] = {
    "articles": Articles,
    "actors": Actors,
    "events": Events,
    "agreements": Agreements,
    "quotes": Quotes,
}


class Scope:
    """A corpus's collections, bound together, and what is derived from them once.

    The collections' name filters resolve names through :attr:`actors`; the
    mentions and word indexes are built on first use, once, under one lock.
    Immutable: setting an attribute raises :class:`attrs.exceptions.FrozenInstanceError`.

    Args:
        articles: The parsed documents.
        actors: People, organisations, states, places and groups.
        events: Dated events the documents report.
        agreements: Agreements, programmes, declarations and joint statements.
        quotes: Quoted words, who said them, and where they stand.
    """

    __slots__ = ("_memo", "_sources")
    _memo: _Memo
    # How to read each collection not read yet, by name (a deferred scope's).
    _sources: Mapping[str, Callable[[], Iterable[Any]]]

    def __init__(
        self,
        articles: Iterable[Article],
        actors: Iterable[Actor],
        events: Iterable[Event],
        agreements: Iterable[Agreement],
        quotes: Iterable[Quote] = (),
    ) -> None:
        self._start(
            {
                "articles": lambda: articles,
                "actors": lambda: actors,
                "events": lambda: events,
                "agreements": lambda: agreements,
                "quotes": lambda: quotes,
            }
        )
        for name, cls in _TYPES.items():  # read now: the arguments may be iterators
            self._collection(name, cls)

    @classmethod
    def deferred(cls, sources: Mapping[str, Callable[[], Iterable[Any]]]) -> Scope:
        """A scope whose collection ``name`` is ``sources[name]()``, read on its first access, once.

        Args:
            sources: A reader for each of ``"articles"``, ``"actors"``, ``"events"``,
                ``"agreements"`` and ``"quotes"``.
        """
        scope = object.__new__(cls)
        scope._start(dict(sources))
        return scope

    def _start(self, sources: Mapping[str, Callable[[], Iterable[Any]]]) -> None:
        object.__setattr__(self, "_memo", _Memo())
        object.__setattr__(self, "_sources", sources)

    def _collection(self, name: str, cls: type[C]) -> C:
        return self._memo.once(name, lambda: _bound(cls, self._sources[name](), self))

    @property
    def articles(self) -> Articles:
        """The parsed documents."""
        return self._collection("articles", Articles)

    @property
    def actors(self) -> Actors:
        """People, organisations, states, places and groups."""
        return self._collection("actors", Actors)

    @property
    def events(self) -> Events:
        """Dated events the documents report."""
        return self._collection("events", Events)

    @property
    def agreements(self) -> Agreements:
        """Agreements, programmes, declarations and joint statements."""
        return self._collection("agreements", Agreements)

    @property
    def quotes(self) -> Quotes:
        """Quoted words, who said them, and where they stand."""
        return self._collection("quotes", Quotes)

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def _key(self) -> tuple[object, ...]:
        return (self.articles, self.actors, self.events, self.agreements, self.quotes)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Scope) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def mentions(self) -> tuple[Mention, ...]:
        """Every mention of every actor in every article, by article then text order; found once."""
        return self._memo.once("mentions", lambda: query.mentions_in(self.articles, self.actors))

    def mentioned(self) -> Mapping[str, frozenset[str]]:
        """The ids of the actors each article mentions, by article id."""
        return self._memo.once("mentioned", lambda: query.mentioned_by_article(self.mentions()))

    def search(self, phrase: str, *, context: int, case_sensitive: bool, scope: str) -> tuple[Hit, ...]:
        """The concordance of ``phrase``; see :meth:`japan_nato_corpus.corpus.Corpus.search`."""
        articles = self.articles._items  # noqa: SLF001 - the collections' own module
        query.choose("scope", scope, query.SEARCH_SCOPES)
        index = self._memo.once(f"words:{scope}", lambda: query.word_index(articles, scope))
        return query.search(index, articles, phrase, context=context, case_sensitive=case_sensitive)

    def cooccurrence(self, *, scope: str) -> dict[tuple[str, str], int]:
        """Pair counts of actors; see :meth:`japan_nato_corpus.corpus.Corpus.cooccurrence`."""
        return query.cooccurrence(self.articles._by_id(), self.mentions(), scope=scope)  # noqa: SLF001
