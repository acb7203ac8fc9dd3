"""A corpus directory's bytes, read safely: no path out of the directory, no FIFO, no surprise.

Every file is read whole or not at all, up to :data:`~japan_nato_corpus._json.MAX_BYTES`;
whatever the system raises (no permission, a directory where a file belongs, a
link round in a loop) becomes a :class:`~japan_nato_corpus.errors.CorpusError`.
"""

import os
import stat
from pathlib import Path

from japan_nato_corpus._json import MAX_BYTES, refuse_oversize
from japan_nato_corpus.errors import (
    BrokenLinkError,
    HashMismatchError,
    MissingFileError,
    NotACorpusError,
    Problem,
    SchemaError,
    UnknownFileError,
    UnreadableFileError,
    UnsafePathError,
)
from japan_nato_corpus.model import Manifest
from japan_nato_corpus.storage.layout import ARTICLE_LINES, ARTICLES, CURATED, DOCUMENTS, MANIFEST

__all__ = ["corpus_directory", "hash_problem", "present", "read_bytes", "unknown_files", "verified"]


def _unreadable(name: str, error: OSError) -> UnreadableFileError:
    reason = error.strerror or type(error).__name__
    return UnreadableFileError(
        name, [Problem(name, "", UnreadableFileError.kind, f"cannot be read: {reason}")]
    )


def corpus_directory(path: Path) -> Path:
    """``path``, after checking that it can be a corpus directory.

    Raises:
        NotACorpusError: ``path`` is a file.
        MissingFileError: ``path`` does not exist, or holds no ``manifest.json``.
        UnreadableFileError: ``path`` cannot be listed.
    """
    if path.is_file():
        raise NotACorpusError(str(path))
    if not path.is_dir():
        raise MissingFileError(str(path / MANIFEST))
    try:
        empty = not (path / MANIFEST).exists() and not any(path.iterdir())
    except OSError as error:
        raise _unreadable(str(path), error) from None
    if empty:
        raise MissingFileError(str(path / MANIFEST), hint="the directory is empty")
    return path


def present(directory: Path, name: str) -> bool:
    """Whether ``directory / name`` is there at all: a file, or a link, even one leading nowhere."""
    return os.path.lexists(directory / name)


def _follow(directory: Path, name: str) -> Path:
    """Where ``directory / name`` leads, refusing links that lead nowhere or outside."""
    path = directory / name
    try:
        root = directory.resolve(strict=True)
        target = path.resolve(strict=False)
        if path.is_symlink():
            path.stat()
    except (OSError, RuntimeError) as error:
        reason = getattr(error, "strerror", None) or "it leads round in a loop"
        message = f"{name} is a symlink that cannot be followed: {reason}"
        raise BrokenLinkError(name, [Problem(name, "", BrokenLinkError.kind, message)]) from None
    if not target.is_relative_to(root):
        message = f"{name} resolves to {target}, outside the corpus directory {root}"
        raise UnsafePathError(name, [Problem(name, "", UnsafePathError.kind, message)])
    return target


def read_bytes(directory: Path, name: str) -> bytes:
    """The bytes of ``directory / name``.

    Raises:
        MissingFileError: There is no such file (or directory).
        BrokenLinkError: ``name`` is a symlink that leads nowhere or round in a loop.
        UnsafePathError: ``name`` resolves outside ``directory`` (``..`` or a symlink),
            or is not a regular file (a FIFO would block the reader).
        SchemaError: ``name`` is a directory.
        TooLargeError: The file is past the readers' size limit.
        UnreadableFileError: The system refuses to read it.
    """
    if not present(directory, name):
        raise MissingFileError(str(directory / name))
    path = _follow(directory, name)
    try:
        info = path.stat()
        mode = info.st_mode
        if stat.S_ISDIR(mode):
            raise SchemaError(
                name, [Problem(name, "", SchemaError.kind, f"{name} is a directory, not a file")]
            )
        if not stat.S_ISREG(mode):
            # A FIFO or a device would block or never end: refuse before opening it.
            message = f"{name} is not a regular file (a FIFO, socket or device)"
            raise UnsafePathError(name, [Problem(name, "", UnsafePathError.kind, message)])
        refuse_oversize(info.st_size, name)
        with path.open("rb") as file:
            # Read at most one byte past the limit: the file may have grown since.
            raw = file.read(MAX_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise MissingFileError(str(directory / name)) from None
    except OSError as error:
        raise _unreadable(name, error) from None
    refuse_oversize(len(raw), name)
    return raw


def hash_problem(name: str, raw: bytes, sha256: str, *, index: int = 0) -> Problem | None:
    """Why the bytes ``raw`` of ``name`` do not match ``sha256``; ``None`` if they do."""
    # Imported here: OpenSSL's hashes take milliseconds to load, and a first answer reads no document.
    import hashlib  # noqa: PLC0415

    actual = hashlib.sha256(raw).hexdigest()
    if actual == sha256:
        return None
    message = f"{name} has sha256 {actual}, but the manifest says {sha256}"
    return Problem(MANIFEST, f"$.documents[{index}].sha256", HashMismatchError.kind, message)


def verified(directory: Path, name: str, sha256: str, *, index: int = 0) -> bytes:
    """The bytes of a document, after checking them against the manifest's sha256.

    Raises:
        HashMismatchError: The bytes' sha256 is not ``sha256``.
    """
    raw = read_bytes(directory, name)
    problem = hash_problem(name, raw, sha256, index=index)
    if problem is not None:
        raise HashMismatchError(MANIFEST, [problem])
    return raw


def _listing(directory: Path, name: str) -> list[str]:
    try:
        return sorted(entry.name for entry in (directory / name).iterdir())
    except OSError as error:
        raise _unreadable(name or ".", error) from None


def unknown_files(directory: Path, manifest: Manifest) -> list[Problem]:
    """A problem for every file of ``directory`` that is no corpus file, and no document of ``manifest``."""
    known = {MANIFEST, ARTICLES, ARTICLE_LINES, DOCUMENTS} | {
        f"{name}.{suffix}" for name in CURATED for suffix in ("json", "jsonl")
    }
    documents = {document.path for document in manifest.documents}
    found = [name for name in _listing(directory, "") if name not in known]
    if (directory / DOCUMENTS).is_dir():
        found += [
            f"{DOCUMENTS}/{name}"
            for name in _listing(directory, DOCUMENTS)
            if f"{DOCUMENTS}/{name}" not in documents
        ]
    if not found:
        return []
    # Imported here, for the suggestions alone: a corpus without a stray file needs none.
    import difflib  # noqa: PLC0415

    problems = []
    for name in found:
        close = difflib.get_close_matches(name.lower(), sorted(known | documents), n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        message = (
            f"not a file of a corpus directory{hint} (load with ignore_unknown_files=True to read the rest)"
        )
        problems.append(Problem(name, "", UnknownFileError.kind, message))
    return problems
