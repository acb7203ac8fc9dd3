"""The query engine behind the corpus collections: indexes, search, timeline, co-occurrence.

Indexes are built on a collection's first query and kept with it: positions by
key (actor, kind, modality, article) for the set filters, a date index sorted
by earliest day and searched with :mod:`bisect`, and an inverted word index for
:meth:`Corpus.search <japan_nato_corpus.corpus.Corpus.search>`. Every result
lists records in the order of the collection queried.
"""

import bisect
import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from japan_nato_corpus._search import WORD, WordIndex, words_of
from japan_nato_corpus.errors import AmbiguousNameError, ParseError
from japan_nato_corpus.mentions import find_mentions
from japan_nato_corpus.model import Agreement, Article, Event, Mention, PartialDate
from japan_nato_corpus.names import NameIndex
from japan_nato_corpus.reference import reference_actors

if TYPE_CHECKING:
    from japan_nato_corpus.corpus import _Contents
    from japan_nato_corpus.records import Actors, Records, _HasId

__all__ = ["Hit"]

T = TypeVar("T", bound="_HasId")
V = TypeVar("V")
_OPEN_START = 0
_OPEN_END = dt.date.max.toordinal() + 1


_WHITE_SPACE = re.compile(r"\s+")


@attrs.frozen
class Hit:
    """One place where a searched phrase stands, with its context (a concordance line).

    Attributes:
        document: Id of the article.
        start: Offset of the phrase's first character in the article's raw text.
        end: Offset just past its last character.
        text: Exactly ``article.text[start:end]``.
        left: Up to ``context`` characters before the phrase.
        right: Up to ``context`` characters after it.
    """

    document: str
    start: int
    end: int
    text: str
    left: str
    right: str

    def line(self, width: int = 30) -> str:
        """The hit as one concordance line, aligned on the phrase for printing in a column.

        Each run of white space (line breaks included) becomes one space, and
        none trails the line; the last ``width`` characters of the left context
        are right-aligned, the phrase stands in brackets, then the first
        ``width`` characters of the right context::

            the Senkaku in Japan and the [Diaoyu] in China. "We will not toler
        """
        left = _WHITE_SPACE.sub(" ", self.left)[-width:] if width > 0 else ""
        right = _WHITE_SPACE.sub(" ", self.right)[:width] if width > 0 else ""
        return f"{left:>{width}}[{_WHITE_SPACE.sub(' ', self.text)}]{right}".rstrip(" ")


# --- dates --------------------------------------------------------------------


def _bound(value: object, *, last: bool) -> int:
    """The ordinal of the first (or, with ``last``, the last) day ``value`` stands for."""
    if value is None:
        return _OPEN_END if last else _OPEN_START
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        value = PartialDate.from_iso(value)
    if isinstance(value, PartialDate):
        value = value.latest if last else value.earliest
    if isinstance(value, dt.date):
        return value.toordinal()
    msg = f"expected a date, datetime, ISO date string, PartialDate or None, got {type(value).__name__}"
    raise ParseError(msg)


def _bounds(first: PartialDate, last: PartialDate | None) -> tuple[int, int]:
    return first.earliest.toordinal(), (last or first).latest.toordinal()


def event_bounds(event: Event) -> tuple[int, int]:
    """The ordinals of an event's first and last possible days."""
    return _bounds(event.date, event.end)


class _Bucket:
    """Day ranges of about one length, sorted by first day."""

    __slots__ = ("firsts", "lasts", "positions", "width")

    def __init__(self, ranges: list[tuple[int, int, int]]) -> None:
        ranges.sort()
        self.width = max(last - first for first, last, _ in ranges)
        self.firsts = [first for first, _, _ in ranges]
        self.lasts = [last for _, last, _ in ranges]
        self.positions = [position for _, _, position in ranges]

    def query(self, start: int, end: int, *, within: bool) -> Iterator[int]:
        firsts, lasts, positions = self.firsts, self.lasts, self.positions
        # A range overlapping [start, end] begins at most ``width`` days before start.
        low = bisect.bisect_left(firsts, start if within else start - self.width)
        high = bisect.bisect_right(firsts, end)
        if within:
            return (positions[i] for i in range(low, high) if lasts[i] <= end)
        return (positions[i] for i in range(low, high) if lasts[i] >= start)


class _DateIndex:
    """Records' day ranges in buckets by length (1, 2, 4, 8 ... days), for bisect range queries.

    Bucketing by length keeps each bisect window near the size of its answer:
    a year-long record widens only the window of the other year-long ones.
    """

    __slots__ = ("buckets",)

    def __init__(self, ranges: Iterable[tuple[int, int, int]]) -> None:
        by_length: defaultdict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for first, last, position in ranges:
            by_length[(last - first).bit_length()].append((first, last, position))
        self.buckets = [_Bucket(by_length[length]) for length in sorted(by_length)]

    def query(self, start: int, end: int, *, within: bool) -> list[int]:
        """Sorted positions of the ranges overlapping (or ``within``) ``[start, end]``."""
        found = [p for bucket in self.buckets for p in bucket.query(start, end, within=within)]
        found.sort()
        return found


def _memo(collection: "Records[Any]", name: str, build: Callable[[], V]) -> V:
    memo = collection._memo  # noqa: SLF001 - the collections' engine
    if name not in memo:
        # A race builds the same index twice; both results are equal.
        memo[name] = build()
    found: V = memo[name]
    return found


def dated_between(  # noqa: PLR0913, PLR0917 - the collection, its date and the query
    collection: "Records[T]",
    name: str,
    date_of: Callable[[T], PartialDate | None],
    start: object,
    end: object,
    mode: str,
) -> list[T]:
    """The records whose date (``date_of``) meets the range, in collection order."""
    items = collection._items  # noqa: SLF001

    def build() -> _DateIndex:
        dates = ((date_of(item), position) for position, item in enumerate(items))
        return _DateIndex((*_bounds(date, None), p) for date, p in dates if date is not None)

    return _between(_memo(collection, f"dates:{name}", build), items, start, end, mode)


def events_between(events: "Records[Event]", start: object, end: object, mode: str) -> list[Event]:
    """The events whose bounds meet the range, in collection order."""
    items = events._items  # noqa: SLF001

    def build() -> _DateIndex:
        return _DateIndex((*event_bounds(event), position) for position, event in enumerate(items))

    return _between(_memo(events, "dates", build), items, start, end, mode)


def _between(index: _DateIndex, items: Sequence[T], start: object, end: object, mode: str) -> list[T]:
    if mode not in {"overlap", "within"}:
        msg = f"mode must be 'overlap' or 'within', got {mode!r}"
        raise ParseError(msg)
    first, last = _bound(start, last=False), _bound(end, last=True)
    return [items[p] for p in index.query(first, last, within=mode == "within")]


def timeline(events: "Records[Event]") -> list[Event]:
    """The events sorted by ``(earliest, latest, id)``."""

    def build() -> list[Event]:
        return sorted(events, key=lambda event: (*event_bounds(event), event.id))

    return _memo(events, "timeline", build)


# --- keys: actors, kinds, articles ------------------------------------------------


def by_keys(
    collection: "Records[T]", name: str, keys_of: Callable[[T], Iterable[Hashable]], keys: Iterable[Hashable]
) -> list[T]:
    """The records having any of ``keys`` among ``keys_of(record)``, in collection order."""
    items = collection._items  # noqa: SLF001

    def build() -> dict[Hashable, list[int]]:
        index: defaultdict[Hashable, list[int]] = defaultdict(list)
        for position, item in enumerate(items):
            for key in dict.fromkeys(keys_of(item)):
                index[key].append(position)
        return dict(index)

    index = _memo(collection, f"keys:{name}", build)
    lists = [index.get(key, ()) for key in dict.fromkeys(keys)]
    if len(lists) == 1:
        positions: Iterable[int] = lists[0]
    else:
        positions = sorted(set().union(*lists))
    return [items[p] for p in positions]


def event_actors(event: Event) -> tuple[str, ...]:
    """The participants of an event, and its place."""
    return (*event.actors, event.place) if event.place is not None else event.actors


def event_documents(event: Event) -> Iterable[str]:
    """The articles holding an event's evidence."""
    return (evidence.document for evidence in event.evidence)


# --- actor names ------------------------------------------------------------------


def _bearers(actors: "Actors", name: str) -> tuple[str, ...]:
    """The ids ``name`` stands for, through the package's one name matching (:mod:`japan_nato_corpus.names`).

    Raises:
        UnknownIdError: No actor is or is called ``name``; suggests close names.
    """
    return _memo(actors, "names", lambda: NameIndex(actors, then=_reference_names())).bearers(name)


@functools.cache
def _reference_names() -> NameIndex:
    return NameIndex(reference_actors())


def resolve(actors: "Actors", names: Iterable[str]) -> tuple[str, ...]:
    """One actor id for each of ``names``: an id first, then a name or alias; case-insensitive.

    Raises:
        UnknownIdError: A name names no actor.
        AmbiguousNameError: A name is borne by several actors and is no id.
    """
    ids = []
    for name in names:
        found = _bearers(actors, name)
        if len(found) > 1:
            raise AmbiguousNameError(name, kind="actor", suggestions=found)
        ids.append(found[0])
    return tuple(ids)


def bearers(actors: "Actors", names: Iterable[str]) -> tuple[str, ...]:
    """Every actor id ``names`` stand for, in order, once each: a shared name stands for all its bearers."""
    return tuple(dict.fromkeys(id_ for name in names for id_ in _bearers(actors, name)))


def resolve_in_scope(collection: "Records[Any]", names: Iterable[str]) -> tuple[str, ...]:
    """Every actor ``names`` stand for, through the actor table of the collection's corpus, if any."""
    scope = collection._scope  # noqa: SLF001
    return tuple(names) if scope is None else bearers(scope.actors, names)


# --- agreements, articles ---------------------------------------------------------


def _holds(words: Sequence[str], text: str) -> bool:
    found = words_of(text)
    width = len(words)
    return any(found[i : i + width] == words for i in range(len(found) - width + 1))


def agreements_covering(agreements: "Records[Agreement]", term: str) -> list[Agreement]:
    """The agreements with an area holding ``term``'s words in a row, case-insensitive."""
    words = words_of(term)
    if not words:
        msg = f"a term needs at least one word, got {term!r}"
        raise ParseError(msg)
    return [a for a in agreements if any(_holds(words, area) for area in a.areas)]


def mentions_in(contents: "_Contents") -> tuple[Mention, ...]:
    """Every mention of every actor in every article, by article then text order; found once."""

    def build() -> tuple[Mention, ...]:
        actors = contents.actors
        return tuple(
            mention
            for article in contents.articles
            for mention in find_mentions(article.text, actors, document=article.id)
        )

    mentions: tuple[Mention, ...] = contents.once("mentions", build)
    return mentions


def _mentioned(contents: "_Contents") -> dict[str, set[str]]:
    mentioned: defaultdict[str, set[str]] = defaultdict(set)
    for mention in mentions_in(contents):
        if mention.document is not None:
            mentioned[mention.document].add(mention.actor)
    return dict(mentioned)


def articles_mentioning(articles: "Records[Article]", ids: Sequence[str]) -> list[Article]:
    """The articles that mention any actor of ``ids``; none outside a corpus."""
    scope = articles._scope  # noqa: SLF001
    if scope is None:
        return []
    mentioned = scope.once("mentioned", lambda: _mentioned(scope))
    wanted = set(ids)
    return [a for a in articles if not wanted.isdisjoint(mentioned.get(a.id, ()))]


# --- search -------------------------------------------------------------------------


def search(
    contents: "_Contents", phrase: str, *, context: int, case_sensitive: bool, scope: str
) -> tuple[Hit, ...]:
    """The concordance of ``phrase``; see :meth:`Corpus.search`."""
    if scope not in {"body", "text"}:
        msg = f"scope must be 'body' or 'text', got {scope!r}"
        raise ParseError(msg)
    if context < 0:
        msg = f"context must be at least 0, got {context}"
        raise ParseError(msg)
    written = [match.group() for match in WORD.finditer(phrase)]
    if not written:
        msg = f"a search needs at least one word, got {phrase!r}"
        raise ParseError(msg)
    articles = contents.articles
    index: WordIndex = contents.once(f"words:{scope}", lambda: WordIndex(articles, body=scope == "body"))
    hits = []
    for document, start, end in index.find(written, case_sensitive=case_sensitive):
        text = articles[document].text
        hits.append(
            Hit(
                articles[document].id,
                start,
                end,
                text[start:end],
                text[max(0, start - context) : start],
                text[end : end + context],
            )
        )
    return tuple(hits)


# --- co-occurrence --------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+|\n")


def _units(article: Article, scope: str) -> Callable[[int], Hashable]:
    """What unit of ``article`` an offset falls in."""
    if scope == "article":
        return lambda _: 0
    if scope == "paragraph":
        paragraphs = article.paragraphs
        # The first paragraph holding the offset; paragraphs may come in any order.
        return lambda offset: next((i for i, p in enumerate(paragraphs) if p.start <= offset < p.end), None)
    ends = [match.end() for match in _SENTENCE_END.finditer(article.text)]
    return lambda offset: bisect.bisect_right(ends, offset)


def cooccurrence(
    contents: "_Contents", mentions: Iterable[Mention], *, scope: str
) -> dict[tuple[str, str], int]:
    """Pair counts of actors mentioned in the same unit; see :meth:`Corpus.cooccurrence`."""
    if scope not in {"sentence", "paragraph", "article"}:
        msg = f"scope must be 'sentence', 'paragraph' or 'article', got {scope!r}"
        raise ParseError(msg)
    unit_of: dict[str, Callable[[int], Hashable]] = {}
    members: defaultdict[tuple[str, Hashable], set[str]] = defaultdict(set)
    for mention in mentions:
        document = mention.document
        if document is None:
            continue
        if document not in unit_of:
            unit_of[document] = _units(contents.articles[document], scope)
        unit = unit_of[document](mention.start)
        if unit is not None:
            members[document, unit].add(mention.actor)
    counts: Counter[tuple[str, str]] = Counter()
    for actors in members.values():
        counts.update(combinations(sorted(actors), 2))
    return dict(sorted(counts.items()))
