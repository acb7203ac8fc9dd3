"""The exceptions the package raises: one hierarchy rooted in :class:`CorpusError`.

Every error says *what* is wrong and *where*: a file, a line and column, or a
JSON path such as ``$.events[3].date``.
"""

from collections.abc import Sequence

__all__ = [
    "CorpusError",
    "IntegrityError",
    "MissingFileError",
    "ParseError",
    "SchemaError",
    "UnknownIdError",
]


class CorpusError(Exception):
    """Base class of every error this package raises on purpose."""


class ParseError(CorpusError, ValueError):
    """Text that cannot be read as what it should be (an article, a date, an ISO string).

    Attributes:
        reason: What is wrong, in one sentence.
        source: The file or label of the text, if known.
        line: 1-based line of the problem in the text, if known.
        column: 1-based column of the problem in the text, if known.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        self.column = column
        super().__init__(self._message())

    def _message(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where += f":{self.line}" if where else f"line {self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.reason}" if where else self.reason


class _ProblemsError(CorpusError):
    """An error that lists one or more problems found in one file."""

    def __init__(self, file: str, problems: Sequence[str]) -> None:
        self.file = file
        self.problems = tuple(problems)
        shown = "\n  ".join(self.problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{file}: {count} {noun}:\n  {shown}")


class SchemaError(_ProblemsError, ValueError):
    """A corpus file that is not valid JSON or does not match the schema.

    Attributes:
        file: The file that failed, relative to the corpus directory.
        problems: One line per problem, each ending in the JSON path
            (``... @ $.events[3].date``) or the line number.
    """


class IntegrityError(_ProblemsError):
    """A corpus whose files are valid one by one but do not agree with each other.

    Raised for a document whose sha256 differs from the manifest, evidence whose
    quote is not the text at its offsets, references to ids that do not exist,
    and duplicate ids.

    Attributes:
        file: The file that holds the offending records.
        problems: One line per problem, each naming the JSON path.
    """


class MissingFileError(CorpusError, FileNotFoundError):
    """A corpus directory, manifest or document file that does not exist.

    Attributes:
        file: The path that was looked for.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        super().__init__(f"{file}: no such file or directory")

    def __str__(self) -> str:
        return f"{self.file}: no such file or directory"


class UnknownIdError(CorpusError, KeyError):
    """An id that names no record of the collection it was looked up in.

    Attributes:
        id: The id that was asked for.
        kind: What was looked up (``"actor"``, ``"event"`` ...).
        suggestions: Close ids or names, best first, for a "did you mean".
    """

    def __init__(self, id: str, *, kind: str, suggestions: Sequence[str] = ()) -> None:
        self.id = id
        self.kind = kind
        self.suggestions = tuple(suggestions)
        super().__init__(id)

    def __str__(self) -> str:
        message = f"no {self.kind} with id or name {self.id!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        return message
