"""Reading a whole corpus directory through the converter, all or nothing.

Reading goes file by file: the manifest, every document (all hashes checked
before any problem is raised), ``articles.json``, then each curated collection;
the first file with problems raises the most fitting
:class:`~japan_nato_corpus.errors.CorpusError` carrying all of that file's
problems, and the corpus as a whole is checked last with
:func:`~japan_nato_corpus.integrity.verify`. Nothing half-read is returned.
"""

from pathlib import Path
from typing import Any, TypeVar

import cattrs

from japan_nato_corpus import converter
from japan_nato_corpus._json import decode, parse_json
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import (
    DanglingReferenceError,
    DuplicateIdError,
    HashMismatchError,
    InvalidValueError,
    MissingFieldError,
    ParseError,
    SchemaError,
    UnknownFieldError,
)
from japan_nato_corpus.model import Article, Document, Manifest
from japan_nato_corpus.parse import parse_article
from japan_nato_corpus.storage.files import corpus_directory, hash_problem, read_bytes
from japan_nato_corpus.storage.integrity import verify
from japan_nato_corpus.storage.layout import ARTICLES, CURATED, MANIFEST, RECORD_TYPES

__all__ = ["read_articles", "read_corpus", "read_json", "read_manifest", "read_records"]

T = TypeVar("T")


def read_corpus(directory: Path) -> Corpus:
    """Every record of the corpus at ``directory``, checked; raises on the first bad file."""
    directory = corpus_directory(directory)
    manifest = read_manifest(directory)
    texts = _read_documents(directory, manifest)
    articles, article_places = read_articles(directory, manifest, texts)
    places: dict[str, list[str]] = {"articles": article_places}
    records = {}
    for name in CURATED:
        records[name], places[name] = read_records(directory, name, RECORD_TYPES[name])
    corpus = Corpus(manifest=manifest, articles=articles, **records)
    verify(corpus, file=str(directory), locate=lambda name, index: places[name][index])
    return corpus


def read_manifest(directory: Path) -> Manifest:
    """The manifest of the corpus at ``directory``, as a record."""
    return _structure(read_json(directory, MANIFEST), Manifest, MANIFEST)


def read_json(directory: Path, name: str) -> Any:  # noqa: ANN401 - any JSON value
    """The JSON value in the file ``name`` of ``directory``, read strictly."""
    return parse_json(decode(read_bytes(directory, name), name), name)


def _read_documents(directory: Path, manifest: Manifest) -> dict[str, str]:
    """The text of every manifest document, by id; every hash is checked before any error."""
    first: dict[str, int] = {}
    duplicates = []
    for index, document in enumerate(manifest.documents):
        if document.id in first:
            duplicates.append(f"manifest.json $.documents[{index}].id: duplicate id {document.id!r}")
        first.setdefault(document.id, index)
    if duplicates:
        raise DuplicateIdError("manifest.json", duplicates)
    raws = {document.id: read_bytes(directory, document.path) for document in manifest.documents}
    mismatches = [
        problem
        for index, document in enumerate(manifest.documents)
        if (
            problem := hash_problem(
                document.path,
                raws[document.id],
                document.sha256,
                where=f"manifest.json $.documents[{index}].sha256",
            )
        )
        is not None
    ]
    if mismatches:
        raise HashMismatchError("manifest.json", mismatches)
    return {document.id: decode(raws[document.id], document.path) for document in manifest.documents}


def read_articles(
    directory: Path, manifest: Manifest, texts: dict[str, str]
) -> tuple[tuple[Article, ...], list[str]]:
    """The articles, and where each stands (for integrity problems)."""
    if not (directory / ARTICLES).exists():
        articles = tuple(_parse(doc, texts[doc.id]) for doc in manifest.documents)
        return articles, [f"manifest.json $.documents[{index}]" for index in range(len(articles))]
    records = _array_of_objects(read_json(directory, ARTICLES), ARTICLES)
    unknown = [
        f"'text' is read from documents/, not {ARTICLES} @ $[{i}].text"
        for i, r in enumerate(records)
        if "text" in r
    ]
    if unknown:
        raise UnknownFieldError(ARTICLES, unknown)
    not_ids = [
        f"expected an id string @ $[{i}].id"
        for i, r in enumerate(records)
        if not isinstance(r.get("id"), str)
    ]
    if not_ids:
        raise InvalidValueError(ARTICLES, not_ids)
    problems = []
    for index, record in enumerate(records):
        text = texts.get(record["id"])
        if text is None:
            problems.append(f"$[{index}].id: article {record.get('id')!r} has no document in manifest.json")
        record["text"] = text
    given = {record.get("id") for record in records}
    problems += [
        f"manifest.json $.documents[{index}]: document {doc.id!r} has no article"
        for index, doc in enumerate(manifest.documents)
        if doc.id not in given
    ]
    if problems:
        raise DanglingReferenceError(ARTICLES, problems)
    articles = _structure(records, tuple[Article, ...], ARTICLES)
    return articles, [f"{ARTICLES} $[{index}]" for index in range(len(articles))]


def _parse(document: Document, text: str) -> Article:
    """The article in ``text``; a :class:`ParseError` names the document's file."""
    try:
        return parse_article(
            text, id=document.id, publisher=document.publisher, original_source=document.original_source
        )
    except ParseError as error:
        raise ParseError(error.reason, source=document.path, line=error.line, column=error.column) from None


def _array_of_objects(value: object, source: str) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise InvalidValueError(source, [f"expected a JSON array of records, got {type(value).__name__} @ $"])
    wrong = [
        f"expected an object, got {type(item).__name__} @ $[{i}]"
        for i, item in enumerate(value)
        if not isinstance(item, dict)
    ]
    if wrong:
        raise InvalidValueError(source, wrong)
    return value


def read_records(directory: Path, name: str, cls: type[T]) -> tuple[tuple[T, ...], list[str]]:
    """The records of one collection, and where each stands (for integrity problems)."""
    as_json, as_lines = f"{name}.json", f"{name}.jsonl"
    if (directory / as_json).exists() and (directory / as_lines).exists():
        raise SchemaError(as_json, [f"both {as_json} and {as_lines} exist; keep one"])
    if (directory / as_lines).exists():
        return _read_lines(directory, as_lines, cls)
    if (directory / as_json).exists():
        records = _array_of_objects(read_json(directory, as_json), as_json)
        many: Any = tuple[cls, ...]  # type: ignore[valid-type]
        return _structure(records, many, as_json), [f"{as_json} $[{i}]" for i in range(len(records))]
    return (), []


def _read_lines(directory: Path, source: str, cls: type[T]) -> tuple[tuple[T, ...], list[str]]:
    text = decode(read_bytes(directory, source), source)
    records: list[T] = []
    places: list[str] = []
    errors: list[SchemaError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(
                _structure(
                    parse_json(line, source, where=f"line {number}"), cls, source, path=f"line {number}: $"
                )
            )
        except SchemaError as error:
            errors.append(error)
        places.append(f"{source} line {number}: $")
    if errors:
        kinds = {type(error) for error in errors}
        kind = kinds.pop() if len(kinds) == 1 else SchemaError
        raise kind(source, [problem for error in errors for problem in error.problems])
    return tuple(records), places


def _structure(value: object, cls: type[T], source: str, *, path: str = "$") -> T:
    """``value`` as a ``cls``, or the most fitting :class:`SchemaError` listing every problem."""
    try:
        return converter.structure(value, cls, source=source, path=path)
    except SchemaError as error:
        # The converter raises ``from None``; the cattrs error it describes stays the context.
        raise _schema_kind(error.__context__)(source, error.problems) from None


def _schema_kind(error: BaseException | None) -> type[SchemaError]:
    """The subclass that fits every leaf of a cattrs error; :class:`SchemaError` when they differ."""
    kinds = {_leaf_kind(leaf) for leaf in _leaves(error)} if error is not None else set()
    return kinds.pop() if len(kinds) == 1 else SchemaError


def _leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in _leaves(inner)]
    return [error]


def _leaf_kind(error: BaseException) -> type[SchemaError]:
    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        return UnknownFieldError
    if isinstance(error, KeyError):
        return MissingFieldError
    return InvalidValueError
