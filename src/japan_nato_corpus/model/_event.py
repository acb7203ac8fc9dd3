"""Events: what the documents report as happening, planned or past, and who took part."""

import enum
import re

import attrs
from attrs import validators as v

from japan_nato_corpus.errors import FieldValueError
from japan_nato_corpus.model._fields import _non_empty, _not_blank, _ref, _str, _valid_id, tuple_fields
from japan_nato_corpus.model._provenance import Conflict, Evidence
from japan_nato_corpus.model._time import PartialDate, RelativeDate, _check_order


class PloverCategory(enum.Enum):
    """The PLOVER event types, plus ``OTHER`` for events that are not interactions.

    ``OTHER`` covers happenings such as earthquakes and elections, which PLOVER
    leaves out of its ontology but the documents report.
    """

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    OTHER = "OTHER"


class EventKind(enum.Enum):
    """The corpus' own event taxonomy; :attr:`plover` suggests each kind's PLOVER default."""

    VISIT = "visit"
    MEETING = "meeting"
    CONFERENCE = "conference"
    SPEECH = "speech"
    STATEMENT = "statement"
    ENDORSEMENT = "endorsement"
    CRITICISM = "criticism"
    LETTER = "letter"
    APPEAL = "appeal"
    SIGNING = "signing"
    AGREEMENT = "agreement"
    POLICY = "policy"
    BUDGET = "budget"
    PUBLICATION = "publication"
    EDITORIAL = "editorial"
    EXERCISE = "exercise"
    DEPLOYMENT = "deployment"
    AID = "aid"
    RELIEF_OPERATION = "relief-operation"
    SANCTION = "sanction"
    ARREST = "arrest"
    MILITARY_ACTION = "military-action"
    DISASTER = "disaster"
    ELECTION = "election"
    OTHER = "other"

    @property
    def plover(self) -> PloverCategory:
        """The PLOVER category an event of this kind gets unless its record says otherwise.

        PLOVER codes the act, not a kind of act: an editorial that denounces is
        ``ACCUSE``, one that praises ``SUPPORT``. The curated :attr:`Event.plover`
        decides; this is only where it starts.
        """
        return _PLOVER[self]


_PLOVER = {
    EventKind.VISIT: PloverCategory.CONSULT,
    EventKind.MEETING: PloverCategory.CONSULT,
    EventKind.CONFERENCE: PloverCategory.CONSULT,
    EventKind.SPEECH: PloverCategory.CONSULT,
    EventKind.STATEMENT: PloverCategory.OTHER,
    EventKind.ENDORSEMENT: PloverCategory.SUPPORT,
    EventKind.CRITICISM: PloverCategory.ACCUSE,
    EventKind.LETTER: PloverCategory.REQUEST,
    EventKind.APPEAL: PloverCategory.REQUEST,
    EventKind.SIGNING: PloverCategory.SUPPORT,
    EventKind.AGREEMENT: PloverCategory.AGREE,
    EventKind.POLICY: PloverCategory.OTHER,
    EventKind.BUDGET: PloverCategory.MOBILIZE,
    EventKind.PUBLICATION: PloverCategory.OTHER,
    EventKind.EDITORIAL: PloverCategory.OTHER,
    EventKind.EXERCISE: PloverCategory.MOBILIZE,
    EventKind.DEPLOYMENT: PloverCategory.MOBILIZE,
    EventKind.AID: PloverCategory.AID,
    EventKind.RELIEF_OPERATION: PloverCategory.AID,
    EventKind.SANCTION: PloverCategory.SANCTION,
    EventKind.ARREST: PloverCategory.COERCE,
    EventKind.MILITARY_ACTION: PloverCategory.ASSAULT,
    EventKind.DISASTER: PloverCategory.OTHER,
    EventKind.ELECTION: PloverCategory.OTHER,
    EventKind.OTHER: PloverCategory.OTHER,
}


PLOVER_CONTEXTS = frozenset({
    # The PLOVER manual's "Context codes that can be used with any category".
    "political", "military", "intelligence", "peacekeeping", "economic", "diplomatic",
    "resource", "culture", "disease", "enviro_disaster", "migration", "humanitarian",
    "legal", "human_rights", "rights_freedoms", "gender", "lgbt", "terrorism",
    "human_security", "religion_ethnicity", "government", "election", "legislative",
    "cbrn", "cyber", "political_institutions", "corruption", "crime", "crime_murder",
    "crime_theft", "crime_drugs", "crime_sexual", "future", "historical", "hypothetical",
    # Further contexts the CAMEO-to-PLOVER table of 2021 uses.
    "executive", "democracy", "pro_autocracy",
})  # fmt: skip
"""The context tags an event's :attr:`Event.plover_context` may hold.

Those of the PLOVER manual's table of general contexts, and the few more its
CAMEO-to-PLOVER table of 2021 uses. Territory is ``resource`` ("territory and
natural resources").
"""

_MODE = re.compile(r"[a-z]+(?:[-_][a-z]+)*")


def _plover_mode(_: object, attribute: "attrs.Attribute[str | None]", value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and _MODE.fullmatch(value)):
        msg = f"{attribute.name!r} must be a PLOVER mode word, as 'visit' or 'third-party' (got {value!r})"
        raise FieldValueError(msg, attribute)


_Contexts = tuple[str, ...]


def _plover_contexts(_: object, attribute: "attrs.Attribute[_Contexts]", value: _Contexts) -> None:
    unknown = [item for item in value if item not in PLOVER_CONTEXTS]
    if unknown:
        msg = f"{attribute.name!r} holds {unknown!r}, which PLOVER has no context for"
        raise FieldValueError(msg, attribute)
    if len(set(value)) != len(value):
        msg = f"{attribute.name!r} repeats a context: {value!r}"
        raise FieldValueError(msg, attribute)


def _default_plover(event: "Event") -> PloverCategory:
    return event.kind.plover


class Modality(enum.Enum):
    """Whether the documents report an event as done, planned, supposed or past background."""

    HAPPENED = "happened"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    BACKGROUND = "background"


class ParticipantRole(enum.Enum):
    """What part an actor plays in an event."""

    AGENT = "agent"
    TARGET = "target"
    HOST = "host"
    SIGNATORY = "signatory"
    SPEAKER = "speaker"
    AUDIENCE = "audience"
    ATTENDEE = "attendee"
    SUBJECT = "subject"
    REPORTER = "reporter"
    BENEFICIARY = "beneficiary"
    ORGANISER = "organiser"


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Participant:
    """An actor taking part in an event, and how.

    Attributes:
        actor: Id of the actor.
        role: The part they play.
    """

    actor: str = attrs.field(validator=_valid_id, metadata=_ref("actors"))
    role: ParticipantRole = attrs.field(validator=v.instance_of(ParticipantRole))


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Event:
    """Something the documents report as happening, planned or past.

    One real-world event reported by several documents is one ``Event`` with
    evidence from each.

    Attributes:
        id: Stable id (``2014-05-06-japan-nato-ipcp-signed``).
        kind: The kind of event; ``kind.plover`` suggests the PLOVER category.
        modality: Happened, planned, hypothetical or background.
        date: When, at the precision the text supports.
        end: When it ended, for events that span time.
        summary: One line saying what happened.
        evidence: The words that report it; at least one piece.
        place: Id of the place actor where it happened.
        participants: The actors taking part, with their roles.
        relative_date: How :attr:`date` was worked out, when the text gives it
            relative to another date.
        cameo: The CAMEO code, where it is clear; it agrees with :attr:`plover`
            under PLOVER's CAMEO-to-PLOVER table.
        plover: The PLOVER category of the act, curated; where not given, the
            kind's default (:attr:`EventKind.plover`).
        plover_mode: The PLOVER mode (how: ``visit``, ``third-party``, ``arrest``),
            where the text supports one.
        plover_context: The PLOVER contexts (why: ``military``, ``cyber``,
            ``diplomatic``, ``resource`` for territory), where the text supports them.
        conflicts: Points on which the documents disagree about this event.
    """

    id: str = attrs.field(validator=_valid_id)
    kind: EventKind = attrs.field(validator=v.instance_of(EventKind))
    modality: Modality = attrs.field(validator=v.instance_of(Modality))
    date: PartialDate
    summary: str = attrs.field(validator=[_str, _not_blank])
    evidence: tuple[Evidence, ...] = attrs.field(validator=_non_empty)
    end: PartialDate | None = None
    place: str | None = attrs.field(default=None, validator=v.optional(_valid_id), metadata=_ref("actors"))
    participants: tuple[Participant, ...] = ()
    relative_date: RelativeDate | None = None
    cameo: str | None = attrs.field(default=None, validator=v.optional(v.matches_re(r"[0-9]{2,4}")))
    conflicts: tuple[Conflict, ...] = ()
    plover: PloverCategory = attrs.field(
        default=attrs.Factory(_default_plover, takes_self=True), validator=v.instance_of(PloverCategory)
    )
    plover_mode: str | None = attrs.field(default=None, validator=_plover_mode)
    plover_context: tuple[str, ...] = attrs.field(default=(), validator=_plover_contexts)

    def __attrs_post_init__(self) -> None:
        _check_order(self.date, self.end)

    @property
    def actors(self) -> tuple[str, ...]:
        """Ids of the participating actors, in order, without repeats."""
        return tuple(dict.fromkeys(p.actor for p in self.participants))
