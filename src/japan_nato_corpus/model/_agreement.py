"""Agreements, programmes, declarations and joint statements the documents name."""

import enum

import attrs
from attrs import validators as v

from japan_nato_corpus.model._fields import (
    _non_empty,
    _not_blank,
    _ref,
    _str,
    _valid_id,
    _valid_ids,
    tuple_fields,
)
from japan_nato_corpus.model._provenance import Conflict, Evidence
from japan_nato_corpus.model._time import PartialDate


class AgreementKind(enum.Enum):
    """What sort of agreement a record stands for."""

    PARTNERSHIP_PROGRAMME = "partnership-programme"
    JOINT_STATEMENT = "joint-statement"
    JOINT_DECLARATION = "joint-declaration"
    DECLARATION = "declaration"
    TREATY = "treaty"
    GUIDELINES = "guidelines"
    UNDERSTANDING = "understanding"
    OTHER = "other"


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Agreement:
    """An agreement, programme, declaration or joint statement the documents name.

    Attributes:
        id: Stable id.
        name: The agreement's name as the documents give it.
        kind: What sort of agreement it is.
        evidence: The words that name or describe it; at least one piece.
        parties: Ids of the actors bound by or party to it.
        signatories: Ids of the people who signed it.
        date: When it was signed or issued.
        areas: Areas or agenda items, in the order the documents list them.
        obligations: What the parties take on, where stated.
        signing_event: Id of the event at which it was signed or issued.
        conflicts: Points on which the documents disagree about it.
    """

    id: str = attrs.field(validator=_valid_id)
    name: str = attrs.field(validator=[_str, _not_blank])
    kind: AgreementKind = attrs.field(validator=v.instance_of(AgreementKind))
    evidence: tuple[Evidence, ...] = attrs.field(validator=_non_empty)
    parties: tuple[str, ...] = attrs.field(default=(), validator=_valid_ids, metadata=_ref("actors"))
    signatories: tuple[str, ...] = attrs.field(default=(), validator=_valid_ids, metadata=_ref("actors"))
    date: PartialDate | None = None
    areas: tuple[str, ...] = ()
    obligations: tuple[str, ...] = ()
    signing_event: str | None = attrs.field(
        default=None, validator=v.optional(_valid_id), metadata=_ref("events")
    )
    conflicts: tuple[Conflict, ...] = ()
