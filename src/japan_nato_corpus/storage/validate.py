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
from japan_nato_corpus.errors import CorpusError, IntegrityError, SchemaError
from japan_nato_corpus.model import Manifest
from japan_nato_corpus.storage.files import corpus_directory, hash_problem, read_bytes
from japan_nato_corpus.storage.integrity import problems_among
from japan_nato_corpus.storage.layout import CURATED, RECORD_TYPES
from japan_nato_corpus.storage.read import read_articles, read_manifest, read_records

T = TypeVar("T")

__all__ = ["problems_in"]


def problems_in(directory: Path) -> list[str]:
    """Every problem found in the corpus directory, each naming its file; empty when it loads."""
    problems: list[str] = []

    def attempt(step: Callable[[], T]) -> T | None:
        try:
            return step()
        except (SchemaError, IntegrityError) as error:
            problems.extend(f"{error.file}: {problem}" for problem in error.problems)
        except CorpusError as error:
            problems.append(str(error))
        return None

    if attempt(lambda: corpus_directory(directory)) is None:
        return problems
    manifest = attempt(lambda: read_manifest(directory))
    records: dict[str, Any] = {}
    ids: dict[str, list[str]] = {}
    places: dict[str, list[str]] = {}
    texts: dict[str, str] = {}
    if manifest is not None:
        texts = _document_texts(directory, manifest, attempt, problems)
        ids["articles"] = [document.id for document in manifest.documents]
        places["articles"] = [f"manifest.json $.documents[{index}]" for index in range(len(ids["articles"]))]
        if len(texts) == len(manifest.documents):
            read = attempt(lambda: read_articles(directory, manifest, texts))
            if read is not None:
                ids["articles"] = [article.id for article in read[0]]
                places["articles"] = read[1]
    for name in CURATED:
        read = attempt(lambda name=name: read_records(directory, name, RECORD_TYPES[name]))  # type: ignore[misc]
        if read is not None:
            records[name], places[name] = read
            ids[name] = [record.id for record in records[name]]
    found = problems_among(records, ids, texts, lambda name, index: places[name][index])
    problems.extend(problem for _, problem in found)
    return problems


def _document_texts(
    directory: Path,
    manifest: Manifest,
    attempt: Callable[[Callable[[], Any]], Any],
    problems: list[str],
) -> dict[str, str]:
    """The text of every document that reads and matches its hash, by id; the others' problems."""
    texts: dict[str, str] = {}
    for index, document in enumerate(manifest.documents):
        raw: bytes | None = attempt(lambda document=document: read_bytes(directory, document.path))  # type: ignore[misc]
        if raw is None:
            continue
        where = f"manifest.json $.documents[{index}].sha256"
        mismatch = hash_problem(document.path, raw, document.sha256, where=where)
        if mismatch is not None:
            problems.append(mismatch)
            continue
        text: str | None = attempt(lambda raw=raw, document=document: decode(raw, document.path))  # type: ignore[misc]
        if text is not None:
            texts[document.id] = text
    return texts
