r"""Strict JSON: the one reader of JSON and JSON Lines text behind every public reader.

Nothing here lets hostile JSON through as anything but a typed error: bytes
that are not UTF-8, text past :data:`MAX_BYTES`, truncated or misspelt text,
nesting deep enough to exhaust the stack, ``NaN``, numbers too long to convert,
keys given twice (plain :func:`json.loads` keeps the last silently) and lone
surrogates (which would make the corpus impossible to save as UTF-8).

JSON Lines are split on ``\\n`` alone: :meth:`str.splitlines` would also split
at U+2028, U+2029, U+0085 and other separators that JSON allows raw inside a
string, breaking the line and its number. The writer escapes them anyway, so
that other readers split our lines right too.
"""

import collections
import json
import re
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

from japan_nato_corpus.errors import (
    DuplicateKeyError,
    EncodingError,
    JSONSyntaxError,
    Problem,
    TooLargeError,
)

__all__ = [
    "KEYS",
    "MAX_BYTES",
    "build_lines",
    "decode",
    "dump_line",
    "lines",
    "parse_json",
    "parse_json_fast",
    "refuse_oversize",
    "values_fast",
]

MAX_BYTES = 256 * 1024 * 1024
"""The longest file or text any reader takes (256 MiB); longer input raises :class:`TooLargeError`."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# Line breaks of Unicode that JSON allows raw in strings; written escaped, so a line stays a line.
# (json.dumps escapes the others, the control characters below U+0020, itself.)
_SEPARATORS = re.compile("[\u2028\u2029\u0085]")


def refuse_oversize(size: int, source: str, *, unit: str = "bytes") -> None:
    """Raise if ``size`` (bytes, or the characters of a text) is past :data:`MAX_BYTES`.

    Raises:
        TooLargeError: It is.
    """
    if size > MAX_BYTES:
        message = f"{size:,} {unit} is past the limit of {MAX_BYTES:,}"
        raise TooLargeError(source, [Problem(source, "", TooLargeError.kind, message)])


def decode(raw: bytes, source: str) -> str:
    """``raw`` as UTF-8 text.

    Raises:
        EncodingError: The bytes are not UTF-8; names the offset and line.
        TooLargeError: ``raw`` is past :data:`MAX_BYTES`.
    """
    refuse_oversize(len(raw), source)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8: byte {raw[error.start]:#04x} at offset {error.start} (line {line})"
        raise EncodingError(source, [Problem(source, f"line {line}", EncodingError.kind, message)]) from None


def lines(text: str) -> Iterator[tuple[int, str]]:
    r"""Every non-blank line of JSON Lines ``text`` with its 1-based number, split on ``\\n`` alone."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


def dump_line(value: object) -> str:
    r"""One compact JSON Lines line (ending in ``\\n``) for a plain JSON value, UTF-8 kept as is.

    Unicode line separators are escaped (``\\u2028``), so that no reader,
    however it splits lines, breaks the record.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return _SEPARATORS.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"


class _Keys(dict[str, Any]):
    """A JSON object that had a key more than once; remembers which."""

    repeated: tuple[str, ...] = ()


def _object_hook(flagged: list[bool]) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """An ``object_pairs_hook`` that marks objects with repeated keys and flags that it met one."""

    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        marked = _Keys(result)
        counts = collections.Counter(key for key, _ in pairs)
        marked.repeated = tuple(key for key, count in counts.items() if count > 1)
        flagged.append(True)
        return marked

    return build


def _constant(name: str) -> Any:  # noqa: ANN401 - never returns
    msg = f"{name} is not JSON"
    raise ValueError(msg)


class _NotJSON(str):
    """``NaN``, ``Infinity`` or ``-Infinity`` where the strict reader met it: found after, by its path."""

    __slots__ = ()


def parse_json(text: str, source: str, *, line: int | None = None) -> Any:  # noqa: ANN401 - any JSON value
    """The JSON value in ``text``, refusing what :func:`json.loads` lets through.

    Args:
        text: One JSON document.
        source: The file name to put in errors.
        line: The line ``text`` is in the file, for JSON Lines.

    Raises:
        JSONSyntaxError: Not JSON, nested too deeply, ``NaN`` or ``Infinity``,
            or a number too long to convert.
        DuplicateKeyError: An object names a key twice; names its JSON path.
        EncodingError: A string holds a lone surrogate; names its JSON path.
        TooLargeError: ``text`` is past :data:`MAX_BYTES`.
    """
    refuse_oversize(len(text), source, unit="characters")
    root = "$" if line is None else f"line {line}: $"
    where = "" if line is None else f"line {line}"

    def syntax(message: str, at: str = where) -> JSONSyntaxError:
        return JSONSyntaxError(
            source, [Problem(source, at, JSONSyntaxError.kind, f"invalid JSON: {message}")]
        )

    try:
        flagged: list[bool] = []
        constants: list[str] = []

        def constant(name: str) -> _NotJSON:
            constants.append(name)
            return _NotJSON(name)

        value = json.loads(text, object_pairs_hook=_object_hook(flagged), parse_constant=constant)
    except json.JSONDecodeError as error:
        at = f"line {error.lineno} column {error.colno}" if line is None else f"column {error.colno}"
        msg = f"{error.msg} at {at}"
        # The line of the fault is its place, as a JSON Lines line is: a whole document's too.
        raise syntax(msg, f"line {line or error.lineno}") from None
    except RecursionError:
        raise syntax("nested too deeply") from None
    except ValueError as error:
        # A number too long to convert: found again, by its JSON path.
        located = [
            Problem(source, path, JSONSyntaxError.kind, f"invalid JSON: {error}")
            for path in _long_numbers(text, root)
        ]
        raise JSONSyntaxError(source, located) if located else syntax(str(error)) from None
    if constants:
        # Each is reported at its JSON path, as a key given twice is.
        raise JSONSyntaxError(
            source,
            [
                Problem(source, path, JSONSyntaxError.kind, f"invalid JSON: {part} is not JSON")
                for path, part in _walk(value, root)
                if type(part) is _NotJSON
            ],
        )
    if flagged:
        raise DuplicateKeyError(
            source,
            [
                Problem(source, path, DuplicateKeyError.kind, f"duplicate key {key!r}")
                for path, part in _walk(value, root)
                if isinstance(part, _Keys)
                for key in part.repeated
            ],
        )
    if _SURROGATE_ESCAPE.search(text):
        lone = [
            Problem(source, path, EncodingError.kind, f"lone surrogate {match.group()!r} is not UTF-8")
            for path, part in _walk(value, root)
            if isinstance(part, str) and (match := _SURROGATE.search(part))
        ]
        if lone:
            raise EncodingError(source, lone)
    return value


class _LongNumber(str):
    """The digits of an integer too long to convert, kept as text to find its place."""

    __slots__ = ()


def _long_numbers(text: str, root: str) -> list[str]:
    """The JSON path of every integer in ``text`` too long to convert (``text`` read again to find them)."""
    limit = sys.get_int_max_str_digits()

    def integer(digits: str) -> object:
        return _LongNumber(digits) if limit and len(digits.lstrip("-")) > limit else 0

    try:
        value = json.loads(text, parse_int=integer, parse_constant=str)
    except (ValueError, RecursionError):
        return []
    return [path for path, part in _walk(value, root) if type(part) is _LongNumber]


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        msg = "duplicate key"
        raise ValueError(msg)
    return result


# One decoder for every fast read: json.loads with options builds a new one per call.
_FAST = json.JSONDecoder(object_pairs_hook=_unique_keys, parse_constant=_constant)
_scan = _FAST.scan_once  # type: ignore[attr-defined] # set by JSONDecoder.__init__, not in its stub
# Objects as dicts built in C, with no duplicate-key check of their own: see build_lines.
_PLAIN = json.JSONDecoder(parse_constant=_constant)
_scan_plain = _PLAIN.scan_once  # type: ignore[attr-defined]


KEYS = [0]
"""``KEYS[0]``: how many keys the counting record builders met in the line being built.

Only :func:`build_lines` runs counting builders, one thread at a time (it holds
``_COUNTING``), so no other thread's count is mixed in."""

_COUNTING = threading.Lock()
_JSON_SPACE = " \t\n\r"


def _value_fast(text: str) -> Any:  # noqa: ANN401 - any JSON value
    """The JSON value in ``text``, surrogate escapes already ruled out; else raises ``ValueError``."""
    try:
        value, end = _scan(text, 0)
    except StopIteration:
        # Leading white space, or not JSON at all: the decoder's own reading decides.
        return _FAST.decode(text)
    if end != len(text) and text[end:].strip(_JSON_SPACE):
        msg = "extra data"
        raise ValueError(msg)
    return value


def parse_json_fast(text: str) -> Any:  # noqa: ANN401 - any JSON value
    """The JSON value in ``text`` if :func:`parse_json` would accept it; else raises ``ValueError``.

    For bulk reading: no error bookkeeping, so a caller that meets an error reads
    the text again with :func:`parse_json` to say where.
    """
    if _SURROGATE_ESCAPE.search(text):
        msg = "may hold a lone surrogate"
        raise ValueError(msg)
    return _value_fast(text)


def values_fast(text: str) -> Iterator[Any]:
    """The JSON value of each line :func:`lines` yields, if :func:`parse_json` accepts every one.

    Raises ``ValueError`` (or ``RecursionError``) at the first line it would not:
    for bulk reading, as :func:`parse_json_fast`, but the text is searched for
    surrogate escapes once, not line by line.
    """
    each = parse_json_fast if _SURROGATE_ESCAPE.search(text) else _value_fast
    for line in text.split("\n"):
        if line.strip():
            yield each(line)


def build_lines(text: str, build: Callable[[Any], Any]) -> list[Any]:
    """``build`` of the JSON value of each line :func:`lines` yields, if :func:`parse_json` accepts every one.

    ``build`` adds the number of keys of every object it takes to ``KEYS[0]``
    (a builder that counts fewer only costs a second reading of the line).

    :func:`values_fast` and the building of each value fused into one loop, for
    the bulk reader: each line's value is built as soon as it is read, so no
    more than one line's plain values are alive at once. Raises ``ValueError``
    (or whatever ``build`` raises) at the first line it would not accept.
    """
    if _SURROGATE_ESCAPE.search(text):
        return [build(value) for value in values_fast(text)]
    # A key given twice is caught without a Python call per object: every key is followed by a
    # colon outside any string, so a line holds at least as many colons as keys, and a key given
    # twice leaves its object with one key fewer than the line gave. ``build`` counts the keys it
    # meets into KEYS[0]; a line with as many colons as that gave every key once. A line with
    # more (a colon in a string, a key twice, an object no builder counted) is read again with
    # the duplicate-key hook, which refuses a key given twice.
    with _COUNTING:
        return _build_counted(text, build)


def _build_counted(text: str, build: Callable[[Any], Any]) -> list[Any]:
    scan, built, keys = _scan_plain, [], KEYS
    for line in text.split("\n"):
        keys[0] = 0
        try:
            value, end = scan(line, 0)
        except StopIteration:
            # A blank line, leading white space, or no JSON: the decoder's own reading decides.
            if not line.strip():
                continue
            value, end = _FAST.decode(line), len(line)
        if end != len(line) and line[end:].strip(_JSON_SPACE):
            msg = "extra data"
            raise ValueError(msg)
        record = build(value)
        if line.count(":") != keys[0]:
            _value_fast(line)
        built.append(record)
    return built


def _walk(value: object, path: str) -> Iterator[tuple[str, object]]:
    """Every value nested in a JSON value, with its JSON path; keys count as values of their object."""
    # An explicit stack: the value may be nested as deeply as the parser allows.
    stack = [(path, value)]
    while stack:
        here, part = stack.pop()
        yield here, part
        if isinstance(part, dict):
            stack += [(here, key) for key in part]
            stack += [(f"{here}.{key}", item) for key, item in reversed(part.items())]
        elif isinstance(part, list):
            stack += [(f"{here}[{index}]", item) for index, item in reversed(list(enumerate(part)))]
