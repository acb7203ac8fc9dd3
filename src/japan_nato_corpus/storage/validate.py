"""Every problem of a corpus directory, file by file, for ``japan-nato-corpus validate``.

:func:`japan_nato_corpus.load` stops at the first bad file; a user fixing a corpus
wants the whole list at once. So each file is read on its own, and the cross-file
checks of :func:`japan_nato_corpus.check` run over whatever did read: references
into a collection whose file did not read, and evidence in a document whose hash
does not match, are the only things left unchecked.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from japan_nato_corpus._json import decode
from japan_nato_corpus.errors import CorpusError, MissingFileError, NotACorpusError, ParseError, Problem
from japan_nato_corpus.model import Manifest
from japan_nato_corpus.storage.files import corpus_directory, hash_problem, read_bytes, unknown_files
from japan_nato_corpus.storage.integrity import problems_among
from japan_nato_corpus.storage.layout import CURATED, MANIFEST, record_type
from japan_nato_corpus.storage.read import Place, read_articles, read_manifest, read_records

T = TypeVar("T")

__all__ = ["as_problems", "problems_in"]


def as_problems(error: CorpusError) -> list[Problem]:
    """The problems an error of this package stands for, as :class:`Problem` records."""
    problems = getattr(error, "problems", None)
    if problems is not None:
        return list(problems)
    if isinstance(error, MissingFileError):
        return [Problem(error.file, "", "missing-file", str(error).removeprefix(f"{error.file}: "))]
    if isinstance(error, NotACorpusError):
        return [Problem(error.file, "", "not-a-corpus", str(error).removeprefix(f"{error.file}: "))]
    if isinstance(error, ParseError):
        where = "" if error.line is None else f"line {error.line}"
        return [Problem(error.source or "", where, "parse", error.reason)]
    return [Problem("", "", "corpus", str(error))]


def problems_in(directory: Path, *, ignore_unknown_files: bool = False) -> list[Problem]:
    """Every problem found in the corpus directory, each naming its file; empty when it loads.

    Args:
        directory: The corpus directory.
        ignore_unknown_files: Leave files that are no corpus files unreported,
            as :func:`~japan_nato_corpus.load` does when told to.
    """
    problems: list[Problem] = []

    def attempt(step: Callable[[], T]) -> T | None:
        try:
            return step()
        except CorpusError as error:
            problems.extend(as_problems(error))
        return None

    if attempt(lambda: corpus_directory(directory)) is None:
        return problems
    manifest = attempt(lambda: read_manifest(directory))
    records: dict[str, Any] = {}
    ids: dict[str, list[str]] = {}
    places: dict[str, list[Place]] = {}
    texts: dict[str, str] = {}
    if manifest is not None:
        if not ignore_unknown_files:
            problems.extend(attempt(lambda: unknown_files(directory, manifest)) or [])
        texts = _document_texts(directory, manifest, attempt, problems)
        ids["articles"] = [document.id for document in manifest.documents]
        places["articles"] = [(MANIFEST, f"$.documents[{index}]") for index in range(len(ids["articles"]))]
        if len(texts) == len(manifest.documents):
            read = attempt(lambda: read_articles(directory, manifest, texts))
            if read is not None:
                ids["articles"] = [article.id for article in read[0]]
                places["articles"] = read[1]
    for name in CURATED:
        read = attempt(lambda name=name: read_records(directory, name, record_type(name)))  # type: ignore[misc]
        if read is not None:
            records[name], places[name] = read
            ids[name] = [record.id for record in records[name]]
    problems.extend(problems_among(records, ids, texts, lambda name, index: places[name][index]))
    return problems


def _document_texts(
    directory: Path,
    manifest: Manifest,
    attempt: Callable[[Callable[[], Any]], Any],
    problems: list[Problem],
) -> dict[str, str]:
    """The text of every document that reads and matches its hash, by id; the others' problems."""
    texts: dict[str, str] = {}
    for index, document in enumerate(manifest.documents):
        raw: bytes | None = attempt(lambda document=document: read_bytes(directory, document.path))  # type: ignore[misc]
        if raw is None:
            continue
        mismatch = hash_problem(document.path, raw, document.sha256, index=index)
        if mismatch is not None:
            problems.append(mismatch)
            continue
        text: str | None = attempt(lambda raw=raw, document=document: decode(raw, document.path))  # type: ignore[misc]
        if text is not None:
            texts[document.id] = text
    return texts
