"""The typed records of the corpus.

Every record is an immutable, slotted :mod:`attrs` class with keyword-only
arguments. Collections inside records are tuples. Offsets are half-open
character offsets into a document's raw text: ``text[start:end] == quote``.
"""

import calendar
import datetime as dt
import enum
import functools
import re
from typing import Any

import attrs
from attrs import validators as v

from japan_nato_corpus.errors import ParseError

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
    "Reading",
    "RelativeDate",
    "Span",
]

_ID = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")
_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")


def _valid_id(_: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        msg = (
            f"{attribute.name!r} must be a non-empty id of lower-case letters, digits "
            f"and single '-', '_' or '.' between them (got {value!r})"
        )
        raise ValueError(msg)


def _valid_ids(instance: object, attribute: "attrs.Attribute[Any]", value: tuple[str, ...]) -> None:
    for item in value:
        _valid_id(instance, attribute, item)


def _not_blank(_: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if not value.strip():
        msg = f"{attribute.name!r} must not be empty or blank"
        raise ValueError(msg)


def _non_empty(_: object, attribute: "attrs.Attribute[Any]", value: tuple[Any, ...]) -> None:
    if not value:
        msg = f"{attribute.name!r} must hold at least one item"
        raise ValueError(msg)


def _offset_pair(start: int, end: int, quote: str) -> None:
    if start < 0 or end < start:
        msg = f"offsets must satisfy 0 <= start <= end (got start={start}, end={end})"
        raise ValueError(msg)
    if len(quote) != end - start:
        msg = f"quote has {len(quote)} characters but end - start is {end - start}"
        raise ValueError(msg)


REFERS_TO = "japan_nato_corpus.refers_to"
"""Field metadata key: the corpus collection (``"actors"`` ...) whose ids the field holds."""


def _ref(collection: str) -> dict[str, str]:
    return {REFERS_TO: collection}


_str = v.instance_of(str)
_int = v.instance_of(int)
_opt_str = v.optional(_str)


class Precision(enum.Enum):
    """How much of a date the source gives."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@functools.total_ordering
@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Ordering follows the bounds: dates sort by ``(earliest, latest)``, so a date
    that ends before another begins always sorts first, and of two dates that
    begin on the same day the more precise one sorts first
    (``2014-01-01 < 2014-01 < 2014``).

    Attributes:
        year: 1 to 9999.
        month: 1 to 12, or ``None`` when only the year is known.
        day: A valid day of that month, or ``None``; needs ``month``.
    """

    year: int = attrs.field(validator=[_int, v.in_(range(1, 10000))])
    month: int | None = attrs.field(default=None, validator=v.optional([_int, v.in_(range(1, 13))]))
    day: int | None = attrs.field(default=None, validator=v.optional([_int, v.ge(1)]))

    @day.validator
    def _day_fits_month(self, _: "attrs.Attribute[int | None]", day: int | None) -> None:
        if day is None:
            return
        if self.month is None:
            msg = f"a day ({day}) needs a month"
            raise ValueError(msg)
        last = calendar.monthrange(self.year, self.month)[1]
        if day > last:
            msg = f"day {day} is past the end of {self.year:04d}-{self.month:02d} (last day {last})"
            raise ValueError(msg)

    @classmethod
    def from_iso(cls, text: str) -> "PartialDate":
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ParseError: The text is not one of the three forms or names no real date.
        """
        match = _ISO_PARTIAL.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            msg = f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}"
            raise ParseError(msg)
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            return cls(year=year or 0, month=month, day=day)
        except ValueError as error:
            msg = f"{text!r} is not a real date: {error.args[0]}"
            raise ParseError(msg) from None

    @classmethod
    def from_date(cls, date: dt.date) -> "PartialDate":
        """The day-precision date of a :class:`datetime.date` (or of a datetime's own date)."""
        return cls(year=date.year, month=date.month, day=date.day)

    @property
    def precision(self) -> Precision:
        """Whether the year, the month or the day is known."""
        if self.day is not None:
            return Precision.DAY
        return Precision.YEAR if self.month is None else Precision.MONTH

    @property
    def earliest(self) -> dt.date:
        """The first day this date may stand for."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """The last day this date may stand for."""
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    @property
    def iso(self) -> str:
        """The ISO 8601 form at this precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def contains(self, date: dt.date) -> bool:
        """Whether ``date`` lies within this date's bounds."""
        return self.earliest <= date <= self.latest

    def __str__(self) -> str:
        return self.iso

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.earliest, self.latest) < (other.earliest, other.latest)


@attrs.frozen(kw_only=True)
class Span:
    """A piece of a document's raw text and where it stands.

    Attributes:
        start: Offset of the first character.
        end: Offset just past the last character.
        text: Exactly ``raw_text[start:end]``.
    """

    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    text: str = attrs.field(validator=_str)

    def __attrs_post_init__(self) -> None:
        _offset_pair(self.start, self.end, self.text)

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True)
class Evidence:
    """The exact words of a document that state a fact.

    Attributes:
        document: Id of the article whose raw text holds the quote.
        start: Offset of the quote's first character in that text.
        end: Offset just past the quote's last character.
        quote: Exactly ``text[start:end]``; checked when a corpus is loaded.
    """

    document: str = attrs.field(validator=_valid_id, metadata=_ref("articles"))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    quote: str = attrs.field(validator=[_str, _not_blank])

    def __attrs_post_init__(self) -> None:
        _offset_pair(self.start, self.end, self.quote)


@attrs.frozen(kw_only=True)
class Reading:
    """One of two or more things the documents say about the same point.

    Attributes:
        claim: What this reading says, in a few words (``"14 December 2013"``).
        evidence: Where the documents say it.
    """

    claim: str = attrs.field(validator=[_str, _not_blank])
    evidence: tuple[Evidence, ...] = attrs.field(validator=_non_empty)


@attrs.frozen(kw_only=True)
class Conflict:
    """A point on which the documents contradict each other or themselves.

    Attributes:
        topic: What is in dispute (``"date of the ASEAN-Japan summit"``).
        readings: The competing readings, each with its evidence; at least two.
        note: Which reading the record follows, and why.
    """

    topic: str = attrs.field(validator=[_str, _not_blank])
    readings: tuple[Reading, ...] = attrs.field(validator=v.min_len(2))
    note: str = attrs.field(default="", validator=_str)


# --- Articles -----------------------------------------------------------------


class CreditRole(enum.Enum):
    """What a credited person did for an article."""

    AUTHOR = "author"
    REPORTING = "reporting"
    EDITING = "editing"
    PHOTO = "photo"
    REPOST = "repost"


@attrs.frozen(kw_only=True)
class Credit:
    """A person or outlet credited in a byline.

    Attributes:
        name: The name as written, with its span.
        role: What they did.
    """

    name: Span
    role: CreditRole = attrs.field(validator=v.instance_of(CreditRole))


@attrs.frozen(kw_only=True)
class Comment:
    """A reader comment below an article.

    Attributes:
        body: The comment's text.
        author: The commenter's name as written, if given.
        posted: When it was posted, timezone-aware when the page gives a zone.
    """

    body: Span
    author: Span | None = None
    posted: dt.datetime | None = attrs.field(default=None, validator=v.optional(v.instance_of(dt.datetime)))


@attrs.frozen(kw_only=True)
class Footnote:
    """A numbered note or reference.

    Attributes:
        number: The note's number as printed.
        body: The note's text without its number marker.
    """

    number: int = attrs.field(validator=[_int, v.ge(0)])
    body: Span


@attrs.frozen(kw_only=True)
class Caption:
    """A photo caption and its credit line.

    Attributes:
        body: The caption text.
        credit: The photo credit, if given (``Credit: Reuters/Francois Lenoir``).
    """

    body: Span
    credit: Span | None = None


class BoilerplateKind(enum.Enum):
    """What a piece of site furniture is."""

    NAVIGATION = "navigation"
    COMMENT_POLICY = "comment-policy"
    DISCLAIMER = "disclaimer"
    COPYRIGHT = "copyright"
    PROMPT = "prompt"
    LIST = "list"
    SITE_NAME = "site-name"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Boilerplate:
    """Site furniture kept out of the article body.

    Attributes:
        kind: What it is.
        span: Where it stands.
    """

    kind: BoilerplateKind = attrs.field(validator=v.instance_of(BoilerplateKind))
    span: Span


def _spans_of(article: "Article") -> list[Span]:
    spans = [s for s in (article.title, article.dateline, article.published_span) if s is not None]
    spans += article.paragraphs
    spans += [credit.name for credit in article.credits]
    for comment in article.comments:
        spans += [s for s in (comment.body, comment.author) if s is not None]
    spans += [note.body for note in article.footnotes]
    for caption in article.captions:
        spans += [s for s in (caption.body, caption.credit) if s is not None]
    spans += [piece.span for piece in article.boilerplate]
    return spans


@attrs.frozen(kw_only=True)
class Article:
    """A document of the corpus, parsed into its parts.

    Every part is a :class:`Span` of :attr:`text`, the raw document exactly as
    shipped, so ``article.text[span.start:span.end] == span.text`` always.

    Attributes:
        id: Stable id (``reuters-2014-05-06-japan-nato-partnership``).
        text: The raw document text.
        title: The headline.
        published: The publication date at the precision the text gives.
        published_at: The publication time, timezone-aware when the text gives a
            zone; set only when the text gives a time.
        published_span: Where the publication date stands in the text.
        dateline: The dateline place (``BRUSSELS``).
        credits: Bylines: authors, reporters, editors, photographers.
        publisher: Who published this text.
        original_source: Who first published it, when this is a repost.
        paragraphs: The body, one span a paragraph.
        comments: Reader comments, apart from the body.
        footnotes: Numbered notes and references, apart from the body.
        captions: Photo captions and credits, apart from the body.
        boilerplate: Site furniture recognised and kept out of the body.
    """

    id: str = attrs.field(validator=_valid_id)
    text: str = attrs.field(validator=_str, repr=False)
    title: Span | None = None
    published: PartialDate | None = None
    published_at: dt.datetime | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.datetime))
    )
    published_span: Span | None = None
    dateline: Span | None = None
    credits: tuple[Credit, ...] = ()
    publisher: str | None = attrs.field(default=None, validator=_opt_str)
    original_source: str | None = attrs.field(default=None, validator=_opt_str)
    paragraphs: tuple[Span, ...] = attrs.field(default=(), repr=False)
    comments: tuple[Comment, ...] = attrs.field(default=(), repr=False)
    footnotes: tuple[Footnote, ...] = attrs.field(default=(), repr=False)
    captions: tuple[Caption, ...] = attrs.field(default=(), repr=False)
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        if self.published_at is not None:
            if self.published is None or self.published.precision is not Precision.DAY:
                msg = "published_at needs published at day precision"
                raise ValueError(msg)
            if PartialDate.from_date(self.published_at.date()) != self.published:
                msg = f"published_at {self.published_at.isoformat()} is not on published {self.published}"
                raise ValueError(msg)
        for span in _spans_of(self):
            if self.text[span.start : span.end] != span.text:
                msg = f"span {span.start}:{span.end} does not slice the text to {span.text[:40]!r}"
                raise ValueError(msg)

    @property
    def headline(self) -> str | None:
        """The title as a string, if there is one."""
        return None if self.title is None else self.title.text

    @property
    def authors(self) -> tuple[str, ...]:
        """Names credited as author or reporter, in the order they appear."""
        roles = {CreditRole.AUTHOR, CreditRole.REPORTING}
        return tuple(c.name.text for c in self.credits if c.role in roles)

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)


# --- Actors -------------------------------------------------------------------


class ActorKind(enum.Enum):
    """What sort of actor a record stands for."""

    PERSON = "person"
    ORGANISATION = "organisation"
    STATE = "state"
    PLACE = "place"
    GROUP = "group"


@attrs.frozen(kw_only=True)
class Alias:
    """A name form the documents use for an actor.

    Attributes:
        name: The name as written (``"Abe"``, ``"Diaoyu Islands"``).
        used_by: Ids of the actors that use this name, where it is contested.
        note: Why the alias matters, if it does.
    """

    name: str = attrs.field(validator=[_str, _not_blank])
    used_by: tuple[str, ...] = attrs.field(default=(), validator=_valid_ids, metadata=_ref("actors"))
    note: str = attrs.field(default="", validator=_str)


@attrs.frozen(kw_only=True)
class Office:
    """A post an actor holds in the documents.

    Attributes:
        title: The post (``"Prime Minister"``).
        organisation: Id of the organisation or state the post is in.
        start: When the actor took the post, if the text says.
        end: When the actor left it, if the text says.
        evidence: Where the documents give the post.
    """

    title: str = attrs.field(validator=[_str, _not_blank])
    organisation: str | None = attrs.field(
        default=None, validator=v.optional(_valid_id), metadata=_ref("actors")
    )
    start: PartialDate | None = None
    end: PartialDate | None = None
    evidence: tuple[Evidence, ...] = ()

    def __attrs_post_init__(self) -> None:
        _check_order(self.start, self.end)


def _check_order(start: PartialDate | None, end: PartialDate | None) -> None:
    if start is not None and end is not None and end.latest < start.earliest:
        msg = f"end {end} is before start {start}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Actor:
    """A person, organisation, state, place or group the documents name.

    Attributes:
        id: Stable id (``shinzo-abe``).
        kind: What sort of actor this is.
        name: The canonical name.
        aliases: Every other name form the documents use.
        offices: Posts the documents give the actor.
        wikidata: The Wikidata item (``Q132345``), where certain.
        description: A one-line description.
    """

    id: str = attrs.field(validator=_valid_id)
    kind: ActorKind = attrs.field(validator=v.instance_of(ActorKind))
    name: str = attrs.field(validator=[_str, _not_blank])
    aliases: tuple[Alias, ...] = ()
    offices: tuple[Office, ...] = ()
    wikidata: str | None = attrs.field(default=None, validator=v.optional(v.matches_re(_WIKIDATA)))
    description: str = attrs.field(default="", validator=_str)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *(alias.name for alias in self.aliases))


@attrs.frozen(kw_only=True)
class Mention:
    """A place where a text names an actor.

    Attributes:
        actor: Id of the actor named.
        start: Offset of the name's first character.
        end: Offset just past its last character.
        text: The name as written, exactly ``text[start:end]``.
        document: Id of the article, for mentions in the corpus.
    """

    actor: str = attrs.field(validator=_valid_id, metadata=_ref("actors"))
    start: int = attrs.field(validator=_int)
    end: int = attrs.field(validator=_int)
    text: str = attrs.field(validator=[_str, _not_blank])
    document: str | None = attrs.field(
        default=None, validator=v.optional(_valid_id), metadata=_ref("articles")
    )

    def __attrs_post_init__(self) -> None:
        _offset_pair(self.start, self.end, self.text)


# --- Events -------------------------------------------------------------------


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
    """The corpus' own event taxonomy; :attr:`plover` maps each kind to PLOVER."""

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
        """The PLOVER category this kind maps to."""
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
    EventKind.SIGNING: PloverCategory.AGREE,
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


@attrs.frozen(kw_only=True)
class Participant:
    """An actor taking part in an event, and how.

    Attributes:
        actor: Id of the actor.
        role: The part they play.
    """

    actor: str = attrs.field(validator=_valid_id, metadata=_ref("actors"))
    role: ParticipantRole = attrs.field(validator=v.instance_of(ParticipantRole))


@attrs.frozen(kw_only=True)
class RelativeDate:
    """How a date was worked out from a relative expression in the text.

    Attributes:
        expression: The words of the text (``"last Sunday"``).
        anchor: The date it is relative to, usually the article's publication date.
    """

    expression: str = attrs.field(validator=[_str, _not_blank])
    anchor: PartialDate


@attrs.frozen(kw_only=True)
class Event:
    """Something the documents report as happening, planned or past.

    One real-world event reported by several documents is one ``Event`` with
    evidence from each.

    Attributes:
        id: Stable id (``2014-05-06-japan-nato-ipcp-signed``).
        kind: The kind of event; ``kind.plover`` gives the PLOVER category.
        modality: Happened, planned, hypothetical or background.
        date: When, at the precision the text supports.
        end: When it ended, for events that span time.
        summary: One line saying what happened.
        evidence: The words that report it; at least one piece.
        place: Id of the place actor where it happened.
        participants: The actors taking part, with their roles.
        relative_date: How :attr:`date` was worked out, when the text gives it
            relative to another date.
        cameo: The CAMEO code, where it is clear.
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

    def __attrs_post_init__(self) -> None:
        _check_order(self.date, self.end)

    @property
    def plover(self) -> PloverCategory:
        """The PLOVER category of this event's kind."""
        return self.kind.plover

    @property
    def actors(self) -> tuple[str, ...]:
        """Ids of the participating actors, in order, without repeats."""
        return tuple(dict.fromkeys(p.actor for p in self.participants))


# --- Agreements ---------------------------------------------------------------


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


@attrs.frozen(kw_only=True)
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


# --- The manifest -------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Document:
    """A manifest entry: one shipped raw text and where it came from.

    The text lives at ``documents/<id>.txt`` inside the corpus directory.

    Attributes:
        id: Stable, readable id; also the article id.
        sha256: Hex digest of the file's bytes; checked on every load.
        publisher: Who published this text, when known.
        title: The document's headline, for listings.
        original_name: The file name the text was collected under.
        original_source: Who first published it, when this is a repost.
        url: Where it was published, when known; never guessed.
        genre: What sort of text it is (``"wire story"``, ``"policy paper"``).
        rights: Who holds the rights and on what terms the text is shipped.
    """

    id: str = attrs.field(validator=_valid_id)
    sha256: str = attrs.field(validator=v.matches_re(_SHA256))
    publisher: str | None = attrs.field(default=None, validator=_opt_str)
    title: str = attrs.field(default="", validator=_str)
    original_name: str | None = attrs.field(default=None, validator=_opt_str)
    original_source: str | None = attrs.field(default=None, validator=_opt_str)
    url: str | None = attrs.field(default=None, validator=_opt_str)
    genre: str = attrs.field(default="", validator=_str)
    rights: str = attrs.field(default="", validator=_str)

    @property
    def path(self) -> str:
        """Where the text lives, relative to the corpus directory."""
        return f"documents/{self.id}.txt"


@attrs.frozen(kw_only=True)
class Manifest:
    """What a corpus directory holds.

    Attributes:
        corpus_version: The version of the data, apart from the package's version.
        documents: One entry per shipped text.
        rights: A note on the rights in the corpus as a whole.
    """

    corpus_version: str = attrs.field(validator=[_str, _not_blank])
    documents: tuple[Document, ...] = ()
    rights: str = attrs.field(default="", validator=_str)
