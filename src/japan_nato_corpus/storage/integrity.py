"""Consistency checks of a corpus: unique ids, references that resolve, quotes that match."""

from collections.abc import Callable, Iterator, Mapping, Sequence

import attrs
from attrs import AttrsInstance

from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import (
    DanglingReferenceError,
    DuplicateIdError,
    EvidenceMismatchError,
    IntegrityError,
)
from japan_nato_corpus.model import REFERS_TO, Evidence
from japan_nato_corpus.storage.layout import COLLECTIONS, CURATED

__all__ = ["Locator", "check", "integrity_error", "problems_among", "verify"]

Locator = Callable[[str, int], str]
"""Where record ``index`` of collection ``name`` stands, as ``"<file> <JSON path>"``."""

_Problem = tuple[type[IntegrityError], str]


def _in_json_arrays(name: str, index: int) -> str:
    return f"{name}.json $[{index}]"


def check(corpus: Corpus) -> list[str]:
    """Every problem that makes ``corpus`` inconsistent, one line each; empty if none.

    Checks that ids are unique in each collection, that every reference names a
    record that exists, and that every evidence quote is exactly the article
    text at its offsets. Each line names the file and JSON path, as if each
    collection were stored as ``<name>.json``.
    """
    return [message for _, message in _problems(corpus, _in_json_arrays)]


def verify(corpus: Corpus, *, file: str = "<corpus>", locate: Locator | None = None) -> None:
    """Raise if :func:`check` finds any problem in ``corpus``, carrying every one of them.

    Args:
        corpus: The corpus to check.
        file: What to name as the file of the error (a directory, say).
        locate: Where each record stands, for the problem lines; by default
            ``<name>.json $[<index>]``.

    Raises:
        IntegrityError: Problems of several kinds, or the one subclass of
            :class:`~japan_nato_corpus.errors.IntegrityError` that fits them all.
    """
    found = list(_problems(corpus, locate or _in_json_arrays))
    if found:
        raise integrity_error(file, found)


def integrity_error(file: str, found: Sequence[tuple[type[IntegrityError], str]]) -> IntegrityError:
    """The most fitting error for ``found`` (kind and message pairs): one kind's own class, else the base."""
    kinds = {kind for kind, _ in found}
    kind = kinds.pop() if len(kinds) == 1 else IntegrityError
    return kind(file, [message for _, message in found])


def _problems(corpus: Corpus, locate: Locator) -> Iterator[_Problem]:
    records = {name: getattr(corpus, name) for name in CURATED}
    ids = {name: getattr(corpus, name).ids for name in COLLECTIONS}
    texts = {article.id: article.text for article in corpus.articles}
    return problems_among(records, ids, texts, locate)


def problems_among(
    records: Mapping[str, Sequence[AttrsInstance]],
    ids: Mapping[str, Sequence[str]],
    texts: Mapping[str, str],
    locate: Locator,
) -> Iterator[_Problem]:
    """The problems of a corpus known only in part, as when some of its files do not load.

    Args:
        records: The collections to check, by name (``"events"``).
        ids: The ids of every collection that is known, by name, in file order;
            duplicates among them are problems. References into a collection
            missing here are not checked.
        texts: The text of each article whose evidence can be checked, by id.
        locate: Where each record stands, for the problem lines.
    """
    for name, values in ids.items():
        for index, id_ in _duplicates(values):
            yield DuplicateIdError, f"{locate(name, index)}.id: duplicate id {id_!r}"
    known = {name: set(values) for name, values in ids.items()}
    for name, collection in records.items():
        for index, record in enumerate(collection):
            where = locate(name, index)
            for path, part in _walk(record, ""):
                for kind, problem in _record_problems(part, known, texts):
                    yield kind, f"{where}{path}{problem}"


def _duplicates(values: Sequence[str]) -> Iterator[tuple[int, str]]:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            yield index, value
        seen.add(value)


def _walk(record: AttrsInstance, path: str) -> Iterator[tuple[str, AttrsInstance]]:
    """``record`` and every record nested in it, each with its JSON path below the record."""
    yield path, record
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        here = f"{path}.{field.name}"
        if isinstance(value, tuple):
            for position, item in enumerate(value):
                if attrs.has(type(item)):
                    yield from _walk(item, f"{here}[{position}]")
        elif attrs.has(type(value)):
            yield from _walk(value, here)


def _record_problems(
    record: AttrsInstance, known: Mapping[str, set[str]], texts: Mapping[str, str]
) -> Iterator[_Problem]:
    for field in attrs.fields(type(record)):
        target = field.metadata.get(REFERS_TO)
        if target is None:
            continue
        value = getattr(record, field.name)
        for ref in value if isinstance(value, tuple) else (value,):
            if ref is not None and target in known and ref not in known[target]:
                yield DanglingReferenceError, f".{field.name}: no {target.removesuffix('s')} with id {ref!r}"
    if isinstance(record, Evidence) and record.document in texts:
        text = texts[record.document]
        if record.end > len(text):
            yield (
                EvidenceMismatchError,
                f": evidence ends at {record.end}, past the end of {record.document} ({len(text)} chars)",
            )
        elif text[record.start : record.end] != record.quote:
            found = text[record.start : record.end]
            yield (
                EvidenceMismatchError,
                f": evidence quote {record.quote[:40]!r} is not the text there ({found[:40]!r})",
            )
