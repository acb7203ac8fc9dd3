"""Every problem of a corpus directory, file by file, for ``japan-nato-corpus validate``.

:func:`japan_nato_corpus.load` stops at the first bad file; a user fixing a corpus
wants the whole list at once, so each file is read on its own and the
cross-file checks of :func:`japan_nato_corpus.check` run once every file reads.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from japan_nato_corpus import converter
from japan_nato_corpus._directory import _TYPES, _read_articles, _read_records, read_corpus
from japan_nato_corpus._files import decode, read_bytes, verified
from japan_nato_corpus.errors import CorpusError, IntegrityError, SchemaError
from japan_nato_corpus.integrity import COLLECTIONS
from japan_nato_corpus.model import Document, Manifest

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

    manifest = attempt(
        lambda: converter.loads(read_bytes(directory, "manifest.json"), Manifest, source="manifest.json")
    )
    if manifest is not None:
        texts = {document.id: attempt(_text_of(directory, document)) for document in manifest.documents}
        if all(text is not None for text in texts.values()):
            attempt(lambda: _read_articles(directory, manifest, texts))  # type: ignore[arg-type]
    for name in COLLECTIONS:
        attempt(lambda name=name: _read_records(directory, name, _TYPES[name]))  # type: ignore[misc]
    if not problems:
        attempt(lambda: read_corpus(directory))
    return problems


def _text_of(directory: Path, document: Document) -> Callable[[], str]:
    return lambda: decode(verified(directory, document.path, document.sha256), document.path)
