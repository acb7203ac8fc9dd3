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
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from japan_nato_corpus._lazy import LazyModule
from japan_nato_corpus._paths import user_path
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import Problem, UnsafePathError
from japan_nato_corpus.storage.integrity import check
from japan_nato_corpus.storage.layout import COLLECTIONS, CURATED
from japan_nato_corpus.storage.read import read_corpus

if TYPE_CHECKING:
    from japan_nato_corpus.storage import validate as _validate
    from japan_nato_corpus.storage import write as _write
    from japan_nato_corpus.storage.validate import problems_in
else:
    # Validating and writing a directory: imported on first use, not by every load.
    _validate = LazyModule("japan_nato_corpus.storage.validate")
    _write = LazyModule("japan_nato_corpus.storage.write")

__all__ = ["BUNDLED", "COLLECTIONS", "CURATED", "check", "load", "problems_in", "save"]

BUNDLED = Path(__file__).parent.parent / "data"
"""The directory of the corpus shipped with the package."""


def load(path: str | os.PathLike[str] | None = None, *, ignore_unknown_files: bool = False) -> Corpus:
    """Load a corpus: the bundled one, or the corpus directory at ``path``.

    A corpus directory is read and checked at once, all or nothing. The bundled
    corpus is cached and immutable, so every call returns the same object; its
    manifest is read at once, and each collection is read, checked and cached on
    its own first access (events need no articles; the documents' hashes are
    checked when the articles are read). Its cross-record checks (references,
    ids, evidence quotes) run in the package's tests on the files the wheel ships
    (``check(load())`` is empty) rather than on every start. Nothing is read at
    import time.

    Args:
        path: A corpus directory; ``None`` for the corpus shipped with the package.
        ignore_unknown_files: Read the corpus files of a directory that also holds
            other files, instead of refusing it with :class:`UnknownFileError`.

    Returns:
        The corpus, every hash, reference, id and evidence quote checked.

    Raises:
        MissingFileError: The directory, its manifest or a document file is missing.
        NotACorpusError: ``path`` is a file, not a directory.
        UnsafePathError: A corpus file resolves outside the directory (a symlink).
        BrokenLinkError: A corpus file is a symlink that leads nowhere or in a loop.
        UnknownFileError: The directory holds a file that is no corpus file
            (``agreement.json`` for ``agreements.json``), unless ``ignore_unknown_files``.
        UnreadableFileError: The system refuses to read a file (no permission).
        ArgumentError: ``path`` holds a NUL byte, or is too long for a path.
        TooLargeError: A file is past the size limit (256 MiB).
        SchemaError: A file is not UTF-8 JSON of the right shape; names the file
            and the JSON path or line. Subclasses say which kind of problem:
            ``EncodingError``, ``JSONSyntaxError``, ``DuplicateKeyError``,
            ``MissingFieldError``, ``UnknownFieldError``, ``InvalidValueError``.
        IntegrityError: Hashes, references, ids or evidence quotes do not agree;
            carries every problem. Subclasses: ``HashMismatchError``,
            ``DuplicateIdError``, ``DanglingReferenceError``, ``EvidenceMismatchError``.
    """
    if path is None:
        # One lock, so that threads loading at once all get the one corpus.
        with _BUNDLED_LOCK:
            return _bundled()
    return read_corpus(user_path(path, argument="path"), ignore_unknown_files=ignore_unknown_files)


_BUNDLED_LOCK = threading.Lock()


@functools.cache
def _bundled() -> Corpus:
    # Each collection is read on its first access; the documents' hashes are checked when
    # the documents are read, before the articles that hold their text are made.
    return read_corpus(BUNDLED, bundled=True)


def save(corpus: Corpus, directory: str | os.PathLike[str], *, jsonl: bool = False) -> None:
    """Write ``corpus`` as a corpus directory that :func:`load` reads back equal, all or nothing.

    The corpus is checked, written whole into a new sibling directory, flushed
    to disk, read back as :func:`load` reads it, and only then swapped in for
    ``directory`` with a rename. A save that fails or is killed part-way leaves
    ``directory`` as it was. Files get the modes the umask gives.

    Args:
        corpus: The corpus to write.
        directory: Where to write it: a directory that does not exist yet, is
            empty, or holds a corpus (and nothing else), which is replaced.
        jsonl: Write ``actors.jsonl``, ``events.jsonl`` and ``agreements.jsonl``
            (one record a line, easy to diff and append to) instead of JSON arrays.

    Raises:
        IntegrityError: The corpus is inconsistent (:func:`check` lists why);
            nothing is written.
        EncodingError: A text holds a lone surrogate, which UTF-8 cannot encode;
            nothing is written.
        InvalidValueError: An id is too long for a file name; nothing is written.
        UnknownFileError: ``directory`` holds files that are no corpus files.
        UnsafePathError: ``directory`` is the empty path, or a file.
        ArgumentError: ``directory`` holds a NUL byte, or is too long for a path.
        UnwritableFileError: The system refused a write (a full disk, no permission).
    """
    if isinstance(directory, str | os.PathLike) and os.fspath(directory) in {"", b""}:
        message = "the empty path names no directory; give the corpus directory to write"
        raise UnsafePathError("", [Problem("", "", UnsafePathError.kind, message)])
    _write.write_corpus(corpus, user_path(directory, argument="directory"), jsonl=jsonl)


def __getattr__(name: str) -> Any:  # noqa: ANN401 - type checkers read the import above
    # ``problems_in`` is imported from its module on first use (PEP 562).
    if name == "problems_in":
        return _validate.problems_in
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
