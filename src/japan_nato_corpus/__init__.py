"""Japan–NATO relations, 2007–2023: five documents as typed, sourced Python objects.

Start with :func:`load`::

    import japan_nato_corpus as jnc

    corpus = jnc.load()
    corpus.articles[0].headline
"""

# The public names are listed once, in __init__.pyi: type checkers read it instead
# of this file, and this file reads it on the first public name asked for, then
# imports that name's module (PEP 562). So importing the package reads nothing and
# costs little beyond attrs and cattrs; a misspelt name is a type error.
import functools
import importlib
import os
import re
import threading
import typing

CORPUS_VERSION = "2026.3"
"""The version of the bundled data; it changes apart from the package version."""

_lock = threading.Lock()


# One line of the stub, ``from .module import Name as Name``; tests check it reads as ast would.
_STUB_LINE = re.compile(r"^from \.(?P<module>[\w.]+) import (?P<name>\w+) as (?P=name)$", re.MULTILINE)


@functools.cache
def _public() -> dict[str, str]:
    """Each public name, and the module (relative to the package) that defines it, from the stub."""
    # Read with a plain open and a regex: importlib.resources and ast would double the import time.
    with open(os.path.join(os.path.dirname(__file__), "__init__.pyi"), encoding="utf-8") as stub:  # noqa: PTH118, PTH120, PTH123
        return {match["name"]: match["module"] for match in _STUB_LINE.finditer(stub.read())}


def __getattr__(name: str) -> typing.Any:  # noqa: ANN401 - type checkers read __init__.pyi
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - costly; only when asked

        return version("japan-nato-corpus")
    if name == "__all__":
        value: typing.Any = sorted(["CORPUS_VERSION", *_public()])
        globals()[name] = value
        return value
    module = _public().get(name)
    if module is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    with _lock:
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(["CORPUS_VERSION", *_public()])
