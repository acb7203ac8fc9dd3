"""Japan–NATO relations, 2007–2023: five documents as typed, sourced Python objects.

Start with :func:`load`::

    import japan_nato_corpus as jnc

    corpus = jnc.load()
    corpus.articles[0].headline
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from japan_nato_corpus.corpus import Actors, Agreements, Articles, Corpus, Events, Records
    from japan_nato_corpus.errors import (
        CorpusError,
        IntegrityError,
        MissingFileError,
        ParseError,
        SchemaError,
        UnknownIdError,
    )
    from japan_nato_corpus.integrity import check
    from japan_nato_corpus.model import (
        Actor,
        ActorKind,
        Agreement,
        AgreementKind,
        Alias,
        Article,
        Boilerplate,
        BoilerplateKind,
        Caption,
        Comment,
        Conflict,
        Credit,
        CreditRole,
        Document,
        Event,
        EventKind,
        Evidence,
        Footnote,
        Manifest,
        Mention,
        Modality,
        Office,
        PartialDate,
        Participant,
        ParticipantRole,
        PloverCategory,
        Precision,
        Reading,
        RelativeDate,
        Span,
    )
    from japan_nato_corpus.parse import parse_article
    from japan_nato_corpus.query import Hit
    from japan_nato_corpus.storage import load, save

CORPUS_VERSION = "2026.1"
"""The version of the bundled data; it changes apart from the package version."""

__all__ = [
    "CORPUS_VERSION",
    "Actor",
    "ActorKind",
    "Actors",
    "Agreement",
    "AgreementKind",
    "Agreements",
    "Alias",
    "Article",
    "Articles",
    "Boilerplate",
    "BoilerplateKind",
    "Caption",
    "Comment",
    "Conflict",
    "Corpus",
    "CorpusError",
    "Credit",
    "CreditRole",
    "Document",
    "Event",
    "EventKind",
    "Events",
    "Evidence",
    "Footnote",
    "Hit",
    "IntegrityError",
    "Manifest",
    "Mention",
    "MissingFileError",
    "Modality",
    "Office",
    "ParseError",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "PloverCategory",
    "Precision",
    "Reading",
    "Records",
    "RelativeDate",
    "SchemaError",
    "Span",
    "UnknownIdError",
    "check",
    "load",
    "parse_article",
    "save",
]


# Public names are imported on first use (PEP 562), so that importing the
# package costs little beyond attrs and cattrs; type checkers see the imports above.
_LAZY = {
    "Actor": "model",
    "ActorKind": "model",
    "Agreement": "model",
    "AgreementKind": "model",
    "Alias": "model",
    "Article": "model",
    "Boilerplate": "model",
    "BoilerplateKind": "model",
    "Caption": "model",
    "Comment": "model",
    "Conflict": "model",
    "Actors": "corpus",
    "Agreements": "corpus",
    "Articles": "corpus",
    "Corpus": "corpus",
    "Events": "corpus",
    "Hit": "query",
    "CorpusError": "errors",
    "Credit": "model",
    "CreditRole": "model",
    "Document": "model",
    "Event": "model",
    "EventKind": "model",
    "Evidence": "model",
    "Footnote": "model",
    "IntegrityError": "errors",
    "Manifest": "model",
    "Mention": "model",
    "MissingFileError": "errors",
    "Modality": "model",
    "Office": "model",
    "ParseError": "errors",
    "PartialDate": "model",
    "Participant": "model",
    "ParticipantRole": "model",
    "PloverCategory": "model",
    "Precision": "model",
    "Reading": "model",
    "Records": "corpus",
    "RelativeDate": "model",
    "SchemaError": "errors",
    "Span": "model",
    "UnknownIdError": "errors",
    "check": "integrity",
    "load": "storage",
    "parse_article": "parse",
    "save": "storage",
}


def __getattr__(name: str) -> Any:  # noqa: ANN401
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - costly; only when asked

        return version("japan-nato-corpus")
    module = _LAZY.get(name)
    if module is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
