"""The manifest: what a corpus directory holds and where each text came from."""

import re

import attrs
from attrs import validators as v

from japan_nato_corpus.model._fields import _not_blank, _opt_str, _str, _valid_id, tuple_fields

_SHA256 = re.compile(r"[0-9a-f]{64}")


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
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


@attrs.frozen(kw_only=True, field_transformer=tuple_fields)
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
