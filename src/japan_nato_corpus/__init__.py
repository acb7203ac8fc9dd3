"""Japan–NATO relations, 2007–2023: five documents as typed, sourced Python objects.

Start with :func:`load`::

    import japan_nato_corpus as jnc

    corpus = jnc.load()
    corpus.articles[0].headline
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from japan_nato_corpus.corpus import Corpus
    from japan_nato_corpus.dates import (
        DateMatch,
        RelativeMatch,
        find_dates,
        find_relative_dates,
        parse_date,
        resolve_relative,
    )
    from japan_nato_corpus.errors import (
        AmbiguousNameError,
        CorpusError,
        DanglingReferenceError,
        DuplicateIdError,
        DuplicateKeyError,
        EncodingError,
        EvidenceMismatchError,
        FieldValueError,
        HashMismatchError,
        IntegrityError,
        InvalidValueError,
        JSONSyntaxError,
        MissingFieldError,
        MissingFileError,
        NotACorpusError,
        ParseError,
        SchemaError,
        UnknownFieldError,
        UnknownIdError,
        UnsafePathError,
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
        Quote,
        QuoteKind,
        Reading,
        RelativeDate,
        Span,
    )
    from japan_nato_corpus.parse import parse_article
    from japan_nato_corpus.query import Hit
    from japan_nato_corpus.quotes import find_quotes
    from japan_nato_corpus.records import Actors, Agreements, Articles, DateBound, Events, Records
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
    "AmbiguousNameError",
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
    "DanglingReferenceError",
    "DateBound",
    "DateMatch",
    "Document",
    "DuplicateIdError",
    "DuplicateKeyError",
    "EncodingError",
    "Event",
    "EventKind",
    "Events",
    "Evidence",
    "EvidenceMismatchError",
    "FieldValueError",
    "Footnote",
    "HashMismatchError",
    "Hit",
    "IntegrityError",
    "InvalidValueError",
    "JSONSyntaxError",
    "Manifest",
    "Mention",
    "MissingFieldError",
    "MissingFileError",
    "Modality",
    "NotACorpusError",
    "Office",
    "ParseError",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "PloverCategory",
    "Precision",
    "Quote",
    "QuoteKind",
    "Reading",
    "Records",
    "RelativeDate",
    "RelativeMatch",
    "SchemaError",
    "Span",
    "UnknownFieldError",
    "UnknownIdError",
    "UnsafePathError",
    "check",
    "find_dates",
    "find_quotes",
    "find_relative_dates",
    "load",
    "parse_article",
    "parse_date",
    "resolve_relative",
    "save",
]


# Public names are imported on first use (PEP 562), so that importing the
# package costs little beyond attrs and cattrs; type checkers see the imports above.
_LAZY = {
    "DateMatch": "dates",
    "RelativeMatch": "dates",
    "find_dates": "dates",
    "find_relative_dates": "dates",
    "parse_date": "dates",
    "resolve_relative": "dates",
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
    "Actors": "records",
    "Agreements": "records",
    "Articles": "records",
    "Corpus": "corpus",
    "DateBound": "records",
    "Events": "records",
    "Hit": "query",
    "CorpusError": "errors",
    "AmbiguousNameError": "errors",
    "Credit": "model",
    "CreditRole": "model",
    "DanglingReferenceError": "errors",
    "Document": "model",
    "DuplicateIdError": "errors",
    "DuplicateKeyError": "errors",
    "EncodingError": "errors",
    "Event": "model",
    "EventKind": "model",
    "Evidence": "model",
    "EvidenceMismatchError": "errors",
    "FieldValueError": "errors",
    "Footnote": "model",
    "HashMismatchError": "errors",
    "IntegrityError": "errors",
    "InvalidValueError": "errors",
    "JSONSyntaxError": "errors",
    "Manifest": "model",
    "Mention": "model",
    "MissingFieldError": "errors",
    "MissingFileError": "errors",
    "Modality": "model",
    "NotACorpusError": "errors",
    "Office": "model",
    "ParseError": "errors",
    "PartialDate": "model",
    "Participant": "model",
    "ParticipantRole": "model",
    "PloverCategory": "model",
    "Precision": "model",
    "Quote": "model",
    "QuoteKind": "model",
    "Reading": "model",
    "Records": "records",
    "RelativeDate": "model",
    "SchemaError": "errors",
    "Span": "model",
    "UnknownFieldError": "errors",
    "UnknownIdError": "errors",
    "UnsafePathError": "errors",
    "check": "integrity",
    "find_quotes": "quotes",
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
