"""The :class:`Corpus` and its immutable, id-aware collections of records."""

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, overload

import attrs

from japan_nato_corpus.errors import UnknownIdError

if TYPE_CHECKING:
    # Only for annotations: the model is imported when records are first read.
    from japan_nato_corpus.model import Actor, Agreement, Article, Event, Manifest, Mention

__all__ = ["Corpus", "Records"]


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_HasId)


class Records(Sequence[R], Generic[R]):
    """An immutable sequence of records that can also be looked up by id.

    ``records[0]`` and ``records[1:3]`` index by position; ``records["shinzo-abe"]``
    looks up by id and raises :class:`~japan_nato_corpus.errors.UnknownIdError` on
    a miss, while ``records.get("shinzo-abe")`` returns ``None``.
    """

    __slots__ = ("_by_id", "_items", "_kind")

    def __init__(self, items: Iterable[R] = (), *, kind: str = "record") -> None:
        self._items: tuple[R, ...] = tuple(items)
        self._kind = kind
        self._by_id: dict[str, R] | None = None

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

    def _derive(self, items: Iterable[R]) -> "Records[R]":
        """A collection of the same type holding ``items``; subclasses keep their type."""
        new = object.__new__(type(self))
        Records.__init__(new, items, kind=self._kind)
        return new

    @overload
    def __getitem__(self, key: int) -> R: ...
    @overload
    def __getitem__(self, key: str) -> R: ...
    @overload
    def __getitem__(self, key: slice) -> "Records[R]": ...
    def __getitem__(self, key: int | str | slice) -> "R | Records[R]":
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


@attrs.frozen
class _Contents:
    manifest: "Manifest"
    articles: Records["Article"]
    actors: Records["Actor"]
    events: Records["Event"]
    agreements: Records["Agreement"]


class Corpus:
    """Articles, actors, events and agreements, with lookup by id.

    Get one from :func:`japan_nato_corpus.load`, or build one from records.
    Every collection is an immutable :class:`Records` sequence.

    The bundled corpus is read lazily, as pycountry reads its databases:
    :func:`~japan_nato_corpus.load` checks every document's hash at once, and
    the records are read, checked and cached on first access to any collection.

    Args:
        manifest: What documents the corpus holds and where they came from.
        articles: The parsed documents.
        actors: People, organisations, states, places and groups.
        events: Dated events the documents report.
        agreements: Agreements, programmes, declarations and joint statements.
    """

    __slots__ = ("_contents", "_lock", "_mentions", "_read")

    def __init__(
        self,
        *,
        manifest: "Manifest",
        articles: Iterable["Article"] = (),
        actors: Iterable["Actor"] = (),
        events: Iterable["Event"] = (),
        agreements: Iterable["Agreement"] = (),
    ) -> None:
        self._contents: _Contents | None = _Contents(
            manifest,
            Records(articles, kind="article"),
            Records(actors, kind="actor"),
            Records(events, kind="event"),
            Records(agreements, kind="agreement"),
        )
        self._read: Callable[[], Corpus] | None = None
        self._mentions: tuple[Mention, ...] | None = None
        self._lock = threading.Lock()

    @classmethod
    def deferred(cls, read: Callable[[], "Corpus"]) -> "Corpus":
        """A corpus whose records ``read()`` returns on first access, once, under a lock."""
        corpus = object.__new__(cls)
        corpus._contents = None
        corpus._read = read
        corpus._mentions = None
        corpus._lock = threading.Lock()
        return corpus

    def _get(self) -> _Contents:
        contents = self._contents
        if contents is None:
            with self._lock:
                if self._contents is None:
                    assert self._read is not None  # noqa: S101 - set whenever _contents is not
                    self._contents = self._read()._get()  # noqa: SLF001 - a Corpus too
                    self._read = None
                contents = self._contents
        return contents

    @property
    def manifest(self) -> "Manifest":
        """What documents the corpus holds and where they came from."""
        return self._get().manifest

    @property
    def articles(self) -> Records["Article"]:
        """The parsed documents."""
        return self._get().articles

    @property
    def actors(self) -> Records["Actor"]:
        """People, organisations, states, places and groups."""
        return self._get().actors

    @property
    def events(self) -> Records["Event"]:
        """Dated events the documents report."""
        return self._get().events

    @property
    def agreements(self) -> Records["Agreement"]:
        """Agreements, programmes, declarations and joint statements."""
        return self._get().agreements

    @property
    def mentions(self) -> tuple["Mention", ...]:
        """Every mention of every actor in every article, by article then text order.

        Found with :func:`japan_nato_corpus.mentions.find_mentions` on first access.
        """
        if self._mentions is None:
            from japan_nato_corpus.mentions import find_mentions  # noqa: PLC0415

            actors = self.actors
            self._mentions = tuple(
                mention
                for article in self.articles
                for mention in find_mentions(article.text, actors, document=article.id)
            )
        return self._mentions

    @property
    def version(self) -> str:
        """The version of the data (:attr:`Manifest.corpus_version`)."""
        return self.manifest.corpus_version

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Corpus):
            return NotImplemented
        return self._get() == other._get()

    def __hash__(self) -> int:
        return hash(self._get())

    def __repr__(self) -> str:
        return (
            f"<Corpus {self.version}: {len(self.articles)} articles, {len(self.actors)} actors, "
            f"{len(self.events)} events, {len(self.agreements)} agreements>"
        )
