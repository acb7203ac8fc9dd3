"""Loading, saving and validating corpora: the bundled one and a user's own.

The parts: :mod:`~japan_nato_corpus.storage.layout` names the files of a corpus
directory; :mod:`~japan_nato_corpus.storage.files` reads their bytes safely;
:mod:`~japan_nato_corpus.storage.read` turns them into records, all or nothing;
:mod:`~japan_nato_corpus.storage.integrity` checks that the files agree;
:mod:`~japan_nato_corpus.storage.validate` lists every problem at once; and
:mod:`~japan_nato_corpus.storage.write` writes a corpus directory.

Loading is all or nothing: a corpus with any problem raises a
:class:`~japan_nato_corpus.errors.CorpusError` naming the file and place, and
nothing is returned.
"""

import functools
import json
import os
from pathlib import Path

from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import SchemaError
from japan_nato_corpus.storage.files import read_bytes, verified
from japan_nato_corpus.storage.integrity import check
from japan_nato_corpus.storage.layout import COLLECTIONS, CURATED
from japan_nato_corpus.storage.read import read_corpus
from japan_nato_corpus.storage.validate import problems_in
from japan_nato_corpus.storage.write import write_corpus

__all__ = ["BUNDLED", "COLLECTIONS", "CURATED", "check", "load", "problems_in", "save"]

BUNDLED = Path(__file__).parent.parent / "data"
"""The directory of the corpus shipped with the package."""


def load(path: str | os.PathLike[str] | None = None) -> Corpus:
    """Load a corpus: the bundled one, or the corpus directory at ``path``.

    A corpus directory is read and checked at once, all or nothing. The bundled
    corpus is cached and immutable, so every call returns the same object; its
    document hashes are checked at once and its records are read, checked and
    cached on first access to any collection. Nothing is read at import time.

    Args:
        path: A corpus directory; ``None`` for the corpus shipped with the package.

    Returns:
        The corpus, every hash, reference, id and evidence quote checked.

    Raises:
        MissingFileError: The directory, its manifest or a document file is missing.
        NotACorpusError: ``path`` is a file, not a directory.
        UnsafePathError: A corpus file resolves outside the directory (a symlink).
        SchemaError: A file is not UTF-8 JSON of the right shape; names the file
            and the JSON path or line. Subclasses say which kind of problem:
            ``EncodingError``, ``JSONSyntaxError``, ``DuplicateKeyError``,
            ``MissingFieldError``, ``UnknownFieldError``, ``InvalidValueError``.
        IntegrityError: Hashes, references, ids or evidence quotes do not agree;
            carries every problem. Subclasses: ``HashMismatchError``,
            ``DuplicateIdError``, ``DanglingReferenceError``, ``EvidenceMismatchError``.
    """
    if path is None:
        return _bundled()
    return read_corpus(Path(path))


@functools.cache
def _bundled() -> Corpus:
    raw = read_bytes(BUNDLED, "manifest.json")
    try:
        hashes = {document["id"]: document["sha256"] for document in json.loads(raw)["documents"]}
    except (ValueError, KeyError, TypeError) as error:
        raise SchemaError("manifest.json", [f"unreadable manifest: {error!r}"]) from None
    for id_, sha256 in hashes.items():
        verified(BUNDLED, f"documents/{id_}.txt", sha256)

    return Corpus.deferred(lambda: read_corpus(BUNDLED))


def save(corpus: Corpus, directory: str | os.PathLike[str], *, jsonl: bool = False) -> None:
    """Write ``corpus`` as a corpus directory that :func:`load` reads back equal.

    The directory is created if needed; corpus files already in it are replaced
    (each written whole, then renamed into place), and the curated collections'
    files in the other format are removed, so that exactly one of each remains.
    Every file is serialised before any is written.

    Args:
        corpus: The corpus to write.
        directory: Where to write it.
        jsonl: Write ``actors.jsonl``, ``events.jsonl`` and ``agreements.jsonl``
            (one record a line, easy to diff and append to) instead of JSON arrays.

    Raises:
        EncodingError: A text holds a lone surrogate, which UTF-8 cannot encode;
            nothing is written.
    """
    write_corpus(corpus, Path(directory), jsonl=jsonl)
