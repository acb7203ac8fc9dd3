"""Reading a whole corpus directory through the converter, all or nothing.

Reading goes file by file: the manifest, a survey of the directory (no file
it does not know), every document (all hashes checked before any problem is
raised), the articles, then each curated collection; the first file with
problems raises the most fitting :class:`~japan_nato_corpus.errors.CorpusError`
carrying all of that file's problems, and the corpus as a whole is checked
last with :func:`~japan_nato_corpus.storage.integrity.verify`. Nothing
half-read is returned.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any, TypeVar

# The package's public face, for its parser alone: the face imports a name's module on first
# use (PEP 562), and the parser (its date and header patterns, about half the time of a first
# answer) is needed only to re-parse a directory without articles.json, never for the bundled corpus.
import japan_nato_corpus
from japan_nato_corpus import model
from japan_nato_corpus._json import decode, lines, parse_json, parse_json_fast
from japan_nato_corpus._lazy import LazyModule
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import (
    DanglingReferenceError,
    DuplicateIdError,
    HashMismatchError,
    InvalidValueError,
    ParseError,
    Problem,
    SchemaError,
    UnknownFieldError,
    UnknownFileError,
    error_for,
)
from japan_nato_corpus.model import Document, Manifest
from japan_nato_corpus.storage.files import corpus_directory, hash_problem, present, read_bytes, unknown_files
from japan_nato_corpus.storage.integrity import duplicate_ids, verify
from japan_nato_corpus.storage.layout import ARTICLE_LINES, ARTICLES, CURATED, MANIFEST, record_type
from japan_nato_corpus.storage.shipped import NotShipped, structure_shipped

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from japan_nato_corpus import converter
    from japan_nato_corpus.model import Article
else:
    # The strict converter (cattrs, its generated hooks): for a user's corpus, and for any
    # file of the bundled one that is not as the package ships it.
    converter = LazyModule("japan_nato_corpus.converter")

__all__ = ["Place", "read_articles", "read_corpus", "read_json", "read_manifest", "read_records", "survey"]

T = TypeVar("T")

Place = tuple[str, str]
"""Where a record stands: its file and JSON path (``("events.jsonl", "line 3: $")``)."""


def read_corpus(directory: Path, *, ignore_unknown_files: bool = False, bundled: bool = False) -> Corpus:
    """Every record of the corpus at ``directory``, checked; raises on the first bad file.

    With ``bundled`` (the package's own data directory), the cross-record checks
    (references, ids, evidence quotes) are left to the package's own tests, which
    run them on the very files the wheel ships; hashes, JSON shape and field
    values are checked as for any corpus, but each collection only on its first
    access, when it is read.
    """
    directory = corpus_directory(directory)
    manifest = read_manifest(directory, shipped=bundled)
    if not ignore_unknown_files:
        survey(directory, manifest)
    if bundled:
        return _deferred(directory, manifest)
    texts = _read_documents(directory, manifest)
    articles, article_places = read_articles(directory, manifest, texts)
    places: dict[str, list[Place]] = {"articles": article_places}
    records = {}
    for name in CURATED:
        records[name], places[name] = read_records(directory, name, record_type(name))
    corpus = Corpus(manifest=manifest, articles=articles, **records)
    verify(corpus, file=str(directory), locate=lambda name, index: places[name][index])
    return corpus


def _deferred(directory: Path, manifest: Manifest) -> Corpus:
    """The corpus at ``directory``, each collection read and checked on its first access.

    A first answer about events thus reads neither the articles (nor their
    documents) nor the agreements and quotes.
    """

    def articles() -> tuple[Article, ...]:
        return read_articles(directory, manifest, _read_documents(directory, manifest))[0]

    def curated(name: str) -> Callable[[], tuple[Any, ...]]:
        return lambda: read_records(directory, name, record_type(name), shipped=True)[0]

    return Corpus.reading(manifest, {"articles": articles} | {name: curated(name) for name in CURATED})


def survey(directory: Path, manifest: Manifest) -> None:
    """Raise if ``directory`` holds a file that is no corpus file.

    Raises:
        UnknownFileError: Naming every such file.
    """
    problems = unknown_files(directory, manifest)
    if problems:
        raise UnknownFileError(str(directory), problems)


def read_manifest(directory: Path, *, shipped: bool = False) -> Manifest:
    """The manifest of the corpus at ``directory``, as a record; its document ids unique.

    Args:
        directory: The corpus directory.
        shipped: The directory is the package's own data: read it as :func:`read_shipped` does.
    """
    if shipped:
        found: Manifest | None = read_shipped(directory, MANIFEST, Manifest)
        if found is not None:
            return found
    manifest = _object(read_json(directory, MANIFEST), MANIFEST)
    manifest_ = converter.structure(manifest, Manifest, source=MANIFEST)
    ids = {"documents": [document.id for document in manifest_.documents]}
    duplicates = list(duplicate_ids(ids, lambda _, index: (MANIFEST, f"$.documents[{index}]")))
    if duplicates:
        raise DuplicateIdError(MANIFEST, duplicates)
    return manifest_


def read_json(directory: Path, name: str) -> Any:  # noqa: ANN401 - any JSON value
    """The JSON value in the file ``name`` of ``directory``, read strictly."""
    return parse_json(decode(read_bytes(directory, name), name), name)


def read_shipped(directory: Path, name: str, cls: Any) -> Any:  # noqa: ANN401 - a cls
    """The JSON file ``name`` of the package's own data as a ``cls``; ``None`` if it is not as shipped.

    Read as strict UTF-8 JSON with :func:`~japan_nato_corpus._json.parse_json_fast`
    (no byte order mark, no key given twice, no lone surrogate, no ``NaN``) and built with
    :func:`~japan_nato_corpus.storage.shipped.structure_shipped`, which the
    package's tests prove equal to the strict readers on every file it ships. A
    file it cannot read so is left to the strict readers, which say what is wrong.
    """
    value = read_bytes(directory, name)
    enabled = gc.isenabled()
    # Building records allocates only live objects; pausing the cycle collector saves its passes.
    gc.disable()
    try:
        # Not json.loads of the bytes: it would take a byte order mark, and keep the last of a key
        # given twice without a word.
        return structure_shipped(parse_json_fast(value.decode("utf-8")), cls)
    except (NotShipped, ValueError, RecursionError):
        return None
    finally:
        if enabled:
            gc.enable()


def _read_documents(directory: Path, manifest: Manifest) -> dict[str, str]:
    """The text of every manifest document, by id; every hash is checked before any error."""
    raws = {document.id: read_bytes(directory, document.path) for document in manifest.documents}
    mismatches = [
        problem
        for index, document in enumerate(manifest.documents)
        if (problem := hash_problem(document.path, raws[document.id], document.sha256, index=index))
        is not None
    ]
    if mismatches:
        raise HashMismatchError(MANIFEST, mismatches)
    return {document.id: decode(raws[document.id], document.path) for document in manifest.documents}


def _object(value: object, source: str, path: str = "$") -> dict[str, Any]:
    if not isinstance(value, dict):
        message = f"expected a JSON object, got {type(value).__name__}"
        raise InvalidValueError(source, [Problem(source, path, InvalidValueError.kind, message)])
    return value


def _objects(directory: Path, name: str) -> list[tuple[Place, dict[str, Any]]]:
    """The objects of a JSON array file or a JSON Lines file, each with where it stands."""
    if name.endswith(".jsonl"):
        text = decode(read_bytes(directory, name), name)
        found: list[tuple[Place, dict[str, Any]]] = []
        problems: list[Problem] = []
        for number, line in lines(text):
            try:
                found.append(
                    (
                        (name, f"line {number}: $"),
                        _object(parse_json(line, name, line=number), name, f"line {number}: $"),
                    )
                )
            except SchemaError as error:
                problems += error.problems
        if problems:
            raise error_for(name, problems)
        return found
    value = read_json(directory, name)
    if not isinstance(value, list):
        message = f"expected a JSON array of records, got {type(value).__name__}"
        raise InvalidValueError(name, [Problem(name, "$", InvalidValueError.kind, message)])
    wrong = [
        Problem(name, f"$[{i}]", InvalidValueError.kind, f"expected an object, got {type(item).__name__}")
        for i, item in enumerate(value)
        if not isinstance(item, dict)
    ]
    if wrong:
        raise InvalidValueError(name, wrong)
    return [((name, f"$[{i}]"), item) for i, item in enumerate(value)]


def _one_of(directory: Path, as_json: str, as_lines: str) -> str | None:
    """The one of the two files that is there; ``None`` if neither."""
    if present(directory, as_json) and present(directory, as_lines):
        message = f"both {as_json} and {as_lines} exist; keep one"
        raise SchemaError(as_json, [Problem(as_json, "", SchemaError.kind, message)])
    return as_lines if present(directory, as_lines) else as_json if present(directory, as_json) else None


def read_articles(
    directory: Path, manifest: Manifest, texts: dict[str, str]
) -> tuple[tuple[Article, ...], list[Place]]:
    """The articles, and where each stands (for integrity problems)."""
    name = _one_of(directory, ARTICLES, ARTICLE_LINES)
    if name is None:
        articles = tuple(_parse(document, texts[document.id]) for document in manifest.documents)
        return articles, [(MANIFEST, f"$.documents[{index}]") for index in range(len(articles))]
    found = _objects(directory, name)
    unknown = [
        Problem(file, f"{path}.text", UnknownFieldError.kind, f"'text' is read from documents/, not {name}")
        for (file, path), record in found
        if "text" in record
    ]
    if unknown:
        raise UnknownFieldError(name, unknown)
    not_ids = [
        Problem(file, f"{path}.id", InvalidValueError.kind, "expected an id string")
        for (file, path), record in found
        if not isinstance(record.get("id"), str)
    ]
    if not_ids:
        raise InvalidValueError(name, not_ids)
    problems = [
        Problem(
            file,
            f"{path}.id",
            DanglingReferenceError.kind,
            f"article {record['id']!r} has no document in {MANIFEST}",
        )
        for (file, path), record in found
        if record["id"] not in texts
    ]
    given = {record["id"] for _, record in found}
    problems += [
        Problem(
            MANIFEST,
            f"$.documents[{index}]",
            DanglingReferenceError.kind,
            f"document {document.id!r} has no article",
        )
        for index, document in enumerate(manifest.documents)
        if document.id not in given
    ]
    if problems:
        raise DanglingReferenceError(name, problems)
    with_text = [(place, record | {"text": texts[record["id"]]}) for place, record in found]
    if name == ARTICLES:
        many: Any = tuple[model.Article, ...]
        articles = converter.structure([record for _, record in with_text], many, source=name)
    else:
        articles = _structure_each(with_text, model.Article, name)
    return articles, [place for place, _ in found]


def _structure_each(found: list[tuple[Place, dict[str, Any]]], cls: type[T], source: str) -> tuple[T, ...]:
    """Each object as a ``cls``, or one error listing the problems of every object."""
    records: list[T] = []
    problems: list[Problem] = []
    for (file, path), record in found:
        try:
            records.append(converter.structure(record, cls, source=file, path=path))
        except SchemaError as error:
            problems += error.problems
    if problems:
        raise error_for(source, problems)
    return tuple(records)


def _parse(document: Document, text: str) -> Article:
    """The article in ``text``; a :class:`ParseError` names the document's file."""
    try:
        return japan_nato_corpus.parse_article(
            text, id=document.id, publisher=document.publisher, original_source=document.original_source
        )
    except ParseError as error:
        raise ParseError(error.reason, source=document.path, line=error.line, column=error.column) from None


def read_records(
    directory: Path, name: str, cls: type[T], *, shipped: bool = False
) -> tuple[tuple[T, ...], list[Place]]:
    """The records of one collection, and where each stands (for integrity problems).

    Args:
        directory: The corpus directory.
        name: The collection (``"events"``).
        cls: Its record type.
        shipped: The directory is the package's own data: a JSON array file is
            read as :func:`read_shipped` does, and no places are given (the
            package's tests check its cross-record references).
    """
    as_json, as_lines = f"{name}.json", f"{name}.jsonl"
    found = _one_of(directory, as_json, as_lines)
    if found is None:
        return (), []
    many: Any = tuple[cls, ...]  # type: ignore[valid-type]
    if shipped and found == as_json:
        records: tuple[T, ...] | None = read_shipped(directory, as_json, many)
        if records is not None:
            return records, []
    if found == as_lines:
        text = decode(read_bytes(directory, as_lines), as_lines)
        return converter.loads_lines(text, cls, source=as_lines), [
            (as_lines, f"line {number}: $") for number, _ in lines(text)
        ]
    objects = _objects(directory, as_json)
    return converter.structure([record for _, record in objects], many, source=as_json), [
        p for p, _ in objects
    ]
