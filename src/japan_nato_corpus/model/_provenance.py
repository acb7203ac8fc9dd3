"""Where facts stand in the documents: spans, evidence and conflicting readings."""

import attrs
from attrs import validators as v

from japan_nato_corpus.model._fields import (
    _int,
    _non_empty,
    _not_blank,
    _offset_pair,
    _ref,
    _str,
    _valid_id,
    tuple_fields,
)


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
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


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
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


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
class Reading:
    """One of two or more things the documents say about the same point.

    Attributes:
        claim: What this reading says, in a few words (``"14 December 2013"``).
        evidence: Where the documents say it.
    """

    claim: str = attrs.field(validator=[_str, _not_blank])
    evidence: tuple[Evidence, ...] = attrs.field(validator=_non_empty)


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
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
