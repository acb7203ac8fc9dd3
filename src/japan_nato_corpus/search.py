"""Whole-word search: the inverted word index and the :class:`Hit` it finds.

Behind :meth:`Corpus.search <japan_nato_corpus.corpus.Corpus.search>`; it takes
plain sequences of articles and knows nothing of collections.
"""

import re
import sys
from array import array
from collections.abc import Iterator, Sequence

import attrs

from japan_nato_corpus.model import Article

__all__ = ["WORD", "Hit", "WordIndex", "words_of"]

WORD = re.compile(r"\w+")
"""A word: a run of letters, digits and ``_``."""

_WHITE_SPACE = re.compile(r"\s+")


def words_of(text: str) -> list[str]:
    """The case-folded words of ``text``, in order."""
    return [match.group().casefold() for match in WORD.finditer(text)]


@attrs.frozen
class Hit:
    """One place where a searched phrase stands, with its context (a concordance line).

    Attributes:
        document: Id of the article.
        start: Offset of the phrase's first character in the article's raw text.
        end: Offset just past its last character.
        text: Exactly ``article.text[start:end]``.
        left: Up to ``context`` characters before the phrase.
        right: Up to ``context`` characters after it.
    """

    document: str
    start: int
    end: int
    text: str
    left: str
    right: str

    def line(self, width: int = 30) -> str:
        """The hit as one concordance line, aligned on the phrase for printing in a column.

        Each run of white space (line breaks included) becomes one space, and
        none trails the line; the last ``width`` characters of the left context
        are right-aligned, the phrase stands in brackets, then the first
        ``width`` characters of the right context::

            the Senkaku in Japan and the [Diaoyu] in China. "We will not toler
        """
        left = _WHITE_SPACE.sub(" ", self.left)[-width:] if width > 0 else ""
        right = _WHITE_SPACE.sub(" ", self.right)[:width] if width > 0 else ""
        return f"{left:>{width}}[{_WHITE_SPACE.sub(' ', self.text)}]{right}".rstrip(" ")


class _Tokens:
    """One article's words: offsets, case-folded forms, and the segment each stands in."""

    __slots__ = ("ends", "folded", "segments", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.segments = array("q")
        self.folded: list[str] = []


class _Postings:
    """Where one word stands: article positions and token positions, side by side.

    Two arrays, not one packed int, so neither an article's length nor the
    number of articles has a ceiling.
    """

    __slots__ = ("articles", "tokens")

    def __init__(self) -> None:
        self.articles = array("q")
        self.tokens = array("q")


class WordIndex:
    """Where each case-folded word stands in the articles' paragraphs (or whole texts).

    Args:
        articles: The articles, indexed by position.
        body: Index only the paragraphs, each a segment of its own; else the whole text.
    """

    __slots__ = ("_postings", "_texts", "_tokens")

    def __init__(self, articles: Sequence[Article], *, body: bool) -> None:
        self._texts = [article.text for article in articles]
        self._tokens: list[_Tokens] = []
        postings: dict[str, _Postings] = {}
        intern = sys.intern
        for number, article in enumerate(articles):
            tokens = _Tokens()
            spans = [(p.start, p.end) for p in article.paragraphs] if body else [(0, len(article.text))]
            for segment, (start, end) in enumerate(spans):
                for match in WORD.finditer(article.text, start, end):
                    folded = intern(match.group().casefold())
                    found = postings.get(folded)
                    if found is None:
                        postings[folded] = found = _Postings()
                    found.articles.append(number)
                    found.tokens.append(len(tokens.folded))
                    tokens.starts.append(match.start())
                    tokens.ends.append(match.end())
                    tokens.segments.append(segment)
                    tokens.folded.append(folded)
            self._tokens.append(tokens)
        self._postings = postings

    def find(self, written: Sequence[str], *, case_sensitive: bool) -> Iterator[tuple[int, int, int]]:
        """``(article position, start, end)`` of each place the words stand in a row, in order.

        Each place comes once, even where paragraphs overlap.
        """
        words = [word.casefold() for word in written]
        found: set[tuple[int, int, int]] = set()
        postings = self._postings.get(words[0])
        if postings is None:
            return iter(())
        for number, first in zip(postings.articles, postings.tokens, strict=True):
            tokens = self._tokens[number]
            last = first + len(words) - 1
            if last >= len(tokens.folded) or tokens.segments[last] != tokens.segments[first]:
                continue
            if tokens.folded[first : last + 1] != words:
                continue
            if case_sensitive and not self._exact(number, first, written):
                continue
            found.add((number, tokens.starts[first], tokens.ends[last]))
        return iter(sorted(found))

    def _exact(self, number: int, first: int, written: Sequence[str]) -> bool:
        text, tokens = self._texts[number], self._tokens[number]
        return all(
            text[tokens.starts[first + k] : tokens.ends[first + k]] == word for k, word in enumerate(written)
        )
