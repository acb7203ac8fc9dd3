"""The exceptions the package raises: one hierarchy rooted in :class:`CorpusError`.

Every error says *what* is wrong and *where*: a file, a line and column, or a
JSON path such as ``$.events[3].date``. The hierarchy::

    CorpusError
    ├── ArgumentError (ValueError)       an argument value a function does not take
    │   └── ArgumentTypeError (TypeError)  an argument of a type it does not take
    ├── ParseError (ValueError)          text that is not an article, a date ...
    ├── FieldValueError (ValueError)     a record field given a value it may not hold
    ├── SchemaError (ValueError)         one file unreadable as what it should be
    │   ├── EncodingError                not UTF-8
    │   ├── JSONSyntaxError              not JSON
    │   ├── DuplicateKeyError            an object with one key twice
    │   ├── MissingFieldError            a required field absent
    │   ├── UnknownFieldError            a field the schema does not know
    │   └── InvalidValueError            a wrong type or refused value
    ├── IntegrityError                   files that disagree with each other
    │   ├── HashMismatchError            a document unlike its manifest sha256
    │   ├── DuplicateIdError             one id twice in a collection
    │   ├── DanglingReferenceError       an id that names no record
    │   └── EvidenceMismatchError        offsets or quote not the text
    ├── UnsafePathError                  a file resolving outside the corpus
    ├── UnknownFileError                 a file in a corpus directory that is no corpus file
    ├── BrokenLinkError                  a symlink that leads nowhere, or in a loop
    ├── UnreadableFileError (OSError)    a file the system will not let be read
    ├── UnwritableFileError (OSError)    a corpus that could not be written
    ├── TooLargeError                    input past a reader's size limit
    ├── MissingFileError (FileNotFoundError)
    ├── NotACorpusError (NotADirectoryError)
    └── UnknownIdError (KeyError)        a lookup miss
        └── AmbiguousNameError           a name several actors bear, where one is wanted

Each problem is a :class:`Problem` record, with its file, JSON path and kind.
A file or corpus with problems of several kinds raises the nearest class they
share (:class:`SchemaError`, :class:`IntegrityError`) carrying every problem;
problems all of one kind raise that kind's class, so ``except SchemaError``
catches them all.
"""

from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

__all__ = [
    "KINDS",
    "AmbiguousNameError",
    "ArgumentError",
    "ArgumentTypeError",
    "BrokenLinkError",
    "CorpusError",
    "DanglingReferenceError",
    "DuplicateIdError",
    "DuplicateKeyError",
    "EncodingError",
    "EvidenceMismatchError",
    "FieldValueError",
    "HashMismatchError",
    "IntegrityError",
    "InvalidValueError",
    "JSONSyntaxError",
    "MissingFieldError",
    "MissingFileError",
    "NotACorpusError",
    "ParseError",
    "Problem",
    "SchemaError",
    "TooLargeError",
    "UnknownFieldError",
    "UnknownFileError",
    "UnknownIdError",
    "UnreadableFileError",
    "UnsafePathError",
    "UnwritableFileError",
    "error_for",
]


class CorpusError(Exception):
    """Base class of every error this package raises on purpose."""


class ArgumentError(CorpusError, ValueError):
    """An argument given a value the function does not take; the message lists those it does.

    Raised for an unknown ``mode`` or ``scope``, a kind that is no kind's value
    (``of_kind("summit")``), a reversed date range, a phrase with no word.

    Attributes:
        argument: The name of the parameter.
        value: The value it was given.
        choices: The values it takes, when they can be listed; else empty.
    """

    def __init__(
        self, argument: str, value: object, choices: Sequence[object] = (), *, message: str | None = None
    ) -> None:
        self.argument = argument
        self.value = value
        self.choices = tuple(choices)
        if message is None:
            listed = ", ".join(repr(choice) for choice in self.choices)
            message = f"{argument} must be one of {listed}; got {value!r}"
        super().__init__(message)


class ArgumentTypeError(ArgumentError, TypeError):
    """An argument of a type the function does not take (a list where a date belongs)."""


class FieldValueError(CorpusError, ValueError):
    """A value that one field of a record may not hold, refused when the record is built.

    Its message names the field; like attrs' own validators it carries the
    field (an :class:`attrs.Attribute`) as its second argument, so that a loader
    can put the field in the JSON path of the problem.

    Attributes:
        field: The name of the field.
    """

    def __init__(self, message: str, attribute: "attrs.Attribute[Any]") -> None:
        super().__init__(message, attribute)
        self.field = attribute.name

    def __str__(self) -> str:
        return str(self.args[0])


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


@attrs.frozen
class Problem:
    """One thing wrong with a corpus file, as data: what :func:`~japan_nato_corpus.check` returns.

    ``str(problem)`` is the line ``japan-nato-corpus validate`` prints:
    ``events.json $[3].date: expected a date string ...``.

    Attributes:
        file: The file, relative to the corpus directory (or the label of the text read).
        path: Where in the file: a JSON path (``$[3].date``), prefixed with the line
            for JSON Lines (``line 4: $.date``); empty for the file as a whole.
        kind: What kind of problem, one of :data:`KINDS` (``"missing-field"``); each
            kind is the ``kind`` of the error class raised for it.
        message: What is wrong, in one sentence.
    """

    file: str
    path: str
    kind: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file} {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class _ProblemsError(CorpusError):
    """An error that lists one or more problems found in one file or corpus.

    Attributes:
        kind: The kind of problem this class stands for (a class attribute).
        file: The file that failed, or the corpus directory.
        problems: Every problem found, as :class:`Problem` records.
    """

    kind: ClassVar[str] = "corpus"

    def __init__(self, file: str, problems: Sequence[Problem | str]) -> None:
        self.file = file
        self.problems = tuple(
            problem if isinstance(problem, Problem) else Problem(file, "", self.kind, problem)
            for problem in problems
        )
        shown = "\n  ".join(str(problem) for problem in self.problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{file}: {count} {noun}:\n  {shown}")


class SchemaError(_ProblemsError, ValueError):
    """A corpus file that is not valid JSON or does not match the schema.

    Raised as itself when a file has problems of several kinds; each kind alone
    raises one of the subclasses: :class:`EncodingError`, :class:`JSONSyntaxError`,
    :class:`DuplicateKeyError`, :class:`MissingFieldError`,
    :class:`UnknownFieldError`, :class:`InvalidValueError`.

    Attributes:
        file: The file that failed, relative to the corpus directory.
        problems: Every problem, each with its JSON path (``$.events[3].date``)
            or line number.
    """

    kind = "schema"


class EncodingError(SchemaError):
    r"""A file whose bytes are not UTF-8, or whose JSON holds a lone surrogate (``"\ud800"``).

    Each problem names the byte offset and line, or the JSON path of the string.
    """

    kind = "encoding"


class JSONSyntaxError(SchemaError):
    """A file that is not JSON: truncated, misspelt, nested too deeply, ``NaN``, a 5,000-digit number.

    Each problem names the line and column (for JSON Lines, the line of the file).
    """

    kind = "json-syntax"


class DuplicateKeyError(SchemaError):
    """A JSON object that names the same key twice; plain JSON readers keep the last silently."""

    kind = "duplicate-key"


class MissingFieldError(SchemaError):
    """A record without a field it must have; each problem names the record's JSON path."""

    kind = "missing-field"


class UnknownFieldError(SchemaError):
    """A record with a field the schema does not know (a typo, or a newer format)."""

    kind = "unknown-field"


class InvalidValueError(SchemaError):
    """A field of the wrong type (``"3"`` for ``3``) or a value its validator refuses.

    Covers ids that are not slugs (``../../etc/passwd``), unknown enum values,
    malformed dates and spans that do not slice their text.
    """

    kind = "invalid-value"


class IntegrityError(_ProblemsError):
    """A corpus whose files are valid one by one but do not agree with each other.

    Raised as itself when problems of several kinds occur together, carrying
    every one of them (as :func:`japan_nato_corpus.check` lists them); problems
    of one kind raise one of the subclasses: :class:`HashMismatchError`,
    :class:`DuplicateIdError`, :class:`DanglingReferenceError`,
    :class:`EvidenceMismatchError`.

    Attributes:
        file: The file that holds the offending records, or the corpus directory
            when the problems span several files.
        problems: Every problem, each naming its file and JSON path.
    """

    kind = "integrity"


class HashMismatchError(IntegrityError):
    """A document whose bytes' sha256 is not the one ``manifest.json`` records."""

    kind = "hash-mismatch"


class DuplicateIdError(IntegrityError):
    """Two records of one collection (or two manifest documents) with the same id."""

    kind = "duplicate-id"


class DanglingReferenceError(IntegrityError):
    """A reference to an actor, event or article that the corpus does not hold.

    Also raised for an article without a document in the manifest, and a
    document without its article in ``articles.json``.
    """

    kind = "dangling-reference"


class EvidenceMismatchError(IntegrityError):
    """Evidence whose offsets fall outside its document or whose quote is not the text there."""

    kind = "evidence-mismatch"


class UnsafePathError(_ProblemsError):
    """A corpus file that resolves outside the corpus directory (a symlink, or ``..`` in a name).

    Nothing outside the directory is read.

    Attributes:
        file: The offending name, relative to the corpus directory.
        problems: Where it leads, in one line.
    """

    kind = "unsafe-path"


class UnknownFileError(_ProblemsError):
    """A file in a corpus directory that is no corpus file (``agreement.json``, ``Events.json``).

    :func:`~japan_nato_corpus.load` refuses it rather than leave a misspelt
    collection out silently; ``load(path, unknown_files="ignore")`` reads the
    corpus anyway.

    Attributes:
        file: The corpus directory.
        problems: One per unknown file.
    """

    kind = "unknown-file"


class BrokenLinkError(_ProblemsError):
    """A corpus file that is a symlink leading nowhere, or round in a loop.

    Loading it as absent would lose a collection silently.

    Attributes:
        file: The link, relative to the corpus directory.
        problems: Why it cannot be followed.
    """

    kind = "broken-link"


class UnreadableFileError(_ProblemsError, OSError):
    """A corpus file or directory the system will not let be read (no permission, an I/O error).

    Attributes:
        file: The file, relative to the corpus directory.
        problems: What the system said.
    """

    kind = "unreadable-file"


class UnwritableFileError(_ProblemsError, OSError):
    """A corpus that :func:`~japan_nato_corpus.save` could not write (a full disk, no permission).

    The target directory is left as it was.

    Attributes:
        file: The directory being written.
        problems: What the system said.
    """

    kind = "unwritable-file"


class TooLargeError(_ProblemsError):
    """Input longer than a reader takes: a file or text past 256 MiB.

    Refused before it is read whole, so a huge file costs no memory.

    Attributes:
        file: The file or label of the text.
        problems: Its size and the limit.
    """

    kind = "too-large"


KINDS: dict[str, type[_ProblemsError]] = {
    cls.kind: cls
    for cls in (
        SchemaError,
        EncodingError,
        JSONSyntaxError,
        DuplicateKeyError,
        MissingFieldError,
        UnknownFieldError,
        InvalidValueError,
        IntegrityError,
        HashMismatchError,
        DuplicateIdError,
        DanglingReferenceError,
        EvidenceMismatchError,
        UnsafePathError,
        UnknownFileError,
        BrokenLinkError,
        UnreadableFileError,
        UnwritableFileError,
        TooLargeError,
    )
}
"""Every kind of :class:`Problem`, with the error class raised for it."""


def error_for(file: str, problems: Sequence[Problem]) -> _ProblemsError:
    """The error carrying ``problems``: of the most specific class that every problem's kind is.

    A file whose problems are all missing fields raises :class:`MissingFieldError`;
    one with missing and unknown fields raises their shared :class:`SchemaError`.
    """
    classes = [KINDS[problem.kind] for problem in problems]
    shared = next(
        cls
        for cls in classes[0].__mro__
        if issubclass(cls, _ProblemsError) and all(issubclass(other, cls) for other in classes)
    )
    return shared(file, problems)


class MissingFileError(CorpusError, FileNotFoundError):
    """A corpus directory, manifest or document file that does not exist.

    Attributes:
        file: The path that was looked for.
        hint: What the absence suggests, if anything (an empty directory).
    """

    def __init__(self, file: str, *, hint: str = "") -> None:
        self.file = file
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        message = f"{self.file}: no such file or directory"
        return f"{message} ({self.hint})" if self.hint else message


class NotACorpusError(CorpusError, NotADirectoryError):
    """A path given to :func:`~japan_nato_corpus.load` that is a file, not a corpus directory.

    Attributes:
        file: The path that was given.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.file}: is a file, not a corpus directory (one holding manifest.json)"


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


class AmbiguousNameError(UnknownIdError):
    """A name that several records bear, looked up where exactly one is wanted.

    Filters such as :meth:`~japan_nato_corpus.records.Events.involving` take a
    shared name to mean all its bearers; :meth:`~japan_nato_corpus.records.Actors.find`
    and :meth:`~japan_nato_corpus.records.Actors.resolve` need one, so they raise
    this, naming the candidates' ids in ``suggestions``.
    """

    def __str__(self) -> str:
        candidates = ", ".join(repr(s) for s in self.suggestions)
        return f"several {self.kind}s are called {self.id!r}: {candidates}; give an id"
