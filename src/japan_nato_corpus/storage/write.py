"""Writing a corpus as a corpus directory that :func:`~japan_nato_corpus.load` reads back equal.

A save is all or nothing. The corpus is written whole into a new sibling of the
target (``.<name>.saving-<random>``), every file and folder flushed to disk
with ``fsync``, and read back with :func:`~japan_nato_corpus.load`'s own reader;
only then is it swapped in with one rename. Killed at any moment, a save
leaves the target as it was or as it is meant to be; at worst a staging sibling
remains beside it. The swap is two renames (the old directory aside, the new
one into its place), so for an instant between them the target is absent:
:func:`~japan_nato_corpus.load` then refuses it with
:class:`~japan_nato_corpus.errors.MissingFileError`, and the old corpus waits
whole beside it as ``.<name>.old-<random>``; never is a directory half-written.
"""

import contextlib
import os
from pathlib import Path

from japan_nato_corpus import converter
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import (
    EncodingError,
    InvalidValueError,
    Problem,
    UnknownFileError,
    UnsafePathError,
    UnwritableFileError,
)
from japan_nato_corpus.storage.integrity import verify
from japan_nato_corpus.storage.layout import ARTICLE_LINES, ARTICLES, CURATED, DOCUMENTS, MANIFEST
from japan_nato_corpus.storage.read import read_corpus

__all__ = ["write_corpus"]

_NAME_MAX = 255
"""The longest file name, in bytes, that common file systems (ext4, APFS, NTFS) take."""


def write_corpus(corpus: Corpus, directory: Path, *, jsonl: bool = False) -> None:
    """Write ``corpus`` as the corpus directory ``directory``, all or nothing.

    Raises:
        EncodingError: A text holds a lone surrogate, which UTF-8 cannot encode.
        InvalidValueError: An id is too long to be a file name.
        CorpusError: The written corpus is one :func:`~japan_nato_corpus.load`
            would refuse (its error, naming the problems); nothing is replaced.
        UnknownFileError: ``directory`` holds files that are no corpus files.
        UnwritableFileError: The system refused a write (a full disk, no permission).
    """
    target = directory.resolve() if directory.is_symlink() else directory
    verify(corpus, file=str(target))
    files = _serialised(corpus, jsonl=jsonl)
    _refuse_replacing_other_files(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.saving-{os.urandom(6).hex()}"
    try:
        _stage(staging, files)
        read_corpus(staging)
        _swap(staging, target)
    except OSError as error:
        message = f"cannot be written: {error.strerror or type(error).__name__}"
        raise UnwritableFileError(
            str(target), [Problem(str(target), "", UnwritableFileError.kind, message)]
        ) from None
    finally:
        # Imported here: shutil (with its compression modules) would cost every load of a corpus.
        import shutil  # noqa: PLC0415

        with contextlib.suppress(OSError):
            shutil.rmtree(staging)


def _serialised(corpus: Corpus, *, jsonl: bool) -> dict[str, bytes]:
    """Every file of the corpus directory, by name, manifest last; nothing written yet."""
    files: dict[str, bytes] = {}
    for index, article in enumerate(corpus.articles):
        name = f"{article.id}.txt"
        if len(name.encode("utf-8")) > _NAME_MAX:
            message = f"id of {len(article.id.encode('utf-8'))} bytes is too long for a file name"
            raise InvalidValueError(
                ARTICLES, [Problem(ARTICLES, f"$[{index}].id", InvalidValueError.kind, message)]
            )
        files[f"{DOCUMENTS}/{name}"] = _utf8(article.text, f"{DOCUMENTS}/{name}")
    files[ARTICLES] = _json(
        [{k: v for k, v in converter.unstructure(a).items() if k != "text"} for a in corpus.articles],
        ARTICLES,
    )
    for name in CURATED:
        records = tuple(getattr(corpus, name))
        if jsonl:
            files[f"{name}.jsonl"] = _utf8(converter.dumps_lines(records), f"{name}.jsonl")
        else:
            files[f"{name}.json"] = _json(records, f"{name}.json")
    files[MANIFEST] = _json(corpus.manifest, MANIFEST)
    return files


def _json(value: object, source: str) -> bytes:
    return _utf8(converter.dumps(value, indent=2) + "\n", source)


def _utf8(text: str, source: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:
        message = f"cannot be written as UTF-8: {text[error.start]!r} at offset {error.start}"
        raise EncodingError(source, [Problem(source, "", EncodingError.kind, message)]) from None


def _refuse_replacing_other_files(target: Path) -> None:
    """Raise unless ``target`` is absent, empty, or holds corpus files alone: a save replaces it whole."""
    if not os.path.lexists(target):
        return
    if not target.is_dir():
        message = "is not a directory; a corpus is saved as a directory"
        raise UnsafePathError(str(target), [Problem(str(target), "", UnsafePathError.kind, message)])
    known = {MANIFEST, ARTICLES, ARTICLE_LINES, DOCUMENTS} | {
        f"{name}.{suffix}" for name in CURATED for suffix in ("json", "jsonl")
    }
    foreign = [entry.name for entry in target.iterdir() if entry.name not in known]
    documents = target / DOCUMENTS
    if documents.is_symlink() or (os.path.lexists(documents) and not documents.is_dir()):
        foreign.append(DOCUMENTS)
    elif documents.is_dir():
        foreign += [
            f"{DOCUMENTS}/{entry.name}"
            for entry in documents.iterdir()
            if entry.suffix != ".txt" or entry.is_symlink() or not entry.is_file()
        ]
    if foreign:
        message = "not a corpus file; a save replaces the whole directory, so it refuses to remove it"
        raise UnknownFileError(
            str(target), [Problem(name, "", UnknownFileError.kind, message) for name in foreign]
        )


def _stage(staging: Path, files: dict[str, bytes]) -> None:
    """Write ``files`` into the new directory ``staging``, each flushed to disk, then the folders."""
    # os.mkdir, not tempfile.mkdtemp: the folders get the umask's modes, as the files do.
    staging.mkdir()
    (staging / DOCUMENTS).mkdir()
    for name, content in files.items():
        with (staging / name).open("xb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
    for folder in (staging / DOCUMENTS, staging):
        _fsync_directory(folder)


def _fsync_directory(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _swap(staging: Path, target: Path) -> None:
    """Put ``staging`` in the place of ``target``; what was ``target`` ends at ``staging``."""
    if target.exists():
        aside = target.parent / f".{target.name}.old-{os.urandom(6).hex()}"
        target.rename(aside)
        staging.rename(target)
        aside.rename(staging)
    else:
        staging.rename(target)
    _fsync_directory(target.parent)
