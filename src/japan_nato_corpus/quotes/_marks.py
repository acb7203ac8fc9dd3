"""Quotation marks paired into raw quotes: double, single and corner marks, within a paragraph or over one."""

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

import attrs

from japan_nato_corpus.quotes._cues import _cue_pattern
from japan_nato_corpus.quotes._text import _LINE, SPEAKER_REACH

_MARK = re.compile(r"``|''|[\"\u201c\u201d\u00ab\u00bb\u201e]")


_OPEN_AFTER = "([{\u2014\u2013-/:"


_CLOSING_AFTER = ",.;:!?)]"
"""What stands after a straight double mark that closes a quote and never after one that opens it."""


@attrs.frozen
class _Raw:
    """Quoted words found between marks, before attribution."""

    start: int
    end: int
    open_mark: int
    close_mark_end: int


def _overlap_test(raws: Sequence[_Raw]) -> Callable[[_Raw], bool]:
    """Whether a stretch overlaps one of ``raws`` (in the order of their opening marks), by :mod:`bisect`."""
    ordered = sorted(raws, key=lambda r: r.open_mark)
    opens = [r.open_mark for r in ordered]
    reach = list(itertools.accumulate((r.close_mark_end for r in ordered), max))  # the furthest end so far

    def overlaps(raw: _Raw) -> bool:
        count = bisect.bisect_left(opens, raw.close_mark_end)  # the ones opened before it closes
        return count > 0 and reach[count - 1] > raw.open_mark

    return overlaps


def _is_opener(mark: str, before: str, after: str, *, is_open: bool) -> bool:
    spaced_before = not before or before.isspace() or before in _OPEN_AFTER
    spaced_after = not after or after.isspace()
    if mark in {"\u201c", "\u00ab", "\u201e", "``"}:
        return not (is_open and not spaced_before and (spaced_after or not after.isalnum()))
    if mark == "\u201d":
        return not is_open and spaced_before and after.isalnum()
    if mark == '"':
        if is_open:  # "… (…) ", - сказал": a mark before a comma or a stop closes
            return spaced_before and not spaced_after and after not in _CLOSING_AFTER
        return not (not spaced_before and (spaced_after or not after.isalnum()))
    return False


def _soft_break(text: str, line_end: int, next_start: int, *, blank_lines: bool) -> bool:
    r"""Whether the line break between ``line_end`` and ``next_start`` is no paragraph break.

    It is one line break, and either the text parts its paragraphs with blank lines
    (``blank_lines``), or it is hard-wrapped copy that breaks lines inside sentences: after no
    mark that ends a sentence or a quote, before a lowercase letter (``building up its\narmed``).
    """
    if text[line_end:next_start] not in {"\n", "\r\n", "\r"}:
        return False
    last = text[max(0, line_end - SPEAKER_REACH) : line_end].rstrip()[-1:]
    wrapped = last not in '.!?:;"\u201d\u00bb\u2019' and text[next_start : next_start + 1].islower()
    return bool(last) and (blank_lines or wrapped)


_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
"""A Hebrew letter: a straight double mark between two is the gershayim of an acronym (``נאט"ו``)."""


def _pairs(text: str) -> Iterator[_Raw]:  # noqa: C901, PLR0912 - one branch a kind of mark
    """Quoted stretches: open mark, close mark, and the words between them."""
    open_at: tuple[int, int] | None = None  # (mark start, content start)
    carry = False
    reversed_marks = False  # a quote opened by » closes with «, as German writes it
    last_end = 0
    blank_lines = _BLANK_LINE.search(text) is not None
    for line in _LINE.finditer(text):
        marks = list(_MARK.finditer(text, line.start(), line.end()))
        if carry:
            carry = False
            opens = bool(marks) and not text[line.start() : marks[0].start()].strip()
            if opens and marks[0].group() in {"\u201c", '"', "``", "\u00ab", "\u201e"}:
                marks = marks[1:]
            elif not _soft_break(text, last_end, line.start(), blank_lines=blank_lines) and not (
                open_at is not None and not reversed_marks and _closes_over_break(text, open_at[0], marks)
            ):
                open_at = None
        last_end = line.end()
        inner = False  # inside a quote within the quote, both in straight marks
        for at, match in enumerate(marks):
            mark, start, end = match.group(), match.start(), match.end()
            before = text[start - 1] if start > line.start() else ""
            after = text[end] if end < line.end() else ""
            if mark == '"' and _HEBREW_LETTER.match(before) and _HEBREW_LETTER.match(after):
                continue  # a gershayim written as a straight mark: the acronym נאט"ו, no quotation mark
            if inner:
                inner = False  # the inner quote's closing mark
                continue
            if (
                open_at is not None
                and mark == '"'
                and text[open_at[0]] == '"'
                and _is_opener(mark, before, after, is_open=True)
                and _nested_closes(marks[at + 1 :])
            ):
                inner = True  # '"Её цель - формирование "пула желающих" Россию …", - заявил': a quote inside
                continue
            if open_at is None:
                reversed_marks = mark == "\u00bb" and (not before or before.isspace()) and after.isalnum()
                if reversed_marks or (
                    mark not in {"''", "\u00bb"} and _is_opener(mark, before, after, is_open=False)
                ):
                    open_at = (start, end)
            elif reversed_marks and mark == "\u00bb":
                open_at = (start, end) if after.isalnum() else open_at
            elif (
                mark not in {"''", "\u00bb", "\u201d"}
                and not (reversed_marks and mark == "\u00ab")
                and _is_opener(mark, before, after, is_open=True)
            ):
                open_at = (start, end)  # a stray opener: the earlier mark was not a quote
            else:
                yield _trimmed(text, open_at[1], start, open_at[0], end)
                open_at = None
        carry = open_at is not None


_PAIRED_CLOSERS = {"\u00ab": "\u00bb", "\u201c": "\u201d"}
"""The closing mark of each opening mark that never closes a quote itself: ``« … »``, ``“ … ”``."""


def _closes_over_break(text: str, open_mark: int, marks: Sequence["re.Match[str]"]) -> bool:
    """Whether a quote left open at a paragraph's end closes in the next paragraph, no mark reopening it.

    ``«Пуски … региона.⏎Они являются … ООН», – сказал``: a guillemet or curly opening mark whose
    own closing mark is the next paragraph's first mark, a verb of saying right after it, runs over
    the break; the quote is one, from the first opening mark to that closing one. With no cue after
    the closing mark (``“We never … targets.⏎Kishida spoke to reporters,” then left.``) the break
    ends the open quote.
    """
    closer = _PAIRED_CLOSERS.get(text[open_mark])
    if closer is None or not marks or marks[0].group() != closer:
        return False
    cue = _CUE_AFTER.match(text, marks[0].end())
    return cue is not None and _cue_pattern().match(text, cue.end()) is not None


_CUE_AFTER = re.compile("[ \t,\u2013\u2014-]{0,4}")
"""What may stand between a closing mark and the cue right after it: ``», – сказал``."""


def _nested_closes(rest: Sequence["re.Match[str]"]) -> bool:
    """Whether the straight marks after an opener met inside an open quote close it and the outer one.

    They do when they are an even number, two at least, all straight; else the opener stands
    alone, the earlier mark being no quote.
    """
    return len(rest) >= 2 and len(rest) % 2 == 0 and all(m.group() == '"' for m in rest)


def _trimmed(text: str, start: int, end: int, open_mark: int, close_mark_end: int) -> _Raw:
    """The quoted stretch, without the spaces that set it off from guillemets (``« … »``)."""
    inner = text[start:end]
    if not inner.strip(_SETTING_OFF):
        return _Raw(start=start, end=end, open_mark=open_mark, close_mark_end=close_mark_end)
    if text[open_mark] in _SET_OFF_MARKS + _OPENING_MARKS:  # « … », « … ", " The …", “ The …”
        start += len(inner) - len(inner.lstrip(_SETTING_OFF))
    if text[open_mark] in "\u00ab\u00bb" or text[close_mark_end - 1] in _SET_OFF_MARKS:  # " … » too; … 7. "
        end -= len(inner) - len(inner.rstrip(_SETTING_OFF))
    return _Raw(start=start, end=end, open_mark=open_mark, close_mark_end=close_mark_end)


_SET_OFF_MARKS = '\u00ab\u00bb"'
"""Marks whose quoted words a space may set off: guillemets (``« … »``) and the straight double mark,
which points neither way (``" The waves …"``, ``… toplam 7. " diye``); the space is no part of the quote."""


_OPENING_MARKS = "\u201c\u201e"
"""Opening marks that only open: a space after one sets the quote off (``“ The legislature …”``)."""


_SETTING_OFF = " \t\u00a0\u202f\u2009"
"""Spaces, no-break spaces and thin spaces set between guillemets and the words they quote."""


_SINGLE_OPEN, _SINGLE_CLOSE = "\u2018", "\u2019"


_SINGLE_MARK = re.compile("[\u2018\u2019]")


_STRAIGHT_SINGLE = re.compile(r"(?<!')'(?!')")
"""A straight single mark that is not half of a TeX-style ``''``."""


_MIN_STRAIGHT_SINGLE_WORDS = 3
"""Straight single marks around fewer words mark a term or a headline's phrase (``the 'Taiwan card'``)."""


def _single_pairs(text: str) -> Iterator[_Raw]:
    """Stretches in single marks, curly (``‘…’``) or straight (``'…'``).

    A mark opens after a space, a line start or an opening bracket or dash and before a letter,
    and closes after a letter or punctuation and before no letter; a mark between letters or before
    one (``Japan’s``, ``let's``) is an apostrophe. A stretch goes on over a line break that is no
    paragraph break (:func:`_soft_break`).
    """
    yield from _single_marked(text, _SINGLE_MARK, _SINGLE_OPEN, _SINGLE_CLOSE)
    yield from _single_marked(text, _STRAIGHT_SINGLE, "'", "'")


def _single_marked(text: str, marks: re.Pattern[str], opener: str, closer: str) -> Iterator[_Raw]:
    """The stretches between one kind of single marks (:func:`_single_pairs`)."""
    open_at: int | None = None
    if opener not in text:
        return
    last_end = 0
    blank_lines = _BLANK_LINE.search(text) is not None
    for line in _LINE.finditer(text):
        if open_at is not None and not _soft_break(text, last_end, line.start(), blank_lines=blank_lines):
            open_at = None
        last_end = line.end()
        for mark in marks.finditer(text, line.start(), line.end()):
            i, char = mark.start(), mark.group()
            before = text[i - 1] if i > line.start() else ""
            after = text[i + 1] if i + 1 < line.end() else ""
            spaced = not before or before.isspace() or before in _OPEN_AFTER + '"\u201c'
            opens = spaced and after and not after.isspace() and not after.isdigit()
            if char == opener and opens and (open_at is None or opener != closer):
                open_at = i
            elif char == closer and open_at is not None and not spaced and not after.isalnum():
                yield _Raw(start=open_at + 1, end=i, open_mark=open_at, close_mark_end=i + 1)
                open_at = None


_CORNERS = {"\u300c": "\u300d", "\u300e": "\u300f"}


_CORNER_MARK = re.compile("[\u300c\u300d\u300e\u300f]")


def _corner_pairs(text: str) -> Iterator[_Raw]:
    """Stretches in corner brackets ``「…」`` and white corner brackets ``『…』`` (Japanese, Chinese).

    Each opener closes with its own closer, so a quote inside a quote (``「…『…』…」``) is a
    stretch of its own too; a stretch ends with its line.
    """
    if "\u300c" not in text and "\u300e" not in text:
        return
    for line in _LINE.finditer(text):
        opened: list[tuple[str, int]] = []
        for mark in _CORNER_MARK.finditer(text, line.start(), line.end()):
            char, at = mark.group(), mark.start()
            if char in _CORNERS:
                opened.append((char, at))
                continue
            for depth in range(len(opened) - 1, -1, -1):
                if _CORNERS[opened[depth][0]] == char:
                    start = opened[depth][1]
                    del opened[depth:]
                    if at > start + 1:
                        yield _Raw(start=start + 1, end=at, open_mark=start, close_mark_end=at + 1)
                    break
