"""The typed records of the corpus.

Every record is an immutable, slotted :mod:`attrs` class with keyword-only
arguments. Collections inside records are tuples. Offsets are half-open
character offsets into a document's raw text: ``text[start:end] == quote``.
"""

import importlib
from typing import TYPE_CHECKING, Any

from japan_nato_corpus.model._actor import Actor, ActorKind, Alias, Mention, Office
from japan_nato_corpus.model._event import (
    PLOVER_CONTEXTS,
    Event,
    EventKind,
    Modality,
    Participant,
    ParticipantRole,
    PloverCategory,
)
from japan_nato_corpus.model._fields import REFERS_TO as _REFERS_TO
from japan_nato_corpus.model._manifest import Document, Manifest
from japan_nato_corpus.model._provenance import Conflict, Evidence, Reading, Span
from japan_nato_corpus.model._time import PartialDate, Precision, RelativeDate

if TYPE_CHECKING:
    from japan_nato_corpus.model._agreement import Agreement, AgreementKind
    from japan_nato_corpus.model._article import (
        Article,
        Boilerplate,
        BoilerplateKind,
        Caption,
        Comment,
        Credit,
        CreditRole,
        Footnote,
    )
    from japan_nato_corpus.model._quote import Quote, QuoteKind

# The records a first answer about actors and events does not need, by their module: each
# module is imported when one of its names is first asked for (PEP 562), since making attrs
# classes is most of the time of importing the records.
_ON_DEMAND = {
    "Agreement": "_agreement",
    "AgreementKind": "_agreement",
    "Article": "_article",
    "Boilerplate": "_article",
    "BoilerplateKind": "_article",
    "Caption": "_article",
    "Comment": "_article",
    "Credit": "_article",
    "CreditRole": "_article",
    "Footnote": "_article",
    "Quote": "_quote",
    "QuoteKind": "_quote",
}

__all__ = [
    "PLOVER_CONTEXTS",
    "REFERS_TO",
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementKind",
    "Alias",
    "Article",
    "Boilerplate",
    "BoilerplateKind",
    "Caption",
    "Comment",
    "Conflict",
    "Credit",
    "CreditRole",
    "Document",
    "Event",
    "EventKind",
    "Evidence",
    "Footnote",
    "Manifest",
    "Mention",
    "Modality",
    "Office",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "PloverCategory",
    "Precision",
    "Quote",
    "QuoteKind",
    "Reading",
    "RelativeDate",
    "Span",
]

REFERS_TO = _REFERS_TO
"""Field metadata key: the corpus collection (``"actors"`` ...) whose ids the field holds."""


def __getattr__(name: str) -> Any:  # noqa: ANN401 - type checkers read the imports above
    module = _ON_DEMAND.get(name)
    if module is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_ON_DEMAND})
