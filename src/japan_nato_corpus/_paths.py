"""Paths a user gives, checked before the system is asked about them.

The system refuses a path holding a NUL byte with :class:`ValueError`, one that
cannot be encoded with :class:`UnicodeEncodeError`, and a name or path longer
than it takes with ``ENAMETOOLONG``; this says so with one of our errors first.
"""

import os
from pathlib import Path

from japan_nato_corpus.errors import ArgumentError, ArgumentTypeError

__all__ = ["NAME_MAX", "PATH_MAX", "user_path"]

NAME_MAX = 255
"""The longest file name, in bytes, that common file systems (ext4, APFS, NTFS) take."""

PATH_MAX = 4095
"""The longest path, in bytes, that Linux takes (``PATH_MAX`` less its NUL)."""


def user_path(value: str | os.PathLike[str], *, argument: str) -> Path:
    """``value`` as a :class:`~pathlib.Path`, if a system could open it.

    Args:
        value: The path given.
        argument: The argument's name, for the error.

    Raises:
        ArgumentError: The path holds a NUL byte or a character the file system
            encoding cannot write, or a name or the whole is too long.
        ArgumentTypeError: ``value`` is no path (``None``, a number, bytes).
    """
    if not isinstance(value, str | os.PathLike) or not isinstance(os.fspath(value), str):
        message = f"{argument}: expected a str or os.PathLike path, got {type(value).__name__} {value!r:.40}"
        raise ArgumentTypeError(argument, value, message=message)
    path = Path(value)
    try:
        encoded = os.fsencode(path)
    except UnicodeEncodeError as error:
        message = f"{argument}: {error.object[error.start]!r} cannot be written in a file name"
        raise ArgumentError(argument, value, message=message) from None
    if b"\0" in encoded:
        message = f"{argument}: a path cannot hold a NUL byte, got {os.fspath(value)!r}"
        raise ArgumentError(argument, value, message=message)
    longest = max((len(os.fsencode(part)) for part in path.parts), default=0)
    if longest > NAME_MAX or len(encoded) > PATH_MAX:
        message = (
            f"{argument}: too long for a path ({len(encoded):,} bytes, longest name {longest:,}; "
            f"the limits are {PATH_MAX:,} and {NAME_MAX:,})"
        )
        raise ArgumentError(argument, value, message=message)
    return path
