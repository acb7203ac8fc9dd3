"""Records out to flat tables (pandas, Arrow, Parquet, CSV) and JSON Lines, and back from JSON Lines.

Every record type has one table schema (:func:`schema`), shared by
:func:`to_pandas`, :func:`to_arrow`, :func:`to_parquet` and :func:`to_csv`: the
same columns in the same order, one row per record. The rules:

- a date field ``x`` gives four columns: ``x`` (ISO at its precision: ``2014``,
  ``2014-05``, ``2014-05-06``), ``x_earliest`` and ``x_latest`` (real dates:
  the first and last day it may stand for) and ``x_precision`` (``year``,
  ``month`` or ``day``);
- actor ids come as a list column (``actors``, ``parties`` ...) beside a list of
  the actors' names in the same order (``actor_names`` ...), ``null`` where the
  name is unknown (records exported outside a corpus, with no ``actors=``);
- evidence is a list of ``{document, start, end, quote}`` structs; articles'
  paragraphs, credits, captions and mentions are lists of structs with their
  half-open offsets into ``text``.

In Arrow and Parquet, lists and structs are typed lists and structs and dates are
``date32``. In pandas, dates are ``datetime64[s]`` (pandas has no date-only type),
whole numbers nullable ``Int64``, lists and structs Python lists and dicts. In
CSV, dates are ISO text, empty for ``null``, and lists and structs one compact
JSON cell each.

pandas and pyarrow are optional extras (``pip install japan-nato-corpus[pandas]``,
``[arrow]``), imported only when a function that needs them is called.
"""

import csv
import datetime as dt
import functools
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar

import attrs

from japan_nato_corpus import converter as _converter
from japan_nato_corpus._paths import user_path
from japan_nato_corpus.errors import (
    ArgumentError,
    ArgumentTypeError,
    CorpusError,
    MissingFileError,
    Problem,
    UnknownIdError,
    UnreadableFileError,
    UnwritableFileError,
)
from japan_nato_corpus.model import (
    Actor,
    Agreement,
    Article,
    Conflict,
    Document,
    Event,
    Evidence,
    Mention,
    PartialDate,
    Quote,
    Span,
)

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from japan_nato_corpus.model import Manifest


class _Corpus(Protocol):
    """What the whole-corpus export reads of a :class:`~japan_nato_corpus.Corpus`.

    A protocol, not the class: the collections import this module, and the corpus
    imports the collections.
    """

    @property
    def manifest(self) -> "Manifest": ...
    @property
    def version(self) -> str: ...
    @property
    def events(self) -> Sequence[Event]: ...
    @property
    def agreements(self) -> Sequence[Agreement]: ...
    @property
    def actors(self) -> Sequence[Actor]: ...
    @property
    def articles(self) -> Sequence[Article]: ...
    @property
    def mentions(self) -> tuple[Mention, ...]: ...
    @property
    def quotes(self) -> Sequence[Quote]: ...


__all__ = [
    "EVENT_COLUMNS",
    "TABLES",
    "Column",
    "ColumnType",
    "arrow_schema",
    "corpus_to_parquet",
    "events_to_csv",
    "from_jsonl",
    "pandas_dtype",
    "parquet_metadata",
    "rows",
    "schema",
    "table_of",
    "to_arrow",
    "to_csv",
    "to_jsonl",
    "to_pandas",
    "to_parquet",
    "type_name",
]

T = TypeVar("T")
File = str | os.PathLike[str] | IO[str]

# A column type: "string", "int64", "bool", "date32", "timestamp" (UTC, microseconds),
# ("list", item) or ("struct", ((name, type), ...)). Written as data so that the
# schema is known, printable and testable without pyarrow.
ColumnType: TypeAlias = str | tuple[str, Any]


def _list(item: ColumnType) -> ColumnType:
    return ("list", item)


def _struct(*fields: tuple[str, ColumnType]) -> ColumnType:
    return ("struct", fields)


def type_name(column_type: ColumnType) -> str:
    """A column type in Arrow's notation: ``list<struct<document: string, start: int64, ...>>``."""
    if isinstance(column_type, str):
        return "timestamp[us, tz=UTC]" if column_type == "timestamp" else column_type
    shape, inner = column_type
    if shape == "list":
        return f"list<{type_name(inner)}>"
    return "struct<" + ", ".join(f"{name}: {type_name(field)}" for name, field in inner) + ">"


_EVIDENCE = _list(_struct(("document", "string"), ("start", "int64"), ("end", "int64"), ("quote", "string")))
_SPAN = _struct(("start", "int64"), ("end", "int64"), ("text", "string"))
_SPANS = _list(_SPAN)
_CONFLICTS = _list(
    _struct(
        ("topic", "string"),
        ("note", "string"),
        ("readings", _list(_struct(("claim", "string"), ("evidence", _EVIDENCE)))),
    )
)
_STRINGS = _list("string")


@attrs.frozen
class _Context:
    """What a row needs beyond its record: actor names, and an article's mentions."""

    names: Mapping[str, str]
    mentions: Mapping[str, Sequence[Mention]]


@attrs.frozen(kw_only=True)
class Column:
    """One column of a table schema.

    Attributes:
        name: The column's name.
        type: Its type (see :func:`type_name` for the notation).
        description: What the column holds.
    """

    name: str
    type: ColumnType = attrs.field(repr=type_name)
    description: str
    value: Callable[[Any, _Context], Any] = attrs.field(repr=False, eq=False)

    @property
    def type_name(self) -> str:
        """The type in Arrow's notation (``date32``, ``list<string>`` ...)."""
        return type_name(self.type)


def _evidence(pieces: Iterable[Evidence]) -> list[dict[str, Any]]:
    return [{"document": e.document, "start": e.start, "end": e.end, "quote": e.quote} for e in pieces]


def _spans(spans: Iterable[Span]) -> list[dict[str, Any]]:
    return [{"start": s.start, "end": s.end, "text": s.text} for s in spans]


def _conflicts(conflicts: Iterable[Conflict]) -> list[dict[str, Any]]:
    return [
        {
            "topic": c.topic,
            "note": c.note,
            "readings": [{"claim": r.claim, "evidence": _evidence(r.evidence)} for r in c.readings],
        }
        for c in conflicts
    ]


def _iso(date: PartialDate | None) -> str | None:
    return None if date is None else date.iso


def _date_columns(name: str, get: Callable[[Any], PartialDate | None], what: str) -> list[Column]:
    def bound(attribute: str) -> Callable[[Any, _Context], Any]:
        def value(record: object, _: _Context) -> object:
            date = get(record)
            if date is None:
                return None
            found = getattr(date, attribute)
            return found.value if attribute == "precision" else found

        return value

    return [
        Column(name=name, type="string", description=f"{what}, ISO at its precision", value=bound("iso")),
        Column(
            name=f"{name}_earliest",
            type="date32",
            description=f"The first day {name} may stand for",
            value=bound("earliest"),
        ),
        Column(
            name=f"{name}_latest",
            type="date32",
            description=f"The last day {name} may stand for",
            value=bound("latest"),
        ),
        Column(
            name=f"{name}_precision",
            type="string",
            description=f"How much of {name} is known: year, month or day",
            value=bound("precision"),
        ),
    ]


def _field(name: str, column_type: ColumnType, description: str, *, attribute: str | None = None) -> Column:
    key = attribute or name

    def value(record: object, _: _Context) -> object:
        found = getattr(record, key)
        return found.value if hasattr(found, "value") and not isinstance(found, str) else found

    return Column(name=name, type=column_type, description=description, value=value)


def _names(ids: Callable[[Any], Iterable[str]], name: str, of: str) -> Column:
    return Column(
        name=name,
        type=_STRINGS,
        description=f"The names of {of}, in the same order; null where unknown",
        value=lambda record, context: [context.names.get(i) for i in ids(record)],
    )


def _name(id_of: Callable[[Any], str | None], name: str, of: str) -> Column:
    def value(record: object, context: _Context) -> str | None:
        id = id_of(record)
        return None if id is None else context.names.get(id)

    return Column(name=name, type="string", description=f"The name of {of}", value=value)


def _event_columns() -> tuple[Column, ...]:
    return (
        _field("id", "string", "Stable id"),
        _field("kind", "string", "The corpus's event kind (visit, signing ...)"),
        Column(
            name="plover",
            type="string",
            description="The PLOVER category of the kind",
            value=lambda e, _: e.plover.value,
        ),
        _field("modality", "string", "happened, planned, hypothetical or background"),
        *_date_columns("date", lambda e: e.date, "The date"),
        *_date_columns("end", lambda e: e.end, "The end, for events that span time"),
        _field("summary", "string", "One line saying what happened"),
        Column(
            name="actors",
            type=_STRINGS,
            description="Ids of the participating actors, in order, without repeats",
            value=lambda e, _: list(e.actors),
        ),
        _names(lambda e: e.actors, "actor_names", "the participating actors"),
        Column(
            name="participants",
            type=_list(_struct(("actor", "string"), ("role", "string"))),
            description="Each participant's actor id and role",
            value=lambda e, _: [{"actor": p.actor, "role": p.role.value} for p in e.participants],
        ),
        _field("place", "string", "Id of the place where it happened"),
        _name(lambda e: e.place, "place_name", "the place"),
        _field("cameo", "string", "The CAMEO code, where clear"),
        Column(
            name="relative_expression",
            type="string",
            description="The words the date was worked out from, when relative",
            value=lambda e, _: None if e.relative_date is None else e.relative_date.expression,
        ),
        Column(
            name="relative_anchor",
            type="string",
            description="The date a relative date counts from, ISO",
            value=lambda e, _: None if e.relative_date is None else e.relative_date.anchor.iso,
        ),
        Column(name="evidence", type=_EVIDENCE, description="The words that report it", value=_ev),
        Column(
            name="documents",
            type=_STRINGS,
            description="Ids of the articles holding the evidence, without repeats",
            value=_documents,
        ),
        Column(name="conflicts", type=_CONFLICTS, description="Points the documents disagree on", value=_cf),
    )


def _ev(record: Any, _: _Context) -> list[dict[str, Any]]:  # noqa: ANN401 - any record with evidence
    return _evidence(record.evidence)


def _cf(record: Any, _: _Context) -> list[dict[str, Any]]:  # noqa: ANN401 - any record with conflicts
    return _conflicts(record.conflicts)


def _documents(record: Any, _: _Context) -> list[str]:  # noqa: ANN401 - any record with evidence
    return list(dict.fromkeys(e.document for e in record.evidence))


def _agreement_columns() -> tuple[Column, ...]:
    return (
        _field("id", "string", "Stable id"),
        _field("name", "string", "The agreement's name as the documents give it"),
        _field("kind", "string", "What sort of agreement it is"),
        *_date_columns("date", lambda a: a.date, "The date signed or issued"),
        Column(name="parties", type=_STRINGS, description="Ids of the parties", value=_tuple("parties")),
        _names(lambda a: a.parties, "party_names", "the parties"),
        Column(
            name="signatories",
            type=_STRINGS,
            description="Ids of the people who signed it",
            value=_tuple("signatories"),
        ),
        _names(lambda a: a.signatories, "signatory_names", "the signatories"),
        Column(name="areas", type=_STRINGS, description="Areas or agenda items", value=_tuple("areas")),
        Column(
            name="obligations",
            type=_STRINGS,
            description="What the parties take on",
            value=_tuple("obligations"),
        ),
        _field("signing_event", "string", "Id of the event at which it was signed or issued"),
        Column(name="evidence", type=_EVIDENCE, description="The words that name or describe it", value=_ev),
        Column(
            name="documents",
            type=_STRINGS,
            description="Ids of the articles holding the evidence, without repeats",
            value=_documents,
        ),
        Column(name="conflicts", type=_CONFLICTS, description="Points the documents disagree on", value=_cf),
    )


def _tuple(attribute: str) -> Callable[[Any, _Context], list[Any]]:
    return lambda record, _: list(getattr(record, attribute))


def _actor_columns() -> tuple[Column, ...]:
    return (
        _field("id", "string", "Stable id"),
        _field("kind", "string", "person, organisation, state, place or group"),
        _field("name", "string", "The canonical name"),
        Column(
            name="names",
            type=_STRINGS,
            description="The canonical name followed by every alias",
            value=lambda a, _: list(a.names),
        ),
        Column(
            name="aliases",
            type=_list(_struct(("name", "string"), ("used_by", _STRINGS), ("note", "string"))),
            description="Every other name form, who uses it and why it matters",
            value=lambda a, _: [
                {"name": x.name, "used_by": list(x.used_by), "note": x.note} for x in a.aliases
            ],
        ),
        Column(
            name="offices",
            type=_list(
                _struct(
                    ("title", "string"),
                    ("organisation", "string"),
                    ("start", "string"),
                    ("end", "string"),
                    ("evidence", _EVIDENCE),
                )
            ),
            description="Posts held; start and end ISO at their precision",
            value=lambda a, _: [
                {
                    "title": o.title,
                    "organisation": o.organisation,
                    "start": _iso(o.start),
                    "end": _iso(o.end),
                    "evidence": _evidence(o.evidence),
                }
                for o in a.offices
            ],
        ),
        _field("wikidata", "string", "The Wikidata item, where certain"),
        _field("description", "string", "A one-line description"),
    )


def _span_part(attribute: str, part: str) -> Callable[[Any, _Context], Any]:
    def value(record: object, _: _Context) -> object:
        span = getattr(record, attribute)
        return None if span is None else getattr(span, part)

    return value


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC)


def _article_mentions(article: Article, context: _Context) -> Sequence[Mention]:
    return context.mentions.get(article.id, ())


def _mentioned_names(article: Article, context: _Context) -> list[str | None]:
    ids = dict.fromkeys(m.actor for m in _article_mentions(article, context))
    return [context.names.get(i) for i in ids]


_MENTION = _struct(("actor", "string"), ("start", "int64"), ("end", "int64"), ("text", "string"))


def _span_columns(name: str, what: str, *, within: str) -> list[Column]:
    """The three columns of a span field: its text, and its start and end offsets in ``within``."""
    return [
        Column(name=name, type="string", description=what, value=_span_part(name, "text")),
        Column(
            name=f"{name}_start",
            type="int64",
            description=f"Offset of the {name} in {within}",
            value=_span_part(name, "start"),
        ),
        Column(
            name=f"{name}_end",
            type="int64",
            description=f"Offset just past the {name}",
            value=_span_part(name, "end"),
        ),
    ]


def _article_columns() -> tuple[Column, ...]:
    return (
        _field("id", "string", "Stable id; also the document id"),
        _field("publisher", "string", "Who published this text"),
        _field("original_source", "string", "Who first published it, when a repost"),
        *_span_columns("title", "The headline", within="text"),
        *_date_columns("published", lambda a: a.published, "The publication date"),
        Column(
            name="published_at",
            type="timestamp",
            description="The publication time in UTC, when the text gives one",
            value=lambda a, _: _utc(a.published_at),
        ),
        *_span_columns("dateline", "The dateline place", within="text"),
        Column(
            name="authors",
            type=_STRINGS,
            description="Names credited as author or reporter",
            value=lambda a, _: list(a.authors),
        ),
        Column(
            name="credits",
            type=_list(_struct(("name", "string"), ("role", "string"), ("start", "int64"), ("end", "int64"))),
            description="Bylines: each name as written, its role and offsets",
            value=lambda a, _: [
                {"name": c.name.text, "role": c.role.value, "start": c.name.start, "end": c.name.end}
                for c in a.credits
            ],
        ),
        Column(
            name="paragraphs",
            type=_SPANS,
            description="The body, one {start, end, text} a paragraph",
            value=lambda a, _: _spans(a.paragraphs),
        ),
        Column(
            name="captions",
            type=_list(_struct(("body", _SPAN), ("credit", _SPAN))),
            description="Photo captions and their credit lines, as spans",
            value=lambda a, _: [
                {"body": _spans([c.body])[0], "credit": None if c.credit is None else _spans([c.credit])[0]}
                for c in a.captions
            ],
        ),
        Column(
            name="footnotes",
            type=_list(
                _struct(("number", "int64"), ("start", "int64"), ("end", "int64"), ("text", "string"))
            ),
            description="Numbered notes: number and body span",
            value=lambda a, _: [
                {"number": f.number, "start": f.body.start, "end": f.body.end, "text": f.body.text}
                for f in a.footnotes
            ],
        ),
        Column(
            name="comments",
            type=_list(_struct(("body", _SPAN), ("author", _SPAN), ("posted", "string"))),
            description="Reader comments: body and author spans, posting time ISO",
            value=lambda a, _: [
                {
                    "body": _spans([c.body])[0],
                    "author": None if c.author is None else _spans([c.author])[0],
                    "posted": None if c.posted is None else c.posted.isoformat(),
                }
                for c in a.comments
            ],
        ),
        Column(
            name="boilerplate",
            type=_list(_struct(("kind", "string"), ("start", "int64"), ("end", "int64"), ("text", "string"))),
            description="Site furniture kept out of the body",
            value=lambda a, _: [
                {"kind": b.kind.value, "start": b.span.start, "end": b.span.end, "text": b.span.text}
                for b in a.boilerplate
            ],
        ),
        Column(
            name="mentions",
            type=_list(_MENTION),
            description="Where the text names an actor (from the corpus, or mentions=)",
            value=lambda a, c: [
                {"actor": m.actor, "start": m.start, "end": m.end, "text": m.text}
                for m in _article_mentions(a, c)
            ],
        ),
        Column(
            name="actors",
            type=_STRINGS,
            description="Ids of the actors mentioned, in order of first mention",
            value=lambda a, c: list(dict.fromkeys(m.actor for m in _article_mentions(a, c))),
        ),
        Column(
            name="actor_names",
            type=_STRINGS,
            description="The names of the actors mentioned, in the same order; null where unknown",
            value=_mentioned_names,
        ),
        _field("text", "string", "The raw document text, which every offset indexes"),
    )


def _mention_columns() -> tuple[Column, ...]:
    return (
        _field("document", "string", "Id of the article"),
        _field("actor", "string", "Id of the actor named"),
        _name(lambda m: m.actor, "actor_name", "the actor"),
        _field("start", "int64", "Offset of the name's first character"),
        _field("end", "int64", "Offset just past its last character"),
        _field("text", "string", "The name as written"),
    )


def _quote_columns() -> tuple[Column, ...]:
    return (
        _field("id", "string", "Stable id"),
        _field("article", "string", "Id of the article the quote stands in"),
        _field("kind", "string", "direct, partial or written"),
        _field("speaker", "string", "Id of the actor who said it; null for an unnamed source"),
        _name(lambda q: q.speaker, "speaker_name", "the speaker"),
        *_span_columns(
            "speaker_words",
            "The words that name or describe the speaker",
            within="the article's text",
        ),
        *_span_columns("cue", "The attribution verb", within="the article's text"),
        _field("text", "string", "The quoted words, without their marks"),
        Column(
            name="start",
            type="int64",
            description="Offset of the quoted words in the article's text",
            value=lambda q, _: q.evidence.start,
        ),
        Column(
            name="end",
            type="int64",
            description="Offset just past the quoted words",
            value=lambda q, _: q.evidence.end,
        ),
        _field("event", "string", "Id of the event at which it was said, if known"),
    )


def _document_columns() -> tuple[Column, ...]:
    return (
        _field("id", "string", "Stable id; also the article id"),
        _field("sha256", "string", "Hex digest of the text's UTF-8 bytes"),
        _field("publisher", "string", "Who published this text"),
        _field("title", "string", "The document's headline"),
        _field("original_name", "string", "The file name the text was collected under"),
        _field("original_source", "string", "Who first published it, when a repost"),
        _field("url", "string", "Where it was published, when known"),
        _field("genre", "string", "What sort of text it is"),
        _field("rights", "string", "Who holds the rights and on what terms"),
    )


TABLES: Mapping[str, tuple[type, tuple[Column, ...]]]
"""Each table's name, record type and columns: ``TABLES["events"] == (Event, (Column(...), ...))``."""

EVENT_COLUMNS: tuple[str, ...]
"""The column names of the events table, in order (as :func:`to_csv` writes them)."""


@functools.cache
def _tables() -> Mapping[str, tuple[type, tuple[Column, ...]]]:
    """:data:`TABLES`, built on first use: a first answer that exports nothing builds no column."""
    return {
        "events": (Event, _event_columns()),
        "agreements": (Agreement, _agreement_columns()),
        "actors": (Actor, _actor_columns()),
        "articles": (Article, _article_columns()),
        "mentions": (Mention, _mention_columns()),
        "quotes": (Quote, _quote_columns()),
        "documents": (Document, _document_columns()),
    }


@functools.cache
def _by_type() -> Mapping[type, str]:
    return {record: name for name, (record, _) in _tables().items()}


if not TYPE_CHECKING:  # type checkers read the annotations above, and no other name

    def __getattr__(name: str) -> Any:  # noqa: ANN401 - the annotations above say the types
        if name == "TABLES":
            return _tables()
        if name == "EVENT_COLUMNS":
            return tuple(column.name for column in _tables()["events"][1])
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)


# A collection of japan_nato_corpus.records names the kind of its records; the
# collections import this module, so it knows them by that name, not by class.
_BY_COLLECTION = {
    "event": "events",
    "agreement": "agreements",
    "actor": "actors",
    "article": "articles",
    "quote": "quotes",
}


def table_of_collection(records: object) -> str | None:
    """The table of a collection (:class:`~japan_nato_corpus.records.Events` ...), else ``None``."""
    return _BY_COLLECTION.get(getattr(type(records), "_default_kind", ""))


def table_of(records: Iterable[Any]) -> str | None:
    """The name of the table ``records`` go to (``"events"`` ...), or ``None`` for no records.

    A collection (:class:`~japan_nato_corpus.records.Events` ...) names its table
    even when empty; other iterables by the type of their first record.

    Raises:
        UnknownIdError: The records are of a type no table holds.
    """
    if isinstance(records, _Typed):
        return records.table
    collection = table_of_collection(records)
    if collection is not None:
        return collection
    for record in records:
        found = _by_type().get(type(record))
        if found is None:
            raise UnknownIdError(type(record).__name__, kind="table for records of type")
        return found
    return None


def schema(table: str | type) -> tuple[Column, ...]:
    """The columns of a table, by name (``"events"``) or record type (``Event``).

    Raises:
        UnknownIdError: No such table; suggests close names.
    """
    name = table if isinstance(table, str) else _by_type().get(table, table.__name__)
    if name not in _tables():
        import difflib  # noqa: PLC0415 - only needed on a miss

        raise UnknownIdError(name, kind="table", suggestions=difflib.get_close_matches(name, _tables()))
    return _tables()[name][1]


def _select(columns: tuple[Column, ...], wanted: Sequence[str] | None, table: str) -> tuple[Column, ...]:
    if wanted is None:
        return columns
    if isinstance(wanted, str):
        wanted = [wanted]
    if not isinstance(wanted, Iterable) or not all(isinstance(name, str) for name in wanted):
        message = f"columns: expected column names (strings), got {wanted!r:.60}"
        raise ArgumentTypeError("columns", wanted, message=message)
    wanted = list(wanted)
    if not wanted:
        raise ArgumentError("columns", wanted, message="columns: no column named; give one or more")
    repeated = sorted({name for name in wanted if wanted.count(name) > 1})
    if repeated:
        raise ArgumentError("columns", wanted, message=f"columns: {', '.join(repeated)} named twice")
    by_name = {column.name: column for column in columns}
    chosen = []
    for name in wanted:
        if name not in by_name:
            import difflib  # noqa: PLC0415 - only needed on a miss

            close = difflib.get_close_matches(name, by_name, n=3, cutoff=0.6)
            raise UnknownIdError(name, kind=f"column of {table}", suggestions=close)
        chosen.append(by_name[name])
    return tuple(chosen)


def _context(
    records: Iterable[Any], actors: Iterable[Actor] | None, mentions: Iterable[Mention] | None
) -> _Context:
    scope = getattr(records, "_scope", None)  # the corpus a collection belongs to, if any
    if actors is None and scope is not None:
        actors = scope.actors
    if mentions is None and scope is not None:
        mentions = scope.mentions()
    by_article: dict[str, list[Mention]] = {}
    for mention in mentions or ():
        by_article.setdefault(mention.document or "", []).append(mention)
    return _Context(names={a.id: a.name for a in actors or ()}, mentions=by_article)


def _plan(
    records: Iterable[Any],
    columns: Sequence[str] | None,
    actors: Iterable[Actor] | None,
    mentions: Iterable[Mention] | None,
) -> tuple[str | None, tuple[Column, ...], list[Any], _Context]:
    items = records if isinstance(records, Sequence) else list(records)
    table = table_of(items)
    chosen = () if table is None else _select(schema(table), columns, table)
    return table, chosen, list(items), _context(records, actors, mentions)


def rows(
    records: Iterable[Any],
    *,
    columns: Sequence[str] | None = None,
    actors: Iterable[Actor] | None = None,
    mentions: Iterable[Mention] | None = None,
) -> list[dict[str, Any]]:
    """The table rows of ``records`` as dicts of Python values, in schema order.

    Dates are :class:`datetime.date`, times timezone-aware :class:`datetime.datetime`
    in UTC; the rows feed ``pyarrow.Table.from_pylist(rows, schema=arrow_schema(...))``.

    Args:
        records: Records of one type, or a collection.
        columns: The columns wanted, in order; all by default.
        actors: Where actor names come from; a corpus's collections know theirs.
        mentions: The mentions of articles (with their ``document`` set); a
            corpus's articles know theirs.

    Raises:
        UnknownIdError: A column is not in the table, or the records are of no table's type.
    """
    _, chosen, items, context = _plan(records, columns, actors, mentions)
    return [{column.name: column.value(record, context) for column in chosen} for record in items]


def _arrow_type(pyarrow: Any, column_type: ColumnType) -> Any:  # noqa: ANN401 - pyarrow is untyped
    if isinstance(column_type, str):
        simple = {
            "string": pyarrow.string(),
            "int64": pyarrow.int64(),
            "bool": pyarrow.bool_(),
            "date32": pyarrow.date32(),
            "timestamp": pyarrow.timestamp("us", tz="UTC"),
        }
        return simple[column_type]
    shape, inner = column_type
    if shape == "list":
        return pyarrow.list_(_arrow_type(pyarrow, inner))
    return pyarrow.struct([(name, _arrow_type(pyarrow, field)) for name, field in inner])


def arrow_schema(table: str | type, *, columns: Sequence[str] | None = None) -> "pa.Schema":
    """The :class:`pyarrow.Schema` of a table (all its columns, or ``columns``).

    Raises:
        ImportError: pyarrow is not installed (the ``arrow`` extra).
        UnknownIdError: No such table or column.
    """
    pyarrow = _require("pyarrow", "arrow", "arrow_schema")
    name = table if isinstance(table, str) else _by_type().get(table, table.__name__)
    chosen = _select(schema(name), columns, name)
    fields = [
        pyarrow.field(c.name, _arrow_type(pyarrow, c.type), metadata={"description": c.description})
        for c in chosen
    ]
    return pyarrow.schema(fields)


@contextmanager
def _opened(file: File, mode: str) -> Iterator[IO[str]]:
    """``file`` itself, or the path opened as UTF-8 text; what the system refuses is our error.

    An open file must be a text file, open, and readable or writable as ``mode``
    asks; a write that fails part-way (a full disk) or a file closed under the
    writer raises rather than leaving a short file without a word.

    Raises:
        MissingFileError: A path to read is not there.
        UnreadableFileError: A path the system will not let be read.
        UnwritableFileError: A path the system will not let be written, or a write that failed.
        ArgumentTypeError: ``file`` is neither a path nor an open text file.
        ArgumentError: ``file`` is closed, or not open for ``mode``.
    """
    if not isinstance(file, (str, os.PathLike)):
        name = str(getattr(file, "name", "") or type(file).__name__)
        _check_stream(file, mode)
        try:
            yield file
        except (OSError, ValueError) as error:
            if isinstance(error, CorpusError):
                raise
            raise _refused(Path(name), mode, str(error) or type(error).__name__) from error
        return
    path = user_path(file, argument="file")
    try:
        opened = path.open(mode, encoding="utf-8", newline="")
    except OSError as error:
        if mode == "r" and isinstance(error, FileNotFoundError):
            raise MissingFileError(str(path)) from None
        raise _refused(path, mode, error.strerror or type(error).__name__) from error
    try:
        with opened:
            yield opened
    except OSError as error:
        # A write or the final flush refused (ENOSPC on a full disk): never a short file in silence.
        raise _refused(path, mode, error.strerror or type(error).__name__) from error


def _check_stream(file: object, mode: str) -> None:
    """Raise unless ``file`` is an open text file that can be read (``"r"``) or written."""
    method, verb = ("read", "reading") if mode == "r" else ("write", "writing")
    if isinstance(file, io.RawIOBase | io.BufferedIOBase) or not callable(getattr(file, method, None)):
        message = (
            f"file: expected a path or a file open in text mode for {verb}, "
            f"got {type(file).__name__} {file!r:.60}"
        )
        raise ArgumentTypeError("file", file, message=message)
    if getattr(file, "closed", False):
        raise ArgumentError("file", file, message=f"file: {file!r:.60} is closed")
    able = getattr(file, "readable" if mode == "r" else "writable", None)
    try:
        refused = callable(able) and not able()
    except (OSError, ValueError):
        refused = True
    if refused:
        raise ArgumentError("file", file, message=f"file: {file!r:.60} is not open for {verb}")


def _refused(path: Path, mode: str, reason: str) -> UnreadableFileError | UnwritableFileError:
    """The error for a path the system would not open in ``mode``, saying why."""
    name = str(path)
    if mode == "r":
        kind = UnreadableFileError.kind
        return UnreadableFileError(name, [Problem(name, "", kind, f"cannot be read: {reason}")])
    kind = UnwritableFileError.kind
    return UnwritableFileError(name, [Problem(name, "", kind, f"cannot be written: {reason}")])


def to_jsonl(records: Iterable[Any], file: File) -> None:
    """Write ``records`` as JSON Lines, one compact object per line, to a path or open text file.

    Each line is a record's own JSON form (as the corpus files hold it), which
    :func:`from_jsonl` reads back; not the flat table row.
    """
    with _opened(file, "w") as out:
        out.writelines(_converter.dumps_lines([record]) for record in records)


def from_jsonl(file: File, cls: type[T]) -> tuple[T, ...]:
    """Read JSON Lines of ``cls`` (``Event``, ``Actor`` ...) from a path or open text file.

    Raises:
        SchemaError: A line is not JSON or not a ``cls``; names the line and JSON path.
        ArgumentError: ``file`` is a path holding a NUL byte, or too long for a path.
    """
    if isinstance(file, (str, os.PathLike)):
        path = user_path(file, argument="file")
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise MissingFileError(str(path)) from None
        except OSError as error:
            raise _refused(path, "r", error.strerror or type(error).__name__) from error
        # Bytes, so that the strict decoder names a byte that is not UTF-8 and its line.
        return _converter.loads_lines(raw, cls, source=str(path))
    source = getattr(file, "name", "<jsonl>")
    with _opened(file, "r") as lines:
        return _converter.loads_lines(lines.read(), cls, source=str(source))


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):  # dates and datetimes
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def to_csv(
    records: Iterable[Any],
    file: File,
    *,
    columns: Sequence[str] | None = None,
    actors: Iterable[Actor] | None = None,
    mentions: Iterable[Mention] | None = None,
) -> None:
    """Write the table of ``records`` as CSV with a header row; see :func:`schema`.

    Dates and times are ISO text, ``null`` an empty cell, lists and structs
    (actors, evidence ...) one compact JSON cell each. No records and no
    collection to name the table give an empty file.

    Args:
        records: Records of one type, or a collection.
        file: A path or an open text file.
        columns: The columns wanted, in order; all by default.
        actors: Where actor names come from; as :func:`rows`.
        mentions: The mentions of articles; as :func:`rows`.

    Raises:
        UnknownIdError: A column is not in the table.
    """
    table, chosen, items, context = _plan(records, columns, actors, mentions)
    with _opened(file, "w") as out:
        if table is None:
            return
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([column.name for column in chosen])
        writer.writerows([_csv_cell(column.value(record, context)) for column in chosen] for record in items)


def events_to_csv(events: Iterable[Event], file: File) -> None:
    """Write events as CSV; the same as :func:`to_csv`, kept for code written against 0.1."""
    to_csv(events if table_of_collection(events) == "events" else _Typed("events", events), file)


def _require(module: str, extra: str, function: str) -> Any:  # noqa: ANN401
    import importlib  # noqa: PLC0415

    try:
        return importlib.import_module(module)
    except ImportError:
        msg = f"{function}() needs {module}: pip install 'japan-nato-corpus[{extra}]'"
        raise ImportError(msg, name=module) from None


_PANDAS_DTYPES = {"string": "object", "int64": "Int64", "bool": "boolean", "date32": "datetime64[s]"}


def pandas_dtype(column_type: ColumnType) -> str:
    """The pandas dtype a column of this type gets in :func:`to_pandas` (lists and structs: ``object``)."""
    if column_type == "timestamp":
        return "datetime64[us, UTC]"
    return _PANDAS_DTYPES.get(column_type, "object") if isinstance(column_type, str) else "object"


def to_pandas(
    records: Iterable[Any],
    *,
    columns: Sequence[str] | None = None,
    actors: Iterable[Actor] | None = None,
    mentions: Iterable[Mention] | None = None,
) -> "pd.DataFrame":
    """A :class:`pandas.DataFrame` of the table of ``records``, one row each; see :func:`schema`.

    Dates are ``datetime64[s]``, whole numbers ``Int64``, text ``object``, lists
    and structs Python lists and dicts (:func:`pandas_dtype`).

    Args:
        records: Records of one type, or a collection.
        columns: The columns wanted, in order; all by default.
        actors: Where actor names come from; as :func:`rows`.
        mentions: The mentions of articles; as :func:`rows`.

    Raises:
        ImportError: pandas is not installed (the ``pandas`` extra).
        UnknownIdError: A column is not in the table.
    """
    pandas = _require("pandas", "pandas", "to_pandas")
    _, chosen, items, context = _plan(records, columns, actors, mentions)
    return pandas.DataFrame(
        {
            column.name: pandas.Series(
                [column.value(record, context) for record in items], dtype="object"
            ).astype(pandas_dtype(column.type))
            for column in chosen
        },
        columns=[column.name for column in chosen],
    )


def to_arrow(
    records: Iterable[Any],
    *,
    columns: Sequence[str] | None = None,
    actors: Iterable[Actor] | None = None,
    mentions: Iterable[Mention] | None = None,
) -> "pa.Table":
    """A :class:`pyarrow.Table` of the table of ``records``, typed by :func:`arrow_schema`.

    No records, with no collection to name the table, give an empty table with no columns.

    Args:
        records: Records of one type, or a collection.
        columns: The columns wanted, in order; all by default.
        actors: Where actor names come from; as :func:`rows`.
        mentions: The mentions of articles; as :func:`rows`.

    Raises:
        ImportError: pyarrow is not installed (the ``arrow`` extra).
        UnknownIdError: A column is not in the table.
    """
    pyarrow = _require("pyarrow", "arrow", "to_arrow")
    table, chosen, items, context = _plan(records, columns, actors, mentions)
    if table is None:
        return pyarrow.table({})
    arrow = arrow_schema(table, columns=[column.name for column in chosen])
    data = [{column.name: column.value(record, context) for column in chosen} for record in items]
    return pyarrow.Table.from_pylist(data, schema=arrow)


_META = "japan_nato_corpus."


def parquet_metadata(corpus: _Corpus, table: str) -> dict[str, str]:
    """The key-value metadata :func:`corpus_to_parquet` writes into ``table``'s file.

    Keys: ``japan_nato_corpus.table``, ``.corpus_version``, ``.package_version``
    and ``.documents`` (a JSON object of each document id's sha256).
    """
    from importlib.metadata import version  # noqa: PLC0415

    documents = {document.id: document.sha256 for document in corpus.manifest.documents}
    return {
        f"{_META}table": table,
        f"{_META}corpus_version": corpus.version,
        f"{_META}package_version": version("japan-nato-corpus"),
        f"{_META}documents": json.dumps(documents, separators=(",", ":")),
    }


def to_parquet(  # noqa: PLR0913 - the table options, then the file's own
    records: Iterable[Any],
    path: str | os.PathLike[str],
    *,
    columns: Sequence[str] | None = None,
    actors: Iterable[Actor] | None = None,
    mentions: Iterable[Mention] | None = None,
    metadata: Mapping[str, str] | None = None,
) -> None:
    """Write the table of ``records`` to a Parquet file at ``path``, as :func:`to_arrow` types it.

    Args:
        records: Records of one type, or a collection.
        path: Where to write.
        columns: The columns wanted, in order; all by default.
        actors: Where actor names come from; as :func:`rows`.
        mentions: The mentions of articles; as :func:`rows`.
        metadata: Extra key-value metadata for the file.

    Raises:
        ImportError: pyarrow is not installed (the ``arrow`` extra).
        UnknownIdError: A column is not in the table.
    """
    table = to_arrow(records, columns=columns, actors=actors, mentions=mentions)
    parquet = _require("pyarrow.parquet", "arrow", "to_parquet")
    if metadata:
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), **metadata})
    target = user_path(path, argument="path")
    try:
        parquet.write_table(table, os.fspath(target))
    except OSError as error:
        # pyarrow's own OSError (a directory, a missing parent, no permission): named as ours.
        raise _refused(target, "w", str(error) or type(error).__name__) from error


def corpus_to_parquet(corpus: _Corpus, directory: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write every table of ``corpus`` as ``<table>.parquet`` into ``directory``.

    The files are those of :data:`TABLES`, in its order: ``events``,
    ``agreements``, ``actors``, ``articles``, ``mentions``, ``quotes`` and ``documents``
    (the manifest), each carrying
    :func:`parquet_metadata`: the corpus version and every document's hash.
    ``directory`` is made if missing; files of these names are replaced.

    Returns:
        The paths written, in the order above.

    Raises:
        ImportError: pyarrow is not installed (the ``arrow`` extra).
    """
    if not all(hasattr(corpus, name) for name in ("events", "actors", "articles", "manifest")):
        message = f"corpus: expected a Corpus, got {type(corpus).__name__} {corpus!r:.60}"
        raise ArgumentTypeError("corpus", corpus, message=message)
    folder = user_path(directory, argument="directory")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _refused(folder, "w", error.strerror or type(error).__name__) from error
    written = []
    tables: dict[str, Iterable[Any]] = {
        "events": corpus.events,
        "agreements": corpus.agreements,
        "actors": corpus.actors,
        "articles": corpus.articles,
        "mentions": corpus.mentions,
        "quotes": corpus.quotes,
        "documents": corpus.manifest.documents,
    }
    for name, records in tables.items():
        path = folder / f"{name}.parquet"
        columns = [column.name for column in schema(name)]
        to_parquet(
            _Typed(name, records),
            path,
            columns=columns,
            actors=corpus.actors,
            mentions=corpus.mentions,
            metadata=parquet_metadata(corpus, name),
        )
        written.append(path)
    return tuple(written)


class _Typed(Sequence[Any]):
    """Records that name their table even when there are none (mentions, documents)."""

    def __init__(self, table: str, records: Iterable[Any]) -> None:
        self.table = table
        self.items = tuple(records)

    def __getitem__(self, index: Any) -> Any:  # noqa: ANN401 - a sequence's own signature
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)
