"""The parts of a page gathered while its lines are read, assembled into an :class:`Article`."""

import bisect
import collections
import datetime as dt
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterator
from typing import TypeVar

from japan_nato_corpus.dates import DateMatch
from japan_nato_corpus.model import (
    Article,
    Boilerplate,
    BoilerplateKind,
    Caption,
    Comment,
    Credit,
    CreditRole,
    Footnote,
    Span,
)
from japan_nato_corpus.parse._boilerplate import (
    credit_label_chars,
    credit_label_ends,
    credit_labels,
    credit_lead,
    credit_library_names,
    embed_prompt_openings,
    explainer_words,
    function_words,
    is_box_heading,
    is_caption_label,
    is_channel_prompt,
    is_citation_label,
    is_keywords_line,
    is_lone_credit,
    is_offer_line,
    is_record_field,
    is_section_label,
    is_teaser_line,
    is_text_note,
    language_of,
    opens_with_embed_prompt,
    paper_text_start,
    photo_providers,
    post_links,
    run_in_read_on,
    says_photo_pose,
    spoken_endings,
)
from japan_nato_corpus.parse._bylines import (
    PHOTO_POSITION,
    caption_line,
    credit_line,
    is_agency,
    is_job_title,
    is_name,
    link_text,
)
from japan_nato_corpus.parse._header import Dateline, HeaderDate, header_dates, is_date_field
from japan_nato_corpus.parse._header import dateline as read_dateline
from japan_nato_corpus.parse._limits import (
    ALT_TEXT_WORDS,
    CAPTION_CHARS,
    CAPTION_LINE_CHARS,
    COMMENTER_WORDS,
    CONTENT_WORD_CHARS,
    CREDIT_LINE_CHARS,
    DECK_HEADLINE_WORDS,
    EDGE_CHARS,
    EDGE_LINES,
    EMBED_STORY_PARAGRAPHS,
    FRAGMENT_CHARS,
    FRAGMENT_WORDS,
    HEAD_BLOCK_PARAGRAPHS,
    HEADLINE_CHARS,
    LABEL_WORDS,
    PROSE_MIN_WORDS,
    REPRINT_SHORT_DEPTH,
    SECTION_HEADS,
    SPOKEN_STORY_PARAGRAPHS,
    TAIL_RUN,
    UNSPACED_ALPHABET_WORD_CHARS,
    WIDE_SENTENCE_CHARS,
    WIRE_STORY_PARAGRAPHS,
)

_SENTENCE_END = re.compile(r"[.!?…。！？।؟۔][\"'”’»)\]]*\Z")
"""How a sentence ends: its mark, with any closing quote or bracket; a body's last paragraph must."""
_NOTE_MARK = re.compile(r"(?:[^\S\n]{0,2}\[(?:\d{1,4}|[ivxlc]{1,6})\])+\Z")
"""A paragraph's closing note marks, numbered in digits or in lower-case roman numerals ("[12]", "[iv]")."""
_MASTHEAD = (BoilerplateKind.NAVIGATION, BoilerplateKind.SITE_NAME)
"""The kinds of furniture a site's masthead is read as: its name, its menu, its tagline."""
_PUBLISHED_LABELS = ("published", "posted", "first published", "issued", "released")
_COPYRIGHT_HOLDER = re.compile(
    r"(?:copyright|©|\(c\))[^\S\n]{0,3}(?:©[^\S\n]{0,3})?(?:\d{4}[^\S\n]{1,3})?(?P<holder>[^\n]{1,100}?)"
    r"[.,]?(?:[^\S\n]{1,3}all rights reserved\.?)?",
    re.IGNORECASE,
)


_Record = TypeVar("_Record")


def _trusted(cls: type[_Record], **values: object) -> _Record:
    # Every offset the parser records comes from a match on the page's own text, every span's
    # text is that text's slice and every number a parsed digit run, so what the records'
    # validators check (types, 0 <= start <= end, len(text) == end - start, numbers >= 0) holds
    # by construction. They are skipped here, on the per-line paths, where they cost a large
    # share of a short line's time; the tests check every span against the raw text.
    record: _Record = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(record, name, value)
    return record


_new_span = Span.__new__
_new_footnote = Footnote.__new__
_new_boilerplate = Boilerplate.__new__
_START = operator.attrgetter("span.start")  # a piece of furniture's start, for sorting
_CAPTION_START = operator.attrgetter("body.start")  # a caption's start, for sorting
_TEXT = operator.attrgetter("text")  # a span's text, for mapping over a page's paragraphs
_SPAN_START = operator.attrgetter("start")  # a span's start, for mapping over a page's paragraphs
_OPENING = operator.itemgetter(slice(1))  # a text's first character, or "" for an empty one
# The records' slots, set through their descriptors: as object.__setattr__ does, without its
# look-up of the slot by name, on the per-line paths that make a record a line.
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
_set_text = Span.__dict__["text"].__set__
_set_number = Footnote.__dict__["number"].__set__
_set_body = Footnote.__dict__["body"].__set__
_set_kind = Boilerplate.__dict__["kind"].__set__
_set_piece_span = Boilerplate.__dict__["span"].__set__
_new_comment = Comment.__new__
_set_comment_body = Comment.__dict__["body"].__set__
_set_comment_author = Comment.__dict__["author"].__set__
_set_comment_posted = Comment.__dict__["posted"].__set__


def _span(start: int, end: int, text: str) -> Span:
    # As _trusted, written out: a page makes one span a line.
    span = _new_span(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, text)
    return span


_CLOSERS = "\"'”’»)]"
"""The marks that may close a sentence after its stop."""
_SENTENCE_LAST = frozenset(".!?…。！？।؟۔\"'”’»)]")
_BLANK_ABOVE = re.compile(r"\n[^\S\n]*\n[^\S\n]*\Z")
"""A blank line right over a line's start, searched up to it."""
_BLANK_LOOK = 40
"""How far back from a line's start the blank line over it is looked for."""
_LINE_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*")
"""One line break, with only spaces about it: the next line, with no blank line between."""
_CLOSING_BRACKETS = frozenset(")）")
"""The brackets that close a photo's credit at a caption's end."""
_CREDIT_MARKS = (re.compile(":"), re.compile(r"\|"))
"""The marks that set a photo's credit apart from its label ("Foto: AP", "PHOTO | Agency"): each
searched for alone, as the regular expression engine skips to one character faster than to either."""
_FULL_STOP = re.compile(r"[.!?…。！？।؟۔](?:[\"'”’»)\]]*(?:\s|\Z))")
"""A sentence's full stop, of any script, before a space or the end."""
_LINE_SPACE = re.compile(r"[^\S\n]*")
"""A run of spaces on one line, which always matches."""
_HEAD_RUN_ENDS = frozenset(",:;-–—|/(")
"""How a line's head before a date ends when it is a dateline's place or a label, not a headline."""
_QUOTE_OPENERS = frozenset('“„«"‘')
"""The marks that open a quotation: a paragraph opening with one is speech, not a photo's caption."""
"""Every character :data:`_SENTENCE_END` may end on: a line ending in another ends no sentence."""


UNSPACED_PROSE_WORDS = 40
"""The fewest words of a line in an alphabet written without spaces (Thai, Lao, Burmese, Khmer)
that make it prose, though it ends in no stop: such prose closes its sentences with a space or
nothing, and a headline, a label or a standfirst in it runs to far fewer."""
_UNSPACED_ALPHABET = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""A letter or mark of an alphabet written without spaces between words (Thai, Lao, Burmese, Khmer)."""


def _unspaced_prose(text: str) -> bool:
    """Whether ``text``, in an alphabet written without spaces, runs to prose's length.

    Every :data:`UNSPACED_ALPHABET_WORD_CHARS` of its letters count as a word, as the header's
    line shapes count them.
    """
    return (
        not text.isascii()
        and len(_UNSPACED_ALPHABET.findall(text)) >= UNSPACED_PROSE_WORDS * UNSPACED_ALPHABET_WORD_CHARS
    )


WIDE_PROSE_CHARS = 60
"""The fewest ideographs and kana of a paragraph of prose in a script written without spaces: a
caption or a headline in it runs to some forty."""
WIDE_LEDE_SENTENCES = 2
"""The fewest full stops of such a script in a line read as a caption that make it the lede."""
_WIDE_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""An ideograph or a kana."""
_WIDE_STOP = re.compile(r"[。！？]")
"""A full stop of a script written without spaces."""
_WIDE_STOPS = frozenset("。！？")


def _wide_prose(text: str) -> bool:
    """Whether ``text``, in a script written without spaces, is prose: sentences, not a headline.

    It holds :data:`WIDE_LEDE_SENTENCES` full stops or more and :data:`WIDE_PROSE_CHARS`
    ideographs and kana; a headline or a label ends in none, and a caption names its photo in a
    phrase or a sentence.
    """
    return (
        not text.isascii()
        and len(_WIDE_STOP.findall(text)) >= WIDE_LEDE_SENTENCES
        and len(_WIDE_LETTER.findall(text)) >= WIDE_PROSE_CHARS
    )


def _wide_sentence(text: str) -> bool:
    """Whether ``text`` is a sentence of prose in a script written without spaces, however few its characters.

    An ideograph or a kana stands for a word, not for a letter of one: a line of
    :data:`WIDE_PROSE_CHARS` of them or more, closed by a full stop, is prose of a paragraph's
    length ("林劍稱中方注意到有關報道，…的險惡用心。"), where a headline, a label or a caption in it
    runs to some forty and ends in no stop.
    """
    return (
        not text.isascii()
        and _SENTENCE_END.search(text) is not None
        and len(_WIDE_LETTER.findall(text)) >= WIDE_PROSE_CHARS
    )


def _is_fragment(text: str) -> bool:
    """Whether a body line is short and no sentence: a teaser, label or post, not prose."""
    if len(text) > FRAGMENT_CHARS:
        return False
    last = text[-1:]
    if last == "]":  # the note marks' pattern ends in one: a cheap test first
        text = _NOTE_MARK.sub("", text)
        last = text[-1:]
    if last == ":":
        return False
    # A line whose last character ends no sentence is a fragment: one test of a character
    # before the pattern's, which a page of short lines would run on each.
    if last not in _SENTENCE_LAST:
        return True
    if last == ")" and _SIGN_OFF.search(text, max(0, len(text) - _SIGN_OFF_CHARS)) is not None:
        return False  # a sentence and its bracketed sign-off ("… katanya. (*)") close the story
    if text[:1].islower() or _SENTENCE_END.search(text) is None:
        return True
    # A sentence of a script written without spaces is one "word" long: its ideographs and kana
    # count instead (a teaser's headline ends in no full stop).
    return len(text.split()) < FRAGMENT_WORDS and (
        text.isascii() or len(_WIDE_LETTER.findall(text)) < WIDE_SENTENCE_CHARS
    )


_FRAGMENT_TESTED = _SENTENCE_LAST | {":"}
"""The last characters on which :func:`_is_fragment` asks more than a line's length: on any other,
a line short enough is a fragment."""
_FIRST = slice(0, 1)
"""A text's first character, or nothing: a slice to map over a page's paragraphs."""


def _key_points(story: list[str], items: list[str]) -> bool:
    """Whether ``items`` under the ``story``'s prose are its own points, not teasers of others.

    So they are when each opens with the same list mark, reads in a sentence's case ("- Tsunami
    waves of approx. 1m are expected in Miyagi"), and most of them name what the story above
    names (a content word of its own), each ending in a word of its own: a list of other
    stories' headlines is in a title's case or about something else, or ends each in the same
    stamp or source ("... nova ferrovia - 20 de dezembro de 2025 7:16 am").
    """
    marks = [_LIST_MARK.match(item) for item in items]
    if not all(marks) or len({mark.group() for mark in marks if mark is not None}) != 1:
        return False
    if len({item.rsplit(None, 1)[-1].casefold() for item in items}) < len(items):
        return False
    named = set(itertools.chain.from_iterable(map(_content_words, story)))
    shared = 0
    for item, mark in zip(items, marks, strict=True):
        words = item[mark.end() if mark is not None else 0 :].split()
        if not _sentence_case(words):
            return False
        shared += not named.isdisjoint(_content_words(item))
    return 2 * shared > len(items)


_MARKDOWN_HEADING = re.compile(r"#{1,6}[^\S\n]")
"""A heading's mark in a copy written in Markdown (``## Background``)."""


def _markdown_sections(story: list[str], run: list[str]) -> bool:
    """Whether a ``run`` of short lines under the ``story`` holds headings of the story's own Markdown.

    A copy that marks its subheadings with hashes (``## خلفية``) over its prose marks its later
    sections alike: a run that holds such a heading is a section of the story, its heading, its
    list and its first lines, not the site's teasers.
    """
    return any(_MARKDOWN_HEADING.match(text) for text in run) and any(
        _MARKDOWN_HEADING.match(text) for text in story
    )


def _fragment_run(texts: list[str]) -> int:
    """How many of ``texts``, counted from the last, are fragments (:func:`_is_fragment`) in a row."""
    # _is_fragment's first two tests, a line's length and its last character, written out: a
    # page of short lines runs them on each, and the call only on a line that may end a sentence.
    run = 0
    for text in reversed(texts):
        if len(text) > FRAGMENT_CHARS or (text[-1:] in _FRAGMENT_TESTED and not _is_fragment(text)):
            break
        run += 1
    return run


_HEAD_END = re.compile(r"[.!?…。！？।؟۔,;:][\"'”’»)\]]*\Z")
"""How a body's first paragraph may end: as :data:`_SENTENCE_END`, or as a salutation or an
introduction to what follows ("Ladies and gentlemen,", "The minister said:")."""
_LIST_MARK = re.compile(r"(?:[-•*·▪–—]|\d{1,3}[.)])[^\S\n]")
_NUMBER_MARK = re.compile(r"(\d{1,3})[.)][^\S\n]")
"""A numbered item's mark ("1. ", "2) "), its number captured."""
_SIGN_OFF = re.compile(
    r"[.!?…\"”»][^\S\n]{0,3}\("
    r"(?:[A-Z][A-Za-z]{0,7}(?:[-/ ][A-Za-z0-9]{1,7}){0,3}|[A-Za-z]{1,3}-?\d{1,3}|\*{1,3})\)\Z"
)
"""A bracketed sign-off after a paragraph's last sentence: an agency, the desk's code or an
editor's star ("… masih tinggi. (I-2)", "… in 13 years. (AP)", "(Ant/P-1)", "… katanya. (*)")."""
_CREDIT_END = re.compile(r"[.!?…][^\S\n]{0,3}\([^()\n]{2,80}\)?\Z")
"""A photo's credit in brackets after a caption's last sentence, closed or cut off."""
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*[^\S\n]+[A-ZÀ-Þ]")
"""A sentence's end with another sentence after it, inside a line."""
_INLINE_LABEL = re.compile(r"[.!?…][\"'”’)]*[^\S\n]+([A-Z][A-Z ]{3,40}[A-Z])[^\S\n]+(?=[A-Z][a-z])")
"""A genre label in capitals run into the head's first paragraph after a sentence, the story's
prose after it ("… Secretary of State for Defence, United Kingdom. MEDIA RELEASE Secretary …")."""
_TOKEN = re.compile(r"\S+")
FUNCTION_USES = 2
"""The fewest uses in lower case that make a capitalised word one of the paragraph's function words."""
_HEAD_STOP = re.compile(r"[.!?…:;|]")
_CAPITAL_WORD = re.compile(r"[^\S\n]([A-Z][a-z]{0,3})[^\S\n]")
_GLUED_POINT = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
"""Where one point glued to the next begins (``… no marketJapan PM …``): a word run into a capital."""
GLUED_POINTS = 2
"""The points, at the fewest, of a headline's points run together on its line."""
_LAST_WORD = re.compile(r"[^\S\n]([^\W\d_]+)\Z")
_CUT_IDEOGRAPH = re.compile(r"の([\u4e00-\u9fff])")  # the genitive particle and an ideograph
"""A paragraph's last word, of letters only, after a space."""
_CREDIT_NAME = r"[^\s.!?](?:[^\n.!?]|(?<=\b[A-Z])\.|\.(?=\S)){0,60}\.?"
"""A photo's credit after its label: a name or an agency, dots only in an initial or an address
("Richard R. Schünemann/Unsplash.", "Nato.int")."""


@functools.cache
def _credit_close() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of a photo's credit closing a line after its caption (furniture ``credit_labels``).

    First, after the caption's sentence: labelled, spaced or not ("… Kishida.Image: sda", "… 1974.
    Bildkälla: Bertil Ericson/TT Bild"), labelled in brackets ("… parceria. (Imagem: Marinha do
    Brasil | Brasil, 2025)") or its provider in brackets ("… July 12. (Provided by X.)"). Then,
    after a caption with no full stop, searched from their own marks and read back from there: a
    credit after a colon, and the label before the colon, in capitals after a word ("Radu Miruță
    Sursa foto: Facebook"). Last, a labelled credit or its provider (furniture ``photo_providers``)
    in brackets that close the line, after a sentence or not ("… on Friday (Pic: Jane Doe via X)",
    "… (提供:ドイツ海軍)"). Each pattern opens with a mark the regular expression engine skips
    to, as one alternation of them all, or a pattern opening with a lookbehind, would try every
    position of the text. Built on first use, as the vocabulary is read then.
    """
    labels = credit_labels()
    lead, provider_lead = credit_lead(), credit_lead(providers=True)
    colon = r"[^\S\n]{0,2}:[^\S\n]{0,3}"
    sentence = re.compile(
        rf"[.!?][^\S\n]{{0,3}}(?:(?i:{lead}{labels}){colon}{_CREDIT_NAME}"
        rf"|\((?:(?i:{labels}){colon}"
        r"|(?i:provided[^\S\n]by|courtesy(?:[^\S\n]of)?|(?:photo|image)s?[^\S\n](?:by|courtesy))[^\S\n])"
        r"[^()\n]{1,80}\)\.?"
        r")$",
        re.MULTILINE,
    )
    after_colon = re.compile(rf":[^\S\n]{{0,3}}{_CREDIT_NAME}$", re.MULTILINE)
    label_before = re.compile(rf"[^\W\d_][^\S\n]{{1,3}}(?=[A-ZÀ-Þ])(?i:{labels})[^\S\n]{{0,2}}\Z")
    bracketed = re.compile(
        rf"[(（][^\S\n]{{0,2}}(?i:{provider_lead})(?:(?i:{labels}){colon}|(?i:{photo_providers()})[^\S\n]{{0,2}}[:：]?[^\S\n]{{0,3}})"
        r"[^()（）\n]{1,80}[)）]\.?[^\S\n]*$",
        re.MULTILINE,
    )
    return sentence, after_colon, label_before, bracketed


_LIBRARY_LEAD = re.compile(r"[^\W\d_][^\S\n]{1,3}[-–—][^\S\n]{1,3}\Z")
"""A word, a space and a dash before an image library's name that closes its caption."""


def _library_closed(text: str) -> bool:
    """Whether ``text`` is a caption closed by an image library's name after a dash, with no label.

    "… seen from the International Space Station - Wikipedia": a name of the furniture
    vocabulary's ``libraries``, a full stop after it or not. Read on a line, not searched over the
    page's text, as a name is no mark the regular expression engine could skip to.
    """
    line = text.rstrip().removesuffix(".")
    names = credit_library_names()
    if not line.endswith(names):
        return False
    name = next(name for name in names if line.endswith(name))
    return (
        _LIBRARY_LEAD.search(line, max(0, len(line) - len(name) - _LABEL_LOOKBACK), len(line) - len(name))
        is not None
    )


@functools.cache
def _library_ends() -> tuple[str, ...]:
    """The characters a text that :func:`_library_closed` may accept can end with.

    Past any white space: an image library's name's last character, or a full stop after it.
    """
    names = credit_library_names()
    if not all(names):
        return ("",)  # an empty name closes every text
    return tuple(sorted({name[-1] for name in names} | {"."}))


_LABEL_LOOKBACK = 40
"""How far before a credit's colon its label, and the word before that, are looked for."""


def _credit_hits(text: str, start: int = 0, stop: int | None = None) -> Iterator[tuple[int, int]]:
    """Where photos' credits close lines of ``text[start:stop]`` after their captions (_credit_close)."""
    stop = len(text) if stop is None else stop
    sentence, after_colon, label_before, bracketed = _credit_close()
    label_ends = credit_label_ends()
    for hit in sentence.finditer(text, start, stop):
        yield hit.span()
    for hit in bracketed.finditer(text, start, stop):
        yield hit.span()
    for hit in after_colon.finditer(text, start, stop):
        at = hit.start()
        # A label closes with a letter or one of its own marks, spaces after it or not: a time's
        # colon ("10:30") is passed.
        before = text[at - 1 : at]
        if (before.isalpha() or before.isspace() or before in label_ends) and label_before.search(
            text, max(start, at - _LABEL_LOOKBACK), at
        ) is not None:
            yield hit.span()


_DATE_CLOSE = re.compile(
    r",[^\S\n]+(?:\d{1,2}\.[^\S\n]?\d{1,2}\.[^\S\n]?\d{4}"
    r"|(?:\d{1,2}\.?[^\S\n]+)?[^\W\d_]{3,12}\.?(?:[^\S\n]+\d{1,2},?)?[^\S\n]+\d{4})$",
    re.MULTILINE,
)
"""A date after a comma closing a line that ends no sentence: a caption's when ("… in Neapel, Oktober 2024",
"… in Tokio, 9.4.2025")."""
_LOST_WORDS = re.compile(r"[^\S\n]*[.,;:]")
"""How a caption opens whose own words the copy lost: with the mark that closed them (". ATHENS, Greece.")."""
_BARS = frozenset("|/")
"""The marks that set a credit line's parts apart ("Str | Afp | Getty Images", "AP / Pool")."""
_POSTED_BY = re.compile(
    r"posted by:?[^\S\n]{1,3}(?P<name>[^\n\[]{1,60}?)(?:[^\S\n]{1,3}\[[^\]\n]{1,40}\])?"
    r"[^\S\n]{1,3}(?:at|on)[^\S\n]{1,3}[^\n]{0,40}\d[^\n]{0,40}",
    re.IGNORECASE,
)
"""A post's or a comment's signature line under it, with its time ("Posted by: Jane Doe
[TypeKey Profile Page] at May 27, 2009 08:17 AM")."""
_INDENT = re.compile(r"[^\S\n]{2,}\Z")
_GAP = re.compile(r"\s*\n[^\S\n]*\n[^\S\n]*\n\s*")
"""Two blank lines or more: how a copy sets a post's comment list apart from the post."""
_SIGN_OFF_CHARS = 40
"""How far from a paragraph's end its bracketed sign-off is looked for."""
_HEAD_ENDS = ("says", "says:", "said", "said:", "wrote", "wrote:", "commented", "commented:", "...", "…")
"""How a comment's head line ends: one test before :data:`_COMMENT_HEAD`'s."""
_FIRST_ITEM = frozenset({"1.", "1)"})
_SIGNATURE_OPENINGS = frozenset("pP")
"""Every character whose lower case is "p": how a signature's "posted by", in any case, opens."""
_HEAD_LINE_CHARS = 200
"""The longest line read as a comment's head or signature line."""
_LABEL_SEARCH_CHARS = 1000
"""How far into the first paragraph a genre label run into it is looked for (past a caption)."""
_COMMENT_HEAD = re.compile(
    r"(?:\d{1,3}[.)][^\S\n]{1,3}(?P<name>[^\n]{1,60}?)[^\S\n]{1,3}(?:says|said|wrote|commented):?"
    r"|(?P<blogger>[^\n]{1,60}?)[^\S\n]{1,3}(?:says|said|wrote)(?:\.{3}|…))"
)
"""A reader comment's head line under a post: "1. Anonymous says:" (a numbered list of comments)
or "Heipel said..." (the trailing dots of a blog's comment list); a body's own "Kishida said:"
line, which neither numbers nor trails off, is not one."""
_MARKUP_HEAD = re.compile(r"(?:<h[1-6]\b[^<>\n]{0,200}>[^\n]{0,2000}?</h[1-6]>[^\S\n]*)+")
"""A run of headings in the copy's own markup opening a paragraph ("<h6><strong>NAME</strong></h6>
<h4>…</h4>"): a copy that kept its HTML marks its byline and standfirst so, never its prose."""
_BLANK = re.compile(r"\s*")
_BRACKETED = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)\.?|\[[^\[\]]*\]\.?")
"""A paragraph wholly in brackets: an editor's note, a source or a translation notice, never the
story's own sentence ("(The above story is verified and authored by ...)")."""


_WORD_CHAR = re.compile(r"\w")


def _opens_word(pattern: re.Pattern[str], text: str) -> bool:
    r"""Whether ``pattern`` (a word's letters first) matches in ``text`` at the start of a word.

    As ``(?<!\w)`` before the pattern says, without the lookbehind that keeps the engine from
    skipping to the letters. The hits found do not overlap, yet none at a word's start is lost
    under an earlier one: that one's letters are all word characters, and one of them would stand
    right before it.
    """
    return any(
        hit.start() == 0 or _WORD_CHAR.match(text, hit.start() - 1) is None for hit in pattern.finditer(text)
    )


def _marked_words(text: str) -> int:
    """How many words ``text`` holds, the marks between them aside ("Київ • УНН" is two words)."""
    return sum(_WORD_CHAR.search(word) is not None for word in text.split())


def _is_short(text: str) -> bool:
    """Whether a paragraph takes its class from its neighbours: it is short, or a copyright notice.

    jusText counts a copyright notice as furniture at any length; a note wholly in brackets
    is one at any length too. A notice run into the end of a paragraph of prose
    (:func:`_run_in_notice`) leaves the paragraph prose.
    """
    return (
        (len(text) <= EDGE_CHARS and not _wide_sentence(text))
        or ("©" in text and _run_in_notice(text) is None)
        or _BRACKETED.fullmatch(text) is not None
    )


_SIGN_OFF_BRACKET = re.compile(r"[^\S\n]*\((?:[^()\s]+[^\S\n]?){1,3}\)[^\S\n]*\Z")
"""An agency's short sign-off in brackets closing a paragraph ("… realtà virtuale. (Xin)")."""


def _sign_off_start(text: str) -> int:
    """Where a short sign-off in brackets closing ``text`` starts (:data:`_SIGN_OFF_BRACKET`), or its end."""
    sign_off = _SIGN_OFF_BRACKET.search(text, max(0, len(text) - _SIGN_OFF_CHARS))
    return len(text) if sign_off is None else sign_off.start()


def _wide_signed(text: str) -> bool:
    """Whether ``text`` is a sentence of a script written without spaces closed by an agency's sign-off.

    Its full stop stands before the sign-off in brackets ("…を行うことである。(AGB Nippon)"), and
    :data:`WIDE_SENTENCE_CHARS` ideographs and kana or more before it: the story's last sentence,
    which a caption's credit in brackets follows no full stop of.
    """
    body = text[: _sign_off_start(text)]
    return (
        len(body) < len(text)
        and body[-1:] in _WIDE_STOPS
        and len(_WIDE_LETTER.findall(body)) >= WIDE_SENTENCE_CHARS
    )


def _run_in_notice(text: str) -> int | None:
    """Where a copyright notice run into the end of a paragraph of prose starts, or None.

    The notice is its last EDGE_CHARS characters at most, on the paragraph's last line, opened
    by "©" after a sentence's end and a sentence's words or more ("… della realtà virtuale.
    © Xinhua"); an agency's sign-off in brackets between them goes with the notice
    ("… realtà virtuale. (Xin) © Xinhua").
    """
    cut = text.rfind("©")
    if cut < 0 or len(text) - cut > EDGE_CHARS or "\n" in text[cut:]:
        return None
    before = text[:cut]
    sign_off = _SIGN_OFF_BRACKET.search(before)
    if sign_off is not None:
        before = before[: sign_off.start()]
    before = before.rstrip()
    if len(before.split()) < FRAGMENT_WORDS or _SENTENCE_END.search(before) is None:
        return None
    return None if _COPYRIGHT_HOLDER.match(text, cut) is None else len(before)


def _goes_on(text: str) -> bool:
    """Whether a line at the body's head opens in lower case with a clause's words: prose that goes on.

    A label, a kicker or a headline opens with a capital; a line of a sentence's length in lower
    case goes on with the story ("express serious condemnation over the drills"). A word or two
    in lower case is a counter's or a date's ("hit", "setembro").
    """
    return text[:1].islower() and len(text.split()) >= FRAGMENT_WORDS


TAG_SENTENCES = 3
"""The fewest sentences of a line read as a profile's tags, when each is a few words long."""
TAG_WORDS = 4
"""The most words a sentence of a profile's tags holds on average ("Introvert. Extreme beer expert.")."""
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’»)]*[^\S\n]+")
"""The break between two sentences of a line: a sentence's end and the space after it."""


def _profile_tags(text: str) -> bool:
    """Whether a line is a run of short sentences of a few words each: a profile's tags, not prose.

    An author's box strings noun phrases as sentences ("Web pioneer. Typical pop culture geek.
    Certified communicator."); the story's sentences run longer, whatever a quote's few words.
    """
    if _SENTENCE_END.search(text) is None:
        return False
    sentences = _SENTENCE_BREAK.split(text)
    return len(sentences) >= TAG_SENTENCES and len(text.split()) <= TAG_WORDS * len(sentences)


def _says_furniture(text: str) -> bool:
    """Whether a line at the foot says what furniture says, whatever its shape.

    So it does as a note on the text itself, a profile's tags, a prompt to a channel, or a
    teaser under its label ("Te puede interesar: …").
    """
    return is_text_note(text) or _profile_tags(text) or is_channel_prompt(text) or is_teaser_line(text)


NARROW_LINES = 4
"""How many lines of a copy wrapped narrow a sentence at the body's head may run over."""


def _lead_space(text: str, at: int) -> int:
    """How many spaces stand in ``text`` from ``at`` on."""
    return len(text) - at - len(text[at:].lstrip())


def _loose(text: str, ending: re.Pattern[str]) -> bool:
    """Whether a short paragraph at the body's edge does not end as ``ending`` says.

    Such a line is a label, a teaser, a button or a credit rather than a sentence of the story.
    A list item of a sentence's length is the story's own list, whatever its end. A note on the
    text itself (where it first ran, where to read it in full) is loose whatever its end.
    """
    if "©" in text:
        notice = _run_in_notice(text)
        if notice is None:
            return True
        text = text[:notice]
    if _BRACKETED.fullmatch(text) is not None or is_text_note(text):
        return True
    if text.endswith("]"):  # a note mark closes a sentence's end as it stands
        text = _NOTE_MARK.sub("", text)
    elif text.endswith(")") and _wide_signed(text):
        return False
    if ending.search(text) is not None:
        return False
    words = text.split()
    if text.endswith(":") and len(words) >= FRAGMENT_WORDS:
        return False  # the story's introduction to a list of its own ("The plan has three parts:")
    return not (_LIST_MARK.match(text) and len(words) >= FRAGMENT_WORDS)


_CLOSING = frozenset(
    {
        BoilerplateKind.PROMPT,
        BoilerplateKind.COMMENT_POLICY,
        BoilerplateKind.COPYRIGHT,
        BoilerplateKind.DISCLAIMER,
    }
)
"""The furniture that closes a story when it follows the last prose: comment forms, prompts, a
copyright sign-off ("© KYODO") or a disclaimer; a credit line ("Reporting by …", a closing
name) does too."""

BOX_PARAGRAPHS = 2
"""The most paragraphs under a box's heading at the page's foot; more, and the heading is the
body's own subheading."""
HEAD_FIELD_WORDS = 3
"""The most words of a record field's label among a head's lines ("Temps de lecture :")."""
EXPLAINER_PARAGRAPHS = 6
"""The most paragraphs under a reference box's heading at a page's foot."""
EXPLAINER_HEADING_WORDS = 8
"""The most words of a reference box's heading ("What is the Bank of Japan?")."""
EXPLAINER_SUBJECT_WORDS = 8
"""The most words before the verb of a reference box's definition of its topic."""
_EXPLAINER_SUBJECT_CHARS = 200
_EXPLAINER_WORD = re.compile(r"\w+(?:['’-]\w+)*")

_TEASER_LINES = 2
"""How many loose lines before a page's cut-off last line make it the last of a list of teasers."""

SUMMARY_CHARS = 400
"""The longest first paragraph read as a summary over the head's furniture (a caption, a byline, a
link); a longer one is the story's lede."""
SUMMARY_FURNITURE_LINES = 3
"""How many short loose lines under a summary may stand with the furniture that sets it apart."""
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
"""A web address: its scheme or its "www." and what follows up to a space. A line it matches
whole is a bare link (a story's short link or a share address)."""
_ADDRESS = re.compile(rf"{_WEB_ADDRESS.pattern}|[\w.+-]{{1,64}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,4}}")
"""A web address or a mail address ("takashi.mochizuki@wsj.com"): a line that points away from the story."""
_SITE_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?(?:[^\W_][\w-]{0,62}\.){1,4}[a-z]{2,12}/?", re.IGNORECASE
)
"""A site's address alone ("cumhuriyet.com.tr", "https://www.example.org/"): a host, its dots and a
top-level domain of letters, with no path."""
_CRUMB_MARKS = re.compile(r"(?:\S[^\S\n]{1,2}[>›»][^\S\n]{1,2}[^\n]{1,120}?){2}\S")
"""Two of a breadcrumb trail's marks between its steps ("HOME > SAMURAI BLUE 2023 > NEWS")."""
_DIGITS = re.compile(r"\d")
_NOTE_OPENING = re.compile(r"(?:\*{1,3}|[†‡])[^\S\n]{0,2}")
"""A note's mark opening a line at the foot: one to three stars or a dagger."""
_AUTHOR_NOTE = re.compile(
    r"(?P<name>[^\W\d_][^\n,]{2,60}?)[^\S\n]{1,3}"
    r"(?:is|are|was|est|ist|es|è|é|adalah|jest|är|er|is een)[^\S\n]{1,3}\S"
)
"""An author's note under the story: a name and its verb of being ("Aries A. Arugay is Visiting
Senior Fellow …"), in the languages of the furniture vocabulary."""
_NAME_JOIN = re.compile(r"[^\S\n]{1,3}(?:and|&|und|et|y|e|dan|i|og|och|en)[^\S\n]{1,3}")
"""How an author's note joins two names ("Aries A. Arugay and Mico A. Galang are …")."""
OFFER_LINES = 2
"""The fewest lines stating a subscription's price and period read as a subscription wall over
the story: an offer and its terms, or two offers."""

SCRIPT_SAMPLE_LETTERS = 2000
"""How many letters of the story's prose, from its start, tell the scripts it is written in."""
FOREIGN_SCRIPT_SHARE = 0.01
"""The largest share of the prose's letters in a script that leaves that script foreign to it."""
FOREIGN_POST_SHARE = 0.05
"""The largest share of a short story's letters in the script of its last paragraph that leaves
that paragraph a post embedded from elsewhere, where no paragraph over it is in its script."""
FOREIGN_POST_SAMPLE_PART = 10
"""The fewest letters of prose (this part of :data:`SCRIPT_SAMPLE_LETTERS`) over a last paragraph
read for an embedded post's script."""
_SCRIPT_LINE_CHARS = 400
"""How much of a line is read to tell its script."""


def _scripts(text: str) -> collections.Counter[str]:
    """How many of the letters of ``text`` (its first :data:`SCRIPT_SAMPLE_LETTERS`) are in each script.

    A letter's script is the first word of its Unicode name ("LATIN", "HANGUL", "CJK",
    "HIRAGANA", "CYRILLIC"); the words of an ASCII text are all Latin, which is counted at once.
    """
    sample = text[:SCRIPT_SAMPLE_LETTERS]
    if sample.isascii():
        return collections.Counter({"LATIN": sum(1 for c in sample if c.isalpha())})
    return collections.Counter(unicodedata.name(c, "").partition(" ")[0] for c in sample if c.isalpha())


def _main_script(text: str) -> str | None:
    """The script of most of the letters of a line (its first part), or ``None`` for a line of none."""
    counts = _scripts(text[:_SCRIPT_LINE_CHARS])
    if not counts:
        return None
    return counts.most_common(1)[0][0]


RETOLD_SHARE = 0.85
"""The share of a short first paragraph's content words that one later paragraph must hold to
tell it again, and make it the story's summary."""
RETOLD_WORDS = 4
"""The fewest content words of a first paragraph read as a summary the story tells again."""
RETOLD_PARAGRAPHS = 5
"""How many paragraphs under a short first paragraph are read for its words told again."""
_WORD = re.compile(r"\w+")
HEAD_LIST_ITEMS = 3
"""The fewest marked lines, each a fragment, read as the header's furniture set as a list over
the story (a row of stamps: the site, the date, the reading time)."""
ECHO_WORDS = 12
"""The fewest words in a row that a long first paragraph and the lede under it share to make it
a summary the lede tells again (a clause, not a name or a phrase)."""
ECHO_SUMMARY_CHARS = 800
"""The longest first paragraph read as a summary told again in the lede's words."""


def _content_words(text: str) -> list[str]:
    """The words of ``text`` of :data:`CONTENT_WORD_CHARS` letters or more, case folded."""
    return [word.casefold() for word in _WORD.findall(text) if len(word) >= CONTENT_WORD_CHARS]


HEADLINE_SHAPE_DEPTH = 2
"""How many short lines of the site's may stand over a headline the header missed."""

REPRINT_DEPTH = 3
"""How many of the body's first paragraphs may stand over the headline printed again among them."""

LIST_LABEL_WORDS = 2
"""The most words of a label that heads a list of sources or links at the page's foot."""

TURN_HEAD_PARAGRAPHS = 3
"""The most paragraphs over a transcript's first speaker's turn read as its head."""
TURNS_UNDER = 2
"""How many more turns under the first make the paragraphs over it the head, whatever their shape."""
_SPEAKER_TURN = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[^\S\n][A-Z][A-Z.'’-]+){0,3}(?:[^\S\n]\([^()\n]{1,40}\))?:[^\S\n]"
    r"|[A-Z][A-Z.'’-]+(?:[^\S\n][A-Z][A-Z.'’-]+){0,5},[^\S\n][A-Z][A-Z.'’-]+(?:[^\S\n][A-Z][A-Z.'’-]+){0,5}:(?:[^\S\n]|\Z)"
)
"""A speaker's turn in a transcript: a name or office in capitals and a colon ("MODERATOR: ",
"SECRETARY BLINKEN: ", "MR. KIRBY (via interpreter): "), or a name and office so, alone on
their line or not ("HIS EXCELLENCY MR SHINZO ABE, PRIME MINISTER OF JAPAN:")."""

OPEN_STANDFIRST_CHARS = 400
"""The longest first paragraph with no sentence's end read as a standfirst over the lede."""
STANDFIRST_WORDS = 4
"""How many opening words a lede shares with the summary over it that tells it first."""

_CUT_WORDS = 3
"""The fewest words of a page's last line that, read as cut off mid-sentence, stays in the body."""


CREDIT_PARTS = 4
"""The most parts of a photo's credit line ("Str | Afp | Getty Images")."""
CREDIT_PART_WORDS = 3
"""The most words of one part of a photo's credit line."""
_CREDIT_BAR = re.compile(r"[^\S\n]{1,2}[|/][^\S\n]{1,2}")
_ARCHIVE_WORDS = frozenset({"images", "image", "photo", "photos", "pool", "stock", "pictures", "press"})
"""The last words of a photo archive's or pool's name in a credit line ("Getty Images", "Pool")."""


def _credit_shaped(text: str) -> bool:
    """Whether a line is a photo's credit: agencies and archives set apart by bars or slashes.

    Two to :data:`CREDIT_PARTS` parts, each of a few capitalised words ending no sentence, one
    of them an agency's name or an archive's ("Str | Afp | Getty Images", "AP / Pool").
    """
    if len(text) > EDGE_CHARS or text[-1:] in ".!?:":
        return False
    parts = _CREDIT_BAR.split(text)
    if not 2 <= len(parts) <= CREDIT_PARTS:
        return False
    named = False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= CREDIT_PART_WORDS or not all(word[:1].isupper() for word in words):
            return False
        named = named or is_agency(part) or words[-1].casefold() in _ARCHIVE_WORDS
    return named


_SLASHED_BRACKET = re.compile(r"[^\S\n]\(([^()\n/]{1,40}(?:/[^()\n/]{1,40}){1,3})\)\Z")
"""A photo credit's parts in brackets, set apart by slashes, at a line's end (``(Jane Doe/dpa)``)."""


def _slashed_credit(text: str) -> bool:
    """Whether ``text`` ends in a photo's credit in brackets, its photographer, owner and agency slashed.

    One part at least is an agency's name ("… nach Japan (Christian Timmig/Bundeswehr/dpa)"); the
    caption before it is no longer than a caption runs and ends in no sentence's stop.
    """
    if len(text) > CAPTION_LINE_CHARS or not text.endswith(")"):
        return False
    bracket = _SLASHED_BRACKET.search(text)
    if bracket is None or _SENTENCE_END.search(text[: bracket.start()]) is not None:
        return False
    return any(is_agency(part.strip()) for part in bracket.group(1).split("/"))


def _sentence_case(words: list[str]) -> bool:
    """Whether most words after the first are not capitalised, as in a sentence.

    A label's, a teaser headline's or a credit's words are ("Powered by Capital Market - Live News").
    Only words that start with a letter count: a number or a time has no case ("Updated: 7:08pm,
    7 May, 2023" is a label's).
    """
    cased = [word[:1].isupper() for word in words[1:] if word[:1].isalpha()]
    return 2 * cased.count(False) >= len(cased)


def _sentence_like(text: str) -> bool:
    """Whether a line has a sentence's length and case ("Agencies contributed to this story")."""
    words = text.split()
    return (
        len(words) >= FRAGMENT_WORDS
        and _sentence_case(words)
        and "©" not in text  # a copyright line is furniture at any length, as jusText has it
        and " | " not in text  # a page's title and its site ("… emerging | ORF (orfonline.org)")
        and _BRACKETED.fullmatch(text) is None
    )


def _cut_off(text: str) -> bool:
    """Whether the page's last line reads as prose cut off mid-sentence, not as a label.

    So it does when its last word is in lower case ("... met with Kishida and"), or when most of
    its words after the first are not capitalised, as a sentence's are and a label's are not
    ("Powered by Capital Market - Live News", "Back to Press Releases").
    """
    words = text.split()
    if len(words) < _CUT_WORDS or not _open_end(text) or "©" in text:
        return False  # prose cut off ends in a word, a comma or a dash, not in a mark ("... marked *")
    return words[-1][:1].islower() or (len(words) > _CUT_WORDS and _sentence_case(words))


_WIDE_SENTENCE_END = re.compile(r"[。！？][」』”’）)]*[^\S\n]*(?=[^\s」』”’）)])")
"""A full stop of a script written without spaces, and what closes its sentence, with text after it."""


def _cut_after_sentence(text: str) -> bool:
    """Whether the page's last line, in a script written without spaces, is prose cut off after a sentence.

    Such a line holds no words to count or to case (:func:`_cut_off`): a whole sentence closed
    by its full stop inside it, and more text after it that ends in no stop ("…扮演重要盟友的角色。
    2014年6月日本與北約簽署《個別夥伴協力合作計畫》(Individual Partnership"), is the story's
    last paragraph, cut off. A label or a teaser's headline holds no sentence's end inside it.
    """
    return _open_end(text) and _WIDE_SENTENCE_END.search(text) is not None


WIDE_CUT_CHARS = 8
"""The fewest ideographs and kana of a last line, ending in a comma, read as a sentence cut off."""
_WIDE_COMMAS = frozenset(",，、")


def _cut_wide_clause(text: str) -> bool:
    """Whether the page's last line, in a script written without spaces, is a sentence cut off at a comma.

    Such a line holds no words to count or to case (:func:`_cut_off`) and, cut in its first
    sentence, no full stop (:func:`_cut_after_sentence`): a clause of
    :data:`WIDE_CUT_CHARS` ideographs and kana or more closed by a comma ("日本首相岸田文雄曾經提出,")
    is the story's last paragraph, cut off. A headline, a label or a teaser ends in no comma.
    """
    return text[-1:] in _WIDE_COMMAS and len(_WIDE_LETTER.findall(text)) >= WIDE_CUT_CHARS


def _clipped(text: str) -> bool:
    """Whether ``text`` ends as a teaser's excerpt does: clipped after a word ("... respons...")."""
    for mark in ("...", "…"):
        if text.endswith(mark):
            return text[-len(mark) - 1 : -len(mark)].isalnum()
    return False


BOX_HEADINGS = 2
"""The fewest short headings stacked over the last paragraph that make it a box at the foot."""

BULLETIN_HEAD_WORDS = 8
"""The most words of a heading over a list of short sentences at the body's head."""

SECTION_ITEMS = 3
"""The fewest whole sentences, one a line, under a loose line at the foot that make it a subheading."""

REPEAT_CHARS = 20
"""The shortest cut-off line read as the start of a paragraph printed again."""


TEASER_PAIRS = 2
"""The fewest teasers, a headline over its excerpt each, under a box's headings at the page's foot."""

PAPER_HEAD_PARAGRAPHS = 12
"""How far into a page a paper's keywords under its abstract are looked for: under the head's
title, its authors, their institutes and the journal's issue."""

HEAD_COPY_LINES = 8
"""How many of the body's first paragraphs are read for the head printed a second time."""
HEAD_COPY_REPEATS = 2
"""The fewest lines printed again at the body's top that make them the head printed twice."""


WRAP_MIN_CHARS = 30
"""The shortest line that may be a hard-wrapped line of prose, broken at the copy's width."""

WRAP_FILL = 0.75
"""How much of the wider of two lines the upper must fill to be broken at the copy's width: a
wrapped line runs to the margin, a heading or label over prose falls well short of it."""

DOUBLED_JOINS = 3
"""The fewest lines that surely go on across a blank line that tell a copy doubling every break."""

_LINE_BREAK = re.compile(r"[^\S\n\r\u2028]*(?:\r\n|[\n\r\u2028])[^\S\n\r\u2028]*")
"""One line break, with any spaces around it: a break inside a paragraph, not between two."""
_BLANK_LINE = re.compile(r"[^\S\n\r]*(?:\r\n|[\n\r])[^\S\n\r]*(?:\r\n|[\n\r])[^\S\n\r]*")
"""A blank line between two lines, with any spaces: the break between paragraphs."""
_OPEN_MARKS = frozenset("_,;-–—")
"""Besides a letter or digit, how a line broken inside a sentence may end: a comma or a dash, not
a sentence's end, a colon that introduces what follows or a closing bracket (a credit's "(AP)")."""


def _open(above: str, below: str) -> bool:
    """Whether a line ends inside a sentence that the line under it, no list item, may go on with."""
    # Its last character alone tells an open end (a word's, a comma's or a dash's), which is
    # never a sentence's: the one test that every pair of lines takes is a character's.
    return len(above) >= WRAP_MIN_CHARS and _open_end(above) and _LIST_MARK.match(below) is None


def _open_end(text: str) -> bool:
    """Whether ``text`` ends in a letter, a digit or one of :data:`_OPEN_MARKS`: inside a sentence."""
    last = text[-1:]
    return last.isalnum() or last in _OPEN_MARKS


def _wrapped(text: str, upper: Span, lower: Span) -> tuple[bool, bool, bool]:
    """How ``lower`` may go on with the sentence ``upper`` leaves open, as hard-wrapped prose does.

    The first answer: surely, since ``lower`` starts in lower case, which only a sentence's
    continuation does (under one line break, or under a blank line in a copy that doubles every
    break). The second: it may, under one line break, since ``upper`` ends inside a sentence and
    runs near the copy's width (``WRAP_FILL`` of the wider line); a label or heading over prose
    falls short of it. A line of the second kind is joined only on a page that holds one of
    the first, and at their width, since a list of teaser headlines has that shape too. The
    third: the lines stand a blank line apart, as in a copy that doubles every break, where
    the second answer holds across that blank line.
    """
    above, below = upper.text, lower.text
    if not _open(above, below):
        return False, False, False
    single = _LINE_BREAK.fullmatch(text, upper.end, lower.start) is not None
    blank = not single and _BLANK_LINE.fullmatch(text, upper.end, lower.start) is not None
    if below[:1].islower():
        return single or blank, False, blank
    return False, (single or blank) and len(above) >= WRAP_FILL * len(below), blank


def _cut_copy(short: str, whole: str) -> bool:
    """Whether ``short`` is ``whole``, a caption's length, printed first and cut off inside a word."""
    return (
        REPEAT_CHARS <= len(short) < len(whole) <= CAPTION_CHARS
        and whole.startswith(short)
        and not whole[len(short)].isspace()
        and not short[-1].isspace()
    )


def _item_number(text: str) -> int:
    """The number that opens the list item ``text`` ("2. Date May 15": 2), or 0."""
    mark = _NUMBER_MARK.match(text)
    return 0 if mark is None else int(mark.group(1))


def _numbered_from_one(paragraphs: list[Span], *, first: int = 1) -> bool:
    """Whether ``paragraphs`` are items numbered ``first``, then one more each, in order (1, 2, 3 …)."""
    if first < 1:
        return False
    for number, paragraph in enumerate(paragraphs, start=first):
        mark = _NUMBER_MARK.match(paragraph.text)
        if mark is None or int(mark.group(1)) != number:
            return False
    return True


def _repeat_end(texts: list[str]) -> int:
    """Where the paragraphs ``texts`` that print earlier ones again, read from the end, begin.

    The last may be the start of an earlier paragraph, cut off, when it stands once. From there
    back, each paragraph whose text stands earlier is a repeat: the run ends under the last
    paragraph that is the first of its text (never under the first paragraph).
    """
    count = len(texts)
    # Each text's first index: zipped from the end, an earlier index overwrites a later one.
    first = dict(zip(reversed(texts), range(count - 1, -1, -1), strict=True))
    last = texts[-1]
    if (
        first[last] == count - 1
        and len(last) >= REPEAT_CHARS
        and _SENTENCE_END.search(last) is None
        and any(map(str.startswith, texts[:-1], itertools.repeat(last)))
    ):
        del first[last]  # the last paragraph, cut off: a repeat, and the first of its text no more
    return max(first.values(), default=0) + 1


def _signature_lines(texts: list[str], openings: list[str]) -> list[int]:
    """Which of the paragraphs ``texts``, past the first, are signatures ("Posted by …").

    ``openings`` holds each paragraph's first character: its test, over every paragraph at once,
    comes before the rest on the few that pass.
    """
    signs = map(_SIGNATURE_OPENINGS.__contains__, itertools.islice(openings, 1, None))
    return [
        i
        for i in itertools.compress(range(1, len(texts)), signs)
        if len(texts[i]) <= _HEAD_LINE_CHARS
        and texts[i][:9].lower() == "posted by"
        and _POSTED_BY.fullmatch(texts[i]) is not None
    ]


def _comment_heads(texts: list[str]) -> list[int]:
    """Which of the paragraphs ``texts``, past the first, are reader comments' head lines."""
    # The ending's test, over every paragraph at once, before the head's pattern on the few that pass.
    ends = map(str.endswith, itertools.islice(texts, 1, None), itertools.repeat(_HEAD_ENDS))
    return [
        i
        for i in itertools.compress(range(1, len(texts)), ends)
        if len(texts[i]) <= _HEAD_LINE_CHARS and _comment_author(texts[i]) is not None
    ]


def _first_items(texts: list[str], openings: list[str]) -> Iterator[int]:
    """Which of the paragraphs ``texts``, past the first, open with "1." or "1)".

    ``openings`` holds each paragraph's first character: a test of it, over every paragraph at
    once, comes before the test of the first two.
    """
    ones = map("1".__eq__, itertools.islice(openings, 1, None))
    return (i for i in itertools.compress(range(1, len(texts)), ones) if texts[i][:2] in _FIRST_ITEM)


def _comment_author(text: str) -> tuple[int, int] | None:
    """Where the commenter's name stands in a comment's head line ``text``, or ``None``."""
    head = _COMMENT_HEAD.fullmatch(text)
    if head is None:
        return None
    group = "name" if head.group("name") is not None else "blogger"
    if len(head.group(group).split()) > COMMENTER_WORDS:
        return None
    return head.start(group), head.end(group)


class Page:
    """What has been found in a page so far; every part is a span of :attr:`text`."""

    def __init__(self, text: str, *, publisher: str | None = None) -> None:
        self.text = text
        self.publisher_hint = publisher
        self.title: Span | None = None
        self.dateline: Span | None = None
        self.placeless = False
        """Whether the dateline's span names a news agency in the place's stead (``خبرگزاری مهر:``)."""
        self.walled = False
        """Whether a subscription wall's lines stood over the story's first paragraph, cut as the head."""
        self.paragraphs: list[Span] = []
        self.credits: list[tuple[Credit, str | None]] = []
        self.boilerplate: list[Boilerplate] = []
        self.captions: list[Caption] = []
        # (number, start, end): spans are made at the end, since continuation lines stretch them.
        self.footnotes: list[tuple[int, int, int]] = []
        self.comments: list[Comment] = []
        self.dates: list[HeaderDate] = []
        self.above_title: list[bool] = []  # per header date: whether it stood above the headline
        self.agency: str | None = None
        self.site: str | None = None
        self.outlet: str | None = None
        self.source: str | None = None
        self.copyright: str | None = None
        self.lede_date: DateMatch | None = None
        self.footer_date: DateMatch | None = None
        self.header_place: Span | None = None
        self._comment_author: Span | None = None  # the open comment head's name, which is its span
        self._comment_lines: tuple[int, int] | None = None
        self._comment_posted: dt.datetime | None = None

    def span(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        span = _new_span(Span)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, self.text[start:end])
        return span

    def set_title(self, start: int, end: int) -> None:
        """Record the title."""
        self.title = self.span(start, end)

    def paragraph(self, start: int, end: int) -> None:
        """Record a body paragraph."""
        # As span, written out: a page of short lines records one a line.
        span = _new_span(Span)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, self.text[start:end])
        self.paragraphs.append(span)

    def furniture(self, kind: BoilerplateKind, start: int, end: int) -> None:
        """Record a piece of site furniture."""
        # As span, written out: a page of comments records two a comment.
        span = _new_span(Span)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, self.text[start:end])
        piece = _new_boilerplate(Boilerplate)
        _set_kind(piece, kind)
        _set_piece_span(piece, span)
        self.boilerplate.append(piece)

    def credit(self, role: CreditRole, start: int, end: int, *, byline: str | None = None) -> None:
        """Record a credit; ``byline`` says where a byline stood (head, body, site, standfirst)."""
        self.credits.append((Credit(name=self.span(start, end), role=role), byline))

    def has_author(self) -> bool:
        """Whether an author has been credited."""
        return any(credit.role is CreditRole.AUTHOR for credit, _ in self.credits)

    def caption(self, start: int, end: int, credit: tuple[int, int] | None) -> None:
        """Record a photo caption and its credit."""
        self.captions.append(
            Caption(body=self.span(start, end), credit=None if credit is None else self.span(*credit))
        )

    def footnote(self, number: int, start: int, end: int) -> None:
        """Record a numbered note."""
        self.footnotes.append((number, start, end))

    def extend_footnote(self, end: int) -> None:
        """Stretch the last note over a continuation line ending at ``end``."""
        number, start, _ = self.footnotes[-1]
        self.footnotes[-1] = (number, start, end)

    def start_comment(self, start: int, end: int) -> None:
        """Begin a reader comment by the author at ``text[start:end]``."""
        if self._comment_lines is not None or self._comment_author is not None:
            self.end_comment()
        else:  # as end_comment, with nothing open to finish: a head sets its author with itself
            self._comment_posted = None
        # As span, written out: a page of comments begins one a comment.
        author = _new_span(Span)
        _set_start(author, start)
        _set_end(author, end)
        _set_text(author, self.text[start:end])
        self._comment_author = author

    def comment_open(self) -> bool:
        """Whether a comment is being read."""
        return self._comment_lines is not None or self._comment_author is not None

    def comment_line(self, start: int, end: int) -> None:
        """Add a line to the comment being read (or begin an anonymous one)."""
        first = start if self._comment_lines is None else self._comment_lines[0]
        self._comment_lines = (first, end)

    def date_comment(self, posted: dt.datetime | None) -> None:
        """Give the comment being read its posting time."""
        self._comment_posted = posted

    def end_comment(self) -> None:
        """Finish the comment being read, if any."""
        lines = self._comment_lines
        if lines is not None:
            # As _trusted, written out: a page of comments makes one a comment.
            comment = _new_comment(Comment)
            _set_comment_body(comment, _span(lines[0], lines[1], self.text[lines[0] : lines[1]]))
            _set_comment_author(comment, self._comment_author)
            _set_comment_posted(comment, self._comment_posted)
            self.comments.append(comment)
        elif self._comment_author is not None:
            # A head with no text under it is furniture: the author's span, which is the head's
            # (start_comment sets both at once), as furniture records it, written out.
            piece = _new_boilerplate(Boilerplate)
            _set_kind(piece, BoilerplateKind.OTHER)
            _set_piece_span(piece, self._comment_author)
            self.boilerplate.append(piece)
        self._comment_author = self._comment_posted = None
        self._comment_lines = None

    def is_publisher_hint(self, line: str) -> bool:
        """Whether ``line`` is the publisher the caller named."""
        return self.publisher_hint is not None and line.casefold() == self.publisher_hint.casefold()

    def site_name(self, start: int, end: int) -> None:
        """Record a site-name line, which names the publisher."""
        self.site = self.site or self.text[start:end]
        self.furniture(BoilerplateKind.SITE_NAME, start, end)

    def header_date(self, dated: HeaderDate) -> None:
        """Record a date line of the page top."""
        self.dates.append(dated)
        self.above_title.append(self.title is None)
        if dated.place is not None and self.header_place is None:
            self.header_place = self.span(*dated.place)
        self.outlet = self.outlet or dated.outlet

    def found_dateline(self, found: Dateline) -> None:
        """Record the dateline of the first paragraph."""
        self.dateline = self.span(*found.place)
        self.placeless = found.placeless
        self.agency = found.agency
        self.lede_date = found.found
        if found.signed is not None and not self.has_author():
            # "TOKYO, September 25 – RIA Novosti. ...": the agency signs the story.
            self.credit(CreditRole.AUTHOR, *found.signed, byline="head")

    def found_source(self, source: str) -> None:
        """Record the outlet the text names as its original source."""
        self.source = self.source or source

    def found_copyright(self, line: str) -> None:
        """Record the holder named in a copyright line, as a last-resort publisher."""
        match = _COPYRIGHT_HOLDER.fullmatch(line)
        if match is not None and self.copyright is None:
            holder = match.group("holder").strip()
            link = link_text(holder)
            self.copyright = holder[link[0] : link[1]] if link else holder

    def _masthead_dates(self) -> frozenset[int]:
        """Where the unlabelled dates stand that a site prints between its masthead's lines.

        ``Example News`` / ``3 March 2026`` / ``News for everyone``: a date line between two lines
        of the site's name or menu (each the next line, nothing else between), or a date alone on
        the page's first line over two of them (``3 March 2026`` / ``Example News`` / ``News for
        everyone``), is the site's date display, today's date, not the story's; a lone date line
        over the headline stays the page's, and so does a date under its field's label (``Date of
        the judgment`` / ``1986.06.11``).
        """
        ends = {piece.span.end for piece in self.boilerplate if piece.kind in _MASTHEAD}
        starts = {piece.span.start for piece in self.boilerplate if piece.kind in _MASTHEAD}
        found: set[int] = set()
        for dated, above in zip(self.dates, self.above_title, strict=True):
            if not above or dated.found.label:
                continue
            text = self.text
            before = text.rfind("\n", 0, dated.found.start) + 1
            after = text.find("\n", dated.found.end)
            after = len(text) if after < 0 else after
            # the blank space around the date's line, walked over, not copied with the page's text
            while before > 0 and text[before - 1].isspace():
                before -= 1
            while after < len(text) and text[after].isspace():
                after += 1
            label = text[text.rfind("\n", 0, before) + 1 : before]
            if (
                after in starts
                and not is_date_field(label)
                and (before in ends or (before == 0 and self._opens_masthead(dated.found, after)))
            ):
                found.add(dated.found.start)
        return frozenset(found)

    def _opens_masthead(self, found: DateMatch, start: int) -> bool:
        """Whether ``found``, a line of its own, stands over two masthead lines from ``start`` on.

        The site's name and its tagline, each a piece of the masthead, one under the other.
        """
        text = self.text
        line_start = text.rfind("\n", 0, found.start) + 1
        line_end = text.find("\n", found.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start : found.start].strip() or text[found.end : line_end].strip():
            return False  # the date shares its line
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end < len(text) and text[end].isspace():
            end += 1
        return any(piece.span.start == end for piece in self.boilerplate if piece.kind in _MASTHEAD)

    def _published(self) -> tuple[DateMatch | None, list[DateMatch]]:
        # A labelled publication date first, an update last; an unlabelled date above the
        # headline (a site clock) only when nothing under the headline gives one; a date between
        # the masthead's lines never (:meth:`_masthead_dates`).
        masthead = self._masthead_dates() if self.dates else frozenset()
        ranked = sorted(
            (
                (dated, above)
                for dated, above in zip(self.dates, self.above_title, strict=True)
                if dated.found.start not in masthead
            ),
            key=lambda pair: (
                pair[0].found.label not in _PUBLISHED_LABELS,
                "updated" in pair[0].found.label or "modified" in pair[0].found.label,
                pair[1] and not pair[0].found.label,
                pair[0].found.moment is None,  # of two dates of one rank, the one with its time
            ),
        )
        if ranked:
            return ranked[0][0].found, [dated.found for dated, _ in ranked[1:]]
        return self.lede_date or self.footer_date, []

    def _publishers(
        self, publisher: str | None, original_source: str | None
    ) -> tuple[str | None, str | None]:
        source = self.source or original_source
        named = self.site or self.outlet
        if self.agency is not None and named is None:
            if publisher is not None and publisher.casefold() != self.agency.casefold():
                return publisher, source or self.agency
            return self.agency, source
        return named or publisher or self.copyright, source

    def _credits(self, *, reposted: bool) -> tuple[Credit, ...]:
        bylines = [(credit, where) for credit, where in self.credits if where in {"head", "body", "site"}]
        names = {credit.name.text for credit, _ in bylines}
        authors = {credit.name.text for credit, where in bylines if where in {"head", "body"}}
        if reposted and len(names) > 1 and authors:
            last = next(credit.name.text for credit, where in reversed(bylines) if where in {"head", "body"})
            authors = {last}
        credits: list[Credit] = []
        seen: set[tuple[str, CreditRole]] = set()
        for credit, where in self.credits:
            role = credit.role
            if (
                reposted
                and where in {"head", "body", "site"}
                and len(names) > 1
                and credit.name.text not in authors
            ):
                role = CreditRole.REPOST
            if (credit.name.text, role) not in seen:
                seen.add((credit.name.text, role))
                credits.append(Credit(name=credit.name, role=role))
        return tuple(credits)

    def _join_wrapped(self) -> tuple[list[str], list[str]]:
        # A hard-wrapped paragraph comes as one line a row; each line that goes on with the
        # sentence of the line above is joined to it, so that the body's edges and runs of short
        # lines are judged by whole paragraphs, as they stand in the text. The paragraphs' texts
        # and first characters, as joined.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        texts = list(map(_TEXT, paragraphs))
        openings = list(map(_OPENING, texts))
        if count < 2:  # a pair is what is joined
            return texts, openings
        text = self.text
        if not any(map(str.islower, openings)):
            return texts, openings  # no line starts in lower case: nothing surely goes on, as lines seldom do
        sure = [False] * (count - 1)
        may = [False] * (count - 1)
        blank = [False] * (count - 1)
        # Only a line long enough that ends open may be broken inside a sentence: a test of its
        # length and last character, inline, passes over the rest of a long page's lines.
        for i, upper in enumerate(paragraphs[:-1]):
            above = upper.text
            if len(above) >= WRAP_MIN_CHARS and (above[-1].isalnum() or above[-1] in _OPEN_MARKS):
                sure[i], may[i], blank[i] = _wrapped(text, upper, paragraphs[i + 1])
        surely = [i for i, certain in enumerate(sure) if certain]
        if not surely:
            return texts, openings
        # A copy wraps all its paragraphs alike: once a line surely goes on with the one above,
        # a line that may do so is joined too when it runs to about the same width as the lines
        # that surely do (a list of teaser headlines of other lengths stays apart). The width
        # is the middle one of theirs, since a copy wrapped by hand runs to no one margin. A
        # copy that doubles every break (each sure join across a blank line, and enough of
        # them to tell) is read so across its blank lines too; any other keeps them apart.
        widths = sorted(len(paragraphs[i].text) for i in surely)
        width = widths[len(widths) // 2]
        low, high = WRAP_FILL * width, widths[-1] / WRAP_FILL
        doubled = len(surely) >= DOUBLED_JOINS and all(blank[i] for i in surely)
        joins = [
            certain or (possible and (doubled or not blank[i]) and low <= len(paragraphs[i].text) <= high)
            for i, (certain, possible) in enumerate(zip(sure, may, strict=True))
        ]
        joined = [paragraphs[0]]
        for i, paragraph in enumerate(paragraphs[1:]):
            if joins[i]:
                joined[-1] = self.span(joined[-1].start, paragraph.end)
            else:
                joined.append(paragraph)
        self.paragraphs = joined
        texts = list(map(_TEXT, joined))
        return texts, list(map(_OPENING, texts))

    def _drop_paper_head(self) -> int:
        # A paper as a journal's page prints it: its abstract, a paragraph of prose, over a
        # line of its keywords (is_keywords_line), and under them the fields of its record, each
        # under its label in brackets (is_record_field: "〔作者简介〕…", "〔中图分类号〕D831").
        # The abstract, the keywords, the record and what stands over them are the head's; the
        # paper's text starts under the record. How many paragraphs were dropped, or 0 where the
        # first paragraphs hold no keywords under an abstract, or no paragraph would be left.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        for i in range(1, min(count - 1, PAPER_HEAD_PARAGRAPHS)):
            if len(paragraphs[i - 1].text) <= EDGE_CHARS or not is_keywords_line(paragraphs[i].text):
                continue
            start = i + 1
            while start < count - 1 and is_record_field(paragraphs[start].text):
                start += 1
            for paragraph in paragraphs[:start]:
                self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=paragraph))
            del paragraphs[:start]
            return start
        return 0

    def _drop_repeats(self, texts: list[str]) -> None:
        # A page that prints its story again after it (a second copy, often cut off) ends in
        # paragraphs that repeat earlier ones: the repeat, read from the end, is furniture. The
        # last paragraph may be the start of an earlier one, cut off.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        if count < 3:  # a repeat of two paragraphs needs one before it
            return
        last_span = paragraphs[-1]
        if self.text.find(last_span.text, 0, last_span.start) < 0:
            return  # the last paragraph, whole or cut off, stands nowhere before: no second copy
        end = _repeat_end(texts)
        # A repeat of the story, not a line a page prints twice (a caption, a label): it runs
        # over two paragraphs or more, leaves prose before it, and stands apart from it as a
        # second copy does: as a block of its own (a blank line between), or, in a copy with
        # no blank lines, as a run that prints the story's paragraphs again in their order.
        if (
            count - end >= 2
            and end >= 2
            and (
                _BLANK_LINE.fullmatch(self.text, paragraphs[end - 1].end, paragraphs[end].start) is not None
                or self._copied_in_order(end)
            )
        ):
            for paragraph in paragraphs[end:]:
                self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=paragraph))
            del paragraphs[end:]

    def _copied_in_order(self, end: int) -> bool:
        # Whether the paragraphs from ``end`` print an earlier run of the story's paragraphs
        # again, one for one and in their order, the last whole or cut off.
        paragraphs = self.paragraphs
        tail = paragraphs[end:]
        first = next((i for i in range(end) if paragraphs[i].text == tail[0].text), None)
        if first is None or first + len(tail) > end:
            return False
        pairs = zip(paragraphs[first : first + len(tail)], tail, strict=True)
        *whole, (original, last) = pairs
        return all(a.text == b.text for a, b in whole) and original.text.startswith(last.text)

    def _drop_tail_run(self, texts: list[str]) -> None:
        # A run of short lines that are not sentences at the end of the body (teasers, embedded
        # posts, "more top news") is furniture: judged by shape and by neighbours, as jusText
        # revises a paragraph by the class of those around it.
        run = _fragment_run(texts)
        # A run that a line ending in a colon introduces is the body's own list, and so is a run
        # of list items that goes on with a list above it (its longer items ended the run).
        above = self.paragraphs[-run - 1].text if run < len(self.paragraphs) else ""
        if not TAIL_RUN <= run < len(self.paragraphs) or above.endswith(":"):
            return
        own_list = (
            _LIST_MARK.match(above) is not None
            and all(_LIST_MARK.match(paragraph.text) for paragraph in self.paragraphs[-run:])
        ) or (_numbered_from_one(self.paragraphs[-run:]) and _SENTENCE_END.search(above[-8:]) is not None)
        if (
            not own_list
            and not _key_points(texts[:-run], texts[-run:])
            and not self._last_section(len(texts) - run)
            and not _markdown_sections(texts[:-run], texts[-run:])
        ):
            for paragraph in self.paragraphs[-run:]:
                self.boilerplate.append(Boilerplate(kind=BoilerplateKind.LIST, span=paragraph))
            del self.paragraphs[-run:]

    def _drop_after_sign_off(self, texts: list[str]) -> None:
        # A bracketed sign-off closes the story: in the body's second half, what follows the
        # paragraph it ends is the site's (teasers of other stories, their excerpts).
        paragraphs = self.paragraphs
        count = len(paragraphs)
        # The bracket's test, over the half's paragraphs at once, before the sign-off's pattern.
        half = range(max(1, count // 2), count - 1)
        closed = map(str.endswith, texts[half.start : half.stop], itertools.repeat(")"))
        for i in itertools.compress(half, closed):
            text = paragraphs[i].text
            if _SIGN_OFF.search(text, max(0, len(text) - _SIGN_OFF_CHARS)) is not None:
                for paragraph in paragraphs[i + 1 :]:
                    self.boilerplate.append(Boilerplate(kind=BoilerplateKind.LIST, span=paragraph))
                del paragraphs[i + 1 :]
                return

    def _drop_comments(self, texts: list[str], openings: list[str]) -> None:
        # Reader comments that no heading announced: from the first comment head after the
        # post's prose ("1. Anonymous says:", "Heipel said..."), each head and the paragraphs
        # under it, to the next head, are a comment, and the rest of the page is theirs.
        # ``openings`` holds each paragraph's first character.
        if self._drop_signed_comments(texts, openings) or self._drop_threaded_comments(texts, openings):
            return
        paragraphs = self.paragraphs
        heads = _comment_heads(texts)
        if not heads:
            return
        first = heads[0]
        for at, head in enumerate(heads):
            end = heads[at + 1] if at + 1 < len(heads) else len(paragraphs)
            name = _comment_author(paragraphs[head].text)
            assert name is not None  # noqa: S101 - every index in heads was found by it
            start = paragraphs[head].start
            author = self.span(start + name[0], start + name[1])
            if end > head + 1:
                body = self.span(paragraphs[head + 1].start, paragraphs[end - 1].end)
                self.comments.append(Comment(body=body, author=author, posted=None))
            else:
                self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=paragraphs[head]))
        del paragraphs[first:]

    def _drop_signed_comments(self, texts: list[str], openings: list[str]) -> bool:
        # A post signed "Posted by NAME at TIME" under its prose, with comments each signed
        # alike under it: the post ends at its signature, each comment at its own, and what
        # follows the last signature is the site's.
        paragraphs = self.paragraphs
        signed = _signature_lines(texts, openings)
        if len(signed) < 2:  # the post's signature, and at least one comment's
            return False
        start = signed[0] + 1
        for end in signed[1:]:
            signature = _POSTED_BY.fullmatch(paragraphs[end].text)
            assert signature is not None  # noqa: S101 - every index in signed was found by it
            at = paragraphs[end].start
            author = self.span(at + signature.start("name"), at + signature.end("name"))
            if end > start:
                body = self.span(paragraphs[start].start, paragraphs[end - 1].end)
                self.comments.append(Comment(body=body, author=author, posted=None))
            self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=paragraphs[end]))
            start = end + 1
        for paragraph in (paragraphs[signed[0]], *paragraphs[start:]):
            self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=paragraph))
        del paragraphs[signed[0] :]
        return True

    def _indented_item(self, paragraph: Span) -> int:
        # The number of a list item indented on its line ("  1. Not really …"), or 0.
        if not paragraph.text[:1].isdigit():
            return 0
        line_start = self.text.rfind("\n", 0, paragraph.start) + 1
        if _INDENT.fullmatch(self.text, line_start, paragraph.start) is None:
            return 0
        return _item_number(paragraph.text)

    def _drop_threaded_comments(self, texts: list[str], openings: list[str]) -> bool:
        # A blog's comment list as its copy prints it: set apart from the post by two blank
        # lines or more, an indented list whose items are the comments and whose indented
        # sub-lists, numbered afresh, the replies ("  1. Not really …" / "    1. not at all …").
        paragraphs = self.paragraphs
        first = next(
            (
                i
                for i in _first_items(texts, openings)
                if self._indented_item(paragraphs[i]) == 1
                and _GAP.fullmatch(self.text, paragraphs[i - 1].end, paragraphs[i].start) is not None
            ),
            None,
        )
        if first is None:
            return False
        heads = [i for i in range(first, len(paragraphs)) if self._indented_item(paragraphs[i])]
        for at, head in enumerate(heads):
            end = heads[at + 1] if at + 1 < len(heads) else len(paragraphs)
            mark = _NUMBER_MARK.match(paragraphs[head].text)
            assert mark is not None  # noqa: S101 - every head opens with its number
            body = self.span(paragraphs[head].start + mark.end(), paragraphs[end - 1].end)
            self.comments.append(Comment(body=body, author=None, posted=None))
        del paragraphs[first:]
        return True

    def _tail_start(self) -> int:
        # Where the furniture after the body's last prose begins: a box at the foot, or the
        # loose lines of the short run that ends the page.
        return min(
            self._short_tail(),
            self._box_tail(),
            self._labelled_list_tail(),
            self._link_tail(),
            self._author_note_tail(),
            self._foreign_script_tail(),
            self._embedded_post_tail(),
            self._introduction_tail(),
            self._headed_box_tail(),
            self._explainer_tail(),
            self._teaser_box_tail(),
        )

    def _teaser_box_tail(self) -> int:
        # A box of teasers at the page's foot: two short headings or more stacked (a box's name
        # and its section's: "Related Subjects" / "Other events"), and under them, to the end,
        # other stories' headlines, each a line of a headline's length that ends in no full stop
        # ("… with a Project?"), over one paragraph of its excerpt. From the first heading to
        # the end, in the page's second half. The story's own subheadings stand one at a time
        # over its prose.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        at = count - TEASER_PAIRS * 2
        while at >= 0 and self._teaser_pair(at):
            at -= 2
        first = at + 2
        if count - first < TEASER_PAIRS * 2:
            return count
        heads = first
        while heads > 1 and self._box_heading_line(paragraphs[heads - 1].text):
            heads -= 1
        return heads if first - heads >= BOX_HEADINGS and 2 * heads >= count else count

    def _teaser_pair(self, at: int) -> bool:
        # Whether the paragraphs at ``at`` and under it are a teaser: a headline's line over its
        # excerpt, a longer paragraph.
        headline, excerpt = self.paragraphs[at].text, self.paragraphs[at + 1].text
        return (
            len(headline) <= HEADLINE_CHARS
            and not headline.rstrip(_CLOSERS).endswith((".", "。"))
            and _LIST_MARK.match(headline) is None
            and len(excerpt) > max(len(headline), EDGE_CHARS)
        )

    def _explainer_tail(self) -> int:
        # A reference box at the page's foot under a heading of its own ("Bank of Japan FAQs",
        # "What is NATO?", "About the BoJ"): the heading names a topic, and the first sentence
        # under it defines that topic ("The Bank of Japan (BoJ) is the Japanese central bank"),
        # the topic's words and no others (but an article, or an abbreviation in brackets) before
        # the verb that opens the definition, and the heading says what the box is (a word of the
        # vocabulary's ``explainer`` headings). From the heading to the end, where the story's
        # prose stands over it. A story's own subheading is not worded as a box's ("The Senkaku
        # Islands dispute" over "The Senkaku Islands dispute is …" is the story's next turn).
        paragraphs = self.paragraphs
        count = len(paragraphs)
        for at in range(max(2, count - 1 - EXPLAINER_PARAGRAPHS), count - 1):
            if self._defines_heading(paragraphs[at].text, paragraphs[at + 1].text):
                return at
        return count

    @staticmethod
    def _defines_heading(heading: str, text: str) -> bool:
        # Whether ``heading`` is a reference box's and ``text`` opens with the definition of its topic.
        if len(heading) > FRAGMENT_CHARS:
            return False
        words = _EXPLAINER_WORD.findall(heading)
        if (
            not words
            or len(words) > EXPLAINER_HEADING_WORDS
            or _LIST_MARK.match(heading) is not None
            or heading[-1] in ".:;,"
        ):
            return False
        names, fillers, verbs = explainer_words()
        folded = {word.casefold() for word in words}
        topic = folded - names - fillers
        if not topic or not folded & names:
            return False
        subject: list[str] = []
        for word in _EXPLAINER_WORD.findall(_BRACKETED.sub(" ", text[:_EXPLAINER_SUBJECT_CHARS])):
            if word.casefold() in verbs:
                return len(subject) <= EXPLAINER_SUBJECT_WORDS and topic <= set(subject) <= topic | fillers
            subject.append(word.casefold())
        return False

    def _headed_box_tail(self) -> int:
        # A box at the page's foot headed by two short loose lines or more stacked over its one
        # paragraph (a section's name and the topic's: "Economic Indicator" / "BoJ Press
        # Conference" / what the indicator is), with a sentence of the story over them: from the
        # first heading to the end. The story's own subheadings stand one at a time over its
        # prose, and the items of its lists are marked.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        first = count - 1
        while first > 0 and self._box_heading_line(paragraphs[first - 1].text):
            first -= 1
        if count - 1 - first < BOX_HEADINGS or first < 1 or _loose(paragraphs[first - 1].text, _SENTENCE_END):
            return count
        return first if not _is_short(paragraphs[-1].text) else count

    @staticmethod
    def _box_heading_line(text: str) -> bool:
        # A heading of a box: a short line of a few words that ends no sentence, in a label's case.
        return (
            len(text.split()) < FRAGMENT_WORDS
            and _LIST_MARK.match(text) is None
            and _loose(text, _SENTENCE_END)
            and not text.endswith(":")
            and not _sentence_like(text)
        )

    def _introduction_tail(self) -> int:
        # A short line that introduces what follows (it ends in a colon) with nothing under it
        # but notes wholly in brackets is the label of something the copy lost (a video, an
        # embedded post: "Simak Video '…':" / "(acd/das)"): from it to the end, where prose
        # stands over it. A story never ends on an introduction.
        paragraphs = self.paragraphs
        last = len(paragraphs)
        while last > 1 and _BRACKETED.fullmatch(paragraphs[last - 1].text) is not None:
            last -= 1
        text = paragraphs[last - 1].text if last > 1 else ""
        if text.endswith(":") and len(text) <= FRAGMENT_CHARS:
            return last - 1
        return len(paragraphs)

    def _foreign_script_tail(self) -> int:
        # Lines at the page's foot written in a script that the story's prose does not use
        # (a casino's spam in Hangul under a story in English) are the site's, not the story's:
        # from the first of them to the end, where the story's prose stands over them.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        if count < 2:
            return count
        last = _main_script(paragraphs[-1].text)
        if last is None:
            return count
        prose: collections.Counter[str] = collections.Counter()
        for paragraph in itertools.islice(paragraphs, count - 1):
            prose.update(_scripts(paragraph.text))
            if prose.total() >= SCRIPT_SAMPLE_LETTERS:
                break
        letters = prose.total()
        if letters < SCRIPT_SAMPLE_LETTERS // 4:
            return self._foreign_post_tail(prose)
        first = count
        while first > 1:
            script = _main_script(paragraphs[first - 1].text)
            if script is None or prose[script] > FOREIGN_SCRIPT_SHARE * letters:
                break
            first -= 1
        return first

    def _embedded_post_tail(self) -> int:
        # A post embedded from a social network at the story's foot, in another language than
        # the story's though in the same script (an English post under a Spanish story), its
        # link at its end ("Sirens in the north of #Japan. pic.twitter.com/…"): its paragraphs,
        # each in the post's language by their function words (language_of), from the first of
        # them to the end, where the story's prose stands over them.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        if count < EMBED_STORY_PARAGRAPHS + 1:
            return count
        last = paragraphs[-1].text
        if len(last) > CAPTION_CHARS or not any(link in last for link in post_links()):
            return count
        post = language_of(last)
        if post is None:
            return count
        story = language_of(" ".join(p.text for p in paragraphs[:EMBED_STORY_PARAGRAPHS]))
        if story is None or story == post:
            return count
        first = count - 1
        while first > EMBED_STORY_PARAGRAPHS and language_of(paragraphs[first - 1].text) == post:
            first -= 1
        return first

    def _foreign_post_tail(self, prose: collections.Counter[str]) -> int:
        # Over a short story, the letter share of a script tells little (one name in Latin
        # letters in a Russian story); a last paragraph written in a script that no paragraph
        # of the story over it is mostly written in, and that is a small share of their letters,
        # is a post embedded from elsewhere (a statement in English closing a Russian story, its
        # link "pic.twitter.com/…" at its end): from it to the end.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        script = _main_script(paragraphs[-1].text)
        letters = prose.total()
        if (
            script is None
            or letters < SCRIPT_SAMPLE_LETTERS // FOREIGN_POST_SAMPLE_PART
            or prose[script] > FOREIGN_POST_SHARE * letters
            or any(_main_script(p.text) == script for p in itertools.islice(paragraphs, count - 1))
        ):
            return count
        return count - 1

    def _link_tail(self) -> int:
        # Short lines that hold a web address at the page's foot point away from the story (to
        # its source, a report, the site's page on it: "For further information, go to:
        # www.selby.gov.uk"), as jusText counts a block's link share: from the first of them
        # to the end, where prose stands over them. The story's own paragraph that cites an
        # address runs longer. A last line cut off by the copy's end with no sentence's end goes
        # with the links over it, as the next block of the foot ("AP MLB: https://…" / a
        # gallery's caption cut off mid-word).
        paragraphs = self.paragraphs
        count = len(paragraphs)
        end = count - (
            count > 2  # prose, a link and the cut line
            and _SENTENCE_END.search(paragraphs[-1].text) is None
            and _ADDRESS.search(paragraphs[-1].text) is None
            and _BLANK.fullmatch(self.text, paragraphs[-1].end) is not None
        )
        first = end
        while (
            first > 1
            and len(paragraphs[first - 1].text) <= FRAGMENT_CHARS
            and _ADDRESS.search(paragraphs[first - 1].text) is not None
        ):
            first -= 1
        return first if first < end or end == count else count

    def _author_note_tail(self) -> int:
        # A note on the authors under the story, marked with a star or a dagger and naming a
        # person before its verb of being ("* Aries A. Arugay is Visiting Senior Fellow …"), is
        # the page's box about them, as a footnote's mark sets it apart from the prose: from the
        # first such note among the last paragraphs to the end, where prose stands over it.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        first = count
        for i in range(count - 1, max(0, count - BOX_PARAGRAPHS - 1), -1):
            text = paragraphs[i].text
            mark = _NOTE_OPENING.match(text)
            if mark is None or not text[mark.end() : mark.end() + 1].isupper():
                break
            note = _AUTHOR_NOTE.match(text, mark.end())
            if note is None or not all(map(is_name, _NAME_JOIN.split(note.group("name")))):
                break
            first = i
        return first if first > 0 else count

    def _labelled_list_tail(self) -> int:
        # A label of a word or two ending in a colon over the page's last lines, none of which
        # ends a sentence, heads a list of sources or links at the foot ("Quellen:" / "Ministry
        # of Foreign Affairs of Japan: … 1.12.2025"); the story's own list is introduced by a
        # sentence ("The plan has three parts:").
        paragraphs = self.paragraphs
        count = len(paragraphs)
        for i in range(count - 1, max(0, count - EDGE_LINES - 1), -1):
            text = paragraphs[i].text
            if text.endswith(":") and len(text.split()) <= LIST_LABEL_WORDS and i < count - 1:
                return i or count
            if len(text) > HEADLINE_CHARS or not _loose(text, _SENTENCE_END):
                return count
        return count

    def _short_tail(self) -> int:
        # Where the furniture after the body's last prose begins, as jusText reads the short
        # blocks after the last good one, whose only other neighbour is the page's edge: in the
        # run of short paragraphs that ends the page, from the first that ends no sentence (a
        # label, a button, a teaser, a credit). A page cut off mid-sentence ends in a fragment of
        # prose, which stays, unless teasers stand before it (two or more loose lines).
        paragraphs = self.paragraphs
        count = len(paragraphs)
        first = count
        bound = max(0, count - EDGE_LINES - 1)
        # A teaser's clipped excerpt, of any length, takes its class from its neighbours too.
        while first > bound and (
            _is_short(paragraphs[first - 1].text) or _clipped(paragraphs[first - 1].text)
        ):
            first -= 1
        if first in {bound, count}:  # no prose to end, no short run after it, or a long one
            return count
        # A comment form, a reader prompt or a sign-off after the last prose closes the story:
        # the short lines under it, with furniture over them and the page's edge under, are its
        # notices ("Leave a Reply" / "You must be logged in to post a comment.", "© KYODO" /
        # "Related coverage:").
        closing = sorted(
            [piece.span.start for piece in self.boilerplate if piece.kind in _CLOSING]
            + [credit.name.start for credit, _ in self.credits]
        )
        for i in range(max(first, 1), count):
            at = bisect.bisect_left(closing, paragraphs[i - 1].end)
            if at < len(closing) and closing[at] < paragraphs[i].start:
                return min(i, self._loose_tail(first))
        return self._loose_tail(first)

    def _box_tail(self) -> int:
        # A box about the author, the site or the topic at the page's foot: its heading and the
        # few paragraphs under it, to the end ("About BOJ Interest Rate Decision" / what it is).
        paragraphs = self.paragraphs
        count = len(paragraphs)
        for i in range(max(1, count - BOX_PARAGRAPHS - 1), count):
            if is_box_heading(paragraphs[i].text):
                return i
        return count

    def _loose_tail(self, first: int) -> int:
        # In the short run from ``first`` to the end, where its loose lines begin (or the end).
        paragraphs = self.paragraphs
        count = len(paragraphs)
        last = paragraphs[-1]
        cut = (
            _SENTENCE_END.search(last.text) is None
            and _BRACKETED.fullmatch(last.text) is None
            and (
                _cut_off(last.text)
                or self._cut_prose(last)
                or _cut_after_sentence(last.text)
                or _cut_wide_clause(last.text)
            )
            and not _says_furniture(last.text)
            and _BLANK.fullmatch(self.text, last.end) is not None
        )
        loose: list[int] = []  # the first two loose lines are all that is asked for
        # A loose line of the shape of the story's own subheadings above, digits aside ("Update
        # 19.42 Uhr:" under "Update 19.22 Uhr" … in a list of timed updates), is one of them.
        own = self._subheading_shapes(first)
        # An author's box under the story strings its tags as sentences: loose lines at the foot.
        for i in range(first, count - cut):
            if own and _DIGITS.sub("0", paragraphs[i].text).rstrip(":") in own:
                continue
            if _loose(paragraphs[i].text, _SENTENCE_END) or _profile_tags(paragraphs[i].text):
                loose.append(i)
                if len(loose) == _TEASER_LINES:
                    break
        # A cut-off last line stays under a subheading of its own (words that name a section),
        # not under a single word of a label or a photo's credit ("Getty"), which a caption or a
        # teaser follows.
        if not loose or (cut and len(loose) < _TEASER_LINES and " " in paragraphs[loose[0]].text.strip()):
            return count
        # One line of a sentence's length and case that lacks its full stop stays, unless it
        # ends the page and says what furniture says: a note on the text, a profile's tags, a
        # prompt to a channel. Such a line over the story's sentences is the story's to keep.
        only = paragraphs[loose[0]].text
        if len(loose) == 1 and _sentence_like(only) and not (loose[0] == count - 1 and _says_furniture(only)):
            return count
        # A stack of loose lines over the last paragraph, as the story stacks them over each of
        # its sections, heads its last section.
        if (
            len(loose) == 1
            and (
                (loose[0] == count - 2 and self._last_subheading(loose[0]))
                or self._heads_sentence_list(loose[0])
            )
        ) or self._last_section(loose[0]):
            return count
        start = loose[0]
        # A page of fragments alone keeps them; a run that a line ending in a colon introduces
        # is the body's own list, and so is a numbered item that goes on with the one above it
        # ("1. Objectives …" / "2. Date May 15").
        if not start or paragraphs[start - 1].text.endswith(":"):
            return count
        above = paragraphs[start - 1].text
        if _numbered_from_one(paragraphs[start - 1 : start + 1], first=_item_number(above)):
            return count
        return start

    def _heads_sentence_list(self, at: int) -> bool:
        # Whether the loose line at ``at`` heads the story's last section, laid out as a list of
        # whole sentences to the page's end ("Kagoshima District Meteorological Observatory" /
        # "Sakurajima Ferry is operating 24 hours a day as usual." / …): prose stands over it, and
        # each of the lines under it, at least ``SECTION_ITEMS`` of them, is a sentence of the
        # story's case ending in its full stop, none a teaser's clipped excerpt.
        paragraphs = self.paragraphs
        under = [paragraph.text for paragraph in paragraphs[at + 1 :]]
        return (
            at > 0
            and len(under) >= SECTION_ITEMS
            and not _is_short(paragraphs[at - 1].text)
            and all(
                _SENTENCE_END.search(text) is not None
                and not _clipped(text)
                and _sentence_like(text)
                and not _says_furniture(text)
                for text in under
            )
        )

    def _last_section(self, at: int) -> bool:
        # Whether the loose short lines from ``at`` to the last but one head the story's last
        # section, its paragraph the last: the story above stacks as many loose short lines
        # between its prose at least ``SECTION_HEADS`` times ("Strategy update" / "Update
        # national security documents by end of 2026" / prose, and so on), and the last line is
        # prose of a sentence's length and case, whole or cut off by the copy's end, not a
        # teaser's clipped excerpt. A run of teasers under a story of no such sections stays
        # furniture.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        height = count - 1 - at
        last = paragraphs[-1].text
        if (
            height < 1
            or at < 1
            or _is_short(paragraphs[at - 1].text)
            or not all(self._loose_short(i) for i in range(at, count - 1))
            or not _sentence_like(last)
            or _clipped(last)
            or _says_furniture(last)
        ):
            return False
        stacks = 0
        i = 1
        while i + height < at:
            if (
                not _is_short(paragraphs[i - 1].text)
                and all(self._loose_short(j) for j in range(i, i + height))
                and not _is_short(paragraphs[i + height].text)
            ):
                stacks += 1
                i += height
            else:
                i += 1
        return stacks >= SECTION_HEADS

    def _heads_bulletin(self, at: int, end: int) -> bool:
        # Whether the line at ``at``, of a heading's few words in a sentence's case, stands over
        # ``SECTION_ITEMS`` lines of a fragment's length that each end a sentence: a list of bulletins.
        paragraphs = self.paragraphs
        words = paragraphs[at].text.split()
        under = [paragraph.text for paragraph in paragraphs[at + 1 : min(end, at + 1 + SECTION_ITEMS)]]
        return (
            len(words) <= BULLETIN_HEAD_WORDS
            and _sentence_case(words)
            and len(under) == SECTION_ITEMS
            and all(
                len(text) <= FRAGMENT_CHARS and _SENTENCE_END.search(text) is not None and not _clipped(text)
                for text in under
            )
        )

    def _subheading_shapes(self, end: int) -> frozenset[str]:
        # The shapes, digits as "0" and a closing colon aside, of the story's subheadings over
        # ``end`` that hold a digit: short loose lines with prose under them, repeated at least
        # once ("Update 19.22 Uhr" / "Update 19.23 Uhr:"), the marks of a list of timed updates.
        paragraphs = self.paragraphs
        shapes = collections.Counter(
            _DIGITS.sub("0", paragraphs[i].text).rstrip(":")
            for i in range(1, end - 1)
            if _DIGITS.search(paragraphs[i].text) is not None
            and self._loose_short(i)
            and not self._loose_short(i + 1)
        )
        return frozenset(shape for shape, times in shapes.items() if times >= 2)

    def _last_subheading(self, at: int) -> bool:
        # Whether the loose line at ``at``, the last but one, is a subheading of the story's
        # over its last paragraph: the story has a subheading between its prose above (a loose
        # short line with prose over and under it), and the paragraph under this one is a whole
        # sentence, not a clipped teaser. A teaser's heading at the foot of a story with no
        # subheadings of its own stays furniture.
        paragraphs = self.paragraphs
        last = paragraphs[at + 1].text
        if _SENTENCE_END.search(last) is None or _clipped(last) or _is_short(paragraphs[at - 1].text):
            return False
        return any(
            _is_short(paragraphs[i].text)
            and _loose(paragraphs[i].text, _SENTENCE_END)
            and not _is_short(paragraphs[i - 1].text)
            and not _is_short(paragraphs[i + 1].text)
            for i in range(1, at - 1)
        )

    def _head_block(self, end: int) -> int:
        # Where the body starts after head furniture that only the paragraphs show: a citation
        # block ("Attribution:" and the citation under it), or an author's office alone
        # ("Senior Fellow, Japan Chair"), or a record's field and its value under the head's lines
        # ("Temps de lecture :" / "3 min" under a caption, a headline, a standfirst and a byline,
        # and the labels of fields whose values the copy lost under it: "Publié le"),
        # with the abstract, standfirst and labels over them, and then a caption printed twice
        # that ends in its photo's credit in brackets, closed or cut off ("… Hiroshima, Japan.
        # (Asahi Shimbun v"). 0 where there is none, or where fewer than two paragraphs would be
        # left.
        paragraphs = self.paragraphs
        start = 0
        for i in range(min(end, HEAD_BLOCK_PARAGRAPHS) - 1):
            text = paragraphs[i].text
            if is_citation_label(text):
                start = i + 2
            elif _is_short(text) and is_job_title(text.split(",", 1)[0].strip()):
                start = i + 1
            elif self._head_field(i, end):
                start = i + 2
                while start + 2 < end and self._empty_field(paragraphs[start].text):
                    start += 1
        if (
            start
            and start + 1 < end
            and paragraphs[start].text == paragraphs[start + 1].text
            and _CREDIT_END.search(paragraphs[start].text) is not None
        ):
            start += 2
        return start if end - start >= 2 else 0

    def _head_field(self, at: int, end: int) -> bool:
        # Whether the paragraph at ``at`` is the first field of a record under the head's lines:
        # a field's label over its value (_field_label) right under a short line (a byline) with
        # no label of another field over it. A field under prose, or a record's later fields,
        # are a transcript's or a story's own (its prose keeps the lines among it).
        paragraphs = self.paragraphs
        return (
            at > 0
            and _is_short(paragraphs[at - 1].text)
            and self._field_label(at, end, words=HEAD_FIELD_WORDS)
            and not any(paragraph.text.endswith(":") for paragraph in paragraphs[:at])
        )

    @staticmethod
    def _empty_field(text: str) -> bool:
        # A record field's label whose value the copy lost: a few words that end no sentence.
        return len(text.split()) < FRAGMENT_WORDS and _loose(text, _HEAD_END)

    def _trim_edges(self) -> None:
        # The body runs from its first prose to its last: short lines that end no sentence
        # before the first paragraph of prose or after the last one are furniture.
        paragraphs = self.paragraphs
        end = self._tail_start()
        floor = start = self._head_block(end) or self._summary_over_furniture(end)
        floor = start = self._under_breadcrumb(start, end)
        floor = start = self._under_offer(start, end)
        start = self._under_head_list(start, end)
        dateline = self.dateline
        while (
            start < min(end, EDGE_LINES + 1)
            and not self._opens_list(start, end)
            and not _goes_on(paragraphs[start].text)
            and not self._runs_on(start, end)
            and (_is_short(paragraphs[start].text) or len(paragraphs[start].text) <= HEADLINE_CHARS)
            and not _unspaced_prose(paragraphs[start].text)
            and not _wide_prose(paragraphs[start].text)
            and (
                _loose(paragraphs[start].text, _HEAD_END)
                or self._field_label(start, end, words=HEAD_FIELD_WORDS)
            )
            and (dateline is None or dateline.start >= paragraphs[start].end)
        ):
            start += 1
        # A single line of a few words over the body may be its kicker or first subheading; a
        # run of them is a site's labels and buttons, and a longer one a standfirst or a caption.
        # A marked line is no kicker: it is an item or a stamp; nor is a word or two alone, a
        # label's, a name's or a counter's ("Source", "Introduction", "Writer’s Note", "0 221").
        # A longer line of a sentence's case that heads a list of whole short sentences, one a
        # line ("BoJ press conference key highlights" / "Will closely look at …"), is the
        # story's first subheading, its bulletin laid out as a list.
        kicker = (
            start == floor + 1
            and _marked_words(paragraphs[floor].text) > LABEL_WORDS
            and _LIST_MARK.match(paragraphs[floor].text) is None
            and (len(paragraphs[floor].text.split()) < FRAGMENT_WORDS or self._heads_bulletin(floor, end))
        )
        if kicker or start in {end, EDGE_LINES + 1}:
            start = floor
        # The dateline opens the story: what stands over its paragraph (a teaser, a caption and
        # its credit, a summary) is the header's, when it has a head's shape.
        if dateline is not None:
            opening = next(
                (i for i in range(start, min(end, EDGE_LINES + 1)) if dateline.start < paragraphs[i].end),
                start,
            )
            if paragraphs[opening].start <= dateline.start and self._head_shaped(start, opening):
                start = max(start, opening)
        start = self._under_headline_shape(start, end)
        start += self._caption_pair(start, end)
        start = self._under_pose_caption(start, end)
        start = self._under_reprinted_headline(start, end)
        start = self._under_head_printed_again(start, end)
        start = self._under_text_note(start, end)
        start = self._under_site_address(start, end)
        start = self._under_caption(start, end)
        start = self._under_credit_line(start, end)
        start = self._under_caption_shape(start, end)
        start = self._under_doubled_line(start, end)
        # The paragraph the dateline opens is the story's first, whatever stands under it (a
        # caption between its paragraphs): what closes the head closes it over that paragraph.
        start = self._dateline_paragraph(floor, start, end)
        if (
            self._standfirst_over_lede(start, end)
            or self._summary_retold(start, end)
            or self._summary_echoed(start, end)
            or self._deck_standfirst(start, end)
            or self._open_standfirst(start, end)
            or self._standfirst_printed_again(start, end)
            or self._teaser_over_story(start, end)
        ):
            start += 1
        start = self._first_turn(start, end)
        start = self._cut_front_matter(start, end)
        self._cut_run_in_head(start, end)
        # Headings in the copy's markup that open the first paragraph are its head (a byline,
        # a standfirst); the story's prose follows the last of them.
        if start < end and paragraphs[start].text.startswith("<h"):
            self._strip_markup_head(start)
        # A genre label in capitals run into the first paragraph ends the head there: the
        # caption or summary before it is furniture, the prose after it the story.
        label = _INLINE_LABEL.search(paragraphs[start].text, 0, _LABEL_SEARCH_CHARS) if start < end else None
        if label is not None and is_section_label(label.group(1)):
            head, story = paragraphs[start], paragraphs[start].start + label.end()
            before = self.span(head.start, story)
            self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=before))
            paragraphs[start] = self.span(story, head.end)
        self._cut_run_in_credit(start, end)
        self._cut_run_in_standfirst(start, end)
        if start or end < len(paragraphs):
            self._drop_edges(start, end)

    def _dateline_under_head(self, opening: int | None) -> None:
        # The paragraph left first once a subscription wall's lines over it are cut (its offers
        # and prompts, read as paragraphs while the page was read: no story's lines, which the
        # dateline is looked for under only so deep) is the story's first: its dateline, if it
        # opens with one, is the page's.
        paragraphs = self.paragraphs
        if not self.walled or self.dateline is not None or not paragraphs or paragraphs[0].start == opening:
            return
        found = read_dateline(self.text, paragraphs[0].start, paragraphs[0].end, first=True)
        if found is not None:
            self.found_dateline(found)

    def _cut_front_matter(self, start: int, end: int) -> int:
        # A paper's front matter run into its text on one line (its title, authors, abstract and
        # keywords, then "Introduction": paper_text_start), in one of the body's first
        # HEAD_BLOCK_PARAGRAPHS paragraphs from ``start``: the paragraph from the first section's
        # text on is the story's first, the front matter and what stands over it furniture.
        paragraphs = self.paragraphs
        for i in range(start, min(end, start + HEAD_BLOCK_PARAGRAPHS)):
            head = paragraphs[i]
            at = paper_text_start(head.text)
            if at is not None:
                front = len(head.text[:at].rstrip())
                self.boilerplate.append(
                    Boilerplate(kind=BoilerplateKind.OTHER, span=self.span(head.start, head.start + front))
                )
                paragraphs[i] = self.span(head.start + at, head.end)
                return i
        return start

    def _cut_run_in_head(self, start: int, end: int) -> None:
        # A headline and its date stamp run into the lede on the first paragraph's line
        # ("Council backs a bigger budget 2024/03/12 14:05 The regional council approved …"):
        # the story starts after the date. The date is the first the header reads within
        # HEADLINE_CHARS of the line's start; what stands before it ends no sentence and no
        # dateline's place ("TOKYO, March 12 —" is the story's), what follows opens in a capital
        # or a letter of a script without case, holds a sentence's full stop (a site's buttons
        # may follow the last) and runs longer than the head.
        if start >= end or self.dateline is not None:
            return
        paragraph = self.paragraphs[start]
        text = self.text
        dates = header_dates(text, paragraph.start, min(paragraph.end, paragraph.start + HEADLINE_CHARS))
        if not dates:
            return
        found = dates[0]
        head = text[paragraph.start : found.start].strip()
        story = _LINE_SPACE.match(text, found.end).end()  # type: ignore[union-attr]
        rest = text[story : paragraph.end]
        if (
            not head
            or head[-1] in _HEAD_RUN_ENDS
            or _SENTENCE_BREAK.search(head) is not None
            or _SENTENCE_END.search(head) is not None
            or story == found.end
            or not rest[:1].isalpha()
            or rest[:1].islower()
            or _FULL_STOP.search(rest) is None
            or len(rest) <= len(paragraph.text) // 2
        ):
            return
        title = self.title
        cut = (
            paragraph.start
            if title is None or not paragraph.start <= title.start < found.start
            else title.end
        )
        cut = _LINE_SPACE.match(text, cut).end()  # type: ignore[union-attr]
        if cut < found.end:
            self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=self.span(cut, found.end)))
        self.paragraphs[start] = self.span(story, paragraph.end)

    def _drop_edges(self, start: int, end: int) -> None:
        # The body is the paragraphs from ``start`` to ``end``: those over it are the head's
        # furniture or its photos' captions (_head_captions), those under it furniture.
        paragraphs = self.paragraphs
        head = self._head_captions(start)
        for i, paragraph in enumerate(paragraphs[:start]):
            if i in head:
                self.caption(paragraph.start, paragraph.end, None)
            else:
                self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=paragraph))
        for paragraph in paragraphs[end:]:
            self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=paragraph))
        self.paragraphs = paragraphs[start:end]

    def _head_captions(self, start: int) -> set[int]:
        # The photo captions among the head's lines over the story (the paragraphs up to
        # ``start``), each a line of its own of a caption's length and none the headline: a line
        # of a caption's shape (_bylines.caption_line: "… (Photo by JANE DOE / POOL / AFP)."); a
        # line printed twice in a row, or twice in two wordings of the same words (the photo's
        # alt text over its caption, "… (AN/NATO)"), of a sentence's words, over another line of
        # the head or a caption (a summary that the lede retells is a standfirst); a line under a
        # photo's credit label ("Photo Credit: Samsung") or over its credit line ("Str | Afp |
        # Getty Images"). They are the photo's, not the site's furniture.
        paragraphs = self.paragraphs
        texts = [paragraph.text for paragraph in paragraphs[: start + 1]]
        headline = None if self.title is None else self.title.text.casefold()
        found: set[int] = set()
        for i in range(start):
            text = texts[i]
            if len(text) > CAPTION_LINE_CHARS or "\n" in text or text.casefold() == headline:
                continue
            if (
                caption_line(text.rstrip("."), header=True)[0]
                or self._pose_line(text)
                or next(_credit_hits(text), None) is not None
                or _library_closed(text)
            ):
                found.add(i)
                continue
            below = self._line_below(paragraphs[i].end)
            if below is None:
                continue
            story = i + 1 == len(paragraphs) or (i + 1 == start and texts[start] == below)
            if len(text.split()) >= PROSE_MIN_WORDS and not story and self._printed_again(text, below):
                found.add(i)
                if i + 1 < start and texts[i + 1] == below:
                    found.add(i + 1)
                continue
            above = self._line_above(paragraphs[i].start)
            if len(text.split()) > LABEL_WORDS and (
                (above is not None and len(above) <= EDGE_CHARS and credit_line(above) is not None)
                or _credit_shaped(below)
            ):
                found.add(i)
        return found

    @staticmethod
    def _pose_line(text: str) -> bool:
        # Whether ``text`` is a photo's caption that says what its people do for the camera
        # (says_photo_pose): one line of a caption's length, a sentence's words and one
        # sentence at most.
        return (
            len(text) <= CAPTION_CHARS
            and "\n" not in text
            and len(text.split()) >= PROSE_MIN_WORDS
            and _SENTENCE_BREAK.search(text) is None
            and says_photo_pose(text)
        )

    def _under_pose_caption(self, start: int, end: int) -> int:
        # A photo's caption among the body's first paragraphs that says what its people do for
        # the camera ("Президент … и премьер-министр … пожимают друг другу руки и позируют для
        # фотографии в Токио …", _pose_line) closes the head as a caption does (_under_caption):
        # what stands over it, in a head's shape, is the header's, and the story starts under it.
        paragraphs = self.paragraphs
        for i in range(start, min(end - 1, start + REPRINT_DEPTH)):
            if self._pose_line(paragraphs[i].text):
                return i + 1 if self._head_shaped(start, i) and self._prose_line(i + 1) else start
        return start

    @staticmethod
    def _printed_again(text: str, below: str) -> bool:
        # Whether ``below`` prints ``text`` again, whole or in another wording of nearly all the
        # same content words (RETOLD_SHARE of them, each way), as a photo's alt text and its caption.
        if text == below:
            return True
        if len(below) > CAPTION_LINE_CHARS:
            return False
        words, others = set(_content_words(text)), set(_content_words(below))
        if len(words) < RETOLD_WORDS or len(others) < RETOLD_WORDS:
            return False
        shared = len(words & others)
        return shared >= RETOLD_SHARE * len(words) and shared >= RETOLD_SHARE * len(others)

    def _line_above(self, start: int) -> str | None:
        # The last line with text in it above ``start``, stripped; None at the text's top.
        text = self.text
        stop = len(text[:start].rstrip())
        if stop == 0:
            return None
        return text[text.rfind("\n", 0, stop) + 1 : stop].strip()

    def _line_below(self, end: int) -> str | None:
        # The first line with text in it below ``end``, stripped; None at the text's end.
        text = self.text
        lead = _BLANK.match(text, end)
        at = end if lead is None else lead.end()
        if at >= len(text):
            return None
        stop = text.find("\n", at)
        return text[at : len(text) if stop < 0 else stop].strip()

    def _cut_run_in_credit(self, at: int, end: int) -> None:
        # A photo's caption and its credit line run into the first paragraph, on one line with
        # the story ("… à l’occasion du sommet de l’OTAN. LAVANDEIRA JR / AP L’attention portée
        # …", an archive page's excerpt): the credit has its own line's shape (_credit_shaped)
        # right after a sentence's end, and a capital opens the prose after it. The sentences
        # before it, of a sentence's length, are the photo's caption, the prose after it the story's.
        if at >= end:
            return
        paragraph = self.paragraphs[at]
        text = paragraph.text
        for stop in _SENTENCE_BREAK.finditer(text, 0, CAPTION_LINE_CHARS):
            after = stop.end()
            words = list(_TOKEN.finditer(text, after, after + EDGE_CHARS))
            marks = [word.group() for word in words[: CREDIT_PART_WORDS + 1]]
            bar = next((i for i, mark in enumerate(marks) if mark in _BARS), 0)
            if not bar:
                continue
            last = next(
                (
                    i
                    for i in range(bar + 1, min(len(words) - 1, bar + 1 + CREDIT_PART_WORDS))
                    if words[i + 1].group()[:1].isupper() and _credit_shaped(text[after : words[i].end()])
                ),
                0,
            )
            story = words[last + 1].start() if last else len(text)
            if len(text[: stop.start()].split()) >= FRAGMENT_WORDS <= len(text[story:].split()):
                base = paragraph.start
                self.caption(base, base + stop.start(), (base + after, base + words[last].end()))
                self.paragraphs[at] = self.span(base + story, paragraph.end)
            return

    def _cut_run_in_standfirst(self, at: int, end: int) -> None:
        # A standfirst run into the lede on one line, with no stop between them ("British
        # government hails agreement … to enter service in 2035 The United Kingdom, Italy and
        # Japan signed …"): an article or a determiner in capitals (a function word) right after
        # a word that is none, with no sentence's end before it, opens the story. A phrase
        # runs on through a name that opens with one after a preposition ("in The Hague",
        # "Special to The Yomiuri Shimbun"); the summary over it is of a sentence's case and
        # length, and the story under it runs longer. The word is one of the text's own function
        # words, used in lower case FUNCTION_USES times or more in the story ("the", not the
        # month "May" of "28 May 2015"). The summary is the header's.
        if at >= end:
            return
        paragraph = self.paragraphs[at]
        text = paragraph.text
        dateline = self.dateline
        if dateline is not None and paragraph.start <= dateline.start < paragraph.end:
            return
        stop = _HEAD_STOP.search(text, 0, SUMMARY_CHARS)
        limit = SUMMARY_CHARS if stop is None else stop.start()
        function = function_words()
        for opening in _CAPITAL_WORD.finditer(text, 0, limit):
            word, before = opening.group(1), text[: opening.start()].split()
            if (
                word.casefold() not in function
                or len(before) < PROSE_MIN_WORDS
                or before[-1][:1].isupper()
                or before[-1].casefold() in function
                or not before[-1][-1:].isalnum()
                or not _sentence_case(before)
                or not self._function_word(word.casefold(), paragraph.start)
            ):
                continue
            story = opening.start() + 1
            if len(text) - story > story:
                self.furniture(BoilerplateKind.OTHER, paragraph.start, paragraph.start + opening.start())
                self.paragraphs[at] = self.span(paragraph.start + story, paragraph.end)
            return

    def _function_word(self, word: str, start: int) -> bool:
        # Whether ``word`` is used in lower case FUNCTION_USES times or more in the
        # SCRIPT_SAMPLE_LETTERS characters of the story from ``start``.
        uses = re.finditer(rf"\b{re.escape(word)}\b", self.text[start : start + SCRIPT_SAMPLE_LETTERS])
        return next(itertools.islice(uses, FUNCTION_USES - 1, None), None) is not None

    def _field_label(self, at: int, end: int, *, words: int = LABEL_WORDS) -> bool:
        # Whether the paragraph at ``at`` is a record field's label, a word or two and a colon,
        # over its value of a word or two ("Lesedauer:" / "5 MIN", "Ort:" / "Hamburg"). A lead-in
        # over a list ("Harbour Authority:" / "New cranes will be installed …") or an introduction
        # that runs to a clause ("The minister said:") has the story's own text under it.
        # A colon set apart by a space, as French sets it ("Temps de lecture :"), is no word.
        text = self.paragraphs[at].text
        if not text.endswith(":") or len(text[:-1].split()) > words or at + 1 >= end:
            return False
        return len(self.paragraphs[at + 1].text.split()) <= LABEL_WORDS

    def _under_breadcrumb(self, start: int, end: int) -> int:
        # A breadcrumb trail among the body's first lines ("HOME > SAMURAI BLUE 2023 > NEWS >
        # …") is the page's navigation over its story: the short lines over it are the site's
        # menus ("Select from the following categories." / "• 2024" / "• U-24" …), of any
        # number, and the story starts under it, where prose stands under it.
        paragraphs = self.paragraphs
        crumbs = sorted(
            piece.span.start for piece in self.boilerplate if _CRUMB_MARKS.search(piece.span.text, 0, 300)
        )
        if not crumbs:
            return start
        for i in range(start + 1, min(end - 1, start + EDGE_LINES)):
            if not _is_short(paragraphs[i - 1].text):
                return start
            at = bisect.bisect_left(crumbs, paragraphs[i - 1].end)
            if at < len(crumbs) and crumbs[at] < paragraphs[i].start:
                return i
        return start

    def _under_offer(self, start: int, end: int) -> int:
        # A subscription wall over the story ("To continue reading, please subscribe:" /
        # "Monthly Digital Subscription" / "$1 per week for 24 weeks*" / its perks, a line each /
        # "*Billed as $4.00 plus GST every four weeks. …" / "Already have an account? Log in"):
        # OFFER_LINES lines or more that state an offer's price and the period it bills by
        # (_boilerplate.is_offer_line), among short lines only, over the story's first prose.
        # The wall ends with the short lines under its last offer that end no sentence (its
        # sign-in prompts); the story starts where prose stands under them. An offer's price in
        # a sentence of the story stands under prose, or alone.
        paragraphs = self.paragraphs
        dateline = self.dateline
        offers, last = 0, start
        for i in range(start, min(end - 1, start + EDGE_LINES)):
            paragraph = paragraphs[i]
            if dateline is not None and dateline.start < paragraph.end:
                break
            if len(paragraph.text) <= SUMMARY_CHARS and is_offer_line(paragraph.text):
                offers, last = offers + 1, i
            elif not _is_short(paragraph.text):
                break
        if offers < OFFER_LINES:
            return start
        below = last + 1
        while (
            below < end - 1
            and _is_short(paragraphs[below].text)
            and _SENTENCE_END.search(paragraphs[below].text) is None
        ):
            below += 1
        if not self._prose_line(below):
            return start
        self.walled = True
        return below

    def _dateline_paragraph(self, floor: int, start: int, end: int) -> int:
        # The index of the paragraph that opens with the dateline, among the paragraphs from
        # ``floor`` that the head's steps passed over up to ``start``; ``start`` where there is none.
        dateline = self.dateline
        if dateline is None:
            return start
        paragraphs = self.paragraphs
        for i in range(floor, min(start, end)):
            paragraph = paragraphs[i]
            if paragraph.start <= dateline.start < paragraph.end:
                return i if _BLANK.fullmatch(self.text, paragraph.start, dateline.start) else start
        return start

    def _head_shaped(self, start: int, opening: int) -> bool:
        # Whether the paragraphs from ``start`` to ``opening`` (the dateline's, or a note on the
        # text) have a head's shape: short lines (the site's, a caption, a teaser) and one
        # summary at most, none longer than SUMMARY_CHARS. A paragraph of a lede's length, or
        # two of prose longer than a short line, are the story's own, whatever stands under them.
        # Over a wire's dateline that names its agency ("NAIROBI, Aug 25 (Reuters) -"), the one
        # paragraph of a summary may run to CAPTION_LINE_CHARS, when the wire's story goes on
        # under its first paragraph (WIRE_STORY_PARAGRAPHS of them at least, from the dateline's
        # on): the repost's own summary of the wire's story (a video's summary over its script).
        # A lone datelined paragraph under a long one is a later report the story quotes.
        if (
            opening == start + 1
            and opening + WIRE_STORY_PARAGRAPHS <= len(self.paragraphs)
            and self.agency is not None
            and len(self.paragraphs[start].text) <= CAPTION_LINE_CHARS
            and _SENTENCE_END.search(self.paragraphs[start].text) is not None
        ):
            return True
        prose = 0
        for paragraph in self.paragraphs[start:opening]:
            text = paragraph.text
            if len(text) > SUMMARY_CHARS:
                return False
            prose += not _is_short(text) and not _loose(text, _SENTENCE_END)
        return prose <= 1

    def _runs_on(self, at: int, end: int) -> bool:
        # Whether the short line at ``at`` opens a sentence that the lines under it go on with, in
        # a copy wrapped narrower than any join reads ("Gempa dengan" / "kekuatan sekitar 8,9" /
        # "Skala Richter" / "mengguncang Jepang."): it ends open, the line under it opens in lower
        # case, and the sentence ends within NARROW_LINES lines, each of a few words. A menu's
        # items, a word each, and a label or a button over the prose end no sentence so.
        paragraphs = self.paragraphs
        for i in range(at, min(end - 1, at + NARROW_LINES)):
            text, below = paragraphs[i].text, paragraphs[i + 1].text
            if not _open_end(text) or " " not in text.strip() or " " not in below.strip():
                return False
            if i == at and not below[:1].islower():
                return False
            if _SENTENCE_END.search(below) is not None:
                return True
        return False

    def _cut_word(self, paragraph: Span) -> int | None:
        # Where the copy's last word starts, in ``paragraph``, when the copy is cut off in the
        # middle of it ("… said a dealer at a Europ", "According to the Yomiuri, Prime Mini"):
        # the paragraph ends the copy in letters after a space, and the page prints that word
        # nowhere else whole but opens a longer one with it ("European", "Minister"). None where
        # the last word is whole, or the page has no other word to tell. (A whole word that
        # only opens longer ones elsewhere, "north" under "northern", reads as cut too: on the
        # labelled pages the copy's end cuts the word far more often.)
        if _BLANK.fullmatch(self.text, paragraph.end) is None:
            return None
        last = _LAST_WORD.search(paragraph.text)
        if last is None:
            # A script written without spaces has no last word to look up: an ideograph alone
            # after the genitive particle at the copy's end opens the noun it governs, a compound
            # cut off ("… 韓国の専", the rest of "専門家" lost). After another particle it may be
            # a verb's stem, whole as it stands ("協力を得").
            text = paragraph.text
            ideograph = _CUT_IDEOGRAPH.fullmatch(text, max(len(text) - 2, 0))
            return None if ideograph is None else ideograph.start(1)
        word = re.escape(last.group(1))
        start = paragraph.start + last.start(1)
        if self.text.isascii():
            # The same search on an ASCII page, where folding case is lowering it: the word's
            # letters searched as they stand let the engine skip to them, which the lookbehind
            # at a pattern's head and the folding of case both forbid, and the word's start is
            # checked at each hit instead.
            before, word = self.text[:start].lower(), word.lower()
            if _opens_word(re.compile(rf"{word}(?!\w)"), before):
                return None
            return last.start(1) if _opens_word(re.compile(rf"{word}\w"), before) else None
        if re.compile(rf"(?<!\w){word}(?!\w)", re.IGNORECASE).search(self.text, 0, start) is not None:
            return None  # printed whole before: the copy's last word is whole
        longer = re.compile(rf"(?<!\w){word}\w", re.IGNORECASE).search(self.text, 0, start)
        return None if longer is None else last.start(1)

    def _cut_prose(self, paragraph: Span) -> bool:
        # Whether ``paragraph`` ends the copy as prose cut off in its last word: _CUT_WORDS
        # words or more stand before the cut one, as before a cut in _cut_off ("According to
        # the Yomiuri, Prime Mini"). A word or two over the cut one are a teaser's ("The l").
        cut = self._cut_word(paragraph)
        return cut is not None and len(paragraph.text[:cut].split()) >= _CUT_WORDS

    def _drop_cut_word(self) -> None:
        # The last paragraph ends before the word the copy's end cuts off (_cut_word): half a
        # word is no word of the story's.
        if not self.paragraphs:
            return
        last = self.paragraphs[-1]
        cut = self._cut_word(last)
        if cut is not None and cut > 0:
            self.paragraphs[-1] = self.span(last.start, last.start + len(last.text[:cut].rstrip()))

    def _cut_run_in_read_on(self) -> None:
        # A prompt to read on run into the end of the body's last paragraph (a teaser's copy:
        # "… signs of life. Read More...", "… monetary policy [FULL STORY]") is navigation: the
        # paragraph ends before it, where prose stands before it.
        paragraphs = self.paragraphs
        if not paragraphs:
            return
        last = paragraphs[-1]
        cut = run_in_read_on(last.text)
        if cut is None:
            return
        self.furniture(BoilerplateKind.NAVIGATION, last.start + cut + _lead_space(last.text, cut), last.end)
        paragraphs[-1] = self.span(last.start, last.start + cut)

    def _cut_run_in_copyright(self) -> None:
        # A copyright notice run into the end of the body's last paragraph, on its line ("…
        # include the establishment of joint © Korea Risk Group. All rights reserved. |"), is
        # furniture at any length as jusText has it: the paragraph ends before its sign, where
        # a sentence's words of prose stand before it and the notice is short.
        paragraphs = self.paragraphs
        if not paragraphs:
            return
        last = paragraphs[-1]
        cut = last.text.rfind("©")
        if cut < 0 or len(last.text) - cut > EDGE_CHARS or "\n" in last.text[cut:]:
            return
        if len(last.text[:cut].split()) < FRAGMENT_WORDS or _COPYRIGHT_HOLDER.match(last.text, cut) is None:
            return
        # An agency's sign-off in brackets right before the sign goes with the notice ("…
        # realtà virtuale. (Xin) © Xinhua"), after a sentence's end.
        notice = _run_in_notice(last.text)
        stop = len(last.text[:cut].rstrip()) if notice is None else notice
        self.furniture(BoilerplateKind.COPYRIGHT, last.start + stop + _lead_space(last.text, stop), last.end)
        paragraphs[-1] = self.span(last.start, last.start + stop)

    def _under_caption(self, start: int, end: int) -> int:
        # A photo's caption among the body's first paragraphs closes the head, as one under the
        # first paragraph does (_summary_over_furniture): what stands over it, in a head's shape
        # (one sentence at most, of a summary, and the photo's alt text: "There is room for
        # cooperation …" / "American Japanese ships" / the caption), is the header's, and the
        # story starts under it. Two sentences over a caption are a photo essay's own prose.
        paragraphs = self.paragraphs
        captions = sorted(caption.body.start for caption in self.captions)
        if not captions:
            return start
        for i in range(start, min(end - 2, start + REPRINT_DEPTH)):
            at = bisect.bisect_left(captions, paragraphs[i].end)
            if at < len(captions) and captions[at] < paragraphs[i + 1].start:
                over = paragraphs[start : i + 1]
                sentences = sum(not _loose(paragraph.text, _SENTENCE_END) for paragraph in over)
                return i + 1 if sentences <= 1 and self._head_shaped(start, i + 1) else start
        return start

    def _under_doubled_line(self, start: int, end: int) -> int:
        # A line printed twice in a row at the body's top, the second on the very next line (no
        # blank line between), of a caption's length, is a photo's alt text and its caption in
        # the same words ("Flood damage in the northern districts." twice over the story), set
        # apart as a block of its own: the story starts under them. A summary printed again as
        # the lede stands apart from it, a paragraph with the dateline opens the story, and a
        # page of two paragraphs is its own copy.
        if start + 2 >= end:
            return start
        first, second = self.paragraphs[start], self.paragraphs[start + 1]
        text = first.text
        page = self.text
        if (
            text != second.text
            or len(text) > CAPTION_CHARS
            or "\n" in text
            or _LINE_BREAK.fullmatch(page, first.end, second.start) is None
            # the pair is a block of its own: a blank line over it and under it, on a page that
            # sets its blocks apart so (a page of lines with no blank line between reads each alike)
            or (
                first.start
                and _BLANK_ABOVE.search(page, max(0, first.start - _BLANK_LOOK), first.start) is None
            )
            or page.count("\n", second.end, self.paragraphs[start + 2].start) < 2
        ):
            return start
        dateline = self.dateline
        if dateline is not None and first.start <= dateline.start < second.end:
            return start
        return start + 2

    def _under_caption_shape(self, start: int, end: int) -> int:
        # A paragraph of a caption's shape among the body's first, closed by its photo's credit
        # in brackets, with or without a full stop after it ("… in Manila on 8 July 2024. (Photo
        # by JANE DOE / POOL / AFP)."), is a caption the header did not read: as one it read
        # (_under_caption), it closes the head, and a label of a word or two under it ("EXECUTIVE
        # SUMMARY") goes with it.
        paragraphs = self.paragraphs
        for i in range(start, min(end - 2, start + REPRINT_DEPTH)):
            text = paragraphs[i].text
            if len(text) > CAPTION_LINE_CHARS or not text.rstrip(".").endswith(")"):
                continue
            slashed = _slashed_credit(text.rstrip("."))
            if not slashed and not caption_line(text.rstrip("."), header=False)[0]:
                continue
            over = paragraphs[start:i]
            sentences = sum(not _loose(paragraph.text, _SENTENCE_END) for paragraph in over)
            # A credit of slashed parts may follow the photo's alt text, a sentence of its own.
            if sentences > slashed or not self._head_shaped(start, i):
                return start
            below = i + 1
            while (
                below < end - 1
                and self._loose_short(below)
                and len(paragraphs[below].text.split()) <= LABEL_WORDS
                and _LIST_MARK.match(paragraphs[below].text) is None
            ):
                below += 1
            return below
        return start

    def _under_credit_line(self, start: int, end: int) -> int:
        # A photo's credit line among the body's first paragraphs, its agencies and archives set
        # apart by bars or slashes ("Str | Afp | Getty Images"), closes the head as a caption
        # does: the caption over it, of a caption's length, and what stands over that in a head's
        # shape are the header's, and the story starts under it.
        # A credit line that opens the body, under a caption the header read, is the header's too.
        paragraphs = self.paragraphs
        for i in range(start, min(end - 1, start + REPRINT_DEPTH + 1)):
            if _credit_shaped(paragraphs[i].text):
                if i == start:
                    return i + 1
                caption = len(paragraphs[i - 1].text) <= CAPTION_LINE_CHARS
                return i + 1 if caption and self._head_shaped(start, i - 1) else start
        return start

    def _under_text_note(self, start: int, end: int) -> int:
        # A note on the text among the body's first paragraphs ("First published by The Japan
        # Times" under the photo's caption) closes the head: what stands over it, in a head's
        # shape, is the header's, and the story starts under it.
        paragraphs = self.paragraphs
        for i in range(start, min(end - 1, start + REPRINT_DEPTH)):
            if is_text_note(paragraphs[i].text):
                return i + 1 if self._head_shaped(start, i) else start
        return start

    def _under_site_address(self, start: int, end: int) -> int:
        # A site's address alone on its line among the body's first paragraphs
        # ("cumhuriyet.com.tr", "www.example.com") is its name under the head, as a credit line
        # is: what stands over it, in a head's shape (a standfirst), is the header's, and the
        # story starts under it.
        paragraphs = self.paragraphs
        for i in range(start, min(end - 1, start + REPRINT_DEPTH)):
            if _SITE_ADDRESS.fullmatch(paragraphs[i].text) is not None:
                return i + 1 if self._head_shaped(start, i) else start
        return start

    def _under_head_printed_again(self, start: int, end: int) -> int:
        # The head printed a second time at the body's top (the page's standfirst, its date,
        # byline and photo credit, the caption: each long line already printed over the body)
        # is the header's: the story starts under the last line printed again, when two of its
        # lines or more are, with only short loose lines (a date, a name, a credit) among them.
        # One line printed again is the lede a page's summary quotes, and stays.
        paragraphs = self.paragraphs
        text = self.text
        last, again = start, 0
        for i in range(start, min(end - 1, start + HEAD_COPY_LINES)):
            line = paragraphs[i].text
            if REPEAT_CHARS <= len(line) <= SUMMARY_CHARS and text.find(line, 0, paragraphs[i].start) >= 0:
                last, again = i + 1, again + 1
            elif not (_is_short(line) and _loose(line, _SENTENCE_END)):
                break
        return last if again >= HEAD_COPY_REPEATS else start

    def _under_reprinted_headline(self, start: int, end: int) -> int:
        # The headline printed again among the body's first paragraphs (over the photo under
        # the standfirst: "The development underscores …" / the headline / "Credit: …") closes
        # the head: the standfirst over it is the header's, and the story starts under it.
        title = self.title
        if title is None:
            return start
        paragraphs = self.paragraphs
        headline = title.text.casefold()
        # Deeper than REPRINT_DEPTH, up to REPRINT_SHORT_DEPTH, when every line over it is short
        # (a notice that the browser is not supported, an advertisement's label), no prose.
        for i in range(start, min(end - 1, start + REPRINT_SHORT_DEPTH)):
            if paragraphs[i].text.casefold() == headline:
                return i + 1
            if i + 1 - start >= REPRINT_DEPTH and not _is_short(paragraphs[i].text):
                break
        return start

    def _opens_list(self, start: int, end: int) -> bool:
        # Whether the paragraph at ``start`` is the first item of a list that opens the body:
        # marked, with another marked item under it. A lone marked line over the story's prose
        # is a page's stamp or label ("• 10 months ago" over a video's description).
        paragraphs = self.paragraphs
        return (
            _LIST_MARK.match(paragraphs[start].text) is not None
            and start + 1 < end
            and _LIST_MARK.match(paragraphs[start + 1].text) is not None
        )

    def _under_head_list(self, start: int, end: int) -> int:
        # A run of :data:`HEAD_LIST_ITEMS` marked lines or more at the body's head, each a
        # fragment of a few words, with a sentence of prose among the two paragraphs under it, is
        # the header's furniture laid out as a list (the site's name, the date and the reading
        # time: "- Times Tengri" / "- 19 дек. 2025 г." / "- 6 мин. чтения"), not the story's own
        # list nor its summary points, which hold a sentence's words: the paragraph after its
        # last item, or ``start``.
        paragraphs = self.paragraphs
        if start >= end or not self._opens_list(start, end):
            return start
        last = start
        while last < end and _LIST_MARK.match(paragraphs[last].text) is not None:
            if len(paragraphs[last].text.split()) > FRAGMENT_WORDS or self._prose_line(last):
                return start  # an item of a sentence's words: the story's summary points
            last += 1
        if self._marked_lines(start, last) < HEAD_LIST_ITEMS:
            return start  # a pair of fragments over the lede may be its own key points
        return last if any(map(self._prose_line, range(last, min(end, last + 2)))) else start

    def _marked_lines(self, start: int, last: int) -> int:
        # The marked fragments the page sets from paragraph ``start`` down to paragraph ``last``,
        # those the header took among them counted too: "- 19 дек. 2025 г." between "- Times
        # Tengri" and "- 6 мин. чтения" is the page's date, no paragraph, and still one of the row.
        paragraphs = self.paragraphs
        stop = paragraphs[last].start if last < len(paragraphs) else len(self.text)
        lines = self.text[paragraphs[start].start : stop].splitlines()
        return sum(
            1 for line in lines if _LIST_MARK.match(line) is not None and len(line.split()) <= FRAGMENT_WORDS
        )

    def _prose_line(self, at: int) -> bool:
        # Whether the paragraph at ``at`` reads as a sentence: it ends one and runs a sentence's
        # length, its list mark aside.
        text = self.paragraphs[at].text
        mark = _LIST_MARK.match(text)
        words = text[mark.end() if mark else 0 :].split()
        return _SENTENCE_END.search(text) is not None and len(words) >= FRAGMENT_WORDS

    def _caption_pair(self, start: int, end: int) -> int:
        # 2 where the body would open on one paragraph printed twice in a row that the page
        # prints over them as well (a photo's caption printed three or four times, the first in
        # the header): the story's own lede stands once. 0 otherwise, or where no paragraph
        # would be left after the pair.
        paragraphs = self.paragraphs
        if start + 2 >= end:
            return 0
        first = paragraphs[start]
        if first.text != paragraphs[start + 1].text:
            return 0
        if len(first.text) <= FRAGMENT_CHARS:
            return 0
        return 2 if self.text.find(first.text, 0, first.start) >= 0 else 0

    def _summary_over_furniture(self, end: int) -> int:
        # 1 where the first paragraph is a summary set apart from the story by head furniture
        # under it: a photo's caption, a byline or a bare link (the story's short address), as
        # jusText reads a block of middling length between the page's head and furniture as
        # the head's. A summary is one sentence or a few, short of a long paragraph, with no
        # dateline; an advertisement's label under the lede is the page's, not the head's.
        # The furniture may stand among a few short loose lines under the summary (the photo's
        # agency, the date line, the credit: "Keystone-SDA" / "09.04.2025, 14:53" / "SDA"):
        # they go with it, and the story starts at the prose under them.
        # Short loose lines over the summary (a photo's credit: "Keystone") are the head's too.
        paragraphs = self.paragraphs
        top = 0
        while top < min(end - 3, SUMMARY_FURNITURE_LINES) and self._loose_short(top):
            top += 1
        if end - top < 3:
            return 0
        first = paragraphs[top]
        dateline = self.dateline
        if (
            len(first.text) > SUMMARY_CHARS
            or _SENTENCE_END.search(first.text) is None
            or (dateline is not None and dateline.start < first.end)
        ):
            return 0
        below = top + 1
        while below < min(end - 1, top + 1 + SUMMARY_FURNITURE_LINES) and self._loose_short(below):
            below += 1
        second = paragraphs[below]
        if below > top + 1 and (_is_short(second.text) or _loose(second.text, _SENTENCE_END)):
            return 0  # no prose under the short lines: they are the story's, or a list
        if any(first.end <= c.body.start < second.start for c in self.captions) or any(
            first.end <= credit.name.start < second.start for credit, _ in self.credits
        ):
            return below
        for piece in self.boilerplate:
            if first.end <= piece.span.start < second.start and _WEB_ADDRESS.fullmatch(piece.span.text):
                return below
        return 0

    def _loose_short(self, at: int) -> bool:
        # Whether the paragraph at ``at`` is short and ends no sentence: a label, a credit, a date.
        text = self.paragraphs[at].text
        return _is_short(text) and _loose(text, _SENTENCE_END)

    def _under_headline_shape(self, start: int, end: int) -> int:
        # On a page where no headline was found, a line of a headline's shape (words in title
        # case, no sentence end) under short lines of the site's (a tagline, a notice) and over
        # the story's prose is the headline the header missed: the body starts under it.
        if self.title is not None:
            return start
        paragraphs = self.paragraphs
        for i in range(start + 1, min(end - 1, start + HEADLINE_SHAPE_DEPTH + 1)):
            line = paragraphs[i].text
            words = line.split()
            if (
                len(words) >= FRAGMENT_WORDS - 2
                and len(line) <= HEADLINE_CHARS
                and _SENTENCE_END.search(line) is None
                and not _sentence_case(words)
                and not _LIST_MARK.match(line)
                and len(paragraphs[i + 1].text) > EDGE_CHARS
                and all(_is_short(p.text) for p in paragraphs[start:i])
            ):
                return i + 1
            if not _is_short(line):
                return start
        return start

    def _first_turn(self, start: int, end: int) -> int:
        # A transcript's body opens with its first speaker's turn ("MODERATOR:  Welcome …"):
        # what stands over it is the transcript's head (a summary, a place line, the office), as
        # its title is, when turns go on under it or when it is no prose of its own (list items,
        # lines in capitals or that end no sentence); the story's prose over a turn stays.
        # Further down, the turn heads the transcript under a run of short lines that end no
        # sentence only (its record's fields: "Release Date:" / "18/01/2018" / "Location:" / …).
        paragraphs = self.paragraphs
        fields = True  # whether every paragraph passed over is short and ends no sentence
        for i in range(start, min(end, start + EDGE_LINES + 1)):
            if i > start + TURN_HEAD_PARAGRAPHS and not fields:
                return start
            fields = fields and self._loose_short(i)
            if _SPEAKER_TURN.match(paragraphs[i].text) is not None:
                if i == start:
                    return start
                later = (p for p in paragraphs[i + 1 : end] if _SPEAKER_TURN.match(p.text) is not None)
                turns = sum(1 for _ in itertools.islice(later, TURNS_UNDER))
                head = [p.text for p in paragraphs[start:i]]
                if turns >= TURNS_UNDER or all(
                    _LIST_MARK.match(line) or line.isupper() or _loose(line, _SENTENCE_END) for line in head
                ):
                    return i
                return start
        return start

    def _standfirst_over_lede(self, start: int, end: int) -> bool:
        # Whether the first paragraph under the headline is its standfirst: a summary that the
        # longer lede under it tells again from its first words ("Le Premier ministre japonais
        # Shigeru Ishiba a annulé …" / "Le Premier ministre japonais Shigeru Ishiba ne
        # participera pas …"). A lede that prints it again whole is no summary of itself, and a
        # paragraph with the dateline opens the story. So it is on a page whose headline the
        # header did not find: the summary's shape over the lede is the same.
        if start + 2 > end:
            return False
        summary, lede = self.paragraphs[start].text, self.paragraphs[start + 1].text
        if len(lede) <= len(summary) or lede.startswith(summary) or _SENTENCE_END.search(summary) is None:
            return False
        words = summary.split(maxsplit=STANDFIRST_WORDS)[:STANDFIRST_WORDS]
        if len(words) < STANDFIRST_WORDS or lede.split(maxsplit=STANDFIRST_WORDS)[:STANDFIRST_WORDS] != words:
            return False
        dateline, first = self.dateline, self.paragraphs[start]
        return dateline is None or not first.start <= dateline.start < first.end

    def _teaser_over_story(self, start: int, end: int) -> bool:
        # Whether the first paragraph is a teaser: a summary no longer than SUMMARY_CHARS closed
        # by a prompt to read on run into its end ("… 2024 Innovation Challenges. Details here.",
        # _boilerplate.run_in_read_on), over a paragraph of the story's prose. Its prompt points to
        # another page; the story under it tells its own, and a paragraph with the dateline opens it.
        if start + 2 > end:
            return False
        first = self.paragraphs[start]
        if len(first.text) > SUMMARY_CHARS or run_in_read_on(first.text) is None:
            return False
        dateline = self.dateline
        if dateline is not None and first.start <= dateline.start < first.end:
            return False
        return self._prose_line(start + 1)

    def _standfirst_printed_again(self, start: int, end: int) -> bool:
        # Whether the first paragraph is a standfirst that the story prints again whole as a
        # paragraph of its own further down, with another paragraph between (a summary of one
        # sentence or two, no longer than SUMMARY_CHARS, over a lede that it does not open: the
        # page's deck and the story's own later paragraph). A paragraph printed twice in a row is
        # a copy's slip, and a paragraph with the dateline opens the story.
        if start + 3 > end:
            return False
        first = self.paragraphs[start]
        text = first.text
        if len(text) > SUMMARY_CHARS or _SENTENCE_END.search(text) is None or "\n" in text:
            return False
        if self.paragraphs[start + 1].text.startswith(text):
            return False
        dateline = self.dateline
        if dateline is not None and first.start <= dateline.start < first.end:
            return False
        later = self.paragraphs[start + 2 : min(end, start + 2 + RETOLD_PARAGRAPHS)]
        return any(paragraph.text == text for paragraph in later)

    def _open_standfirst(self, start: int, end: int) -> bool:
        # Whether the first paragraph is a standfirst that ends no sentence, nor holds one, too
        # long for a headline (a summary of a sentence's words, its full stop left off: "Императорская
        # аудиенция, … — первый официальный визит … стал наглядной демонстрацией уровня доверия
        # между Астаной и Токио"), over a lede that opens in capitals and ends a sentence. A lede
        # wrapped over two paragraphs goes on in lower case; the dateline opens the story.
        if start + 2 > end:
            return False
        summary, lede = self.paragraphs[start], self.paragraphs[start + 1]
        text = summary.text
        if not (
            HEADLINE_CHARS < len(text) <= OPEN_STANDFIRST_CHARS
            and _HEAD_END.search(text) is None
            and _SENTENCE_BREAK.search(text) is None
            and _GLUED_POINT.search(text) is None
            and _LIST_MARK.match(text) is None
            and not lede.text[:1].islower()
            and self._prose_line(start + 1)
        ):
            return False
        dateline = self.dateline
        return dateline is None or not summary.start <= dateline.start < summary.end

    def _deck_standfirst(self, start: int, end: int) -> bool:
        # Whether the first paragraph is the standfirst of a headline that is a sentence itself
        # (closed by a full stop, of DECK_HEADLINE_WORDS words at most): one short sentence
        # right under it, shorter than it, over a lede that runs longer than the headline
        # ("Deutschland und Japan stärken die Verteidigungsbindungen …" / "Länder streben nach
        # engerer militärischer Zusammenarbeit im Indopazifik." / the story). A headline of a
        # title's shape, no full stop, has a lede under it, however short.
        title = self.title
        if title is None or start + 2 > end or not title.text.endswith("."):
            return False
        summary, lede = self.paragraphs[start], self.paragraphs[start + 1]
        headline_words = len(title.text.split())
        if (
            headline_words > DECK_HEADLINE_WORDS
            or not summary.text.endswith(".")
            or _INNER_SENTENCE_END.search(summary.text) is not None
            or not len(summary.text.split()) < headline_words < len(lede.text.split())
            or _BLANK.fullmatch(self.text, title.end, summary.start) is None
        ):
            return False
        dateline = self.dateline
        return dateline is None or not summary.start <= dateline.start < summary.end

    def _summary_retold(self, start: int, end: int) -> bool:
        # Whether the first paragraph is a summary of a headline's length that one of the next
        # paragraphs tells again: nearly all its content words (of CONTENT_WORD_CHARS letters
        # or more) stand in that one paragraph ("La visita de Kishida a Madrid … dependerá
        # sobre todo de la situación política interna de su país." in the lede that goes on
        # "…, que el 10 de julio celebra …"). A lede's words spread over the story instead, and
        # a paragraph printed again whole is the story's, as _standfirst_over_lede has it.
        paragraphs = self.paragraphs
        if start + 2 > end:
            return False
        summary = paragraphs[start]
        if len(summary.text) > HEADLINE_CHARS or _SENTENCE_END.search(summary.text) is None:
            return False
        dateline = self.dateline
        if dateline is not None and summary.start <= dateline.start < summary.end:
            return False
        words = _content_words(summary.text)
        if len(words) < RETOLD_WORDS:
            return False
        tellings = 0
        for later in paragraphs[start + 1 : min(end, start + 1 + RETOLD_PARAGRAPHS)]:
            if summary.text in later.text:
                return False  # the paragraph printed again, whole: a second copy, or a quote of it
            told = set(_content_words(later.text))
            tellings += sum(word in told for word in words) >= RETOLD_SHARE * len(words)
        # One paragraph tells the summary again; paragraphs that all do are of one form (a
        # list's items, a formula), as the summary's own.
        return tellings == 1

    def _summary_echoed(self, start: int, end: int) -> bool:
        # Whether the first paragraph is a release's summary (its chapeau) longer than a
        # headline, which the longer paragraph under it tells again in the same words: a run of
        # ECHO_WORDS words or more stands in both ("Lors d'une rencontre bilatérale organisée en
        # marge de la Troisième Conférence mondiale des Nations Unies sur la prévention des
        # risques …" / "Le conseiller fédéral … a profité de sa participation à la Troisième
        # Conférence mondiale des Nations Unies sur la prévention des risques …"). A lede and the
        # story's next paragraph share names and phrases of a few words, not a clause; a
        # paragraph printed again whole is the story's, and a paragraph with the dateline opens it.
        # The summary may run longer than the lede that retells it in other words ("Les autorités
        # japonaises ont donné …" / "Les autorités japonaises ont émis …"); a shorter paragraph
        # that the first holds whole, or that closes in the first one's words, is its copy cut
        # short, the first the story's lede.
        if start + 2 > end:
            return False
        summary, lede = self.paragraphs[start], self.paragraphs[start + 1]
        text = summary.text
        if (
            not HEADLINE_CHARS < len(text) <= ECHO_SUMMARY_CHARS
            or lede.text.startswith(text)
            or lede.text in text
            or _SENTENCE_END.search(text) is None
        ):
            return False
        dateline = self.dateline
        if dateline is not None and summary.start <= dateline.start < summary.end:
            return False
        words = [word.casefold() for word in _WORD.findall(text)]
        runs = {tuple(words[i : i + ECHO_WORDS]) for i in range(len(words) - ECHO_WORDS + 1)}
        told = [word.casefold() for word in _WORD.findall(lede.text)]
        if len(lede.text) <= len(text) and tuple(told[-ECHO_WORDS:]) in runs:
            return False  # a shorter lede that closes as the first does is its copy, reworded at the head
        return any(tuple(told[i : i + ECHO_WORDS]) in runs for i in range(len(told) - ECHO_WORDS + 1))

    def _strip_markup_head(self, at: int) -> None:
        # The headings in markup that open paragraph ``at`` are furniture, when prose follows.
        paragraph = self.paragraphs[at]
        markup = _MARKUP_HEAD.match(paragraph.text)
        if markup is None or markup.end() == len(paragraph.text):
            return
        heads = self.span(paragraph.start, paragraph.start + len(markup.group().rstrip()))
        self.boilerplate.append(Boilerplate(kind=BoilerplateKind.OTHER, span=heads))
        self.paragraphs[at] = self.span(paragraph.start + markup.end(), paragraph.end)

    def _lift_plain_caption(self) -> None:
        # A photo's caption written in the plain style over a story that a broadcaster tells in
        # its spoken, polite style (spoken_endings: "… 훈련을 하고 있다." over paragraphs that each
        # end "… 시작했습니다."): the body's first paragraph, one sentence of a caption's length
        # closed by a plain ending, over SPOKEN_STORY_PARAGRAPHS paragraphs closed by spoken ones.
        paragraphs = self.paragraphs
        if len(paragraphs) < SPOKEN_STORY_PARAGRAPHS + 1:
            return
        first = paragraphs[0].text
        spoken, plain = spoken_endings()
        if (
            len(first) > CAPTION_CHARS
            or not first.endswith(plain)
            or first.endswith(spoken)
            or "\n" in first
            or _SENTENCE_BREAK.search(first) is not None
        ):
            return
        if all(paragraph.text.endswith(spoken) for paragraph in paragraphs[1 : SPOKEN_STORY_PARAGRAPHS + 1]):
            self.caption(paragraphs[0].start, paragraphs[0].end, None)
            del paragraphs[0]

    def _lift_captions(self) -> None:
        # Photo captions the line reader left among the body's paragraphs, told by what a caption
        # has and a paragraph of prose has not (each of caption length, on a line of its own):
        # a copy of a caption the page read elsewhere; a line that names where people stand in
        # the photo ("Jane Doe (center) and …", "NAVO-chef Stoltenberg (l) in gesprek …"), closes
        # with its labelled credit ("… Fumio Kishida.Image: sda") or its provider in brackets
        # ("… July 12. (Provided by the press office …)") or, one phrase with no sentence's
        # end in it, with a date after a comma ("… in Neapel, Oktober 2024"); a
        # line printed twice in a row that ends no sentence, or whose first print the copy cut
        # off in a word ("… a bordo della JS Izumo l" / "… JS Izumo l'11 dicembre 2018."); and
        # the line under a photo's credit whose caption words the copy moved off its line
        # (". ATHENS, Greece. REUTERS/Jane Doe" / "A woman is trapped …"), or under a caption's
        # label alone on its line ("Image caption" / the caption); a line that opens with a photo
        # library's embed prompt ("Embed from Getty Images…"). A story's paragraph
        # printed twice ends a sentence; one that stays is left where at least one paragraph is.
        paragraphs = self.paragraphs
        count = len(paragraphs)
        if count < 2:
            return
        texts = list(map(_TEXT, paragraphs))
        starts = list(map(_SPAN_START, paragraphs))
        # Each rule is read over every paragraph at once, as a page of short lines has many: the
        # patterns over the page's text from the first paragraph to the end of the last one's
        # line (no further: a page's foot may run long), each hit found its paragraph, and the
        # pairs' test mapped over neighbours. The patterns that open alike are one (a credit or a
        # provider after a sentence's end); the others are searched apart, as one alternation of
        # them all is the slower: the regular expression engine finds no first character to skip to.
        found: set[int] = set()
        text = self.text
        stop = text.find("\n", paragraphs[-1].end)
        stop = len(text) if stop < 0 else stop
        found.update(self._credited(starts, texts, stop))
        for pattern in (PHOTO_POSITION, _DATE_CLOSE):
            for hit in pattern.finditer(text, starts[0], stop):
                i = bisect.bisect_right(starts, hit.start()) - 1
                if hit.end() <= paragraphs[i].end and (
                    pattern is not _DATE_CLOSE
                    or (len(texts[i].split()) >= PROSE_MIN_WORDS and _SENTENCE_BREAK.search(texts[i]) is None)
                ):
                    found.add(i)
        read = {caption.body.text for caption in self.captions}
        if read:
            found.update(i for i, text in enumerate(texts) if text in read)
        # A line printed twice in a row that ends no sentence, or cut off in a word the first time.
        for i in itertools.compress(
            range(count - 1), map(str.startswith, itertools.islice(texts, 1, None), texts)
        ):
            above, below = texts[i], texts[i + 1]
            if (above == below and _SENTENCE_END.search(above) is None) or _cut_copy(above, below):
                found.update((i, i + 1))
        found.update(self._under_caption_marks(starts))
        found.update(self._credit_blocks(texts, starts, stop))
        # A picture embedded from a photo library prints its prompt over the caption, run into it.
        # Its first character is looked at over every paragraph at once, the pattern on the few that pass.
        embed = map(
            embed_prompt_openings().__contains__, map(operator.getitem, texts, itertools.repeat(_FIRST))
        )
        found.update(i for i in itertools.compress(range(count), embed) if opens_with_embed_prompt(texts[i]))
        lifted = sorted(i for i in found if len(texts[i]) <= CAPTION_CHARS and "\n" not in texts[i])
        if not lifted or len(lifted) >= count:
            return
        for i in lifted:
            self.caption(paragraphs[i].start, paragraphs[i].end, None)
        chosen = set(lifted)
        self.paragraphs = [paragraph for i, paragraph in enumerate(paragraphs) if i not in chosen]

    def _credited(self, starts: list[int], texts: list[str], stop: int) -> Iterator[int]:
        # The paragraphs closed by a photo's credit (_credit_hits, _library_closed), of the
        # paragraphs that open at ``starts`` with ``texts``, read up to ``stop``.
        paragraphs = self.paragraphs
        for at, until in _credit_hits(self.text, starts[0], stop):
            i = bisect.bisect_right(starts, at) - 1
            if until <= paragraphs[i].end:
                yield i
        # Only a paragraph whose last character may close a library's name is read (_library_ends).
        ends = map(str.endswith, map(str.rstrip, texts), itertools.repeat(_library_ends()))
        yield from (
            i
            for i in itertools.compress(range(len(texts)), ends)
            if len(texts[i]) <= CAPTION_CHARS and _library_closed(texts[i])
        )

    def _credit_blocks(self, texts: list[str], starts: list[int], stop: int) -> Iterator[int]:
        # A photo's block set among the story's paragraphs, closed by its labelled credit alone on
        # its line ("Foto: AP", "Kuva: Lehtikuva", "Photo : Jane Doe / Agency"): the credit, the
        # caption right over it (of caption length, one line, no quotation, no credit of its own)
        # and, over the caption when it ends a sentence, the photo's alt text (ALT_TEXT_WORDS words
        # at most, no sentence's end: "Harbour storm" / "The storm hit the harbour on Sunday." /
        # "Foto: AP"). Only blank space lies between the block's lines. A credit's colon or bar
        # is searched over the paragraphs' text, as a page of short lines has many.
        credits: list[int] = []
        reach = credit_label_chars()
        marks = (hit.start() for mark in _CREDIT_MARKS for hit in mark.finditer(self.text, starts[0], stop))
        for at in sorted(marks):
            i = bisect.bisect_right(starts, at) - 1
            if (
                at - starts[i] <= reach
                and (not credits or credits[-1] != i)
                and len(texts[i]) <= CREDIT_LINE_CHARS
                and is_lone_credit(texts[i])
            ):
                credits.append(i)
        for i in credits:
            yield i
            caption = i - 1
            if caption < 0 or not self._next_to(caption, i):
                continue
            above = texts[caption]
            if (
                len(above) > CAPTION_CHARS
                or "\n" in above
                or above[:1] in _QUOTE_OPENERS
                or is_lone_credit(above)
                or _SENTENCE_BREAK.search(above) is not None
            ):
                continue
            yield caption
            alt = caption - 1
            if alt < 0 or not self._next_to(alt, caption) or _SENTENCE_END.search(above) is None:
                continue
            # the line over the alt text closes its own paragraph: the alt text heads no section
            if (
                len(texts[alt].split()) <= ALT_TEXT_WORDS
                and _SENTENCE_LAST.isdisjoint(texts[alt][-1:])
                and (alt == 0 or _SENTENCE_END.search(texts[alt - 1]) is not None)
            ):
                yield alt

    def _furniture_credits(self) -> None:
        # A photo's labelled credit alone on its line that was read as furniture is the photo's
        # caption line, as one read among the paragraphs is ("Foto: Jane Doe / AFP"); and, where
        # it stands right under a caption, the alt text right over that caption (of the block's
        # shape, _credit_blocks) is the photo's too. So is a line of caption length closed by its
        # photo's credit in brackets: its provider's or labelled ("… (提供:ドイツ海軍)", "… on
        # Friday (Pic: Jane Doe)") or its parts slashed ("… nach Japan (Jane Doe/Bundeswehr/dpa)").
        pieces = self.boilerplate
        other = BoilerplateKind.OTHER
        credits: list[int] = []
        closed: list[int] = []
        for at, piece in enumerate(pieces):
            if piece.kind is not other:
                continue
            line = piece.span.text
            if is_lone_credit(line):
                credits.append(at)
            elif (
                line[-1:] in _CLOSING_BRACKETS
                and len(line) <= CAPTION_CHARS
                and "\n" not in line
                and (_slashed_credit(line) or next(_credit_hits(line), None) is not None)
            ):
                closed.append(at)
        if not credits and not closed:
            return
        lifted = sorted({*credits, *self._furniture_alt_texts(credits), *closed})
        for at in lifted:
            span = pieces[at].span
            self.caption(span.start, span.end, None)
        chosen = set(lifted)
        self.boilerplate = [piece for at, piece in enumerate(pieces) if at not in chosen]
        self.captions.sort(key=_CAPTION_START)

    def _furniture_alt_texts(self, credits: list[int]) -> Iterator[int]:
        # The pieces of furniture that are the alt text over a caption (ALT_TEXT_WORDS words at
        # most, no sentence's end) that stands right over a credit of ``credits`` (pieces too).
        pieces = self.boilerplate
        text = self.text
        ends = {caption.body.end: caption.body.start for caption in self.captions}
        for at in credits:
            above = max((end for end in ends if end <= pieces[at].span.start), default=None)
            if above is None or _BLANK.fullmatch(text, above, pieces[at].span.start) is None:
                continue
            top = ends[above]
            for alt, piece in enumerate(pieces):
                span = piece.span
                if (
                    span.end <= top
                    and _BLANK.fullmatch(text, span.end, top) is not None
                    and len(span.text.split()) <= ALT_TEXT_WORDS
                    and _SENTENCE_LAST.isdisjoint(span.text[-1:])
                ):
                    yield alt

    def _next_to(self, upper: int, lower: int) -> bool:
        # Whether only blank space lies between paragraphs ``upper`` and ``lower``.
        paragraphs = self.paragraphs
        return _BLANK.fullmatch(self.text, paragraphs[upper].end, paragraphs[lower].start) is not None

    def _under_caption_marks(self, starts: list[int]) -> Iterator[int]:
        # The paragraphs right under a caption's label ("Image caption") or under a photo's credit
        # whose caption words the copy moved off its line (". ATHENS, Greece. REUTERS/Jane Doe"),
        # with nothing but blank space between. ``starts`` are the paragraphs' starts.
        marks = [
            caption.body.end if caption.credit is None else max(caption.body.end, caption.credit.end)
            for caption in self.captions
            if is_caption_label(caption.body.text)
            or (caption.credit is not None and _LOST_WORDS.match(caption.body.text) is not None)
        ]
        marks += [piece.span.end for piece in self.boilerplate if is_caption_label(piece.span.text)]
        for end in marks:
            i = bisect.bisect_left(starts, end)
            if i < len(starts) and _BLANK.fullmatch(self.text, end, starts[i]) is not None:
                yield i

    def _glued_points_as_prose(self) -> None:
        # A headline's points run together on its line with no stops ("… no marketJapan PM
        # Takaichi’s erroneous remarks … relationsChina seriously urges …") were read as a menu's
        # entries glued together: a menu's entries are a word or three each, and points that
        # each run a sentence's length (PROSE_MIN_WORDS words or more) are the story's first
        # paragraph, when they follow the headline on its line and stand over the body.
        title = self.title
        if title is None:
            return
        first = self.paragraphs[0].start if self.paragraphs else len(self.text)
        for at, piece in enumerate(self.boilerplate):
            span = piece.span
            if span.start != title.end or piece.kind is not BoilerplateKind.NAVIGATION or span.end > first:
                continue
            points = _GLUED_POINT.split(span.text)
            if len(points) >= GLUED_POINTS and all(len(point.split()) >= PROSE_MIN_WORDS for point in points):
                del self.boilerplate[at]
                self.paragraphs.insert(0, span)
            return

    def _navigation_as_prose(self) -> None:
        # A line read as navigation right over the body, under the headline, that is a whole
        # sentence of prose is the story's lede: it opens in a letter or a digit, with no label
        # and colon in its first words, runs PROSE_MIN_WORDS words or more and ends in a full
        # stop ("한미일 군 당국은 … 올여름 처음으로 실시합니다." over the story's second paragraph).
        # A menu's entries, a link and a teaser's headline end in no full stop; a summary under
        # its label ("Summary: …") or after a mark ("► …") and a question stay the page's.
        paragraphs = self.paragraphs
        title = self.title
        if not paragraphs or title is None:
            return
        first = paragraphs[0].start
        for at in range(len(self.boilerplate) - 1, -1, -1):
            piece = self.boilerplate[at]
            span = piece.span
            if span.end > first or not _BLANK.fullmatch(self.text, span.end, first):
                continue
            text = span.text
            if (
                piece.kind is BoilerplateKind.NAVIGATION
                and span.start >= title.end
                and text[:1].isalnum()
                and ":" not in " ".join(text.split(maxsplit=LABEL_WORDS + 1)[: LABEL_WORDS + 1])
                and len(text.split()) >= PROSE_MIN_WORDS
                and _SENTENCE_END.search(text) is not None
                and not text.rstrip(_CLOSERS).endswith(("?", "？"))
                and _ADDRESS.search(text) is None
            ):
                del self.boilerplate[at]
                paragraphs.insert(0, span)
            return

    def _caption_as_prose(self) -> None:
        # A photo's caption needs a story beside it: on a page that has no prose but what was
        # read as a caption over its credit line, that line is the story's one paragraph, and
        # the credit line alone the photo's caption ("The construction of … history." / "Image
        # Credit: Cabinet Public Relations Office").
        if self.paragraphs or not self.captions:
            return
        for at, caption in enumerate(self.captions):
            body = caption.body.text
            if _sentence_like(body) and _SENTENCE_END.search(body) is not None:
                self.paragraphs.append(caption.body)
                credit = caption.credit
                if credit is None:
                    del self.captions[at]
                else:
                    self.captions[at] = Caption(body=credit, credit=None)
                return

    def _wide_lede_as_prose(self) -> None:
        # A caption read right over the first paragraph, in a script written without spaces,
        # that holds two whole sentences or more closed by their full stops and runs to prose's
        # length (WIDE_PROSE_CHARS ideographs and kana) is the story's lede, its bracket a note
        # of the story's ("…微減だった。…他の地域は減少した。(既報)"): a caption names what
        # its photo shows in a phrase or a sentence.
        paragraphs = self.paragraphs
        if not paragraphs:
            return
        first = paragraphs[0].start
        for at, caption in enumerate(self.captions):
            end = caption.body.end if caption.credit is None else max(caption.body.end, caption.credit.end)
            end += self.text.startswith((")", "）"), end)
            if end > first or _BLANK.fullmatch(self.text, end, first) is None:
                continue
            if _wide_prose(caption.body.text):
                del self.captions[at]
                paragraphs.insert(0, self.span(caption.body.start, end))
            return

    def _footnotes(self) -> tuple[Footnote, ...]:
        # The notes' records, made at the end (continuation lines stretch them): as _trusted and
        # _span, written out, a page of notes making two records a note.
        text = self.text
        notes: list[Footnote] = []
        append = notes.append
        for number, start, end in self.footnotes:
            body = _new_span(Span)
            _set_start(body, start)
            _set_end(body, end)
            _set_text(body, text[start:end])
            note = _new_footnote(Footnote)
            _set_number(note, number)
            _set_body(note, body)
            append(note)
        return tuple(notes)

    def article(self, *, id: str, publisher: str | None, original_source: str | None) -> Article:
        """The :class:`Article` of everything found."""
        self._glued_points_as_prose()
        self._navigation_as_prose()
        self._caption_as_prose()
        self._wide_lede_as_prose()
        # Each step from here to the tail run's drops the paragraphs from one on, or none: the
        # paragraphs' texts and first characters, listed once, are cut as they are.
        texts, openings = self._join_wrapped()
        head = self._drop_paper_head()
        del texts[:head], openings[:head]
        self._drop_repeats(texts)
        del texts[len(self.paragraphs) :], openings[len(self.paragraphs) :]
        self._drop_comments(texts, openings)
        del texts[len(self.paragraphs) :]
        for step in (self._drop_after_sign_off, self._drop_tail_run):
            step(texts)
            del texts[len(self.paragraphs) :]
        opening = self.paragraphs[0].start if self.paragraphs else None
        self._trim_edges()
        self._dateline_under_head(opening)
        self._lift_plain_caption()
        self._lift_captions()
        self._furniture_credits()
        self._cut_run_in_read_on()
        self._cut_run_in_copyright()
        self._drop_cut_word()
        published, others = self._published()
        for other in others:
            self.furniture(BoilerplateKind.OTHER, other.start, other.end)
        publisher, source = self._publishers(publisher, original_source)
        moment = published.moment if published is not None else None
        return Article(
            id=id,
            text=self.text,
            title=self.title,
            published=None if published is None else published.date,
            published_at=moment,
            published_span=None if published is None else self.span(published.start, published.end),
            dateline=(None if self.placeless else self.dateline) or self.header_place,
            credits=self._credits(reposted=self.source is not None),
            publisher=publisher,
            original_source=source,
            paragraphs=tuple(self.paragraphs),
            comments=tuple(self.comments),
            footnotes=self._footnotes(),
            captions=tuple(self.captions),
            boilerplate=tuple(sorted(self.boilerplate, key=_START)),
        )
