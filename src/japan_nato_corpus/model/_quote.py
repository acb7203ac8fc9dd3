"""Quotes: who said what, in whose words, and where it stands in the text."""

import enum

import attrs
from attrs import validators as v

from japan_nato_corpus.model._fields import _ref, _valid_id
from japan_nato_corpus.model._provenance import Evidence, Span


class QuoteKind(enum.Enum):
    """What sort of quotation a quote is.

    One rule decides what is a quote at all: words in double quotation marks
    that someone is reported to have said or written. Quoted terms, slogans,
    titles of papers and agreements and scare quotes are not quotes.
    """

    DIRECT = "direct"
    """A whole sentence or more in the speaker's words."""
    PARTIAL = "partial"
    """A quoted fragment inside reported speech (``called it "unacceptable"``)."""
    WRITTEN = "written"
    """Words from a paper, an editorial, a letter or a joint statement."""


@attrs.frozen(kw_only=True)
class Quote:
    """Quoted words, who said them, and the verb that says so.

    Attributes:
        id: Stable id (``reuters-2014-05-06-japan-nato-partnership-quote-1``).
        evidence: The quoted words, without their quotation marks, in their document.
        kind: Direct, partial or written.
        speaker: Id of the actor who said them, or ``None`` for an unnamed source or a
            speaker the actors do not include.
        speaker_words: The words that name or describe the speaker
            (``"a senior Foreign Ministry official"``); for ``he said``, the person
            named last before the quote.
        cue: The attribution verb (``said``, ``told``, ``wrote``), if the text gives one.
        event: Id of the event at which the words were said, if known.
    """

    id: str = attrs.field(validator=_valid_id)
    evidence: Evidence = attrs.field(validator=v.instance_of(Evidence))
    kind: QuoteKind = attrs.field(validator=v.instance_of(QuoteKind))
    speaker: str | None = attrs.field(default=None, validator=v.optional(_valid_id), metadata=_ref("actors"))
    speaker_words: Span | None = attrs.field(default=None, validator=v.optional(v.instance_of(Span)))
    cue: Span | None = attrs.field(default=None, validator=v.optional(v.instance_of(Span)))
    event: str | None = attrs.field(default=None, validator=v.optional(_valid_id), metadata=_ref("events"))

    @property
    def article(self) -> str:
        """Id of the article the quote stands in (its evidence's document)."""
        return self.evidence.document

    @property
    def text(self) -> str:
        """The quoted words."""
        return self.evidence.quote
