"""Reading and writing a whole corpus directory through the converter, all or nothing.

Reading goes file by file: the manifest, every document (all hashes checked
before any problem is raised), ``articles.json``, then each curated collection;
the first file with problems raises the most fitting
:class:`~japan_nato_corpus.errors.CorpusError` carrying all of that file's
problems, and the corpus as a whole is checked last with
:func:`~japan_nato_corpus.integrity.verify`. Nothing half-read is returned.
"""

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import cattrs

from japan_nato_corpus import converter
from japan_nato_corpus._files import corpus_directory, decode, hash_problem, parse_json, read_bytes
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import (
    DanglingReferenceError,
    DuplicateIdError,
    EncodingError,
    HashMismatchError,
    InvalidValueError,
    MissingFieldError,
    ParseError,
    SchemaError,
    UnknownFieldError,
)
from japan_nato_corpus.integrity import COLLECTIONS, verify
from japan_nato_corpus.model import Actor, Agreement, Article, Document, Event, Manifest

__all__ = ["read_corpus", "write_corpus"]

T = TypeVar("T")
_TYPES: dict[str, type[Any]] = {"actors": Actor, "events": Event, "agreements": Agreement}
_ARTICLES = "articles.json"


def read_corpus(directory: Path, *, bundled: bool = False) -> Corpus:
    """Every record of the corpus at ``directory``, checked; raises on the first bad file.

    With ``bundled``, the cross-record checks (references, ids, evidence quotes) are
    left to the package's own tests, which run them on the very files the wheel
    ships; hashes, JSON shape and field values are checked as for any corpus.
    """
    directory = corpus_directory(directory)
    manifest = _structure(_read_json(directory, "manifest.json"), Manifest, "manifest.json")
    texts = _read_documents(directory, manifest)
    articles, article_places = _read_articles(directory, manifest, texts)
    places: dict[str, list[str]] = {"articles": article_places}
    records = {}
    for name in COLLECTIONS:
        records[name], places[name] = _read_records(directory, name, _TYPES[name])
    corpus = Corpus(manifest=manifest, articles=articles, **records)
    if bundled:
        return corpus
    verify(corpus, file=str(directory), locate=lambda name, index: places[name][index])
    return corpus


def _read_json(directory: Path, name: str) -> Any:  # noqa: ANN401 - any JSON value
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


def _read_articles(
    directory: Path, manifest: Manifest, texts: dict[str, str]
) -> tuple[tuple[Article, ...], list[str]]:
    """The articles, and where each stands (for integrity problems)."""
    if not (directory / _ARTICLES).exists():
        from japan_nato_corpus.parse import parse_article  # noqa: PLC0415 - parsing is costly to import

        articles = tuple(_parse(parse_article, doc, texts[doc.id]) for doc in manifest.documents)
        return articles, [f"manifest.json $.documents[{index}]" for index in range(len(articles))]
    records = _array_of_objects(_read_json(directory, _ARTICLES), _ARTICLES)
    unknown = [
        f"'text' is read from documents/, not {_ARTICLES} @ $[{i}].text"
        for i, r in enumerate(records)
        if "text" in r
    ]
    if unknown:
        raise UnknownFieldError(_ARTICLES, unknown)
    not_ids = [
        f"expected an id string @ $[{i}].id"
        for i, r in enumerate(records)
        if not isinstance(r.get("id"), str)
    ]
    if not_ids:
        raise InvalidValueError(_ARTICLES, not_ids)
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
        raise DanglingReferenceError(_ARTICLES, problems)
    articles = _structure(records, tuple[Article, ...], _ARTICLES)
    return articles, [f"{_ARTICLES} $[{index}]" for index in range(len(articles))]


def _parse(parse_article: Callable[..., Article], document: Document, text: str) -> Article:
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


def _read_records(directory: Path, name: str, cls: type[T]) -> tuple[tuple[T, ...], list[str]]:
    """The records of one collection, and where each stands (for integrity problems)."""
    as_json, as_lines = f"{name}.json", f"{name}.jsonl"
    if (directory / as_json).exists() and (directory / as_lines).exists():
        raise SchemaError(as_json, [f"both {as_json} and {as_lines} exist; keep one"])
    if (directory / as_lines).exists():
        return _read_lines(directory, as_lines, cls)
    if (directory / as_json).exists():
        records = _array_of_objects(_read_json(directory, as_json), as_json)
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


def write_corpus(corpus: Corpus, directory: Path, *, jsonl: bool = False) -> None:
    """Write ``corpus`` in the corpus directory layout, replacing its files there.

    Every file is serialised before the first is written (so a record that
    cannot be written leaves the directory as it was), and each is written to a
    temporary file first and then renamed over the old one.
    """
    files = {f"documents/{article.id}.txt": _utf8(article.text, article.id) for article in corpus.articles}
    files["manifest.json"] = _json(corpus.manifest, "manifest.json")
    files[_ARTICLES] = _json(
        [{k: v for k, v in converter.unstructure(a).items() if k != "text"} for a in corpus.articles],
        _ARTICLES,
    )
    stale = []
    for name in COLLECTIONS:
        records = tuple(getattr(corpus, name))
        if jsonl:
            files[f"{name}.jsonl"] = _utf8(converter.dumps_lines(records), f"{name}.jsonl")
            stale.append(f"{name}.json")
        else:
            files[f"{name}.json"] = _json(records, f"{name}.json")
            stale.append(f"{name}.jsonl")
    (directory / "documents").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        _replace(directory / name, content)
    for name in stale:
        (directory / name).unlink(missing_ok=True)


def _json(value: object, source: str) -> bytes:
    return _utf8(converter.dumps(value, indent=2) + "\n", source)


def _utf8(text: str, source: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:
        problem = f"cannot be written as UTF-8: {text[error.start]!r} at offset {error.start}"
        raise EncodingError(source, [problem]) from None


def _replace(path: Path, content: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise
