"""Modules of the package that a first answer does not need, imported on first use.

A module that uses another only in some of its functions (the exports, the
name matching of running text, the strict converter) names it twice: once
under ``TYPE_CHECKING``, which type checkers read and the import-graph test
counts, and once as a :class:`LazyModule`, which imports it when a function
first asks it for a name::

    if TYPE_CHECKING:
        from japan_nato_corpus import export
    else:
        export = LazyModule("japan_nato_corpus.export")

This is the package face's own way (PEP 562: a name's module is imported on
first use) for modules inside the package.
"""

import importlib
from typing import Any

__all__ = ["LazyModule"]


class LazyModule:
    """Stands for the module ``name``: the first attribute asked of it imports the module.

    Importing is thread-safe (the import system locks each module), and every
    attribute is read from the module itself, so it is the one module object.

    Args:
        name: The module's full name (``"japan_nato_corpus.export"``).
    """

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:  # noqa: ANN401 - type checkers read the real module
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<LazyModule {self._name!r}>"
