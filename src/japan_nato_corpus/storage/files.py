"""A corpus directory's bytes, read safely: no path out of the directory, no FIFO, no surprise."""

import hashlib
from pathlib import Path

from japan_nato_corpus.errors import (
    HashMismatchError,
    MissingFileError,
    NotACorpusError,
    SchemaError,
    UnsafePathError,
)

__all__ = ["corpus_directory", "hash_problem", "read_bytes", "verified"]


def corpus_directory(path: Path) -> Path:
    """``path``, after checking that it can be a corpus directory.

    Raises:
        NotACorpusError: ``path`` is a file.
        MissingFileError: ``path`` does not exist, or holds no ``manifest.json``.
    """
    if path.is_file():
        raise NotACorpusError(str(path))
    if not path.is_dir():
        raise MissingFileError(str(path / "manifest.json"))
    if not (path / "manifest.json").exists() and not any(path.iterdir()):
        raise MissingFileError(str(path / "manifest.json"), hint="the directory is empty")
    return path


def read_bytes(directory: Path, name: str) -> bytes:
    """The bytes of ``directory / name``.

    Raises:
        MissingFileError: There is no such file (or directory).
        UnsafePathError: ``name`` resolves outside ``directory`` (``..`` or a symlink),
            or is not a regular file (a FIFO would block the reader).
        SchemaError: ``name`` is a directory.
    """
    root = directory.resolve()
    path = (directory / name).resolve()
    if not path.is_relative_to(root):
        raise UnsafePathError(name, [f"{name} resolves to {path}, outside the corpus directory {root}"])
    if path.is_dir():
        raise SchemaError(name, [f"{name} is a directory, not a file"])
    if path.exists() and not path.is_file():
        # A FIFO or a device would block or never end: refuse before opening it.
        raise UnsafePathError(name, [f"{name} is not a regular file (a FIFO, socket or device)"])
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise MissingFileError(str(directory / name)) from None


def hash_problem(name: str, raw: bytes, sha256: str, *, where: str = "manifest.json") -> str | None:
    """Why the bytes ``raw`` of ``name`` do not match ``sha256`` (found at ``where``); ``None`` if they do."""
    actual = hashlib.sha256(raw).hexdigest()
    if actual == sha256:
        return None
    return f"{name}: sha256 is {actual} but {where} says {sha256}"


def verified(directory: Path, name: str, sha256: str) -> bytes:
    """The bytes of a document, after checking them against the manifest's sha256.

    Raises:
        HashMismatchError: The bytes' sha256 is not ``sha256``.
    """
    raw = read_bytes(directory, name)
    problem = hash_problem(name, raw, sha256)
    if problem is not None:
        raise HashMismatchError(name, [problem])
    return raw
