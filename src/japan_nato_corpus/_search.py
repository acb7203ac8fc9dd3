"""The inverted word index behind :meth:`Corpus.search <japan_nato_corpus.corpus.Corpus.search>`."""

import re
import sys
from array import array
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from japan_nato_corpus.model import Article

WORD = re.compile(r"\w+")
"""A word: a run of letters, digits and ``_``."""

# A posting packs (article, token) in one int, so the index holds arrays, not tuples.
_SHIFT = 24


def words_of(text: str) -> list[str]:
    """The case-folded words of ``text``, in order."""
    return [match.group().casefold() for match in WORD.finditer(text)]


class _Tokens:
    """One article's words: offsets, case-folded forms, and the segment each stands in."""

    __slots__ = ("ends", "folded", "segments", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.segments = array("q")
        self.folded: list[str] = []


class WordIndex:
    """Where each case-folded word stands in the articles' paragraphs (or whole texts).

    Args:
        articles: The articles, indexed by position.
        body: Index only the paragraphs, each a segment of its own; else the whole text.
    """

    def __init__(self, articles: Sequence["Article"], *, body: bool) -> None:
        self._texts = [article.text for article in articles]
        self._tokens: list[_Tokens] = []
        postings: dict[str, array[int]] = {}
        intern = sys.intern
        for number, article in enumerate(articles):
            if number >= 1 << (63 - _SHIFT):
                msg = "too many articles to index"
                raise OverflowError(msg)
            tokens = _Tokens()
            spans = [(p.start, p.end) for p in article.paragraphs] if body else [(0, len(article.text))]
            for segment, (start, end) in enumerate(spans):
                for match in WORD.finditer(article.text, start, end):
                    folded = intern(match.group().casefold())
                    position = (number << _SHIFT) | len(tokens.folded)
                    tokens.starts.append(match.start())
                    tokens.ends.append(match.end())
                    tokens.segments.append(segment)
                    tokens.folded.append(folded)
                    found = postings.get(folded)
                    if found is None:
                        postings[folded] = found = array("q")
                    found.append(position)
            self._tokens.append(tokens)
        self._postings = postings

    def find(self, written: Sequence[str], *, case_sensitive: bool) -> Iterator[tuple[int, int, int]]:
        """``(article position, start, end)`` of each place the words stand in a row, in order.

        Each place comes once, even where paragraphs overlap.
        """
        words = [word.casefold() for word in written]
        mask = (1 << _SHIFT) - 1
        found: set[tuple[int, int, int]] = set()
        for posting in self._postings.get(words[0], ()):
            number, first = posting >> _SHIFT, posting & mask
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
