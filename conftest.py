"""Every example in ``docs/*.md`` runs under plain ``pytest`` and its shown output is compared.

``>>>`` examples in ```` ```python ```` blocks are doctests; other Python blocks are run.
"""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser

_FLAGS = ELLIPSIS | NORMALIZE_WHITESPACE

pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(doctest_optionflags=_FLAGS), SkipParser()],
    patterns=["*.md"],
    path="docs",
    excludes=["_build/*", "_generated/*"],
).pytest()
