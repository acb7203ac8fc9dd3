"""Raw text to :class:`~japan_nato_corpus.model.Article`."""

import hashlib
import re

from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.model import Article, Span

__all__ = ["parse_article"]

_LINE = re.compile(r"[^\n]+")


def parse_article(
    text: str,
    *,
    id: str | None = None,
    publisher: str | None = None,
    original_source: str | None = None,
) -> Article:
    """Parse raw pasted web text into an :class:`Article`.

    The first non-blank line is the title; every other non-blank line is a
    paragraph.

    Args:
        text: The raw text; every span of the result points into it.
        id: The article id; by default ``article-`` and the first 12 hex digits
            of the text's sha256.
        publisher: The publisher, when the caller knows it.
        original_source: The original publisher, when the text is a repost.

    Raises:
        ParseError: The text is empty or blank.
    """
    blocks = [Span(start=m.start(), end=m.end(), text=m.group()) for m in _LINE.finditer(text)]
    blocks = [block for block in blocks if block.text.strip()]
    if not blocks:
        raise ParseError("the text is empty", line=1, column=1)
    if id is None:
        id = "article-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Article(
        id=id,
        text=text,
        title=blocks[0],
        publisher=publisher,
        original_source=original_source,
        paragraphs=tuple(blocks[1:]),
    )
