"""Reading a corpus directory's bytes and checking document hashes (no records, cheap to import)."""

import hashlib
from pathlib import Path

from japan_nato_corpus.errors import IntegrityError, MissingFileError, SchemaError


def read_bytes(directory: Path, name: str) -> bytes:
    """The bytes of ``directory / name``.

    Raises:
        MissingFileError: There is no such file (or directory).
        SchemaError: ``name`` would leave ``directory``.
    """
    root = directory.resolve()
    path = (directory / name).resolve()
    if not path.is_relative_to(root):
        raise SchemaError(name, [f"path leaves the corpus directory {directory}"])
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise MissingFileError(str(directory / name)) from None
    except IsADirectoryError:
        raise SchemaError(str(directory / name), ["is a directory, not a file"]) from None


def verified(directory: Path, name: str, sha256: str) -> bytes:
    """The bytes of a document, after checking them against the manifest's sha256.

    Raises:
        IntegrityError: The bytes' sha256 is not ``sha256``.
    """
    raw = read_bytes(directory, name)
    actual = hashlib.sha256(raw).hexdigest()
    if actual != sha256:
        raise IntegrityError(name, [f"sha256 is {actual} but manifest.json says {sha256}"])
    return raw


def decode(raw: bytes, source: str) -> str:
    """``raw`` as UTF-8 text.

    Raises:
        SchemaError: The bytes are not UTF-8; names the offset and line.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        problem = f"not UTF-8: byte {raw[error.start]:#04x} at offset {error.start} (line {line})"
        raise SchemaError(source, [problem]) from None
