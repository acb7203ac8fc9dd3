"""Writing a corpus as a corpus directory that :func:`~japan_nato_corpus.load` reads back equal."""

import contextlib
import os
import tempfile
from pathlib import Path

from japan_nato_corpus import converter
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import EncodingError
from japan_nato_corpus.storage.layout import ARTICLES, CURATED

__all__ = ["write_corpus"]


def write_corpus(corpus: Corpus, directory: Path, *, jsonl: bool = False) -> None:
    """Write ``corpus`` in the corpus directory layout, replacing its files there.

    Every file is serialised before the first is written (so a record that
    cannot be written leaves the directory as it was), and each is written to a
    temporary file first and then renamed over the old one.
    """
    files = {f"documents/{article.id}.txt": _utf8(article.text, article.id) for article in corpus.articles}
    files["manifest.json"] = _json(corpus.manifest, "manifest.json")
    files[ARTICLES] = _json(
        [{k: v for k, v in converter.unstructure(a).items() if k != "text"} for a in corpus.articles],
        ARTICLES,
    )
    stale = []
    for name in CURATED:
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
