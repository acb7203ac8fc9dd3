"""The query engine behind the collections: indexes over plain sequences of records.

A leaf: it takes tuples and lists of records and returns lists, positions and
counts, and knows nothing of collections or corpora. The collections in
:mod:`japan_nato_corpus.records` build each index once and keep it.

The indexes: positions by key (actor, kind, modality, article) for the set
filters, a date index sorted by earliest day and searched with :mod:`bisect`,
actor name tables, and the word index of :mod:`japan_nato_corpus.search`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import operator
import re
import typing
from collections import Counter, defaultdict
from itertools import combinations, pairwise
from typing import TYPE_CHECKING, TypeVar

from japan_nato_corpus._lazy import LazyModule
from japan_nato_corpus.errors import AmbiguousNameError, ArgumentError, ArgumentTypeError, UnknownIdError
from japan_nato_corpus.model import Actor, Event, Mention, PartialDate
from japan_nato_corpus.names import NameIndex

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence

    from japan_nato_corpus import mentions as _mentions
    from japan_nato_corpus import search as _search
    from japan_nato_corpus.model import Agreement, Article, Quote
    from japan_nato_corpus.search import Hit, WordIndex
else:
    # Name matching in running text and the word index: for the mentions and searches alone.
    _mentions = LazyModule("japan_nato_corpus.mentions")
    _search = LazyModule("japan_nato_corpus.search")

__all__ = [
    "COOCCURRENCE_SCOPES",
    "MODES",
    "SEARCH_SCOPES",
    "DateIndex",
    "KeyIndex",
    "NameTable",
    "agreements_covering",
    "between",
    "choose",
    "cooccurrence",
    "event_actors",
    "event_documents",
    "events_by_date",
    "mentioned_by_article",
    "mentions_in",
    "quotes_holding",
    "quotes_mentioning",
    "records_by_date",
    "search",
    "timeline",
    "word_index",
]

T = TypeVar("T")
_OPEN_START = 0
_OPEN_END = dt.date.max.toordinal() + 1

MODES = ("overlap", "within")
"""The values of ``between``'s ``mode``."""
SEARCH_SCOPES = ("body", "text")
"""The values of ``search``'s ``scope``."""
COOCCURRENCE_SCOPES = ("sentence", "paragraph", "article")
"""The values of ``cooccurrence``'s ``scope``."""


def choose(argument: str, value: object, choices: Sequence[str]) -> str:
    """``value``, if it is one of ``choices``.

    Raises:
        ArgumentError: It is not; the message lists the choices.
    """
    if isinstance(value, str) and value in choices:
        return value
    raise ArgumentError(argument, value, choices)


def strings(argument: str, values: Iterable[object]) -> tuple[str, ...]:
    """``values``, if every one is a string: the names, ids and phrases every filter takes.

    Raises:
        ArgumentTypeError: One is not (``None``, a number, bytes, a list); names it.
    """
    given = tuple(values)
    for value in given:
        if not isinstance(value, str):
            msg = f"{argument} must be a string, got {type(value).__name__} {value!r:.40}"
            raise ArgumentTypeError(argument, value, message=msg)
    return typing.cast("tuple[str, ...]", given)


def flag(argument: str, value: object) -> bool:
    """``value``, if it is a bool.

    Raises:
        ArgumentTypeError: It is not (``"yes"``, ``1``, ``None``).
    """
    if not isinstance(value, bool):
        msg = f"{argument} must be True or False, got {type(value).__name__} {value!r:.40}"
        raise ArgumentTypeError(argument, value, message=msg)
    return value


# --- dates --------------------------------------------------------------------


def _bound(value: object, *, last: bool, argument: str) -> int:
    """The ordinal of the first (or, with ``last``, the last) day ``value`` stands for."""
    if value is None:
        return _OPEN_END if last else _OPEN_START
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, int) and not isinstance(value, bool):
        if not dt.MINYEAR <= value <= dt.MAXYEAR:
            msg = f"{argument} must be a year from {dt.MINYEAR} to {dt.MAXYEAR}, got {value}"
            raise ArgumentError(argument, value, message=msg)
        value = PartialDate(year=value)
    if isinstance(value, str):
        value = PartialDate.from_iso(value)
    if isinstance(value, PartialDate):
        value = value.latest if last else value.earliest
    if isinstance(value, dt.date):
        return value.toordinal()
    msg = (
        f"{argument} must be a year, date, datetime, ISO date string, PartialDate or None, "
        f"got {type(value).__name__}"
    )
    raise ArgumentTypeError(argument, value, message=msg)


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


class DateIndex:
    """Records' day ranges in buckets by length (1, 2, 4, 8 ... days), for bisect range queries.

    Bucketing by length keeps each bisect window near the size of its answer:
    a year-long record widens only the window of the other year-long ones.

    Args:
        ranges: ``(first day, last day, position)``, days as ordinals.
    """

    __slots__ = ("_buckets",)

    def __init__(self, ranges: Iterable[tuple[int, int, int]]) -> None:
        by_length: defaultdict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for first, last, position in ranges:
            by_length[(last - first).bit_length()].append((first, last, position))
        self._buckets = [_Bucket(by_length[length]) for length in sorted(by_length)]

    def query(self, start: int, end: int, *, within: bool) -> list[int]:
        """Sorted positions of the ranges overlapping (or ``within``) ``[start, end]``."""
        found = [p for bucket in self._buckets for p in bucket.query(start, end, within=within)]
        found.sort()
        return found


def events_by_date(events: Sequence[Event]) -> DateIndex:
    """The date index of events, by their bounds (date to end)."""
    return DateIndex((*event_bounds(event), position) for position, event in enumerate(events))


def records_by_date(items: Sequence[T], date_of: Callable[[T], PartialDate | None]) -> DateIndex:
    """The date index of records by one date each (``date_of``); undated ones left out."""
    dates = ((date_of(item), position) for position, item in enumerate(items))
    return DateIndex((*_bounds(date, None), p) for date, p in dates if date is not None)


def between(index: DateIndex, items: Sequence[T], start: object, end: object, mode: str) -> list[T]:
    """The records of ``index`` whose dates meet the inclusive range, in order.

    Raises:
        ArgumentError: ``mode`` is unknown, a bound is of no date type, or
            ``start`` lies after ``end``.
        ParseError: A bound is a string that is not an ISO date.
    """
    choose("mode", mode, MODES)
    first, last = _bound(start, last=False, argument="start"), _bound(end, last=True, argument="end")
    if first > last:
        msg = f"the range is reversed: start {start!r} comes after end {end!r}"
        raise ArgumentError("start", start, message=msg)
    return [items[p] for p in index.query(first, last, within=mode == "within")]


def timeline(events: Iterable[Event]) -> list[Event]:
    """The events sorted by ``(earliest, latest, id)``."""
    return sorted(events, key=lambda event: (*event_bounds(event), event.id))


# --- keys: actors, kinds, articles ------------------------------------------------


class KeyIndex:
    """The positions of the records having each key.

    Args:
        items: The records.
        keys_of: A record's keys.
    """

    __slots__ = ("_positions",)

    def __init__(self, items: Iterable[T], keys_of: Callable[[T], Iterable[Hashable]]) -> None:
        index: defaultdict[Hashable, list[int]] = defaultdict(list)
        for position, item in enumerate(items):
            for key in dict.fromkeys(keys_of(item)):
                index[key].append(position)
        self._positions = dict(index)

    def select(self, items: Sequence[T], keys: Iterable[Hashable]) -> list[T]:
        """The records of ``items`` having any of ``keys``, in order."""
        lists = [self._positions.get(key, ()) for key in dict.fromkeys(keys)]
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


class NameTable:
    """What a user calls an actor, resolved through the package's one name matching.

    A thin face on :class:`~japan_nato_corpus.names.NameIndex` for the collections'
    filters: ids, names, aliases, titles, family-name-first orders and surnames
    (see :mod:`japan_nato_corpus.names`).

    Args:
        actors: The actors.
        then: What gives a further index, asked for names none of ``actors``
            goes by (the reference list of the field's standing actors). It is
            called on the first such name, so that a look-up the actors answer
            never pays for building it.
    """

    __slots__ = ("_actors", "_full", "_own", "_then")

    def __init__(self, actors: Iterable[Actor], *, then: Callable[[], NameIndex] | None = None) -> None:
        self._actors = tuple(actors)
        self._own = NameIndex(self._actors)
        self._then = then
        self._full: NameIndex | None = None

    def _with_then(self) -> NameIndex:
        # Built at most once in effect: two threads racing here build equal indexes.
        if self._full is None:
            self._full = NameIndex(self._actors, then=self._then()) if self._then else self._own
        return self._full

    def bearers(self, name: str) -> tuple[str, ...]:
        """The id ``name`` is, else the ids of every actor called ``name``.

        Raises:
            UnknownIdError: No actor is or is called ``name``; suggests close names.
        """
        # The actors' own tier comes first in the full index too, so what it finds is the answer.
        try:
            return self._own.bearers(name)
        except UnknownIdError:
            if self._then is None:
                raise
        return self._with_then().bearers(name)

    def resolve(self, names: Iterable[str]) -> tuple[str, ...]:
        """One actor id for each of ``names``: an id first, then a name or alias.

        Raises:
            UnknownIdError: A name names no actor.
            AmbiguousNameError: A name is borne by several actors and is no id.
        """
        ids = []
        for name in names:
            found = self.bearers(name)
            if len(found) > 1:
                raise AmbiguousNameError(name, kind="actor", suggestions=found)
            ids.append(found[0])
        return tuple(ids)

    def all_bearers(self, names: Iterable[str]) -> tuple[str, ...]:
        """Every actor id ``names`` stand for, in order, once each: a shared name stands for all."""
        return tuple(dict.fromkeys(id_ for name in names for id_ in self.bearers(name)))


# --- agreements, articles ---------------------------------------------------------


def _holds(words: Sequence[str], text: str) -> bool:
    found = _search.words_of(text)
    width = len(words)
    return any(found[i : i + width] == words for i in range(len(found) - width + 1))


def agreements_covering(agreements: Iterable[Agreement], term: str) -> list[Agreement]:
    """The agreements with an area holding ``term``'s words in a row, case-insensitive.

    Raises:
        ArgumentError: ``term`` holds no word.
    """
    (term,) = strings("term", (term,))
    words = _search.words_of(term)
    if not words:
        msg = f"term needs at least one word, got {term!r}"
        raise ArgumentError("term", term, message=msg)
    return [a for a in agreements if any(_holds(words, area) for area in a.areas)]


def mentions_in(articles: Iterable[Article], actors: Sequence[Actor]) -> tuple[Mention, ...]:
    """Every mention of every actor in every article, by article then text order."""
    return tuple(
        mention
        for article in articles
        for mention in _mentions.find_mentions(article.text, actors, document=article.id)
    )


def mentioned_by_article(mentions: Iterable[Mention]) -> dict[str, frozenset[str]]:
    """The ids of the actors each article mentions."""
    mentioned: defaultdict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.document is not None:
            mentioned[mention.document].add(mention.actor)
    return {document: frozenset(ids) for document, ids in mentioned.items()}


# --- search -------------------------------------------------------------------------


def word_index(articles: Sequence[Article], scope: str) -> WordIndex:
    """The word index of the articles' paragraphs (``"body"``) or whole texts (``"text"``).

    Raises:
        ArgumentError: ``scope`` is unknown.
    """
    return _search.WordIndex(articles, body=choose("scope", scope, SEARCH_SCOPES) == "body")


def search(
    index: WordIndex, articles: Sequence[Article], phrase: str, *, context: int, case_sensitive: bool
) -> tuple[Hit, ...]:
    """The concordance of ``phrase`` in the articles ``index`` was built from.

    Raises:
        ArgumentError: ``context`` is negative, or ``phrase`` holds no word.
    """
    (phrase,) = strings("phrase", (phrase,))
    flag("case_sensitive", case_sensitive)
    if not isinstance(context, int) or isinstance(context, bool):
        msg = f"context must be an int, got {type(context).__name__} {context!r:.40}"
        raise ArgumentTypeError("context", context, message=msg)
    if context < 0:
        msg = f"context must be at least 0, got {context}"
        raise ArgumentError("context", context, message=msg)
    written = [match.group() for match in _search.WORD.finditer(phrase)]
    if not written:
        msg = f"phrase needs at least one word, got {phrase!r}"
        raise ArgumentError("phrase", phrase, message=msg)
    hits = []
    for document, start, end in index.find(written, case_sensitive=case_sensitive):
        text = articles[document].text
        hits.append(
            _search.Hit(
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


def _seek(offsets: Sequence[int], value: int, low: int) -> int:
    """The first position from ``low`` on whose offset is at least ``value``.

    Gallops forward from ``low`` before bisecting, so a short step costs a few
    comparisons of neighbouring offsets instead of a search of the whole list.
    """
    step, end = 4, len(offsets)
    high = min(low + step, end)
    while high < end and offsets[high - 1] < value:
        low, step = high, step * 2
        high = min(low + step, end)
    return bisect.bisect_left(offsets, value, low, high)


def _slices(
    actors: tuple[str, ...], offsets: Sequence[int], bounds: Iterable[tuple[int, int]]
) -> Iterator[tuple[str, ...]]:
    """The actors of the mentions in each of the half-open ``bounds``, given in text order.

    ``offsets`` are sorted, so each unit's mentions are one slice, sought from
    where the last one ended: linear in the units and mentions together.
    """
    low = 0
    for start, end in bounds:
        low = _seek(offsets, start, low)
        high = _seek(offsets, end, low)
        if high - low > 1:
            yield actors[low:high]
        low = high


def _overlapping_paragraphs(
    paragraphs: Sequence[tuple[int, int, int]], actors: tuple[str, ...], offsets: Sequence[int]
) -> Iterator[tuple[str, ...]]:
    """The actors in each paragraph, when paragraphs overlap: a mention counts for the first that holds it.

    Sweeps the paragraphs by start, keeping the open ones in a heap by their
    position: O((p + m) log p).
    """
    open_: list[tuple[int, int]] = []  # (paragraph position, end)
    members: defaultdict[int, list[str]] = defaultdict(list)
    next_ = 0
    for actor, offset in zip(actors, offsets, strict=True):
        while next_ < len(paragraphs) and paragraphs[next_][0] <= offset:
            _, end, position = paragraphs[next_]
            heapq.heappush(open_, (position, end))
            next_ += 1
        while open_ and open_[0][1] <= offset:
            heapq.heappop(open_)
        # The top is the open paragraph of lowest position; closed ones below it
        # are dropped only once they reach the top, and never counted.
        if open_:
            members[open_[0][0]].append(actor)
    return (tuple(unit) for unit in members.values())


def _unit_actors(
    scope: str, article: Article, actors: tuple[str, ...], offsets: Sequence[int]
) -> Iterator[tuple[str, ...]]:
    """The actors mentioned in each unit of ``article``, with repeats, for mentions sorted by offset."""
    if scope == "article":
        return iter((actors,))
    if scope == "sentence":
        ends = (match.end() for match in _SENTENCE_END.finditer(article.text))
        cuts = [0, *(bisect.bisect_left(offsets, end) for end in ends), len(offsets)]
        return (actors[low:high] for low, high in pairwise(cuts) if high - low > 1)
    paragraphs = sorted((p.start, p.end, i) for i, p in enumerate(article.paragraphs))
    if all(first[1] <= second[0] for first, second in pairwise(paragraphs)):
        return _slices(actors, offsets, ((start, end) for start, end, _ in paragraphs))
    return _overlapping_paragraphs(paragraphs, actors, offsets)


def _mentions_by_document(mentions: Iterable[Mention]) -> dict[str, tuple[list[int], tuple[str, ...]]]:
    """The mentions' offsets, in order, and their actors, by document, reading each mention once.

    Mentions mostly come in text order, one document after another, so the
    lists are kept while the document stays the same and sorted only if needed.
    """
    found: dict[str, tuple[list[int], list[str]]] = {}
    document: str | None = None
    offsets: list[int] = []
    actors: list[str] = []
    for mention in mentions:
        if mention.document is None:
            continue
        if mention.document != document:
            document = mention.document
            offsets, actors = found.setdefault(document, ([], []))
        offsets.append(mention.start)
        actors.append(mention.actor)
    by_document: dict[str, tuple[list[int], tuple[str, ...]]] = {}
    for name, (starts, names) in found.items():
        if any(map(operator.gt, starts, starts[1:])):
            order = sorted(range(len(starts)), key=starts.__getitem__)
            by_document[name] = ([starts[n] for n in order], tuple(names[n] for n in order))
        else:
            by_document[name] = (starts, tuple(names))
    return by_document


def cooccurrence(
    articles: Mapping[str, Article], mentions: Iterable[Mention], *, scope: str
) -> dict[tuple[str, str], int]:
    """Pair counts of actors mentioned in the same unit; see :meth:`Corpus.cooccurrence`.

    Linear in the mentions and units: each unit's mentions are one slice of the
    mentions in text order (paragraphs that overlap are swept instead), alike
    units are counted together by the actors they name, and the pairs of each
    distinct set of actors are made once and weighted by its count.

    Args:
        articles: The articles by id.
        mentions: The mentions to count.
        scope: ``"sentence"``, ``"paragraph"`` or ``"article"``.

    Raises:
        ArgumentError: ``scope`` is unknown.
    """
    choose("scope", scope, COOCCURRENCE_SCOPES)
    alike: Counter[tuple[str, ...]] = Counter()
    for document, (offsets, actors) in _mentions_by_document(mentions).items():
        alike.update(_unit_actors(scope, articles[document], actors, offsets))
    sets: Counter[frozenset[str]] = Counter()
    for named, units in alike.items():
        sets[frozenset(named)] += units
    counts: Counter[tuple[str, str]] = Counter()
    for unit, units in sets.items():
        for pair in combinations(sorted(unit), 2):
            counts[pair] += units
    return dict(sorted(counts.items()))


# --- quotes -----------------------------------------------------------------------


def quotes_mentioning(
    quotes: Iterable[Quote], mentions: Iterable[Mention], ids: Iterable[str]
) -> list[Quote]:
    """The quotes whose quoted words hold a mention of any actor of ``ids``.

    A mention counts when it lies wholly inside a quote's evidence, in the same document.
    """
    wanted = set(ids)
    by_document: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        if mention.actor in wanted and mention.document is not None:
            by_document[mention.document].append((mention.start, mention.end))

    def holds(quote: Quote) -> bool:
        evidence = quote.evidence
        return any(
            evidence.start <= start and end <= evidence.end
            for start, end in by_document.get(evidence.document, ())
        )

    return [quote for quote in quotes if holds(quote)]


def quotes_holding(quotes: Iterable[Quote], phrase: str, *, case_sensitive: bool) -> list[Quote]:
    """The quotes whose quoted words hold ``phrase``'s words in a row, whatever lies between them.

    Raises:
        ArgumentError: ``phrase`` holds no word.
    """
    (phrase,) = strings("phrase", (phrase,))
    flag("case_sensitive", case_sensitive)
    split: Callable[[str], list[str]] = _search.WORD.findall if case_sensitive else _search.words_of
    words = split(phrase)
    if not words:
        msg = f"phrase needs at least one word, got {phrase!r}"
        raise ArgumentError("phrase", phrase, message=msg)
    width = len(words)

    def holds(text: str) -> bool:
        found = split(text)
        return any(found[i : i + width] == words for i in range(len(found) - width + 1))

    return [quote for quote in quotes if holds(quote.text)]
