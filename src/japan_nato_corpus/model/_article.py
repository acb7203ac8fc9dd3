"""Articles: a document parsed into its parts, every part a span of its raw text."""

import datetime as dt
import enum

import attrs
from attrs import validators as v

from japan_nato_corpus.model._fields import _int, _opt_str, _str, _valid_id, tuple_fields
from japan_nato_corpus.model._provenance import Span
from japan_nato_corpus.model._time import PartialDate, Precision


class CreditRole(enum.Enum):
    """What a credited person did for an article."""

    AUTHOR = "author"
    REPORTING = "reporting"
    EDITING = "editing"
    PHOTO = "photo"
    REPOST = "repost"


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Credit:
    """A person or outlet credited in a byline.

    Attributes:
        name: The name as written, with its span.
        role: What they did.
    """

    name: Span
    role: CreditRole = attrs.field(validator=v.instance_of(CreditRole))


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
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


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Footnote:
    """A numbered note or reference.

    Attributes:
        number: The note's number as printed.
        body: The note's text without its number marker.
    """

    number: int = attrs.field(validator=[_int, v.ge(0)])
    body: Span


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
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


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
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


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
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
