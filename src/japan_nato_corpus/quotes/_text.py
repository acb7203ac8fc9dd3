"""The surface of the text every stage reads: words, sentence ends, lines, spans and mentions."""

import bisect
import functools
import re
from collections.abc import Iterator

from japan_nato_corpus.model import Mention, Span
from japan_nato_corpus.quotes._vocabulary import _function_word_lists

_LINE = re.compile(r"[^\r\n\u2028\u2029\x85\x0b\x0c]+")


_WORD = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Gen|St|Jr|Sr|Prof|Lt|Col|Sgt|Rep|Sen|Gov)\.|[^\W_]+(?:['\u2019.-][^\W_]+)*"
)


_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bNo)(?<!\bProf)(?<![\s.][A-Z])"
    r"[.!?][\"\u201d\u2019\u00bb)\]]*\s+(?=[\"\u201c\u201d\u2018\u00ab\u00bb\u201e(]?[A-Z\u00c0-\u00d6\u00d8-\u00de\u0400-\u042f]|\[\d)"
    r"|(?<=[a-z]{3})[.!?](?=[A-Z][a-z]*\s+[a-z])"
)
"""A sentence end: a full stop and a space before a capital (Latin or Cyrillic: ``… с Крозетто. Он
также …``), or a full stop that lost its space between a word and a capitalised one (``Taiwan.A
diplomat said``)."""


def _mentions_between(mentions: tuple[Mention, ...], start: int, end: int) -> tuple[Mention, ...]:
    """The mentions that start at ``start`` or after and before ``end``, of mentions in text order."""
    starts = _mention_starts(mentions)
    return mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


_STARTS: dict[int, tuple[tuple[Mention, ...], list[int]]] = {}


def _mention_starts(mentions: tuple[Mention, ...]) -> list[int]:
    """Where each mention starts, kept for the last few tuples of mentions asked about."""
    kept = _STARTS.get(id(mentions))
    if kept is None or kept[0] is not mentions:
        if len(_STARTS) > 4:
            _STARTS.clear()
        kept = (mentions, [m.start for m in mentions])
        _STARTS[id(mentions)] = kept
    return kept[1]


_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` opens (the start of the text if none)."""
    starts, ends = _match_bounds(_PARAGRAPH_BREAK, text)
    count = bisect.bisect_left(starts, at)  # the breaks that start before it, the last cut at ``at``
    breaks = [min(end, at) for end in ends[max(0, count - 2) : count]]
    return breaks[-2] if len(breaks) >= 2 else 0


@functools.lru_cache(maxsize=8)
def _match_bounds(pattern: "re.Pattern[str]", text: str) -> tuple[list[int], list[int]]:
    """Where each match of ``pattern`` in ``text`` starts and ends, found once per text.

    The sentence ends (:data:`_SENTENCE_END`) and the paragraph breaks (:data:`_PARAGRAPH_BREAK`)
    of a text, each searched with :mod:`bisect`.
    """
    found = list(pattern.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _words(segment: str) -> list[str]:
    return _WORD.findall(segment)


SPEAKER_REACH = 2000
"""How far, in characters, before and after a quote its attribution and speaker are looked for.

A line or sentence longer than this is read as if it began this far before the quote and ended
this far after it, so each quote costs the same however long the text is and ``find_quotes`` runs
in time linear in the text's length, whatever its quotation marks."""


def _line_start(text: str, at: int) -> int:
    """Where the line holding ``at`` starts, or :data:`SPEAKER_REACH` before ``at`` if that is nearer."""
    floor = max(0, at - SPEAKER_REACH)
    found = max(text.rfind(c, floor, at) for c in "\n\r\u2028\u2029\x85\x0b\x0c")
    return found + 1 if found >= 0 else floor


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start``..``end`` within its line (and within :data:`SPEAKER_REACH`)."""
    line_start = _line_start(text, start)
    line = _LINE.match(text, _line_start(text, end), min(len(text), end + SPEAKER_REACH))
    line_end = max(line.end() if line else end, end)
    starts, ends = _match_bounds(_SENTENCE_END, text)
    # the last sentence end in the line before ``start`` (it may look at the mark that opens the
    # next sentence), and the first one after ``end`` in the line
    before = bisect.bisect_right(ends, start) - 1
    left = ends[before] if before >= 0 and starts[before] >= line_start else line_start
    after = bisect.bisect_left(starts, end)
    right = starts[after] + 1 if after < len(starts) and ends[after] <= line_end else line_end
    return max(left, line_start), right


def _token_run(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The words between ``start`` and ``end``, with their places, one at a time.

    A capitalised function word of a language other than English, in text that is not English,
    is given in lowercase when a lowercase word follows it (``El secretario``, ``Lo ha detto``,
    ``Ha sottolineato``), so that it never names a speaker; before a capitalised word it may open
    a name (``El Salvador``, ``Le Monde``).
    """
    blocked = _foreign_function_words(text)
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        if (
            blocked
            and word[:1].isupper()
            and (len(word) == 1 or not word.isupper())
            and word.casefold() in blocked
        ):
            following = _NEXT_WORD.match(text, m.end())
            if (following is not None and following.group(1).islower()) or text[m.end() : m.end() + 1] == ",":
                word = word.casefold()  # "El secretario", "Además, el ministro"
        yield m.start(), m.end(), word


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words between ``start`` and ``end``, with their places (:func:`_token_run`)."""
    return list(_token_run(text, start, end))


def _first_token(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The first word between ``start`` and ``end``, read as :func:`_tokens` reads it, or None.

    Reading one word costs the same however far ``end`` stands.
    """
    return next(_token_run(text, start, end), None)


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_])")


@functools.lru_cache(maxsize=8)
def _foreign_function_words(text: str) -> frozenset[str]:
    """The function words of the languages other than English when ``text`` is not English, else none.

    Text is English when more of its lowercase words are function words of English alone than of
    the other languages alone: a count of stop words, the simplest test of a text's language.
    """
    others, english_only, others_only = _function_word_lists()
    english = foreign = 0
    for word in _WORD.findall(text):
        if word.islower():
            english += word in english_only
            foreign += word in others_only
    return others if foreign > english else frozenset()
