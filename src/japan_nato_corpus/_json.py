"""Strict JSON: the one reader of JSON and JSON Lines text behind every public reader.

Nothing here lets hostile JSON through as anything but a typed error: bytes
that are not UTF-8, truncated or misspelt text, nesting deep enough to exhaust
the stack, ``NaN``, numbers too long to convert, keys given twice (plain
:func:`json.loads` keeps the last silently) and lone surrogates (which would
make the corpus impossible to save as UTF-8).
"""

import collections
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from japan_nato_corpus.errors import DuplicateKeyError, EncodingError, JSONSyntaxError

__all__ = ["decode", "parse_json"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def decode(raw: bytes, source: str) -> str:
    """``raw`` as UTF-8 text.

    Raises:
        EncodingError: The bytes are not UTF-8; names the offset and line.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        problem = f"not UTF-8: byte {raw[error.start]:#04x} at offset {error.start} (line {line})"
        raise EncodingError(source, [problem]) from None


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


def parse_json(text: str, source: str, *, where: str = "") -> Any:  # noqa: ANN401 - any JSON value
    """The JSON value in ``text``, refusing what :func:`json.loads` lets through.

    Args:
        text: One JSON document.
        source: The file name to put in errors.
        where: Where ``text`` stands in the file (``"line 3"`` for JSON Lines).

    Raises:
        JSONSyntaxError: Not JSON, nested too deeply, ``NaN`` or ``Infinity``,
            or a number too long to convert.
        DuplicateKeyError: An object names a key twice; names its JSON path.
        EncodingError: A string holds a lone surrogate; names its JSON path.
    """
    prefix = f"{where}: " if where else ""
    try:
        flagged: list[bool] = []
        value = json.loads(text, object_pairs_hook=_object_hook(flagged), parse_constant=_constant)
    except json.JSONDecodeError as error:
        line = f"line {error.lineno} column {error.colno}" if not where else f"column {error.colno}"
        raise JSONSyntaxError(source, [f"{prefix}invalid JSON: {error.msg} at {line}"]) from None
    except RecursionError:
        raise JSONSyntaxError(source, [f"{prefix}invalid JSON: nested too deeply"]) from None
    except ValueError as error:
        raise JSONSyntaxError(source, [f"{prefix}invalid JSON: {error}"]) from None
    repeated = (
        [
            f"duplicate key {key!r} @ {prefix}{path}"
            for path, part in _walk(value, "$")
            if isinstance(part, _Keys)
            for key in part.repeated
        ]
        if flagged
        else []
    )
    if repeated:
        raise DuplicateKeyError(source, repeated)
    if _SURROGATE_ESCAPE.search(text):
        lone = [
            f"lone surrogate {match.group()!r} is not UTF-8 @ {prefix}{path}"
            for path, part in _walk(value, "$")
            if isinstance(part, str) and (match := _SURROGATE.search(part))
        ]
        if lone:
            raise EncodingError(source, lone)
    return value


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
