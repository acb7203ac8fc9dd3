"""Consistency checks of a corpus: unique ids, references that resolve, quotes that match."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
from attrs import AttrsInstance

from japan_nato_corpus import model
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import (
    DanglingReferenceError,
    DuplicateIdError,
    EvidenceMismatchError,
    Problem,
    error_for,
)
from japan_nato_corpus.model import REFERS_TO, Evidence
from japan_nato_corpus.storage.layout import COLLECTIONS, CURATED

if TYPE_CHECKING:
    from japan_nato_corpus.model import Quote

__all__ = ["Locator", "check", "problems_among", "verify"]

Locator = Callable[[str, int], tuple[str, str]]
"""Where record ``index`` of collection ``name`` stands: its file and JSON path (``"$[3]"``)."""


def _in_json_arrays(name: str, index: int) -> tuple[str, str]:
    return f"{name}.json", f"$[{index}]"


def check(corpus: Corpus) -> list[Problem]:
    """Every problem that makes ``corpus`` inconsistent; empty if none.

    Checks that ids are unique in each collection, that every reference names a
    record that exists, and that every evidence quote is exactly the article
    text at its offsets. Each problem names the file and JSON path, as if each
    collection were stored as ``<name>.json``; ``str(problem)`` is one line.

    Raises:
        TypeError: ``corpus`` is not a :class:`~japan_nato_corpus.Corpus`.
    """
    _require_corpus(corpus)
    return list(_problems(corpus, _in_json_arrays))


def _require_corpus(corpus: object) -> None:
    if not isinstance(corpus, Corpus):
        msg = f"expected a Corpus, got {type(corpus).__name__}"
        raise TypeError(msg)


def verify(corpus: Corpus, *, file: str = "<corpus>", locate: Locator | None = None) -> None:
    """Raise if :func:`check` finds any problem in ``corpus``, carrying every one of them.

    Args:
        corpus: The corpus to check.
        file: What to name as the file of the error (a directory, say).
        locate: Where each record stands, for the problems; by default
            ``<name>.json`` and ``$[<index>]``.

    Raises:
        TypeError: ``corpus`` is not a :class:`~japan_nato_corpus.Corpus`.
        IntegrityError: Problems of several kinds, or the one subclass of
            :class:`~japan_nato_corpus.errors.IntegrityError` that fits them all.
    """
    _require_corpus(corpus)
    found = list(_problems(corpus, locate or _in_json_arrays))
    if found:
        raise error_for(file, found)


def _problems(corpus: Corpus, locate: Locator) -> Iterator[Problem]:
    records = {name: getattr(corpus, name) for name in CURATED}
    ids = {name: getattr(corpus, name).ids for name in COLLECTIONS}
    texts = {article.id: article.text for article in corpus.articles}
    return problems_among(records, ids, texts, locate)


def problems_among(
    records: Mapping[str, Sequence[AttrsInstance]],
    ids: Mapping[str, Sequence[str]],
    texts: Mapping[str, str],
    locate: Locator,
) -> Iterator[Problem]:
    """The problems of a corpus known only in part, as when some of its files do not load.

    Args:
        records: The collections to check, by name (``"events"``).
        ids: The ids of every collection that is known, by name, in file order;
            duplicates among them are problems. References into a collection
            missing here are not checked.
        texts: The text of each article whose evidence can be checked, by id.
        locate: Where each record stands, for the problems.
    """
    yield from duplicate_ids(ids, locate)
    known = {name: set(values) for name, values in ids.items()}
    for name, collection in records.items():
        for index, record in enumerate(collection):
            file, where = locate(name, index)
            for path, part in _walk(record, ""):
                for kind, field, message in _record_problems(part, known, texts):
                    yield Problem(file, f"{where}{path}{field}", kind, message)
            if isinstance(record, model.Quote):
                for field, message in _quote_span_problems(record, texts):
                    yield Problem(file, f"{where}.{field}", EvidenceMismatchError.kind, message)


def _quote_span_problems(quote: Quote, texts: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """The field and message of each span of a quote (speaker, cue) that is not its document's text."""
    text = texts.get(quote.article)
    if text is None:
        return
    for field in ("speaker_words", "cue"):
        span = getattr(quote, field)
        if span is not None and text[span.start : span.end] != span.text:
            found = text[span.start : span.end]
            yield (
                field,
                f"{field} {span.text[:40]!r} is not the text of {quote.article} there ({found[:40]!r})",
            )


def duplicate_ids(ids: Mapping[str, Sequence[str]], locate: Locator) -> Iterator[Problem]:
    """A problem for every id seen before in its collection (``ids`` by collection name, in file order)."""
    for name, values in ids.items():
        seen: set[str] = set()
        for index, id_ in enumerate(values):
            if id_ in seen:
                file, where = locate(name, index)
                yield Problem(file, f"{where}.id", DuplicateIdError.kind, f"duplicate id {id_!r}")
            seen.add(id_)


def _walk(record: AttrsInstance, path: str) -> Iterator[tuple[str, AttrsInstance]]:
    """``record`` and every record nested in it, each with its JSON path below the record."""
    yield path, record
    for name in _fields(type(record))[0]:
        value = getattr(record, name)
        if isinstance(value, tuple):
            for position, item in enumerate(value):
                if _is_record(type(item)):
                    yield from _walk(item, f"{path}.{name}[{position}]")
        elif _is_record(type(value)):
            yield from _walk(value, f"{path}.{name}")


_RECORD_CLASSES: dict[type, bool] = {}


def _is_record(cls: type) -> bool:
    """Whether instances of ``cls`` are records (attrs classes), decided once a class."""
    known = _RECORD_CLASSES.get(cls)
    if known is None:
        known = _RECORD_CLASSES[cls] = attrs.has(cls)
    return known


@functools.cache
def _fields(cls: type[AttrsInstance]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The names of the fields of a record class, and of its references with the collection each names."""
    fields = attrs.fields(cls)
    references = tuple(
        (field.name, field.metadata[REFERS_TO]) for field in fields if REFERS_TO in field.metadata
    )
    return tuple(field.name for field in fields), references


def _record_problems(
    record: AttrsInstance, known: Mapping[str, set[str]], texts: Mapping[str, str]
) -> Iterator[tuple[str, str, str]]:
    """The kind, the field's path below ``record`` and the message of each problem of ``record`` itself."""
    for name, target in _fields(type(record))[1]:
        if target not in known:
            continue
        value = getattr(record, name)
        for ref in value if isinstance(value, tuple) else (value,):
            if ref is not None and ref not in known[target]:
                message = f"no {target.removesuffix('s')} with id {ref!r}"
                yield DanglingReferenceError.kind, f".{name}", message
    if isinstance(record, Evidence) and record.document in texts:
        text = texts[record.document]
        if record.end > len(text):
            message = f"evidence ends at {record.end}, past the end of {record.document} ({len(text)} chars)"
            yield EvidenceMismatchError.kind, "", message
        elif text[record.start : record.end] != record.quote:
            found = text[record.start : record.end]
            message = f"evidence quote {record.quote[:40]!r} is not the text there ({found[:40]!r})"
            yield EvidenceMismatchError.kind, "", message
