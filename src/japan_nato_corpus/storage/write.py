"""Writing a corpus as a corpus directory that :func:`~japan_nato_corpus.load` reads back equal.

A save is all or nothing. The corpus is written whole into a new sibling of the
target (``.<name>.saving-<pid>-<random>``), every file and folder flushed to disk
with ``fsync``, and read back with :func:`~japan_nato_corpus.load`'s own reader;
only then is it swapped in with one rename. Killed at any moment, a save
leaves the target as it was or as it is meant to be; at worst a staging sibling
remains beside it. The swap is two renames (the old directory aside, the new
one into its place), so for an instant between them the target is absent:
:func:`~japan_nato_corpus.load` then refuses it with
:class:`~japan_nato_corpus.errors.MissingFileError`, and the old corpus waits
whole beside it as ``.<name>.old-<pid>-<random>``; never is a directory half-written.

A save holds an exclusive :func:`fcntl.flock` on each such sibling while it
exists, and after a successful swap removes the siblings an earlier save of
the same target left behind, but only those that are provably stale: a real
directory (no link), named by this module's pattern for this target, whose
process is gone and whose lock it can take. On systems without ``flock``
(Windows) nothing is removed.
"""

import contextlib
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from japan_nato_corpus._lazy import LazyModule
from japan_nato_corpus._paths import NAME_MAX
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

if TYPE_CHECKING:
    from japan_nato_corpus import converter
else:
    # For writing alone: loading the bundled corpus needs no converter.
    converter = LazyModule("japan_nato_corpus.converter")

if sys.platform != "win32":
    import fcntl

__all__ = ["write_corpus"]


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
    staging = _sibling(target, "saving")
    try:
        with contextlib.ExitStack() as locks:
            _stage(staging, files, locks)
            read_corpus(staging)
            _swap(staging, target, locks)
        _remove_stale_siblings(target)
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
        if len(name.encode("utf-8")) > NAME_MAX:
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


def _sibling(target: Path, role: str) -> Path:
    """A new name beside ``target`` for a save's ``role`` ("saving" or "old"), naming this process."""
    return target.parent / f".{target.name}.{role}-{os.getpid()}-{os.urandom(6).hex()}"


def _stage(staging: Path, files: dict[str, bytes], locks: contextlib.ExitStack) -> None:
    """Write ``files`` into the new directory ``staging``, each flushed to disk, then the folders."""
    # os.mkdir, not tempfile.mkdtemp: the folders get the umask's modes, as the files do.
    staging.mkdir()
    locks.enter_context(_locked(staging))
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


def _swap(staging: Path, target: Path, locks: contextlib.ExitStack) -> None:
    """Put ``staging`` in the place of ``target``; what was ``target`` ends at ``staging``."""
    if target.exists():
        aside = _sibling(target, "old")
        locks.enter_context(_locked(target))
        target.rename(aside)
        staging.rename(target)
        aside.rename(staging)
    else:
        staging.rename(target)
    _fsync_directory(target.parent)


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``directory`` (it follows the directory through renames)."""
    if sys.platform == "win32":  # pragma: no cover - no flock; nothing is ever removed there
        yield
        return
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(descriptor)


def _remove_stale_siblings(target: Path) -> None:
    """Remove what earlier saves of ``target`` left behind when killed, if provably stale."""
    if sys.platform == "win32":  # pragma: no cover - without flock, staleness cannot be proved
        return
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(?:saving|old)-(\d+)-[0-9a-f]{{12}}")
    for entry in target.parent.iterdir():
        found = pattern.fullmatch(entry.name)
        if found is None or _process_lives(int(found.group(1))):
            continue
        with contextlib.suppress(OSError):
            _remove_if_unlocked(entry)


def _process_lives(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def _remove_if_unlocked(entry: Path) -> None:
    """Remove the directory ``entry`` if no process holds its lock; never follow a link."""
    if sys.platform == "win32":  # pragma: no cover - see _remove_stale_siblings
        return
    descriptor = os.open(entry, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        if not stat.S_ISDIR(os.fstat(descriptor).st_mode):  # pragma: no cover - O_DIRECTORY ensures it
            return
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        import shutil  # noqa: PLC0415 - as in write_corpus: not on the load path

        shutil.rmtree(entry)
    finally:
        os.close(descriptor)
