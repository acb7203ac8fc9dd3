"""The typed records of the corpus.

Every record is an immutable, slotted :mod:`attrs` class with keyword-only
arguments. Collections inside records are tuples. Offsets are half-open
character offsets into a document's raw text: ``text[start:end] == quote``.
"""

from japan_nato_corpus.model._actor import Actor, ActorKind, Alias, Mention, Office
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
from japan_nato_corpus.model._event import (
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
from japan_nato_corpus.model._quote import Quote, QuoteKind
from japan_nato_corpus.model._time import PartialDate, Precision, RelativeDate

__all__ = [
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


def _publish() -> None:
    # The records live in private modules; documentation, type names in signatures
    # and pickles name them where users import them from.
    for name in __all__:
        public = globals()[name]
        if isinstance(public, type):
            public.__module__ = __name__


_publish()
