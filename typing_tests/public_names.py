"""A misspelt public name is a type error: the package's names come from ``__init__.pyi``.

Each ``type: ignore`` below must be needed: ``mypy --strict`` warns of an unused one,
so this file passes only while mypy rejects the misspelt names.
"""

import japan_nato_corpus as jnc
from japan_nato_corpus import Corpsu  # type: ignore[attr-defined]  # noqa: F401

jnc.lod()  # type: ignore[attr-defined]
late: jnc.Evnet  # type: ignore[name-defined]

corpus: jnc.Corpus = jnc.load()
