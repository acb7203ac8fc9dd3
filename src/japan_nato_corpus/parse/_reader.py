"""Reading a page line by line: raw text to :class:`~japan_nato_corpus.model.Article`.

The reader is a pipeline of small steps over the lines of the page: split the
text into stripped lines that keep their offsets, classify each line (list,
comment, footnote, site furniture, byline, caption, header date, title, body)
and assemble the spans into an :class:`Article`. No text is ever normalised,
so every span slices the raw text to exactly what it claims.
"""

import contextlib
import datetime as dt
import enum
import functools
import gc
import hashlib
import itertools
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple, TypeVar

import attrs

from japan_nato_corpus.dates import first_full_date, line_shape, parse_date
from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.model import Article, BoilerplateKind, CreditRole
from japan_nato_corpus.parse import _boilerplate, _bylines, _header, _line_model, _zone
from japan_nato_corpus.parse._limits import (
    BINARY_SAMPLE,
    CAPTION_CHARS,
    COMMENT_DATE_CHARS,
    COMMENTER_WORDS,
    CONTROL_SHARE,
    CREDIT_WORDS,
    DATELINE_CHARS,
    DATELINE_PARAGRAPHS,
    HEADER_LINES,
    HEADER_SCAN_LINES,
    LARGE_INPUT,
    LINE_MEMO,
    LINE_MEMO_CHARS,
    MASTHEAD_WORDS,
    MAX_CHARS,
    PREFIX_CHARS,
    SIGN_OFF_CHARS,
    STANDFIRST_PARAGRAPHS,
    SUMMARY_LINES,
    TOP_LINES,
)
from japan_nato_corpus.parse._page import SUMMARY_CHARS, Page

_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character :meth:`str.splitlines` breaks a line at."""
_LINE = re.compile(rf"\S(?:[^{_BREAKS}]*\S)?")
"""A line's text without its surrounding white space."""
_BREAK = re.compile(f"\r\n|[{_BREAKS}]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
"""The control characters that are no line break nor tab (Unicode category Cc)."""
_SPACE = re.compile(r"\s")
_FOOTNOTE = re.compile(r"\[(?P<number>\d{1,4})\][^\S\n]{0,3}(?=\S)")
_NUMBERED_NOTE = re.compile(r"(?P<number>\d{1,4})[.)][^\S\n]{0,3}(?=\S)")
_ANY_NOTE = re.compile(r"(?:\[(?P<bracketed>\d{1,4})\]|(?P<numbered>\d{1,4})[.)])[^\S\n]{0,3}(?=\S)")
"""A note's number in a run of notes: :data:`_FOOTNOTE`, else :data:`_NUMBERED_NOTE`."""
_NOTE_LINE = re.compile(
    rf"(?:(?:\[(\d{{1,4}})\]|(\d{{1,4}})[.)])[^\S{_BREAKS}]{{0,3}}(?=\S)())?{_LINE.pattern}"
)
"""A line (:data:`_LINE`) with the number of the note it opens with, if one (:data:`_ANY_NOTE` of
the line's text): bracketed (group 1) or not (group 2), and where its text begins (group 3).
As a line holds no break, the spaces after a number are those of any white space but a break."""
_NOTES_HEADING = re.compile(r"(?:notes|endnotes|footnotes|references|sources)[:]?", re.IGNORECASE)
_COMMENTER = re.compile(r"(?P<name>[^\n]{1,60}?)[^\S\n]{1,3}(?:wrote|says|said|commented)[:]?")
_COMMENTER_ENDS = ("wrote", "says", "said", "commented", "wrote:", "says:", "said:", "commented:")
"""How a line :data:`_COMMENTER` matches ends: one test before the pattern's."""
_DIGIT = re.compile(r"\d")
_STAMP = re.compile(r"(?:date[^\S\n]{1,3})?\d{4}-\d{2}(?:-\d{2})?[^\S\n]{1,3}(?=\S)", re.IGNORECASE)
_BULLET = re.compile(r"[•·▪◦][^\S\n]{0,6}")
_MORE_MARK = re.compile(
    r"(?<=[.!?\"”»)])[^\S\n]+(?:\[(?:read[^\S\n]+)?(?:more|mehr|plus|más|meer|lagi|selengkapnya)\]"
    r"|(?:read[^\S\n]+)?(?:more|mehr|plus|más|meer|lagi|selengkapnya)[^\S\n]*"
    r"(?:(?:\.{2,3}|…)[^\S\n]*[|/»›>]?|[|/»›>]))\Z",
    re.IGNORECASE,
)
"""A link to the rest of a story run into the end of its excerpt ("... Beziehungen. mehr... |")."""
_TEASER_PAIRS = 2
"""The fewest teaser and date line pairs above a headline that make a run of other posts' teasers."""
_SETTLED = max(DATELINE_PARAGRAPHS, STANDFIRST_PARAGRAPHS)
"""From this many paragraphs on, only a line's own shape can take it out of the body."""
_DATELINE_REACH = 2 * DATELINE_PARAGRAPHS
"""How many paragraphs, short loose lines among them, the dateline is looked for under."""
_SPEAKER_REACH = 20_000
"""How far under a name closed by a colon the page is read for the same label over another turn."""
_QUOTE_OPENERS = '“„«"‘'
"""The marks that open a quotation."""
_FIRST_LETTERS = re.compile(r"[^\W\d_]+")
_FURNITURE_WORDS = frozenset(
    {
        # furniture rules, notices, list, comments and notes headings, source lines
        "page", "part", "pg", "p",
        "we", "comment", "comments", "this", "views", "disclaimer", "the", "copyright", "all", "back",
        "skip", "region", "regions", "theme", "themes", "topic", "topics", "tag", "tags", "category",
        "categorys", "categories", "categoriess", "section", "sections", "filed", "next", "previous",
        "continue", "read", "home", "share", "like", "sign", "subscribe", "follow", "become", "leave",
        "click", "download", "support", "donate", "join", "for", "contact", "loading", "listen",
        "summarise", "summarize", "try", "ask", "use", "log", "an", "here", "tweet", "email", "print",
        "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram", "pinterest", "reply",
        "report", "http", "https", "www", "advertisement", "sponsored", "cover", "image", "images",
        "photo", "photos", "picture", "pictures", "popular", "most", "ranking", "related", "you",
        "recommended", "trending", "more", "top", "latest", "featured", "editor", "notes", "endnotes",
        "footnotes", "references", "sources", "original", "originally", "source", "shopping", "your",
        "view", "add", "don", "must",
    }
)  # fmt: skip
"""Every word (case folded) that a line of furniture or a heading of lists, comments or notes opens with."""
_CREDIT_OPENING_WORDS = frozenset(
    {
        # bylines, credit tag lines, agencies
        "by", "written", "words", "story", "posted", "reported", "author", "authors", "articles",
        "additional", "reporting", "writing", "compiled", "editing", "photography", "reuters", "ap",
        "afp", "associated", "agence", "kyodo", "bloomberg", "dpa", "xinhua", "jiji", "efe", "ansa",
        "yonhap", "credit", "photograph", "bernama", "anadolu", "antara", "pti", "ani", "tass", "ria",
        "ians", "press", "united", "upi", "the", "photo", "photos", "belga", "kuna", "kuwait", "nhk",
        "wam", "emirates", "spa", "saudi", "qna", "bna", "irna", "sana", "wafa", "lusa", "europa", "apa",
        "sda", "anp", "ntb", "tanjug", "ctk", "čtk", "pap", "bta", "mti", "hina", "ukrinform", "interfax",
        "kcna", "korean", "cna", "central", "vna", "vietnam", "pna", "philippine", "bss", "segnalazione",
        "reportaje", "reporte", "reportagem",
    }
)  # fmt: skip
"""Every word (case folded) that a byline, a credit tag line or an agency's name alone opens with."""
_DASHED_TAIL = re.compile(
    r"[-–—|][^\S\n]{0,2}[A-Za-z][\w .-]{0,30}(?:,[^\S\n]{1,3}[A-Z][\w .-]{0,30})?\.?\Z"
    r"|(?<=[.!?»”\"][^\S\n])[A-Z]{2,8}\Z"
    r"|(?<=[^\W\d_][.!?»”\"][^\S\n])[A-Z][\w'’-]{1,30}(?:[^\S\n][A-Z][\w'’-]{1,30}){1,2}\Z"
)
"""A dash or a bar and a name closing a line, as an agency's sign-off does (``... - Bernama``),
with a writer's outlet after a comma (``...-Jane Doe, Example News``), or an agency's name in
capitals after the last sentence (``... la canasta familiar. EFE``), or a writer's name run into it
(``… over os. Jane Doe``)."""
_WRITTEN_OPENING = re.compile(
    r"(?:this|the)[^\S\n]+(?:article|story|post|report|piece|analysis)[^\S\n]"
    r"|(?:first[^\S\n]+)?published[^\S\n]+in[^\S\n]",
    re.IGNORECASE,
)
"""The opening of a closing line naming the story's writer (``This article was written by …``), or
where it ran, with its date (``Published in Dawn, December 19th, 2022``)."""
_CREDIT_WORDS = frozenset({"photo", "photograph", "picture", "image", "credit"})
"""Every word (case folded) that a photo credit line opens with."""
_ANYWHERE = (
    "copyright", "fair use", "all rights reserved", "access ranking", "subscrib", "journalism",
    "lorem ipsum", "dolor sit amet", "consectetur", "adipisicing", "possimus", "voluptatibus",
    "praesentium", "repellendus",
)  # fmt: skip
"""What a claimable line may hold near its start: a copyright notice's words, a ranking's name,
a reader appeal's subject, placeholder text."""
_SHORT_ANYWHERE = (
    "newsletter", "magazine", "blog", "journal", "website", "news site", "news portal", "news source",
    "sign up", "sign in", "log in", "subscribe", "register", "learn more", "join now", "read more",
)  # fmt: skip
"""What a line of at most ``_boilerplate.PROMPT_CHARS`` may hold to be a newsletter prompt, a site's line
about itself or a prompt closing with its button; longer lines are never searched for them."""
_HOLDS_ANYWHERE = re.compile("|".join(map(re.escape, _ANYWHERE))).search
_HOLDS_SHORT_ANYWHERE = re.compile("|".join(map(re.escape, _SHORT_ANYWHERE))).search
"""Whether a case-folded text holds one of :data:`_ANYWHERE` (of :data:`_SHORT_ANYWHERE`): one
search for them all, which a line's letters mostly stop at once."""


_new_line = tuple.__new__  # a line a match: skips the named tuple's own __new__

_Reading = TypeVar("_Reading")


def _memo(read: Callable[[str], _Reading]) -> Callable[[str], _Reading]:
    """``read``, remembering its readings of the last :data:`LINE_MEMO` distinct short lines.

    Only for a reader whose answer depends on a line's text alone, and is never mutated: the
    furniture, credit and caption patterns, the comment and gate readings. A page repeats such
    lines (share bars, comment stamps, bylines), and each is then read once; a line longer than
    :data:`LINE_MEMO_CHARS` is read afresh, so the memo never holds much text.
    """
    remembered = functools.lru_cache(maxsize=LINE_MEMO)(read)

    def memo(text: str) -> _Reading:
        return remembered(text) if len(text) <= LINE_MEMO_CHARS else read(text)

    return functools.update_wrapper(memo, read)


@_memo
def _byline_at(line: str) -> tuple[tuple[int, int], ...] | None:
    """:func:`_bylines.byline` of ``line``, its pieces local to the line."""
    names = _bylines.byline(line, 0)
    bullet = _BULLET.match(line) if names is None else None
    if bullet is not None and _LABELLED_BYLINE.match(line, bullet.end()):
        names = _bylines.byline(
            line[bullet.end() :], bullet.end()
        )  # "• Writer: Jane Doe" in a blog's meta list
    return None if names is None else tuple(names)


_LABELLED_BYLINE = re.compile(
    r"(?:by|written by|writer|author|autor|auteur|posted by)[^\S\n]?:?[^\S\n]", re.IGNORECASE
)
"""A byline's label after a bullet, as a blog lists its writer, date and reading time."""


@_memo
def _tagline_at(line: str) -> tuple[tuple[CreditRole, tuple[int, int]], ...] | None:
    """:func:`_bylines.tagline` of ``line``, its pieces local to the line."""
    tagged = _bylines.tagline(line, 0)
    return None if tagged is None else tuple(tagged)


@_memo
def _sign_off_at(line: str) -> tuple[int, int] | None:
    """:func:`_bylines.sign_off` of ``line``, its piece local to the line."""
    return _bylines.sign_off(line, 0)


_BY_OPENING = re.compile(r"(?i:by)[^\S\n]")
_AGENCY_COPYRIGHT = re.compile(
    r"(?:©|\((?i:c)\)|(?i:copyright))[^\S\n]{0,3}(?:\d{4}[^\S\n]{1,3})?(?P<agency>[A-Z][\w.&'’-]{1,30}(?:[^\S\n][A-Z][\w.&'’-]{1,30}){0,2})"
    r"(?:[^\S\n]{1,3}\d{4})?\.?"
)
"""A copyright line naming only its holder and a year (``© Kyodo News``, ``(c) 2024 AFP``)."""
_AGENCY_INITIALS = re.compile(r"(?P<agency>[A-Za-z][\w.-]{1,20})/[a-z]{1,4}(?:/[a-z]{1,4})?")
"""An agency and its editor's initials after a slash, closing a story (``dpa/vk``, ``AFP/jd``)."""
_credit_line = _memo(_bylines.credit_line)
_photo_credit_suffix = _memo(_bylines.photo_credit_suffix)
_boilerplate_kind = _memo(_boilerplate.boilerplate_kind)
_is_list_heading = _memo(_boilerplate.is_list_heading)
_is_comments_heading = _memo(_boilerplate.is_comments_heading)
_original_source = _memo(_header.original_source)
_is_agency = _memo(_bylines.is_agency)


@_memo
def _header_caption(line: str) -> tuple[bool, tuple[int, int] | None]:
    """:func:`_bylines.caption_line` of a line above the first paragraph."""
    return _bylines.caption_line(line, header=True)


@_memo
def _body_caption(line: str) -> tuple[bool, tuple[int, int] | None]:
    """:func:`_bylines.caption_line` of a line in the body."""
    return _bylines.caption_line(line, header=False)


class _Mode(enum.Enum):
    BODY = "body"
    LIST = "list"
    COMMENTS = "comments"
    NOTES = "notes"


class _Line(NamedTuple):
    start: int
    end: int
    text: str
    after_blank: bool


def parse_article(
    text: str,
    *,
    id: str | None = None,
    publisher: str | None = None,
    original_source: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Article:
    """Parse raw pasted web text into an :class:`Article`.

    Finds the title, the publication date (timezone-aware when the text gives a
    zone; a month or year when that is all it gives; ``None`` when it gives
    none), the dateline, bylines, publisher and original source, body
    paragraphs, reader comments, footnotes, photo captions and site furniture.

    Args:
        text: The raw text; every span of the result points into it.
        id: The article id; by default ``article-`` and the first 12 hex digits
            of the text's sha256.
        publisher: The publisher, used when the text names none.
        original_source: The original publisher of a repost, used when the
            text names none.
        max_chars: The largest input accepted, in characters.

    Raises:
        ParseError: The text is empty, binary, longer than ``max_chars``, has
            neither title nor body, or gives a date with an unknown time zone.
    """
    _check_input(text, max_chars)
    with _cycle_collector_paused(pause=len(text) > LARGE_INPUT):
        article = _read_article(
            text,
            id=_default_id(text) if id is None else id,
            publisher=publisher,
            original_source=original_source,
        )
    if article.title is None and not article.paragraphs:
        raise ParseError("found neither a title nor body text", line=1, column=1)
    return article


def _read_article(text: str, *, id: str, publisher: str | None, original_source: str | None) -> Article:
    # The page is a local of this call alone, so that it is freed (its working records: a note's
    # number and offsets, a paragraph's span) as the call returns, before the cycle collector
    # resumes: the collector's first pass then walks the article's records only.
    page = Page(text, publisher=publisher)
    _read_lines(page, _lines(text))
    _post_signature(page)
    _foot_author(page)
    return page.article(id=id, publisher=publisher, original_source=original_source)


def _default_id(text: str) -> str:
    return "article-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@contextlib.contextmanager
def _cycle_collector_paused(*, pause: bool) -> Iterator[None]:
    # A large page makes millions of small records and no reference cycles; CPython's cycle
    # collector would walk them all again and again, making parse time grow faster than the
    # input. Reference counting still frees everything. Only an enabled collector is paused
    # and then restored, so a caller's own gc.disable() is left alone.
    paused = pause and gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _check_input(text: str, max_chars: int) -> None:
    if not isinstance(text, str):
        msg = f"expected text (str), got {type(text).__name__}"  # type: ignore[unreachable]
        raise ParseError(msg, line=1, column=1)
    if len(text) > max_chars:
        msg = f"the text has {len(text)} characters, more than max_chars={max_chars}"
        raise ParseError(msg, line=1, column=1)
    if not text or text.isspace():  # as "not text.strip()", without copying the text
        raise ParseError("the text is empty or blank", line=1, column=1)
    nul = text.find("\0")
    if nul >= 0:
        raise _error_at(text, nul, "the text holds a NUL character: binary data, not text")
    sample = text[:BINARY_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    visible = len(sample) - len(_SPACE.findall(sample)) or 1
    if controls > visible * CONTROL_SHARE:
        first = _CONTROL.search(sample)
        raise _error_at(
            text,
            first.start() if first else 0,
            "the text is mostly control characters: binary data, not text",
        )


def _error_at(text: str, offset: int, reason: str) -> ParseError:
    breaks = list(_BREAK.finditer(text, 0, offset))
    line_start = breaks[-1].end() if breaks else 0
    return ParseError(reason, line=len(breaks) + 1, column=offset - line_start + 1)


def _lines(text: str, after: _Line | None = None) -> Iterator[_Line]:
    """The lines of ``text``, or those after the line ``after``."""
    # A generator, so a 10 MB page never holds all its lines at once. Each match is a line's
    # stripped text; a gap of one character between two lines is one break, anything longer is
    # counted.
    # The first line is after no blank: its "previous end" lies past its start.
    previous_end = len(text) if after is None else after.end
    breaks = _BREAK.findall
    for match in _LINE.finditer(text, 0 if after is None else after.end):
        start, end = match.span()
        yield _new_line(
            _Line,
            (
                start,
                end,
                match.group(),
                start - previous_end > 1 and len(breaks(text, previous_end, start)) > 1,
            ),
        )
        previous_end = end


def _split_stamps(lines: list[_Line], marks: set[int]) -> list[_Line]:
    # A header line that opens with a bare ISO date stamp ("date 2022-06-15 Fumio Kishida says")
    # is two lines: the stamp, and the text after it. So is a headline with a labelled date run
    # into its end ("... im Pazifik Stand: 05.11.2021 11:03 Uhr"): the headline, and its date line.
    # So is a prose line closed by a link to read on ("... Beziehungen. mehr... |"): the prose,
    # and the link, whose start is added to ``marks``.
    # So is a headline with a date run on after it, unlabelled (``_zone.run_on_date``).
    # So is a page's first line holding its whole header run together with the story
    # ("Analysis Japan faces ... attacksNew capability ..."): the kicker, the headline, the rest.
    split: list[_Line] = []
    run = _zone.run_together_head(lines[0].text) if lines else None
    if run is not None:
        first, (kicker, headline) = lines[0], run
        if kicker:
            split.append(
                _Line(first.start, first.start + kicker - 1, first.text[: kicker - 1], first.after_blank)
            )
        split.append(
            _Line(
                first.start + kicker, first.start + headline, first.text[kicker:headline], after_blank=False
            )
        )
        lines = [
            _Line(first.start + headline, first.end, first.text[headline:], after_blank=False),
            *lines[1:],
        ]
    story = False  # whether a line of the story's prose is read
    for line in lines:
        stamp = _STAMP.match(line.text)
        if stamp is not None:
            text = stamp.group().rstrip()
            split.append(_Line(line.start, line.start + len(text), text, line.after_blank))
            line = _Line(line.start + stamp.end(), line.end, line.text[stamp.end() :], after_blank=False)  # noqa: PLW2901
        more = _MORE_MARK.search(line.text)
        if more is not None:
            # A prose line that closes with a link to read on is the prose, and the link: only
            # the link is furniture, however the zone classes a line that ends at a separator.
            head = line.text[: more.start()]
            split.append(_Line(line.start, line.start + len(head), head, line.after_blank))
            marker = line.text[more.start() :].lstrip()
            line = _Line(line.end - len(marker), line.end, marker, after_blank=False)  # noqa: PLW2901
            marks.add(line.start)
        run_in = _header.run_in_date(line.text)
        if run_in is None:
            # A headline with its date run on after it ("... jordskælv12. december 2025", "... 報道で
            # 2026/02/24/18:33 連休明け…"): the headline, and its date line with any story after it.
            # Under the story's first prose, a line is the story's (a source and its date).
            head_end = None if story else _zone.run_on_date(line.text)
            story = story or _zone.is_prose(line.text)
            if head_end is None:
                split.append(line)
                continue
            run_in = len(line.text) - len(line.text[head_end:].lstrip())
        head = line.text[:run_in].rstrip()
        split.append(_Line(line.start, line.start + len(head), head, line.after_blank))
        rest = _Line(line.start + run_in, line.end, line.text[run_in:], after_blank=False)
        # The rest can be the date line with the story's lede run on after it ("2026/02/24/18:33
        # The yen fell ..."): the date, and the lede.
        dated = _zone.opening_date(rest.text)
        if dated is not None:
            lede = len(rest.text) - len(rest.text[dated:].lstrip())
            split.append(_Line(rest.start, rest.start + dated, rest.text[:dated], after_blank=False))
            rest = _Line(rest.start + lede, rest.end, rest.text[lede:], after_blank=False)
        split.append(rest)
    return split


def _top_lines(lines: Iterator[_Line]) -> list[_Line]:
    """The page's first :data:`HEADER_LINES` lines of words, with the wordless lines among them.

    A site clock or a list of timed updates ("17:20", "-", "17:00", ...) can fill the top of a
    page, and so can a menu's items ("• 2024", "• U-23 futsal", ...); their lines do not count,
    so the headline under them stays in the header zone.
    """
    top: list[_Line] = []
    worded = 0
    for line in lines:
        top.append(line)
        worded += not _boilerplate.is_wordless(line.text) and not _zone.is_menu_item(line.text)
        if worded >= HEADER_LINES or len(top) >= HEADER_SCAN_LINES:
            break
    return top


def _echoes(line: str, headline: str) -> bool:
    """Whether every word of ``line`` stands in ``headline``: a section's heading that repeats it.

    "Tsunami Advisory Issued" under "Tsunami Advisory Issued After 6.8-Magnitude Earthquake
    Strikes Japan" heads the story's first section; a byline's name is seldom the headline's.
    """
    words = set(headline.casefold().split())
    return all(word in words for word in line.casefold().split())


def _loose_label(text: str) -> bool:
    """Whether a paragraph is a byline, or a label of few words (``MASTHEAD_WORDS``).

    A line so short is no paragraph of a story's prose, even with a full stop (``The U.S.A.``).
    """
    return len(text.split()) <= MASTHEAD_WORDS or _byline_at(text) is not None


_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "’", "。")


def _unclosed_head(page: Page) -> bool:
    """Whether the page's paragraphs so far, at most :data:`SUMMARY_LINES`, close no sentence.

    A summary's bullets wrapped over several lines (``Japan's central bank keeps policy steady, but
    in split`` / ``vote``) and an update note (``(Updates after BOJ decision)``) stand over a wire's
    dateline: no story prose has been read yet.
    """
    paragraphs = page.paragraphs
    return len(paragraphs) <= SUMMARY_LINES and not any(
        paragraph.text.rstrip().endswith(_SENTENCE_ENDS) for paragraph in paragraphs
    )


def _settled(page: Page) -> bool:
    """Whether the body is past the paragraphs that may hold the dateline or a standfirst.

    Past :data:`_SETTLED` paragraphs, once the dateline is found or :data:`_DATELINE_REACH`
    paragraphs are read, one of them closing a sentence: short loose lines may stand over the
    story's first paragraph, and a summary's unclosed lines over a wire's dateline.
    """
    paragraphs = len(page.paragraphs)
    if paragraphs < _SETTLED:
        return False
    return page.dateline is not None or (paragraphs >= _DATELINE_REACH and not _unclosed_head(page))


def _undated(page: Page) -> bool:
    """Whether the story's date line and dateline may still stand under the body's first lines.

    So they may under the headline, within twice :data:`_DATELINE_REACH` paragraphs, while the
    page has neither (:meth:`_Reader._date_over_dateline`): those lines are read one by one.
    """
    return (
        page.dateline is None
        and not page.dates
        and page.title is not None
        and len(page.paragraphs) < 2 * _DATELINE_REACH
    )


_POST_SIGNATURE = re.compile(
    r"(?i:posted[^\S\n]by):?[^\S\n]{1,3}(?P<name>[^\n\[\d]{1,60}?)[^\S\n]{1,3}(?i:at|on)[^\S\n]{1,3}(?P<date>[^\n]{6,60})"
)
"""A post's signature under its prose, with the time it went up (``Posted by Jane Doe at May 27, 2009
07:47 AM``)."""


def _post_signature(page: Page) -> None:
    """Credit the writer, and take the time, of a post signed under its prose on the page's own day.

    The first paragraph past the first opened by ``Posted by`` and a date is the post's signature
    when its date is the day the page's date line gives (a blog prints the day over the post, the
    time under it); comments signed alike come after it, on their own days or later. The name is
    the signer's as written, of :data:`COMMENTER_WORDS` words at most (``Ghost of a flea``). A page
    with an author keeps it; the time is taken where the date line gave none.
    """
    signature = next(
        (
            match
            for paragraph in page.paragraphs[1:]
            if paragraph.text[:1] in "pP"
            and (match := _POST_SIGNATURE.fullmatch(page.text, paragraph.start, paragraph.end)) is not None
        ),
        None,
    )
    if signature is None or not page.dates:
        return
    dates = _header.header_dates(page.text, signature.start("date"), signature.end("date"))
    day = page.dates[0].found.date
    if not dates or dates[0].date != day or day.day is None:
        return
    name = signature.group("name")
    if not page.has_author() and name[:1].isupper() and len(name.split()) <= COMMENTER_WORDS:
        page.credit(CreditRole.AUTHOR, *signature.span("name"), byline="signoff")
    if dates[0].moment is not None and all(dated.found.moment is None for dated in page.dates):
        page.header_date(_header.HeaderDate(found=dates[0]))


_FOOT_PARAGRAPHS = 4
"""How many of the last paragraphs an author's box under the story is looked for in."""
_FOOT_LABELS = 12
"""The most short labels closing a page that the author's box is looked for over."""
_FOOT_STORY = 3
"""The fewest paragraphs of the story over an author's box: a note on a speaker under a briefing's
opening lines introduces him."""


def _foot_author(page: Page) -> None:
    """Credit the writer an author's box under the story names, when nothing else names one.

    Among the last :data:`_FOOT_PARAGRAPHS` paragraphs over the short labels closing the page
    (:data:`_FOOT_LABELS` at most), under :data:`_FOOT_STORY` at least: a name alone over
    a bio of short phrases (``Jane Doe`` / ``Web pioneer. Tv lover. Travel aficionado.``,
    :func:`_bylines.is_bio_tagline`), or a note on the writer in any language of the vocabulary
    (``Jane Doe is a political reporter at ...``, ``Jane Doe est journaliste ...``,
    :func:`_bylines.foot_author_note`), or a site's address alone under the story's last sentence
    (``Oxu.az``, :func:`_bylines.is_site_address`), with no prose under it (a note on a speaker over a
    briefing's remarks introduces him). The box is furniture, no paragraph of the story.
    """
    paragraphs = page.paragraphs
    if page.has_author():
        return
    # The short labels closing the page (a list's heading, its dates) are passed over.
    labels = len(paragraphs)
    while (
        labels > 0
        and len(paragraphs) - labels < _FOOT_LABELS
        and len(paragraphs[labels - 1].text.split()) <= MASTHEAD_WORDS
    ):
        labels -= 1
    for at in range(max(_FOOT_STORY, labels - _FOOT_PARAGRAPHS), len(paragraphs)):
        paragraph = paragraphs[at]
        text = paragraph.text
        named: tuple[int, int] | None = None
        end = at + 1
        if (
            at + 1 < len(paragraphs)
            and _bylines.is_name(text)
            and not _bylines.is_outlet(text)
            and _bylines.is_bio_tagline(paragraphs[at + 1].text)
        ):
            named, end = (paragraph.start, paragraph.end), at + 2
        elif _bylines.is_site_address(text) and paragraphs[at - 1].text.endswith(_SENTENCE_ENDS):
            named = (paragraph.start, paragraph.end)  # a repost's source signing off ("Oxu.az")
        else:
            named = _bylines.foot_author_note(text, paragraph.start)
        if named is not None and all(len(after.text.split()) <= MASTHEAD_WORDS for after in paragraphs[end:]):
            page.credit(CreditRole.AUTHOR, *named, byline="signoff")
            for boxed in paragraphs[at:end]:
                page.furniture(BoilerplateKind.OTHER, boxed.start, boxed.end)
            del paragraphs[at:end]
            return


def header_lines(page: Page, lines: Iterator[_Line]) -> tuple[list[_Line], set[int], set[str]]:
    """The page's first lines as the header zone reads them, the stamps split off them, and the site's names.

    Returns:
        The first lines (a time stamp run into a line split off it), the offsets where such
        stamps were split, and the lines known to be the site's name.
    """
    marks: set[int] = set()
    top = _split_stamps(_top_lines(lines), marks)
    names = [line.text for line in top[:TOP_LINES]]
    # A line printed twice is the site's name, unless it is a sentence of prose under the page's
    # first line: a name is no sentence, and a lede printed twice (as the standfirst and the
    # story's first paragraph) is the story's. A sentence the page opens with, printed twice, is
    # a photo's caption (the image's text and the caption under it), read as such below.
    site_names = {
        name
        for name in names
        if (names.count(name) > 1 and (names.index(name) == 0 or not _zone.is_prose_sentence(name)))
        or page.is_publisher_hint(name)
    }
    return top, marks, site_names


def _read_lines(page: Page, lines: Iterator[_Line], *, bulk: bool = True) -> None:  # noqa: C901 - a branch a bulk path
    # With bulk=False every line goes through _Reader.read: the tests check that the bulk
    # paths below read every page as it does.
    top, marks, site_names = header_lines(page, lines)
    roles = _zone.zone_roles(
        page.text,
        [(line.start, line.end, line.text) for line in top],
        site_names,
        second_opinion=_line_model.overrule,
    )
    site_names -= {line.text for line in top if roles.get(line.start) is _zone.Role.TITLE}
    reader = _Reader(page, site_names, roles)
    reader.teaser_dates, reader.split_dates = (
        _teaser_dates(page.text, top, roles),
        _split_dates(page.text, top),
    )
    reader.by_lines = _by_lines(top)
    top_end = top[-1].end if top else 0
    reader.top_end = top_end
    stream: Iterator[_Line] = itertools.chain(top, lines)
    paragraph = page.paragraph
    current = next(stream, None)
    shape = None  # the shape of the current line, once known
    while current is not None:
        if bulk and reader.mode is _Mode.NOTES and current.end > top_end:
            # A run of notes past the header zone, read off the text to the first line that
            # ends it; the stream goes on after that line.
            current, shape = _read_notes(page, current), None
            if current is None:
                break
            stream = _lines(page.text, current)
        following = next(stream, None)
        after = None
        if current.start in marks:  # a link to read on, split off the prose it closed
            page.furniture(BoilerplateKind.NAVIGATION, current.start, current.end)
            current, shape = following, None
            continue
        if (
            bulk
            and reader.mode is _Mode.BODY
            and _settled(page)
            and not reader.summary
            and not (reader.dated_lede == current.start or _undated(page))
        ):
            # The settled body, read in bulk: a line that no reader may claim by its shape, over
            # a line that is no photo credit, is a paragraph (as _Reader._read_settled would
            # find, without its steps). Each line's shape is found once, as the line below.
            # The paragraphs are read in a loop of their own, to the first line that is not one.
            if shape is None:
                shape = _shape(current.text)
            while following is not None:
                after = _shape(following.text)
                # As _plain, with the line below known (shape[6]: a gate is open; after[5]: the line
                # below may be a photo credit), and the name's test with its rare half first.
                if (
                    shape[6]
                    or after[5]
                    or (following.text.startswith(current.text) and len(current.text) < len(following.text))
                ):
                    break  # a line for the readers, or a name over its author's note (_boxed_name)
                paragraph(current.start, current.end)
                current, shape = following, after
                following = next(stream, None)
            else:
                after = None
        elif bulk and reader.mode is _Mode.COMMENTS:
            # The reader comments run to the end of the page: the comment reader claims every
            # line left, and none of its readings leaves the comments.
            _read_comments(reader, current, following, stream, top_end)
            break
        elif bulk and _read_in_bulk(reader, current):
            current, shape = following, None
            continue
        reader.following = following
        if reader.read(current):
            following = next(stream, None)
            after = None
        current, shape = following, after
    page.end_comment()


def _by_lines(top: list[_Line]) -> frozenset[int]:
    """Where the header zone's lines opened by "By" and a name start (``By Jane Doe``)."""
    return frozenset(line.start for line in top if _BY_OPENING.match(line.text) and _byline_at(line.text))


def _teaser_dates(text: str, top: list[_Line], roles: dict[int, _zone.Role]) -> frozenset[int]:
    """The starts of the date lines of other posts' teasers in the header.

    A run of them above the headline, or one over its prompt to read on anywhere. Such a run is
    two or more pairs, each a line of words the zone marks as furniture over a date line it marks
    so too ("How the PLA Really Sees America" / "April 9, 2018"). A date line right
    over a prompt alone to read on ("26.2.2026 8:04" / "Read more") is a teaser's, the prompt its
    link to the other story. The dates are the teasers', not the page's: the reader takes none of
    them for its date.
    """
    prompted = frozenset(
        line.start
        for line, under in itertools.pairwise(top)
        if not under.after_blank
        and _DIGIT.search(line.text)
        and _boilerplate.is_read_on(under.text)
        and _header.header_date(text, line.start, line.end) is not None
    )
    title = next((i for i, line in enumerate(top) if roles.get(line.start) is _zone.Role.TITLE), None)
    if title is None:
        return prompted
    furniture = _zone.Role.FURNITURE
    dates = []
    for above, line in itertools.pairwise(top[:title]):
        if (
            roles.get(line.start) is furniture
            and roles.get(above.start) is furniture
            and not _boilerplate.is_wordless(above.text)
            and _header.header_date(text, line.start, line.end) is not None
            and _header.header_date(text, above.start, above.end) is None
        ):
            dates.append(line.start)
    return prompted | frozenset(dates) if len(dates) >= _TEASER_PAIRS else prompted


_DATE_PART = re.compile(r"(?P<day>[0-3]?\d)[.º°]?|(?P<year>[12]\d{3})|(?P<word>[^\W\d_]{3,12}\.?)")
"""A line that is one part of a date alone: a day's number, a year, or a word (a month's name)."""


def _split_dates(text: str, top: list[_Line]) -> dict[int, _header.HeaderDate | None]:
    """The header's dates broken over a line for each part ("30" / "setembro" / "2021").

    Three lines in a row, none after a blank but the first, each a day's number, a month's
    word or a year alone (one of each, in any order), whose words read as one full date, are one
    date line. Keyed by each line's start: the first line's is the date, spanning the three lines;
    the other two map to ``None``.
    """
    split: dict[int, _header.HeaderDate | None] = {}
    parts = [_DATE_PART.fullmatch(line.text) for line in top]
    for i in range(len(top) - 2):
        run = parts[i : i + 3]
        if any(part is None for part in run) or top[i + 1].after_blank or top[i + 2].after_blank:
            continue
        kinds = {part.lastgroup for part in run if part is not None}
        if kinds != {"day", "year", "word"} or top[i].start in split:
            continue
        try:
            found = parse_date(" ".join(line.text for line in top[i : i + 3]))
        except ParseError:
            continue
        if found.date.day is None:
            continue
        start, end = top[i].start, top[i + 2].end
        split[start] = _header.HeaderDate(
            found=attrs.evolve(found, start=start, end=end, text=text[start:end])
        )
        split[top[i + 1].start] = split[top[i + 2].start] = None
    return split


def _read_comments(
    reader: "_Reader", current: _Line, following: _Line | None, stream: Iterator[_Line], top_end: int
) -> None:
    """Read ``current``, ``following`` and every line left in ``stream`` among the reader comments.

    As :meth:`_Reader.comment` reads them one by one. Past the header zone's lines (which end at
    ``top_end``) the lines left are read straight off the text: the comment reader looks at a
    line's offsets and text alone, never at the blank lines before it.
    """
    comment = reader.comment
    comment(current)
    last = following
    while last is not None and last.end < top_end:  # the header zone's lines, as its reader split them
        comment(last)
        last = next(stream, None)
    if last is None:
        return
    comment(last)
    # Past the header zone, the stream's next line is the next _LINE match after the last it gave.
    # Each line is read as _Reader.comment_at reads it, written out here with the page's methods
    # bound once: a page of comments runs this loop a line.
    page = reader.page
    furniture, start_comment, end_comment = page.furniture, page.start_comment, page.end_comment
    comment_open, comment_line, date_comment = page.comment_open, page.comment_line, page.date_comment
    heading, commenter, policy = _Said.HEADING, _Said.COMMENTER, BoilerplateKind.COMMENT_POLICY
    said_of = _comment_line
    for match in _LINE.finditer(page.text, last.end):
        start, end = match.span()
        kind, name_end, kind_of_furniture, dated, moment = said_of(match.group())
        if kind is heading:
            furniture(policy, start, end)
        elif kind is commenter:
            start_comment(start, start + name_end)
        elif kind_of_furniture is not None:
            furniture(kind_of_furniture, start, end)
        elif dated and comment_open():
            date_comment(moment)
            end_comment()
        else:
            comment_line(start, end)


def _read_notes(page: Page, line: _Line) -> _Line | None:
    """Read a run of notes from ``line`` on; the first line that ends it, or ``None`` at the page's end.

    As :func:`_read_in_bulk` reads each line of the run, straight off the text: a numbered line
    is a note, and a line straight under a note continues it. A line after a blank that is no
    note ends the run, and so does a line under no note; the reader's steps read it. Each line
    after the first is found with its note's number, if it opens with one, in one match
    (:data:`_NOTE_LINE`).
    """
    text, notes = page.text, page.footnotes
    breaks = _BREAK.findall
    start, end, body, blank = line
    marker = _ANY_NOTE.match(body)
    number, opened = (None, 0) if marker is None else (marker[1] or marker[2], start + marker.end())
    matches = _NOTE_LINE.finditer(text, end)
    while True:
        if number is not None:  # as Page.footnote, without a call a line
            notes.append((int(number), opened, end))
        elif blank or not notes:
            return _new_line(_Line, (start, end, text[start:end], blank))
        else:  # as Page.extend_footnote
            notes[-1] = (notes[-1][0], notes[-1][1], end)
        previous_end = end
        match = next(matches, None)
        if match is None:
            return None
        start, end = match.span()
        number = match[1] or match[2]
        if number is not None:
            opened = match.end(3)
        blank = start - previous_end > 1 and len(breaks(text, previous_end, start)) > 1


def _read_in_bulk(reader: "_Reader", line: _Line) -> bool:
    """Read ``line`` in a run of notes or of reader comments, where one reader claims it; whether it did.

    As :meth:`_Reader.read` would, without its steps: in a run of notes a numbered line is a
    note and a line straight under one continues it (any other line ends the run, and the
    steps read it); among the reader comments the comment reader claims every line.
    """
    page = reader.page
    mode = reader.mode
    if mode is _Mode.NOTES:
        marker = _ANY_NOTE.match(line.text)
        if marker is not None:  # as Page.footnote, without a call a line
            page.footnotes.append((int(marker[1] or marker[2]), line.start + marker.end(), line.end))
            return True
        if not line.after_blank and page.footnotes:
            page.extend_footnote(line.end)
            return True
        return False
    if mode is _Mode.COMMENTS:
        reader.comment(line)
        return True
    return False


class _Reader:
    """Classifies lines one by one; the steps run in order and the first that claims a line wins."""

    def __init__(self, page: Page, site_names: set[str], roles: dict[int, _zone.Role]) -> None:
        self.page = page
        self.roles = roles
        self.mode = _Mode.BODY
        self.tail = False
        self.following: _Line | None = None
        self.under_photo_label = False
        self.under_caption = False
        """Whether the line read last is one the header zone reads as a photo's caption."""
        self.claimed_next = False
        self.site_names = site_names
        self.teaser_dates: frozenset[int] = frozenset()
        self.split_dates: dict[int, _header.HeaderDate | None] = {}
        self.top_end = 0
        self.previous_text = ""
        """The text of the line read last."""
        self.by_lines: frozenset[int] = frozenset()
        """Where the header zone's lines opened by "By" and a name start (``By Jane Doe``)."""
        self.summary = True
        """Whether every paragraph so far is a short bullet line of the header zone (the story's
        summary, over its date line): the header's date lines are read under them."""
        self.dated_lede = -1
        """Where the paragraph starts that a date alone stands right over, opened by a dateline
        (:meth:`_date_over_dateline`), or -1: its dateline is read however far down it stands."""

    def read(self, line: _Line) -> bool:
        """Classify ``line``; whether the step also claimed the line after it."""
        claimed = self._read(line)
        last = self.following if claimed else line
        # Only whether the line read last is a photo's label alone is kept, and its text.
        self.under_photo_label = last is not None and _zone.is_photo_label(last.text)
        self.under_caption = last is not None and self.roles.get(last.start) is _zone.Role.CAPTION
        self.previous_text = "" if last is None else last.text
        return claimed

    def _read(self, line: _Line) -> bool:
        self.claimed_next = False
        if self.mode is _Mode.BODY and len(self.page.paragraphs) >= _SETTLED and not self.summary:
            return self._read_settled(line)
        if self.mode is _Mode.NOTES and self._footnote(line):
            return False
        for step in _Reader.steps:
            if step(self, line):
                return self.claimed_next
        self._body(line)
        return False

    def _read_settled(self, line: _Line) -> bool:
        # In the body, past the paragraphs that may hold a dateline or a standfirst, the readers
        # left can claim a line only by its own shape: _gates says which of them it may be for,
        # and a line shaped like none of theirs (and not over a photo credit line) is a paragraph.
        # The list, comment and headline readers never claim a line here.
        following = self.following
        if self.page.dateline is None and (
            len(self.page.paragraphs) < _DATELINE_REACH
            or _unclosed_head(self.page)
            or self.dated_lede == line.start
        ):
            line = self._dateline(line)  # under a few short loose lines, the story's first paragraph
        if self._reprinted_head_date(line) or self._date_over_dateline(line):
            return False
        shape = _shape(line.text)
        below = None if following is None else _shape(following.text)
        if following is None and self._closing_name(line):
            return False
        if following is not None and self._boxed_name(line, following):
            return True
        if _plain(shape, below):
            self.page.paragraph(line.start, line.end)
            return False
        marked, furniture, credit, caption, signed, _, _ = shape
        caption = caption or (below is not None and below[5])
        if (
            (marked and (self._footnote(line) or self._author_box(line)))
            or (furniture and self._furniture(line))
            or (credit and self._credit(line))
            or (caption and self._caption(line))
        ):
            return self.claimed_next
        if signed:
            self._body(line)  # a sign-off or a closing source line
        else:
            self.page.paragraph(line.start, line.end)
        return False

    def _closing_name(self, line: _Line) -> bool:
        # A name alone on the page's last line, under a paragraph that ends a sentence, signs the
        # story off ("... lors d'une conférence à Singapour." / "Didier Maréchal").
        # A site's or an outlet's name, a furniture label ("You Might Also Like") or a line cut off
        # ("Earlier, External Aff") is none.
        # An agency with its editor's initials after a slash signs it off too ("dpa/vk").
        # An office before a name ("Prime Minister Kis", cut off) opens a speaker's turn in a
        # release: a story's author signs off with a name alone.
        page, text = self.page, line.text
        if page.has_author() or not page.paragraphs or page.paragraphs[-1].text[-1:] not in '.!?"”»':
            return False
        agencies = _bylines.agency_list(text)
        if agencies is not None:  # agencies side by side ("TASS/VNA/CVN")
            for start, stop in agencies:
                page.credit(CreditRole.AUTHOR, line.start + start, line.start + stop, byline="signoff")
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        initialled = _AGENCY_INITIALS.fullmatch(text)
        end = line.end
        if initialled is not None and _is_agency(initialled.group("agency")):
            end = line.start + initialled.end("agency")
        elif (
            not _bylines.is_name(text)
            or "," in text
            or _bylines.is_outlet(text)
            or _bylines.opens_with_office(text)
            or _may_be_furniture(text)
            or text in self.site_names
        ):
            return False
        page.credit(CreditRole.AUTHOR, line.start, end, byline="signoff")
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _boxed_name(self, line: _Line, following: _Line) -> bool:
        # A name alone on its line over a note that opens with it and goes on in lower case is the
        # author's box under the story ("Sahil Kothari" / "Sahil Kothari is a Senior Journalist
        # at ..."): the name signs the story, and the box is furniture.
        page, text = self.page, line.text
        rest = following.text[len(text) : len(text) + 2]
        if (
            rest[:1] != " "
            or not rest[1:].islower()
            or not following.text.startswith(text)
            or page.has_author()
            or not page.paragraphs
            or not _bylines.is_name(text)
            or _bylines.is_outlet(text)
            or text in self.site_names
        ):
            return False
        page.credit(CreditRole.AUTHOR, line.start, line.end, byline="signoff")
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        page.furniture(BoilerplateKind.OTHER, following.start, following.end)
        self.claimed_next = True
        return True

    def _list_entry(self, line: _Line) -> bool:
        if self.mode is not _Mode.LIST:
            return False
        if self.roles.get(line.start) is _zone.Role.TITLE:
            self.mode = _Mode.BODY  # a list's heading over the page's headline heads no list
            return False
        kind = _boilerplate_kind(line.text)
        if kind is None and not _boilerplate.is_list_item(line.text):
            self.mode = _Mode.BODY
            return False
        if kind is None or kind is BoilerplateKind.OTHER:
            kind = BoilerplateKind.LIST
        self.page.furniture(kind, line.start, line.end)
        return True

    def _comment(self, line: _Line) -> bool:
        if self.mode is not _Mode.COMMENTS:
            return False
        self.comment(line)
        return True

    def comment(self, line: _Line) -> None:
        """Read ``line`` among the reader comments: a heading, a commenter, furniture or text."""
        self.comment_at(line.start, line.end, line.text)

    def comment_at(self, start: int, end: int, text: str) -> None:
        """:meth:`comment` of the line ``text`` at ``start`` to ``end``."""
        said = _comment_line(text)
        if said.kind is _Said.HEADING:
            self.page.furniture(BoilerplateKind.COMMENT_POLICY, start, end)
        elif said.kind is _Said.COMMENTER:
            self.page.start_comment(start, start + said.name_end)
        elif said.furniture is not None:
            self.page.furniture(said.furniture, start, end)
        elif said.dated and self.page.comment_open():
            self.page.date_comment(said.moment)
            self.page.end_comment()
        else:
            self.page.comment_line(start, end)

    def _footnote(self, line: _Line) -> bool:
        marker = _FOOTNOTE.match(line.text)
        if marker is None and self.mode is _Mode.NOTES:
            marker = _NUMBERED_NOTE.match(line.text)
        if marker is not None:
            self.mode, self.tail = _Mode.NOTES, True
            self.page.footnote(int(marker.group("number")), line.start + marker.end(), line.end)
            return True
        if self.mode is _Mode.NOTES and not line.after_blank and self.page.footnotes:
            self.page.extend_footnote(line.end)
            return True
        if self.mode is _Mode.NOTES:
            self.mode = _Mode.BODY
        return False

    def _author_box(self, line: _Line) -> bool:
        bullet = _BULLET.match(line.text)
        if not self.tail or bullet is None:
            return False
        name_start = line.start + bullet.end()
        if _bylines.is_name(self.page.text[name_start : line.end]):
            self.page.credit(CreditRole.AUTHOR, name_start, line.end, byline="site")
        self.page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _furniture(self, line: _Line) -> bool:
        text = line.text
        if _NOTES_HEADING.fullmatch(text) and self.page.paragraphs:
            self.mode, self.tail = _Mode.NOTES, True
            self.page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        if _is_list_heading(text):
            self.mode, self.tail = _Mode.LIST, True
            self.page.furniture(BoilerplateKind.LIST, line.start, line.end)
            return True
        if _is_comments_heading(text):
            self.mode, self.tail = _Mode.COMMENTS, True
            self.page.furniture(BoilerplateKind.COMMENT_POLICY, line.start, line.end)
            return True
        source = _original_source(text)
        if source is not None:
            self.page.found_source(source)
            self.page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        following = self.following
        if text.endswith(":") and following is not None and _boilerplate.is_url(following.text):
            self.page.furniture(BoilerplateKind.NAVIGATION, line.start, line.end)
            return True
        return self._furniture_kind(line)

    def _furniture_kind(self, line: _Line) -> bool:
        text = line.text
        kind = _boilerplate_kind(text)
        if kind is None:
            return False
        if kind is BoilerplateKind.COPYRIGHT and self.roles.get(line.start) is _zone.Role.CAPTION:
            return False  # a photo's caption opened by its copyright ("© Agency - The quake ...")
        if kind is BoilerplateKind.COMMENT_POLICY:
            self.mode = _Mode.COMMENTS
        if kind is not BoilerplateKind.OTHER and self.page.paragraphs:
            self.tail = True
        if kind is BoilerplateKind.COPYRIGHT:
            self.page.found_copyright(text)
            self._agency_copyright(line)
        page = self.page
        if page.paragraphs and not page.dates and page.footer_date is None:
            # A note on where the story ran, with its date ("Published in Dawn, December 19th, 2022").
            page.footer_date = _header.footer_date(page.text, line.start, line.end)
        page.furniture(kind, line.start, line.end)
        return True

    def _agency_copyright(self, line: _Line) -> None:
        # A wire's copyright alone on its line under the story ("© Kyodo News") signs it off,
        # when nothing else names an author.
        page = self.page
        if page.has_author() or not page.paragraphs:
            return
        match = _AGENCY_COPYRIGHT.fullmatch(line.text)
        if match is not None and _is_agency(match.group("agency")):
            page.credit(
                CreditRole.AUTHOR,
                line.start + match.start("agency"),
                line.start + match.end("agency"),
                byline="signoff",
            )

    def _credit(self, line: _Line) -> bool:
        local = _byline_at(line.text)
        if local is not None:
            where = (
                "site"
                if _bylines.is_site_byline(line.text)
                else ("head" if not self.page.paragraphs else "body")
            )
            for start, end in local:
                self.page.credit(CreditRole.AUTHOR, line.start + start, line.start + end, byline=where)
            if where == "head":
                self._byline_date(line)
                place = _bylines.filed_from(line.text)
                if place is not None and self.page.dateline is None:
                    # "Associated Press in Beijing": where the agency files from is the dateline.
                    self.page.found_dateline(
                        _header.Dateline(place=(line.start + place[0], line.start + place[1]))
                    )
            return True
        tagged = _tagline_at(line.text)
        if tagged is not None:
            for role, (start, end) in tagged:
                self.page.credit(role, line.start + start, line.start + end)
            return True
        return self._credit_line(line)

    def _byline_date(self, line: _Line) -> None:
        # A byline of the header that holds the page's date as well ("Von: Redaktion (dpa) |
        # 05.11.21 | Überblick") dates the page, as a date line with a byline before its date does.
        if line.start in self.teaser_dates or not _DIGIT.search(line.text):
            return
        dated = _header.header_date(self.page.text, line.start, line.end)
        if dated is not None:
            self.page.header_date(dated)

    def _credit_line(self, line: _Line) -> bool:
        # A line that is an agency's name alone signs the story off (``JIJI Press``); a short
        # ``Name, affiliation`` line near the top is a byline.
        page = self.page
        if _is_agency(line.text):
            if not page.has_author():
                page.credit(CreditRole.AUTHOR, line.start, line.end, byline="signoff")
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        # The header zone's headline in title case ("New Telescope Invented, Seven New Galaxies
        # Discovered") is shaped like a name and an affiliation too: it stays the headline.
        headline = page.title is None and self.roles.get(line.start) is _zone.Role.TITLE
        # A line under a photo's label alone ("Image:") is the photo's credit, not a byline.
        photo = self.under_photo_label
        near_top = len(page.paragraphs) < STANDFIRST_PARAGRAPHS
        following = self.following
        if following is not None and not line.text[0].isascii() and not page.has_author():
            # A journal's writers in Han characters over their institution in brackets, under
            # the lines of its abstract and keywords too.
            writers = _bylines.names_over_affiliation(line.text, following.text, line.start)
            if writers is not None:
                for start, end in writers:
                    page.credit(CreditRole.AUTHOR, start, end, byline="head")
                page.furniture(BoilerplateKind.OTHER, line.start, line.end)
                return True
        if near_top and not page.has_author() and not headline and not photo:
            named = _bylines.name_with_affiliation(line.text, line.start)
            if named is not None:
                page.credit(CreditRole.AUTHOR, *named, byline="head")
                page.furniture(BoilerplateKind.OTHER, line.start, line.end)
                return True
        return False

    def _caption(self, line: _Line) -> bool:
        following = self.following
        credit_at = None if following is None else _credit_line(following.text)
        # "Photo: Agency" credits the line above; "Photo: the ship at sea" is a caption itself.
        credited = (
            following is not None
            and credit_at is not None
            and len(following.text[credit_at:].split()) <= CREDIT_WORDS
        )
        # The zone's headline over a photo's credit is the headline still: the photo under it
        # has no caption of its own ("Ohtani hits his first home run" / "Photo: AFP"). A line
        # closed by a full stop over the credit is the photo's caption, however the zone read it.
        headline = (
            self.page.title is None
            and self.roles.get(line.start) is _zone.Role.TITLE
            and not line.text.endswith((".", "!", "?"))
        )
        # A paragraph opening with a quotation is the story's speech, not a photo's caption: the
        # credit under it stands for a photo whose caption was lost ("“Honestly, ...,” Ohtani said").
        quoted = line.text[:1] in _QUOTE_OPENERS
        if (
            credited
            and following
            and not headline
            and not quoted
            and len(line.text) <= CAPTION_CHARS
            and _credit_line(line.text) is None
        ):
            self.page.caption(line.start, line.end, (following.start, following.end))
            self.claimed_next = True
            return True
        lone = not self.page.paragraphs and self.following is None  # the page's only text line
        if _credit_line(line.text) is not None and self.page.title is not None and not lone:
            self.page.caption(line.start, line.end, None)
            return True
        suffix = _photo_credit_suffix(line.text)
        if suffix is None or suffix == 0:
            return self._caption_line(line)
        body_end = line.start + len(line.text[:suffix].rstrip().removesuffix("|").rstrip())
        self.page.caption(line.start, body_end, (line.start + suffix, line.end))
        return True

    def _caption_line(self, line: _Line) -> bool:
        # A caption known by its own words (a photo label, a bracketed photo credit), no longer
        # than a caption runs.
        header = not self.page.paragraphs
        if header and self.following is None:
            return False  # the page's only text line is its body, whatever it opens with
        caption, credit = (_header_caption if header else _body_caption)(line.text)
        if not caption:
            return False
        self.page.caption(
            line.start, line.end, None if credit is None else (line.start + credit[0], line.start + credit[1])
        )
        return True

    def _head_credit(self, line: _Line) -> bool:
        # A date line (with any byline or agency before its date), or a speech's speakers.
        page = self.page
        dated = _header.header_date(page.text, line.start, line.end)
        if (
            dated is not None
            and dated.outlet is not None
            and dated.found.date.day is None
            and not dated.names
        ):
            # A series' label with its issue's month ("Policy Note, September 2025"): the issue,
            # not the page's day, which a date line under it gives.
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        if dated is not None:
            page.header_date(dated)
            for start, end in dated.names:
                page.credit(CreditRole.AUTHOR, start, end, byline="head")
            if dated.outlet_at is not None and _bylines.is_agency(page.text[slice(*dated.outlet_at)]):
                page.credit(CreditRole.AUTHOR, *dated.outlet_at, byline="head")
            return True
        agency = _header.agency_line(page.text, line.start, line.end)
        if agency is not None:
            if not page.has_author():
                page.credit(CreditRole.AUTHOR, *agency, byline="head")
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        speakers = (
            _bylines.speech_byline(line.text, line.start) or _bylines.statement_byline(line.text, line.start)
            if page.title is not None
            else None
        )
        if speakers is None:
            return False
        for start, end in speakers:
            page.credit(CreditRole.AUTHOR, start, end, byline="head")
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _outlet_over_date(self, line: _Line) -> bool:
        # An outlet's name in capitals alone over the date line, before any headline or paragraph,
        # is the paper's byline, as it signs its staff's stories ("THE ASAHI SHIMBUN" / "October 2,
        # 2024 at 18:00 JST"); a masthead writes the site's name in its own case.
        page, following = self.page, self.following
        if (
            page.paragraphs
            or following is None
            or not line.text.isupper()
            or not _bylines.is_outlet(line.text)
            or _header.header_date(page.text, following.start, following.end) is None
        ):
            return False
        page.credit(CreditRole.AUTHOR, line.start, line.end, byline="head")
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _writer_with_colon(self, line: _Line) -> bool:
        # A name closed by a colon alone on the page's first line, over the story's prose, is its
        # writer's ("Jane Doe:" / "The recent meeting of …"), as a repost of a column keeps it; a
        # transcript's speaker label stands again over a later turn.
        page, following = self.page, self.following
        name = line.text.removesuffix(":").rstrip()
        if (
            page.paragraphs
            or page.dates
            or following is None
            or line.end > self.top_end
            or name == line.text
            or not _bylines.is_name(name)
            or not _zone.is_prose(following.text)
            or page.text.find(line.text, line.end, line.end + _SPEAKER_REACH) >= 0
        ):
            return False
        page.credit(CreditRole.AUTHOR, line.start, line.start + len(name), byline="head")
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _head_author(self, line: _Line) -> bool:  # noqa: C901, PLR0911 - one return per kind
        # A name, or an outlet's name, alone on a line under the headline is its byline; a name
        # under a title ("Dr. Jane Doe") is one wherever it stands.
        page = self.page
        if _bylines.is_special_credit(line.text) and page.has_author() and not page.paragraphs:
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)  # "Especial para DefesaNet"
            return True
        if page.has_author():
            return False
        titled = _bylines.titled_name(line.text)
        if titled is not None:
            page.credit(CreditRole.AUTHOR, line.start + titled[0], line.start + titled[1], byline="head")
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        following = self.following
        if (
            following is not None
            and not page.has_author()
            and _bylines.is_special_credit(following.text)
            and _bylines.is_name(line.text)
        ):
            # The writer's name over his credit line ("Jane Doe" / "Special to The Japan Times").
            page.credit(CreditRole.AUTHOR, line.start, line.end, byline="head")
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        if page.title is None:
            return self._outlet_over_date(line) or self._writer_with_colon(line)
        if _bylines.is_desk(line.text):
            page.credit(CreditRole.AUTHOR, line.start, line.end, byline="head")
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        # An outlet's name closed by a comma is the first of a byline's names, the rest left off
        # ("Bloomberg News," over "(Bloomberg) -- ...").
        outlet = line.text.removesuffix(",").rstrip()
        if _bylines.is_outlet(outlet) and (
            self.under_caption or any(start > line.start for start in self.by_lines)
        ):
            # The site's name over the byline proper ("Eurasia Review" / "By Jane Doe"), or a
            # paper's name under a photo's caption, the photo's or the story's source.
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        if _bylines.is_outlet(outlet):
            page.credit(CreditRole.AUTHOR, line.start, line.start + len(outlet), byline="head")
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        name = _bylines.without_job_title(line.text)
        if _bylines.is_name(name) and not _echoes(name, page.title.text):
            page.credit(CreditRole.AUTHOR, line.start, line.start + len(name), byline="head")
            # A name closed by a comma goes on with the next author on the line below
            # ("Ellyvon Pranita," / "Gloria Setyvani Putri").
            following = self.following
            # A date's label on the next line ("Publish Date") names no one.
            if (
                line.text.endswith(",")
                and following is not None
                and _bylines.is_name(following.text)
                and not _header.is_date_field(following.text)
            ):
                page.credit(CreditRole.AUTHOR, following.start, following.end, byline="head")
                page.furniture(BoilerplateKind.OTHER, following.start, following.end)
                self.claimed_next = True
            return True
        return False

    def _head(self, line: _Line) -> bool:  # noqa: C901, PLR0911 - one return per kind
        page = self.page
        if self.roles.get(line.start) is _zone.Role.CAPTION:
            page.caption(line.start, line.end, None)  # a caption of the header zone, under a standfirst too
            return True
        if page.paragraphs:
            return (
                self._name_under_labels(line)
                or self._summary_date(line)
                or self._credited_date(line)
                or self._labelled_date(line)
                or self._reprinted_head_date(line)
                or self._loose_head_date(line)
                or self._date_over_dateline(line)
            )
        if line.start in self.split_dates:  # a line of a date broken over three
            dated = self.split_dates[line.start]
            if dated is not None:
                page.header_date(dated)
            return True
        if line.text in self.site_names or (page.title is None and page.is_publisher_hint(line.text)):
            page.site_name(line.start, line.end)
            return True
        if line.start in self.teaser_dates:  # the zone's furniture, before any date is read in it
            page.furniture(BoilerplateKind.NAVIGATION, line.start, line.end)
            return True
        if self._head_credit(line):
            return True
        if self.roles.get(line.start) is _zone.Role.TITLE_TAIL and page.title is not None:
            page.set_title(page.title.start, line.end)
            return True
        link = _bylines.link_text(line.text)
        if link is not None and page.title is not None:
            page.found_source(line.text[link[0] : link[1]])
            page.furniture(BoilerplateKind.OTHER, line.start, line.end)
            return True
        if self._head_author(line):
            return True
        role = self.roles.get(line.start)
        if role is _zone.Role.TITLE and page.title is None:
            self._title(line)
            return True

        if role is _zone.Role.FURNITURE and (page.title is None or not page.paragraphs):
            page.furniture(BoilerplateKind.NAVIGATION, line.start, line.end)
            return True
        return False

    def _credited_date(self, line: _Line) -> bool:
        # A date line between the agency's lines under a photo's caption and the standfirst
        # ("Keystone-SDA" / "09.04.2025, 14:53" / "SDA"), in the header zone, is the header's.
        page, following = self.page, self.following
        if (
            page.dates
            or line.end > self.top_end
            or len(line.text) > DATELINE_CHARS
            or not _DIGIT.search(line.text)
        ):
            return False
        if not (_is_agency(self.previous_text) or (following is not None and _is_agency(following.text))):
            return False
        dated = _header.header_date(page.text, line.start, line.end)
        if dated is None:
            return False
        page.header_date(dated)
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _reprinted_head_date(self, line: _Line) -> bool:
        # A page that prints its header twice (the headline, the standfirst, a caption; then the
        # headline again, the standfirst, the date alone on its line): the date alone, in the
        # header zone under the headline's second print, is the page's.
        page = self.page
        if page.dates or page.title is None or line.end > self.top_end or not _header.is_date_only(line.text):
            return False
        title = page.title.text
        if not any(paragraph.text == title for paragraph in page.paragraphs):
            return False
        return self._claim_day(line)

    def _date_over_dateline(self, line: _Line) -> bool:
        # A date alone right over a paragraph opened by a dateline ("May 16, 2024" / "TOKYO – ..."),
        # under the headline and lines read as paragraphs for now (a standfirst, a photo's file name
        # and caption, the outlet's name), when the page top gave no date: the story's date line.
        page, following = self.page, self.following
        if (
            not _undated(page)
            or following is None
            or not _header.is_date_only(line.text)
            or _header.dateline(page.text, following.start, following.end, first=True) is None
            or not self._claim_day(line)
        ):
            return False
        self.dated_lede = following.start
        return True

    def _claim_day(self, line: _Line) -> bool:
        # The date on ``line``, to the day, as the page's date, the line its furniture; whether
        # it holds one.
        page = self.page
        dated = _header.header_date(page.text, line.start, line.end)
        if dated is None or dated.found.date.day is None:
            return False
        page.header_date(dated)
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _loose_head_date(self, line: _Line) -> bool:
        # A date line under the headline past loose short lines read as paragraphs for now (a
        # site's name or a reading time in a list: "- Times Tengri" / "- 19 дек. 2025 г."), in
        # the header zone, is the header's.
        page = self.page
        if (
            page.dates
            or page.title is None
            or line.end > self.top_end
            or len(line.text) > DATELINE_CHARS
            or not _DIGIT.search(line.text)
            or not all(_loose_label(paragraph.text) for paragraph in page.paragraphs)
        ):
            return False
        return self._claim_day(line)

    def _labelled_date(self, line: _Line) -> bool:
        # A date alone under its label alone ("Release Date:" / "18/01/2018"), in the header
        # zone, is the header's, past a line of the page's particulars read as a paragraph too.
        page = self.page
        if page.dates or line.end > self.top_end or not _header.is_date_label(self.previous_text):
            return False
        dated = _header.header_date(page.text, line.start, line.end)
        if dated is None or dated.found.start != line.start or dated.found.date.day is None:
            return False
        page.header_date(dated)
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _name_under_labels(self, line: _Line) -> bool:
        # A name alone under the headline and a photo's caption or a label read as paragraphs
        # ("Flagi Chin i Japonii" / "Jane Doe"), in the header zone, over the story's prose: its
        # byline. Every paragraph so far is a label of few words that closes no sentence.
        page = self.page
        if (
            page.title is None
            or page.has_author()
            or line.end > self.top_end
            or len(page.paragraphs) > SUMMARY_LINES
            or not _unclosed_head(page)
            or not all(len(paragraph.text.split()) <= MASTHEAD_WORDS for paragraph in page.paragraphs)
            or self.following is None
            or not _zone.is_prose(self.following.text)
            or not _bylines.is_name(line.text)
            or _bylines.is_outlet(line.text)
            or line.text in self.site_names
            or _echoes(line.text, page.title.text)
            # a subheading of common words the story under it writes in lower case ("Earthquake Details")
            or _header.written_in_lower_case_near(page.text, line.text, line.end)
        ):
            return False
        page.credit(CreditRole.AUTHOR, line.start, line.end, byline="head")
        for label in page.paragraphs:  # the labels between the headline and the byline are the head's
            page.furniture(BoilerplateKind.OTHER, label.start, label.end)
        page.paragraphs.clear()
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _summary_date(self, line: _Line) -> bool:
        # A date line under the summary's bullets, in the header zone ("• ..." / "• ..." /
        # "Reuters" / "Updated: 7:08pm, 7 May, 2023"), is the header's.
        if not self.summary or line.end > self.top_end or not _DIGIT.search(line.text):
            return False
        dated = _header.header_date(self.page.text, line.start, line.end)
        if dated is None:
            return False
        self.page.header_date(dated)
        return True

    def _title(self, line: _Line) -> None:
        # A headline closed by its author's name ("... Capability by OUE Sadamasa") ends before
        # the "by", and the name is the byline.
        page = self.page
        quoted = _zone.quoted_title(line.text)
        if quoted is not None:
            # "2024/70 “The ... System” by Jane Doe & John Roe": the title in its quotes, and its byline.
            (start, end), by = quoted
            page.set_title(line.start + start, line.start + end)
            names = _bylines.byline(line.text[by:], line.start + by)
            if names and not page.has_author():
                for piece in names:
                    page.credit(CreditRole.AUTHOR, *piece, byline="head")
            return
        marker = _zone.title_marker(line.text) or _zone.repeated_title_marker(line.text, page.text)
        start, end = line.start + marker, line.start + _zone.title_end(line.text)
        named = _bylines.title_byline(line.text, line.start)
        if named is not None and named[0] > start:
            end = named[0]
            if not page.has_author():
                page.credit(CreditRole.AUTHOR, *named[1], byline="head")
        page.set_title(start, end)
        # A briefing's or a statement's title names its speaker, and may close with its date
        # ("Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, October 12, 2017").
        speakers = _bylines.statement_byline(line.text, line.start, title=True)
        if speakers is None:
            return
        if not page.has_author():
            for piece in speakers:
                page.credit(CreditRole.AUTHOR, *piece, byline="head")
        dates = _header.header_dates(page.text, line.start, line.end)
        if dates and not page.dates and dates[-1].date.day is not None and dates[-1].end >= end - 1:
            page.header_date(_header.HeaderDate(found=dates[-1]))

    def _dateline(self, line: _Line) -> _Line:
        # The dateline of the story's first paragraphs; the line past a caption run into it.
        page = self.page
        # Short loose lines read as paragraphs for now (a section's name, a byline, "1 hour ago"
        # between the standfirst and the story) are no paragraph the dateline may stand under.
        if page.dateline is not None:
            return line
        # Counted only under _DATELINE_REACH paragraphs, so each line costs a bounded count.
        beyond = len(page.paragraphs) >= _DATELINE_REACH or (
            sum(1 for paragraph in page.paragraphs if not _loose_label(paragraph.text)) >= DATELINE_PARAGRAPHS
        )
        if self.dated_lede == line.start:
            beyond = False  # under its date alone: the story opens here
        if beyond and not _unclosed_head(page):
            return line
        found = _header.dateline(page.text, line.start, line.end, first=not page.paragraphs)
        if beyond and (found is None or found.agency is None):
            return line  # under a summary's lines, only a wire's dateline opens the story
        captioned = None
        if found is None and ")" in line.text:
            captioned = _header.captioned_dateline(page.text, line.start, line.end, first=not page.paragraphs)
        if captioned is not None:
            # "... (AP Photo/Jane Doe)LOS ANGELES — ...": the caption, then the story's paragraph.
            page.caption(*captioned.caption, captioned.credit)
            cut = captioned.caption[1]
            line = _Line(cut, line.end, line.text[cut - line.start :], line.after_blank)
            found = captioned.dateline
        if found is not None:
            page.found_dateline(found)
        return line

    def _body(self, line: _Line) -> None:
        page = self.page
        if self.mode is _Mode.LIST:
            self.mode = _Mode.BODY
        line = self._dateline(line)
        if len(page.paragraphs) < STANDFIRST_PARAGRAPHS:
            for author in _bylines.standfirst_authors(line.text, line.start):
                page.credit(CreditRole.AUTHOR, *author, byline="standfirst")
        if not page.dates and len(page.paragraphs) < DATELINE_PARAGRAPHS and "doi" in line.text.casefold():
            stamp = _header.paper_date(page.text, line.start, line.end)  # a paper's citation stamp
            if stamp is not None:
                page.header_date(_header.HeaderDate(found=stamp))
        if page.paragraphs and not page.dates and page.footer_date is None:
            page.footer_date = _header.footer_date(page.text, line.start, line.end)
            if page.footer_date is not None:
                page.furniture(BoilerplateKind.OTHER, line.start, line.end)
                return
        signed = _sign_off_at(line.text)
        if signed is not None and not page.has_author():
            page.credit(CreditRole.AUTHOR, line.start + signed[0], line.start + signed[1], byline="signoff")
        if self.summary and (
            line.end > self.top_end or len(line.text) > SUMMARY_CHARS or _BULLET.match(line.text) is None
        ):
            self.summary = False  # story prose: the summary, if any, is over
        page.paragraph(line.start, line.end)

    def _lone_dateline(self, line: _Line) -> bool:
        # A dateline alone on its line, between the headline and the lede ("TOKYO", "Tokio",
        # "TOKYO, Reuters"), when the lede under it opens with no dateline of its own.
        page, following = self.page, self.following
        if self._placed_country(line):
            return True
        dated = _header.dated_place(page.text, line.start, line.end) if page.title is None else None
        if (
            (page.title is None and dated is None)
            or page.paragraphs
            or page.dateline is not None
            or following is None
            or line.end > self.top_end
            or len(line.text) > DATELINE_CHARS
            or not _zone.is_prose(following.text)
            or _may_be_furniture(line.text)
            or _bylines.is_job_title(line.text)
        ):
            return False
        if page.title is not None and page.text[page.title.end : line.start].strip():
            return False  # only right under the headline, or with its date over the lede
        found = dated or _header.lone_dateline(page.text, line.start, line.end)
        if (
            found is None
            or _header.dateline(page.text, following.start, following.end, first=True) is not None
        ):
            return False
        page.found_dateline(found)
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    def _placed_country(self, line: _Line) -> bool:
        # A known city and its known country in brackets alone on a line of the header zone,
        # over the story ("Tokyo (Japan)" under a speech's speaker, over its date): its dateline.
        page = self.page
        if (
            page.paragraphs
            or page.dateline is not None
            or line.end > self.top_end
            or len(line.text) > DATELINE_CHARS
            or not line.text.endswith(")")
        ):
            return False
        found = _header.placed_country(page.text, line.start, line.end)
        if found is None:
            return False
        page.found_dateline(found)
        page.furniture(BoilerplateKind.OTHER, line.start, line.end)
        return True

    steps = (
        _list_entry,
        _comment,
        _footnote,
        _author_box,
        _lone_dateline,
        _furniture,
        _credit,
        _caption,
        _head,
    )
    """The steps, in order, as plain functions of a reader and a line. Bound methods held by the
    reader would tie it into a reference cycle, and it and its page (every record read so far) would
    then wait for the cycle collector, which a large page pauses, instead of being freed as the
    parse returns."""


def _gates(text: str) -> tuple[bool, bool, bool, bool, bool]:
    """Which readers may claim the stripped body line ``text``, by what it opens and ends with.

    In order: a mark opens it (a footnote's ``[1]``, a bullet); the furniture reader (one of
    :data:`_FURNITURE_WORDS` or of :func:`._boilerplate.furniture_words` opens it, it ends in a colon, or
    holds one of :data:`_ANYWHERE` in its first :data:`PREFIX_CHARS`); the credit reader (one of
    :data:`_CREDIT_OPENING_WORDS` opens it); the caption reader (it holds ``/`` or ``|``, ends in a
    bracket, or opens as a credit line); an agency's sign-off or a closing source line (it ends in a
    bracket, or a dash and a name). A gate that is shut is one whose reader's patterns cannot match
    the line.
    """
    return _shape(text)[:5]


_Shape = tuple[bool, bool, bool, bool, bool, bool, bool]


@_memo
def _shape(text: str) -> _Shape:
    """The five :func:`_gates` of ``text``, :func:`_may_be_credit`, and whether any gate is open."""
    folded, word = _opening(text)
    if word is None:  # opens with a mark, a digit or a bracket: every reader may claim it
        return True, True, True, True, True, False, True
    closed = text[-1] == ")"
    credit_word = word in _CREDIT_WORDS
    furniture = text[-1] == ":" or _furniture_words(text, folded, word)
    # A byline in Hangul or Han characters opens with its name ("지성림 기자 (", "王小明 記者"), and
    # a journal's writers stand alone over their institution ("林美玲,陳志豪"): their own patterns,
    # of a short line, say whether the credit reader may claim it.
    credit = word in _CREDIT_OPENING_WORDS or (
        not text[0].isascii()
        and (_bylines.ideographic_byline(text, 0) is not None or _bylines.is_han_names(text))
    )
    caption = closed or "/" in text or "|" in text or credit_word
    signed = (
        closed
        or _DASHED_TAIL.search(text, max(0, len(text) - SIGN_OFF_CHARS)) is not None
        or _WRITTEN_OPENING.match(text) is not None
        or (not text.isascii() and _bylines.placed_sign_off(text) is not None)
    )
    return (
        False,
        furniture,
        credit,
        caption,
        signed,
        credit_word,
        furniture or credit or caption or signed,
    )


def _plain(shape: _Shape, below: _Shape | None) -> bool:
    """Whether a settled body line of ``shape`` is a paragraph by its shape alone.

    So it is when no reader may claim it by its shape and the line below it (of shape ``below``,
    ``None`` at the end of the page) is no photo credit that would make it a caption.
    :meth:`_Reader._read_settled` asks this; the bulk path of :func:`_read_lines` asks it in place,
    its line below always known.
    """
    return not shape[6] and (below is None or not below[5])


def _may_be_furniture(text: str) -> bool:
    """Whether a furniture pattern or a comments heading may match the stripped line ``text``.

    As the furniture gate of :func:`_gates`, less its closing colon, which only the furniture
    reader's own test of a label over a web address looks at.
    """
    folded, word = _opening(text)
    return word is None or _furniture_words(text, folded, word)


def _furniture_words(text: str, folded: str, word: str) -> bool:
    """Whether ``text`` (folded as ``folded``, opening with ``word``) holds a furniture reader's words."""
    return (
        word in _FURNITURE_WORDS
        or word in _boilerplate.furniture_words()
        or _HOLDS_ANYWHERE(folded) is not None
        or (len(text) <= _boilerplate.PROMPT_CHARS and _HOLDS_SHORT_ANYWHERE(folded) is not None)
    )


def _opening(text: str) -> tuple[str, str | None]:
    """The case-folded first :data:`PREFIX_CHARS` of ``text``, and the word it opens with, if a word."""
    folded = text[:PREFIX_CHARS].casefold()
    first = _FIRST_LETTERS.match(folded)
    return folded, None if first is None else first.group()


def _may_be_credit(text: str) -> bool:
    """Whether the stripped line ``text`` may be a photo credit line (``Credit: AP``)."""
    return _shape(text)[5]


class _Said(enum.Enum):
    HEADING = "heading"
    COMMENTER = "commenter"
    FURNITURE = "furniture"
    TEXT = "text"


class _CommentLine(NamedTuple):
    """What a line in the reader comments is: a heading, a commenter, furniture or text."""

    kind: _Said
    name_end: int = 0
    furniture: BoilerplateKind | None = None
    dated: bool = False
    moment: dt.datetime | None = None


_new_said = tuple.__new__
"""Makes a :class:`_CommentLine` from its fields in order, as a plain tuple is made."""
_DATED = _CommentLine(_Said.TEXT, dated=True)
"""What :func:`_comment_shape` says of a shape of lines that may state a date: each is read by its digits."""
_UNDATED = _CommentLine(_Said.TEXT)


@_memo
def _comment_line(text: str) -> _CommentLine:
    """What the stripped line ``text`` is among the reader comments.

    A line repeated (a heading, a commenter's name, a stamp) is remembered by its text. Other
    lines are read by their shape (:func:`~japan_nato_corpus.dates.line_shape`, their ASCII
    digits masked) where no furniture pattern may match them: whether such a line is a
    commenter's, plain text or a date does not depend on its digits' values, so each shape is
    judged once (:func:`_comment_shape`) and a date line of a shape seen before is read from
    its digits alone. A line a furniture pattern may match, whose reading may depend on its
    digits, is read in full.
    """
    if len(text) > LINE_MEMO_CHARS:
        return _read_comment_line(text)
    shaped = line_shape(text)
    said = _comment_shape(shaped)
    if said is None:
        return _read_comment_line(text)
    if said is not _DATED:
        return said
    dated, moment = first_full_date(text, shaped)
    # Made as a plain tuple is: a page of comment stamps makes one a line.
    return _new_said(_CommentLine, (_Said.TEXT, 0, None, True, moment)) if dated else _UNDATED


@functools.lru_cache(maxsize=LINE_MEMO)
def _comment_shape(shaped: bytes) -> _CommentLine | None:
    """What every comment line of the shape ``shaped`` is; :data:`_DATED` where its date is to be read.

    ``None`` where a furniture pattern may match the lines: they are read by their text.
    """
    shape = shaped.decode("utf-8", "surrogatepass")
    if _may_be_furniture(shape):
        return None
    said = _comment_kind(shape, furniture=False)
    return _DATED if said is None else said


def _read_comment_line(text: str) -> _CommentLine:
    said = _comment_kind(text, furniture=_may_be_furniture(text))
    if said is not None:
        return said
    dated, moment = _posting_time(text)
    return _CommentLine(_Said.TEXT, dated=dated, moment=moment)


def _comment_kind(text: str, *, furniture: bool) -> _CommentLine | None:
    """What the line ``text`` is, or ``None`` where it is text that may state a date, to be read.

    ``furniture`` says whether a furniture pattern or a comments heading may match it.
    """
    if furniture and _boilerplate.is_comments_heading(text):
        return _CommentLine(_Said.HEADING)
    commenter = _COMMENTER.fullmatch(text) if text.endswith(_COMMENTER_ENDS) else None
    if commenter is not None and len(commenter.group("name").split()) <= COMMENTER_WORDS:
        return _CommentLine(_Said.COMMENTER, name_end=commenter.end("name"))
    kind = _boilerplate.boilerplate_kind(text) if furniture else None
    if kind is not None:
        return _CommentLine(_Said.FURNITURE, furniture=kind)
    if len(text) >= COMMENT_DATE_CHARS or not _DIGIT.search(text):
        return _UNDATED
    return None


def _posting_time(line: str) -> tuple[bool, dt.datetime | None]:
    # Whether a comment's line is a date, and its moment: what _header.header_dates reads in the
    # line alone, with (False, None) where it raises (a reader's own words may hold an unknown
    # zone; the line stays in the comment). Only _comment_line asks, whose memo keeps a repeated
    # stamp's reading; stamps that differ in their digits alone are read by their shape.
    return first_full_date(line)
