"""The header zone: the lines before the first run of body prose, read as a whole.

Each line of the zone gets a shape (furniture, date line, byline, prose,
headline candidate) from its length, punctuation, capitalisation and words;
photo captions are found anywhere in the zone (over the headline, between it and
the date line, over the dateline). Then each headline candidate is scored by its
shape and its neighbours (a kicker the next line extends, a standfirst under a
headline, a label over a date line, a line sharing no word with the story), and
the best one is the headline: of equal scores, the one nearest over the first
date line or byline, else the first. A page whose first words are prose has no
headline; none is made up from its first paragraph.
"""

import enum
import functools
import itertools
import json
import re
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import NamedTuple

from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.parse import _boilerplate, _bylines, _header
from japan_nato_corpus.parse._limits import (
    AFFILIATION_WORDS,
    CAPTION_CHARS,
    CONTENT_WORD_CHARS,
    CONTROL_CHARS,
    CONTROL_WORDS,
    CREDIT_WORDS,
    DECK_HEADLINE_WORDS,
    GLUED_WORDS,
    HEADLINE_CHARS,
    HEADLINE_MIN_WORDS,
    HEADLINE_WORDS,
    KANA_PROMPT_CHARS,
    LABEL_WORDS,
    MASTHEAD_WORDS,
    MAX_OUTLET_WORDS,
    MEDIA_LINK_WORDS,
    PHOTO_LABEL_CHARS,
    PROSE_MIN_WORDS,
    RUN_ON_CHARS,
    SENTENCES_HEADLINE_WORDS,
    STAMP_LINE_CHARS,
    STAMP_WORDS,
    STANDFIRST_WORDS,
    STOP_HEADLINE_WORDS,
    UNSPACED_ALPHABET_WORD_CHARS,
    UNSPACED_WORD_CHARS,
    WRAP_MIN_CHARS,
    WRAP_SHARE,
    ZONE_LINE_CHARS,
    ZONE_LOOKAHEAD,
)

CAPTION_LINE_CHARS = 1000
"""The longest line read as a photo's caption over a dateline paragraph."""
CAPTION_MIN_WORDS = 3
"""The fewest words of a caption's sentence before an agency's photo credit (``A ship at sea. REUTERS/X``)."""
CAPTION_CUT_CHARS = 40
"""How long a line cut off with "..." must be to be read as a copy of the caption under it."""

Line = tuple[int, int, str]
"""A stripped line: its start and end offsets in the raw text, and its text."""


class Role(enum.Enum):
    """What a line of the header zone is."""

    TITLE = "title"
    TITLE_TAIL = "title tail"  # the second line of a headline broken over two
    FURNITURE = "furniture"
    CAPTION = "caption"


class _Shape(enum.Enum):
    FURNITURE = "furniture"
    MARKER = "marker"  # a date line or a byline: the headline stands before it
    PROSE = "prose"
    CANDIDATE = "candidate"
    SHORT = "short"  # too short for a headline, unless the page has nothing else
    NAME = "name"  # a person's name: a byline under a headline, else a headline


_SENTENCE_END = re.compile(r"[.!?…。।؟۔][\"'”’)\]」』）]*(?:[^\S\n]{0,3}[(（][^()（）\n]{1,60}[)）])?\Z")
_TRAILING_CREDIT = re.compile(r"\((?P<name>[^()\n]{3,60})\)\Z")
_BRACKETED = re.compile(r"[<\[(][^<>\[\]()\n]{1,40}[>\])]")
_WORD = re.compile(r"\w+")
_ISO_STAMP = re.compile(r"(?:date[^\S\n]{1,3})?\d{4}-\d{2}(?:-\d{2})?", re.IGNORECASE)
_TICKER = re.compile(r"[•|·]+")
"""A ticker's or a menu's separator; a run of middle dots is one mark, an ellipsis ("검토···韓") as
often as a separator, so a headline with one such run is not read as a ticker of two items."""
_FILE_NAME = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|svg|pdf)\Z", re.IGNORECASE)
_MEDIA_FILE = re.compile(r"(?<![\w.])(?:mp3|mp4|m4a|wav|pdf)(?!\w)", re.IGNORECASE)
"""A media file's format named as a word (``Audio mp3 of Address``, ``PDF Download``): a player's or a
download's link."""
_BREADCRUMB = re.compile(r"(?:you are here|home)\b[^\n]{0,200}", re.IGNORECASE)
_GLUE = re.compile(r"[a-z][A-Z]")
_RELATIVE_TIME = re.compile(
    r"(?:(?:updated|posted|published)[^\S\n]{0,3}:?[^\S\n]{0,3})?(?:\d{1,3}|an?|one)[^\S\n]{1,3}"
    r"(?:sec(?:ond)?s?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)[^\S\n]{1,3}ago\b",
    re.IGNORECASE,
)
"""A site's relative time stamp (``1 hour ago``, ``Updated 5 mins ago``), with any section after it."""
_SECTION_BAR = re.compile(r"[^\S\n]{1,3}[|»›>/][^\S\n]{1,3}")
"""The bar between a section's parts (``Analysis | Asia-Pacific``, ``World » Asia``)."""
_COUNTER = re.compile(r"[\d.,]{1,12}[KkMm]?")
_JOINING_WORDS = frozenset(
    {"and", "or", "of", "the", "for", "in", "into", "on", "&", "to", "a", "an", "with"}
)
_TITLE_MARKER = re.compile(r"\[title\][^\S\n]*|title:[^\S\n]*", re.IGNORECASE)
_CAPTION_CUE = re.compile(
    # where a person stands ("(center)", "(l.)", "Jane Doe, right, shakes hands with ..."), or
    # what the photo shows
    rf"{_bylines.PHOTO_POSITION.pattern}|\((?:front|top|bottom)\)|\((?:shown|pictured|seen)[^\S\n][^()\n]{{1,60}}\)"
    # the circled marks of Japanese captions (㊨ right, ㊧ left, ㊥ centre), or their bracketed
    # marks ("(左)", "（右から）"); and the day and place in brackets closing a Japanese caption,
    # as in "… 事務総長(8日、防衛省)"
    r"|[㊧㊨㊥]|[(（](?:左|右|中央)(?:から)?[)）]|[(（]\d{1,2}日[、，,][^()（）\n]{1,30}[)）]\Z",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"(?:[•▪◦‣●■*]|[-–—](?=[^\S\n])|\d{1,3}[.)](?=[^\S\n]))[^\S\n]{0,6}")
_BULLET_MARK = re.compile(r"(?:[•▪◦‣●■*]|[-–—](?=[^\S\n]))[^\S\n]{0,6}")
"""A list's bullet or dash before a line; a number ("1. FC Köln ...") may be the line's own."""
_OPEN_QUOTES = '“"‘«'
_CLOSE_QUOTES = '”"’»'
_PHOTO_LABEL = re.compile(
    r"(?:\(photo\)|photo/|\[photo\]|photo:"
    # a photo's credit in Spanish, Portuguese, Italian, German, French, Dutch or Polish
    r"|(?:foto(?:grafía|grafia|s)?|imagen|imagem|immagine|bild|photo|fot\.|źródło)[^\S\n]{0,2}"
    r"(?::|de[^\S\n]|di[^\S\n]|von[^\S\n]|van[^\S\n]|par[^\S\n])"
    r"|(?:an?|the)[^\S\n](?:screenshot|screen grab|photo(?:graph)?|picture|image|aerial view|file photo)"
    r"[^\S\n](?:of|from|shows|showing|taken)\b"
    # an image credited to a site, as its credit line ("namu.wiki graphic of proposed variant.")
    r"|[a-z0-9-]{2,30}(?:\.[a-z0-9-]{2,30})+[^\S\n](?:graphic|photo|image|illustration|rendering|map)"
    r"[^\S\n](?:of|showing)\b"
    # an image's alt text naming the story it stands for ("Illustrative photo for: ...")
    r"|(?:\w+[^\S\n])?(?:photo|image|picture|illustration)[^\S\n]for[^\S\n]{0,2}:"
    r"|[^\n]{0,300}\b(?:(?:photo|image|picture)(?:graph)?(?: by|:)|file photo))",
    re.IGNORECASE,
)


_PHOTO_LABEL_ALONE = re.compile(
    r"(?:image|images|photo|photos|photograph|picture|credit|foto|fotos|bild|imagen|immagine)[^\S\n]{0,2}:",
    re.IGNORECASE,
)
"""A photo's label on a line of its own, its credit on the next line."""


def is_photo_label(text: str) -> bool:
    """Whether ``text`` is a photo's label alone on its line (``Image:``, ``Foto:``)."""
    return len(text) <= PHOTO_LABEL_CHARS and _PHOTO_LABEL_ALONE.fullmatch(text) is not None


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""A character of a script written without spaces between words (Chinese, Japanese)."""
_UNSPACED_ALPHABET = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""A character of an alphabet written without spaces between words (Thai, Lao, Burmese, Khmer)."""


def _words(text: str) -> int:
    """How many words ``text`` has; a mark set apart by spaces (French " ?", " :") is none.

    In Chinese and Japanese, written without spaces, every :data:`UNSPACED_WORD_CHARS` characters
    count as a word, and in Thai, Lao, Burmese and Khmer every :data:`UNSPACED_ALPHABET_WORD_CHARS`,
    so that a sentence is told from a headline by its length there too.
    """
    count = 0
    for word in text.split():
        if _WORD.search(word):
            if word.isascii():
                count += 1
                continue
            unspaced = len(_UNSPACED.findall(word)) // UNSPACED_WORD_CHARS
            alphabet = len(_UNSPACED_ALPHABET.findall(word)) // UNSPACED_ALPHABET_WORD_CHARS
            count += max(1, unspaced + alphabet)
    return count


_INNER_END = re.compile(r"(?<!\b[A-Z]\.)(?<!\b[A-Z])[.!?…。؟][\"'”’)\]]*[^\S\n]+(?=[\"'“‘(]?[A-Z])")
"""A sentence's end inside a line, before the next sentence's capital; a name's initial
(``P. Behrendt``, ``U.S. Navy``) ends none."""


def _title_case(text: str) -> bool:
    """Whether ``text`` is written in title case: all its longer words but one open with a capital.

    Prose capitalises its names (and German its nouns), never nearly every word; a headline in
    title case closed by a full stop is still a headline.
    """
    words = [word for word in text.split()[1:] if len(word) >= CONTENT_WORD_CHARS and word[:1].isalpha()]
    lower = sum(not word[:1].isupper() for word in words)
    return len(words) >= HEADLINE_WORDS and lower <= 1


_UNSPACED_INNER_END = re.compile(r"。[」』）)]*(?=[^\s（(])")
"""A full stop of Chinese or Japanese inside a line, before the next sentence: no headline holds one."""


_INNER_SENTENCES = 2
"""How many sentences' ends inside a line with none at its end make it prose: a headline has one at most."""


def _sentences_inside(text: str) -> bool:
    """Whether ``text`` holds :data:`_INNER_SENTENCES` sentences' ends inside it, or more."""
    ends = _INNER_END.finditer(text)
    return next(ends, None) is not None and next(ends, None) is not None


def _is_prose(text: str) -> bool:
    if len(text) > HEADLINE_CHARS:
        return True
    if "。" in text and _UNSPACED_INNER_END.search(text) and _words(text) >= PROSE_MIN_WORDS:
        return True  # "【ソウル=…】韓国軍は15日、…と発表した。岸防衛相は…": sentences, run on
    end = _SENTENCE_END.search(text)
    words = _words(text)
    if end is None and words >= PROSE_MIN_WORDS and _sentences_inside(text):
        return True  # "... off Japan. Illustrative image. Photo: Agency": sentences run on, no headline
    if words > SENTENCES_HEADLINE_WORDS and _INNER_END.search(text) is not None:
        return True  # a standfirst of two sentences ("Fires burn in six districts. Follow ... live")
    if end is None or words < PROSE_MIN_WORDS:
        return False
    # One question or exclamation alone on its line is shaped as a headline ("Will Japan join
    # ...?"), and so is one phrase trailing off in an ellipsis ("… टक्कर देने के लिए किया ऐसा…");
    # a story's prose states, or runs on to a second sentence.
    return text[end.start()] not in "?!؟…" or _INNER_END.search(text) is not None


def is_menu_item(text: str) -> bool:
    """Whether ``text`` is a menu's item: a bullet, :data:`LABEL_WORDS` words at most (``• U-23 futsal``)."""
    bullet = _BULLET_MARK.match(text)
    return bullet is not None and _words(text[bullet.end() :]) <= LABEL_WORDS


def is_prose(text: str) -> bool:
    """Whether the line ``text`` is shaped as a story's prose: longer than a headline, or a statement."""
    return _is_prose(text)


def is_prose_sentence(text: str) -> bool:
    """Whether the line ``text`` is prose that closes a sentence of at least :data:`PROSE_MIN_WORDS` words.

    No site's name or caption credit is shaped so; a lede or a summary is.
    """
    return _words(text) >= PROSE_MIN_WORDS and _SENTENCE_END.search(text) is not None and _is_prose(text)


def _has_photo_credit(text: str) -> bool:
    credit = _TRAILING_CREDIT.search(text)
    if credit is not None and credit.start() > 0 and _bylines.is_name(credit.group("name")):
        return True
    if _bylines.copyright_credit(text) is not None:
        return True  # "© Wikimedia commons - The quake was felt ...", "... © Screenshot/dwd.de"
    # A sentence closed by an agency's photo credit ("... in Tokyo on May 3. REUTERS/Jane Doe").
    suffix = _bylines.photo_credit_suffix(text)
    if not suffix:
        return False
    sentence = text[:suffix].rstrip(" |")
    return _SENTENCE_END.search(sentence) is not None and _words(sentence) >= CAPTION_MIN_WORDS


def _is_date_line(page: str, start: int, end: int) -> bool:
    try:
        return _header.header_date(page, start, end) is not None
    except ParseError:
        return False  # an unknown zone: the reader reports it where the line is read as a date


_CONTROL_EDGE = "•·▪|[](){}«»\"'“”‘’:;,.!?<>‹›/=×☰✕-–—"
"""The marks around a control's words (``☰ Menu``, ``[Log in]``, ``Search...``), not part of them."""


class _Controls(NamedTuple):
    actions: frozenset[str]
    objects: frozenset[str]
    unspaced: re.Pattern[str]


@functools.cache
def _site_controls() -> _Controls:
    """The ``site_controls`` words of ``vocabularies/furniture_words.json``, casefolded; read once."""
    data = json.loads((_VOCABULARIES / "furniture_words.json").read_text(encoding="utf-8"))["site_controls"]

    def folded(group: str) -> frozenset[str]:
        return frozenset(word.casefold() for words in data[group].values() for word in words)

    terms = sorted({term for terms in data["unspaced"].values() for term in terms}, key=len, reverse=True)
    return _Controls(folded("actions"), folded("objects"), re.compile("|".join(map(re.escape, terms))))


def _alternation(terms: Collection[str]) -> str:
    """``terms`` as one alternation, longest first; a term of a spaced script ends with its word."""
    spelled = (
        re.escape(term).replace("\\ ", r"[^\S\n]{1,2}") + ("" if _UNSPACED.search(term) else r"(?!\w)")
        for term in sorted(set(terms), key=len, reverse=True)
    )
    return "(?:" + "|".join(spelled) + ")"


@functools.cache
def _reading_time() -> re.Pattern[str]:
    """A page's reading time (``5 min read``, ``<1 minut de citit``, ``Lesezeit: 3 Min.``, ``約3分``).

    The ``reading_time`` words of ``vocabularies/furniture_words.json``: a number, a minute's word
    and a word of reading after it, or a label before the number and its minute's word. Read once.
    """
    data = json.loads((_VOCABULARIES / "furniture_words.json").read_text(encoding="utf-8"))["reading_time"]

    def group(name: str) -> str:
        return _alternation([term.casefold() for terms in data[name].values() for term in terms])

    number = r"(?:[<~≈][^\S\n]?|約|约|ca\.[^\S\n])?\d{1,3}[^\S\n]?"
    minutes = group("minutes") + r"\.?"
    return re.compile(
        rf"{number}{minutes}[^\S\n]{{0,2}}{group('after')}"
        rf"|{group('labels')}[^\S\n]{{0,2}}[:：]?[^\S\n]{{0,2}}{number}{minutes}",
        re.IGNORECASE,
    )


_LETTER = re.compile(r"[^\W\d_]")
_STAMP_DATES = 2
"""The fewest dates of a row of stamps with no reading time: a publication's and a revision's."""


def _is_stamp_row(text: str) -> bool:
    """Whether ``text`` is a row of a page's stamps: its reading time, its dates, and their labels.

    ``<1 minute read Published 16:45 08 Dec 2025 Updated 16:52 08 Dec 2025``, ``5 min read``: a
    reading time with at most :data:`LABEL_WORDS` other words, or two dates or more, with or
    without a reading time, each after its label, and at most :data:`STAMP_WORDS` words besides;
    no headline. Two dates with no word between them are a range (``15/09/2015 - 24/08/2018``).
    """
    if len(text) > STAMP_LINE_CHARS or not any(char.isdigit() for char in text):
        return False
    reading = _reading_time().search(text)
    try:
        dates = _header.header_dates(text, 0, len(text))
    except ParseError:
        return False
    if reading is None and len(dates) < _STAMP_DATES:
        return False
    if any(not _LETTER.search(text, one.end, two.start) for one, two in itertools.pairwise(dates)):
        return False  # a range of dates ("Period of Service: 15/09/2015 - 24/08/2018"), no labels between
    spans = sorted([(date.start, date.end) for date in dates] + ([reading.span()] if reading else []))
    rest, at = [], 0
    for start, end in spans:
        rest.append(text[at:start])
        at = max(at, end)
    rest.append(text[at:])
    words = _words(" ".join(rest))
    return words <= (STAMP_WORDS if len(dates) >= _STAMP_DATES else LABEL_WORDS)


def is_site_control(text: str) -> bool:
    """Whether the line ``text`` is a site's control or prompt printed as text, no headline.

    A menu's or a sidebar's button (``Open navbar``, ``Menü schließen``), a skip link (``Skip to
    main content``, ``Aller au contenu``), a log-in or search link (``Sign in``, ``Zaloguj się``),
    the text's size or an accessibility browser (``文字サイズ``, ``やさしいブラウザはこちら``): a short
    line of at most :data:`CONTROL_CHARS` characters. In a spaced script it is at most
    :data:`CONTROL_WORDS` words, each an action or an object of a control (the ``site_controls``
    of ``vocabularies/furniture_words.json``) or a function word, and one of them an object that
    is no function word; in a script written without spaces, it holds a control's term.
    """
    if len(text) > CONTROL_CHARS:
        return False
    controls = _site_controls()
    if _UNSPACED.search(text):
        return controls.unspaced.search(text) is not None
    words = [word for word in (word.strip(_CONTROL_EDGE).casefold() for word in text.split()) if word]
    if not words or len(words) > CONTROL_WORDS:
        return False
    function = _boilerplate.function_words()
    known = controls.actions | controls.objects
    return all(word in known or word in function for word in words) and any(
        word in controls.objects and word not in function for word in words
    )


def _is_media_link(text: str) -> bool:
    """Whether ``text`` is a short line naming a media file's format (a player's or a download's link)."""
    return _MEDIA_FILE.search(text) is not None and _words(text) <= MEDIA_LINK_WORDS and not _is_prose(text)


def _is_furniture(text: str) -> bool:
    return bool(
        is_site_control(text)
        or _is_stamp_row(text)
        or _boilerplate.boilerplate_kind(text) is not None
        or _boilerplate.is_section_label(text)
        or _bylines.is_section_name(text)
        or _boilerplate.is_list_heading(text)
        or _FILE_NAME.fullmatch(text)
        or _is_media_link(text)
        or _BREADCRUMB.match(text)
        or _BRACKETED.fullmatch(text)
        or len(_TICKER.findall(text)) > 1
        # A menu or an image's alt text cut at a separator; a page run together on one line
        # of prose, closed by its footer's bar, is no menu.
        or (text.endswith(("/", "|")) and not _is_prose(text))
        or _RELATIVE_TIME.match(text)
        or _is_section_path(text)
        or _is_category_run(text)
        or _is_spaced_labels(text)
        or (
            text.endswith(":") and _words(text) <= LABEL_WORDS
        )  # a label with nothing after it ("Written by:")
        or _TEASER_MARK.match(text)
        or _is_weather(text)
        or _header.is_site_clock(text)
        or _MARKUP.search(text)
        or _AD_NETWORK.search(text)
        or _LINK_LABEL.fullmatch(text)
        or _ARTICLE_ACTION.fullmatch(text)
        or _FORM_PROMPT.fullmatch(text)
        or _SERVER_NOTICE.fullmatch(text)
        or _bylines.is_share_row(text)
    )


_MARKUP = re.compile(r"</?(?:a|img|div|span|iframe|script|ins|p|br|source)\b[^<>\n]{0,400}>", re.IGNORECASE)
"""A web page's markup copied as text (``<a href='...'><img src='...'></a>``): no reader's words."""
_AD_NETWORK = re.compile(
    r"\b(?:online[^\S\n])?(?:advertising|ad)[^\S\n](?:network|platform|server)s?\b", re.IGNORECASE
)
"""An advertising network's line (``Online Advertising Network``)."""
_LINK_LABEL = re.compile(
    r"(?:\^[^\S\n]*)?(?:view|read|see|visit|click|go|open|watch|added|posted|continue)\b[^\n]{0,40}?"
    r"[^\S\n](?:at|on|from|to|via|in|here)[^\S\n]*:?",
    re.IGNORECASE,
)
"""A link's label cut off before its link (``View full page at``, ``^ Added at``)."""
_PLACE_AND_COUNTRY = re.compile(
    r"[A-Z][\w.'’-]{1,30}(?:[^\S\n][A-Z][\w.'’-]{1,30}){0,2}[^\S\n]\([A-Z][\w.'’-]{1,30}(?:[^\S\n][A-Z][\w.'’-]{1,30}){0,2}\)"
)
"""A place and its country in brackets alone on a line (``Tokyo (Japan)``): where a statement was
given, beside its speaker and date lines, no headline."""
_ARTICLE_ACTION = re.compile(
    r"(?:e-?mail|print|share|save|send|bookmark|recommend|forward|download|listen[^\S\n]to)"
    r"[^\S\n](?:this|the)[^\S\n](?:article|story|page|post|report|statement)[^\S\n]*[.:!]?",
    re.IGNORECASE,
)
"""A tool's link on an article (``Email this article``, ``Print this page``): no headline."""
_FORM_PROMPT = re.compile(r"(?:Select|Choose|Pick)[^\S\n]+[a-z][^\n]{0,60}")
"""A form's prompt over its choices (``Select year/age category``, ``Choose from the list.``)."""
_SERVER_NOTICE = re.compile(r"\[[^\[\]\n]{1,100}\]")
"""A whole line in square brackets: a server's message or an editor's note (``[an error occurred
while processing this directive]``, ``[Unofficial transcript]``), no headline."""
_TEASER_MARK = re.compile(r"(?:>>|»|►|▶|→)[^\S\n]+")
"""A link to another story, opened by a pointing mark (``>> Ministers meet in Prague``)."""
_TEMPERATURE = re.compile(r"[-−]?\d{1,2}(?:[.,]\d)?[^\S\n]?°[^\S\n]?[CF]\b")


def _is_weather(text: str) -> bool:
    """Whether ``text`` is a weather widget: a temperature and today's date.

    ``Dublin: 11 °C Sunday 19 September, 2021``.

    A headline may give a temperature ("Europe swelters at 44 °C"); it gives no date beside it.
    """
    return _TEMPERATURE.search(text) is not None and bool(_header.header_dates(text, 0, len(text)))


_WIDE_GAP = re.compile(r"[^\S\n]{2,}")
_STAMP = re.compile(r"[\d./-]{6,10}")


def _is_spaced_labels(text: str) -> bool:
    """Whether ``text`` is a page's labels set apart by wide gaps and closed by a date stamp.

    ``Media  Foreign Affairs and National Security  2023.02.28``: a category path, whose parts
    are capitalised words or the words that join them; a headline is one phrase with single spaces.
    """
    parts = _WIDE_GAP.split(text.strip())
    if len(parts) < 3 or not _STAMP.fullmatch(parts[-1]) or not _DIGIT_RUN.search(parts[-1]):
        return False
    return all(
        word.casefold() in _JOINING_WORDS or word[:1].isupper()
        for part in parts[:-1]
        for word in part.split()
    )


_DIGIT_RUN = re.compile(r"\d{2}")


def _is_category_run(text: str) -> bool:
    """Whether ``text`` is a site's category names run together (``China Global News Japan News Politics``).

    Capitalised words with no word to join them into a phrase, one of them said twice: a headline
    joins its words ("in", "of", "and") and seldom repeats one.
    """
    words = text.split()
    if len(words) < MASTHEAD_WORDS or not all(word[:1].isupper() and word.isalpha() for word in words):
        return False
    folded = [word.casefold() for word in words]
    return not _JOINING_WORDS & set(folded) and len(set(folded)) < len(folded)


def _is_section_path(text: str) -> bool:
    """Whether ``text`` is short labels joined by bars (``Analysis | Asia-Pacific``): a section's path."""
    parts = _SECTION_BAR.split(text)
    return len(parts) > 1 and all(_words(part) <= LABEL_WORDS and _is_label(part) for part in parts)


def _explicit_marker(text: str) -> int:
    marker = _TITLE_MARKER.match(text)
    return 0 if marker is None else marker.end()


def _under_title_label(texts: list[str], i: int) -> bool:
    """Whether line ``i`` stands right under a record's title label alone on its line (``Title`` over it).

    A court's or an archive's record prints its fields as a label over its value (``Date of the
    judgment`` / ``1986.06.11`` / ``Title`` / ``Judgment upon case of …``): the value under the
    title's label is the headline, whatever the labels and values over it.
    """
    return i > 0 and texts[i - 1].strip().rstrip(":：").rstrip().casefold() in _header.header_word_set(
        "title_labels"
    )


_SECTION_PREFIX = re.compile(r"(?P<label>[^|\n]{2,40}?)[^\S\n]{1,3}\|[^\S\n]{1,3}(?=\S)")
_COLUMN_PREFIX = re.compile(r"(?P<label>[^/\n]{2,40}?)[^\S\n]{1,3}/[^\S\n]{1,3}(?=[A-Z])")
_LABEL_PREFIX = re.compile(r"[\[【](?P<label>[^\[\]【】\n]{2,30})[\]】][^\S\n]{0,3}(?=[A-Z“\"])")
_SOURCE_PREFIX = re.compile(
    r"(?P<label>[A-Z][\w.&'’-]{1,20}(?: [A-Z][\w.&'’-]{1,20})?):(?P<gap>[^\S\n]{0,3})(?=[A-Z“\"])"
)
"""An outlet's or agency's name run in before a headline by a colon (``WSJ:Dollar Falls ...``)."""
_INITIALISM = re.compile(r"[A-Z]{2,6}")


_ENCLOSING_PAIRS = {"【": "】", "「": "」", "『": "』", "〔": "〕", "〈": "〉", "《": "》", "[": "]"}
"""The brackets a page may set a whole headline in (``【防衛力強化が進む南西諸島】``)."""


def _enclosed(text: str) -> bool:
    """Whether ``text`` is set whole in one pair of brackets, none other of the kind inside."""
    close = _ENCLOSING_PAIRS.get(text[:1])
    inner = text[1:-1]
    if close is None or len(text) <= 2 or not text.endswith(close):
        return False
    return close not in inner and text[0] not in inner


_MARKDOWN_HEADING = re.compile(r"#{1,6}[^\S\n]+(?=[^\s#])")
"""A Markdown heading's mark before a line's words (``# Title``, ``## Section``)."""


def title_marker(text: str) -> int:
    """How many leading characters of a headline line are a label, not the headline.

    A title label (``[Title] ``, ``Title: ``), the opening bracket of a headline set whole in
    brackets (``【…】``), a bullet (``• ``) or a Markdown heading's mark (``# ``), a source run in by a colon
    (``WSJ:Dollar Falls ...``), or a section's name before a bar
    (``World News | Inflation Forces ...``) when a headline's worth of words follows it.
    """
    # A headline set whole in brackets ("【…】"): the opening bracket is no part of it.
    explicit = _explicit_marker(text) or int(_enclosed(text))
    if explicit:
        return explicit
    bullet = _BULLET_MARK.match(text) or _MARKDOWN_HEADING.match(text)
    if bullet is not None:
        # A headline marked as a list's one item ("• Taiwan, Japan fire ..."), or as a heading of
        # a text written in Markdown ("# What NATO and Japan agreed").
        return bullet.end()
    # A column's label: bracketed ("[Commentary] ..."), or of two words or more before a slash
    # ("INSIGHTS into the WORLD / ..."), as one word before a slash is a place's pair ("Tokyo / Seoul").
    for label, fewest in ((_LABEL_PREFIX.match(text), 1), (_COLUMN_PREFIX.match(text), 2)):
        if (
            label is not None
            and _words(label.group("label")) >= fewest
            and _is_label(label.group("label"))
            and _words(text[label.end() :]) > LABEL_WORDS
        ):
            return label.end()
    source = _SOURCE_PREFIX.match(text)
    if source is not None and _words(text[source.end() :]) > LABEL_WORDS:
        name = source.group("label")
        # Glued to the headline, an initialism is the source's ("WSJ:Dollar"); spaced, only a
        # known outlet or agency is ("Reuters: ..."), as a headline's own kicker keeps its colon.
        glued = not source.group("gap") and _INITIALISM.fullmatch(name) is not None
        if glued or _bylines.is_outlet(name) or _bylines.is_agency(name):
            return source.end()
    prefix = _SECTION_PREFIX.match(text)
    if prefix is None or not _is_label(prefix.group("label")) or _words(prefix.group("label")) > LABEL_WORDS:
        return 0
    rest = text[prefix.end() :]
    return prefix.end() if _words(rest) > LABEL_WORDS and "|" not in rest else 0


def repeated_title_marker(text: str, page: str) -> int:
    """How many leading characters of a headline line are a site's name before a bar, by its neighbours.

    A name of capitalised words, up to a masthead's (``The Perfect Enemy | Campaigning starts
    ...``), is the site's, not the headline's, when the words after the bar stand again as a line
    of their own in ``page``: the headline printed alone, without the name. 0 otherwise.
    """
    prefix = _SECTION_PREFIX.match(text)
    if prefix is None or not _is_label(prefix.group("label")):
        return 0
    rest = text[prefix.end() :].strip()
    if _words(rest) <= LABEL_WORDS or "|" in rest:
        return 0
    alone = re.search(rf"(?m)^[^\S\n]*{re.escape(rest)}[^\S\n]*$", page)
    return prefix.end() if alone is not None else 0


_RUN_ON_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
"""Where a headline runs into the standfirst after it with no break (``... DPRK attacksNew capability``)."""


def run_together_head(text: str) -> tuple[int, int] | None:
    """Where a page's first line, a header run together with its story, splits.

    A page copied as one line may hold its kicker, headline, standfirst and story run together
    (``Analysis Japan faces hurdles ... attacksNew capability might ...``): the headline ends
    where a lower-case word is glued to a capitalised one within a headline's length, with no
    sentence's end before it. A section's label opening the line (``Analysis``) is its kicker.

    Returns:
        The end of the kicker (0 without one) and the end of the headline, or ``None`` when the
        line is no such run.
    """
    if len(text) <= HEADLINE_CHARS:
        return None
    glue = _RUN_ON_GLUE.search(text, 0, HEADLINE_CHARS)
    if glue is None:
        return None
    head = text[: glue.start()]
    if _INNER_END.search(head) or _SENTENCE_END.search(head) or _words(head) <= HEADLINE_MIN_WORDS:
        return None
    first, _, rest = head.partition(" ")
    kicker = (
        len(first) + 1 if _boilerplate.is_section_label(first) and _words(rest) > HEADLINE_MIN_WORDS else 0
    )
    return kicker, glue.start()


_DATE_STAMP = re.compile(
    r"(?<![\d/.-])(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?![\d])"
)
"""A date written in figures (``2026/02/24``, ``24.02.2026``), whatever is glued after it (a time
run on by a slash: ``2026/02/24/18:33``)."""
_GLUED_DAY = re.compile(r"(?<=[^\W\d_])\d{1,2}\.?[^\S\n]?\Z")
"""A day's number glued to the word before a month's name (``jordskælv12. december``)."""
_RUN_ON_HEAD_ENDS = (":", ",", "|", "-", "–", "—", "/", "(", "[", "（", "«", "“", '"')
"""How a line's text before a date ends when the date is a label's or a bracket's, no headline's run on."""
_STAMP_GAP = 30
"""How near after a run-on date another date stands in a line of stamps (``Published ... Modified ...``)."""


def _first_date(text: str, limit: int) -> tuple[int, int, bool] | None:
    """The first date of ``text[:limit]``: its start, its end, and whether it is written as a stamp or timed.

    A date in words the finder reads (``12. december 2025``), with a day's number glued before it
    counted in; or one in figures (:data:`_DATE_STAMP`) the finder reads alone, a time glued to it.
    """
    try:
        found = _header.header_dates(text, 0, limit)
    except ParseError:
        return None  # a date in an unknown zone: the reader reports it where the line is read as a date
    first = None
    if found:
        start = found[0].start
        glued = _GLUED_DAY.search(text, 0, start)
        start = glued.start() if glued is not None and found[0].date.day is None else start
        stamped = found[0].moment is not None or _DATE_STAMP.match(text, found[0].start) is not None
        first = (start, found[0].end, stamped)
    stamp = _DATE_STAMP.search(text, 0, limit)
    if stamp is not None and (first is None or stamp.start() < first[0]):
        read = _header.header_dates(text, stamp.start(), stamp.end())
        if read and read[0].start == stamp.start():
            first = (stamp.start(), stamp.end(), True)
    return first


def _heads_a_date(text: str, head: str) -> bool:
    """Whether ``head``, the text of the line ``text`` before its first date, is a headline run on into it."""
    if not head or head.endswith(_RUN_ON_HEAD_ENDS):
        return False
    last = head.rsplit(maxsplit=1)[-1].casefold()
    if _words(head) < HEADLINE_WORDS or (last.isascii() and last in _boilerplate.function_words()):
        return False  # a sentence going on into its date ("... from 24 to 28/11/2017")
    if _SENTENCE_END.search(head) or _INNER_END.search(head) or _is_date_line(text, 0, len(text)):
        return False  # a byline or a label with its date ("Posted by Jane Doe at May 27, 2009")
    return _shape(head, 0, len(head), head) is _Shape.CANDIDATE  # no name, section label or prose


def run_on_date(text: str) -> int | None:
    """Where a headline stops at a date run on into its line, with any time and story after it.

    ``Storm warning issued for the coast12 December 2025`` (the date glued to the headline's last
    word) and ``Yen falls to a two-week low 2026/02/24/18:33 The yen fell ...`` (a date in figures,
    or one with its time, then the lede) are a headline and its date line run together. The
    headline before the date is a headline's worth of words (:data:`HEADLINE_WORDS`), no sentence
    and no label closed by a colon; a date written in words after a space (``... on 12 December
    2025``) is the headline's own, and a line of two dates close together is a line of stamps.

    Returns:
        The end of the headline (where the date starts), or ``None``.
    """
    limit = min(len(text), RUN_ON_CHARS)
    if not any(char.isdigit() for char in text[:limit]):
        return None
    first = _first_date(text, limit)
    if first is None:
        return None
    start, end, stamped = first
    head = text[:start].rstrip()
    glued = start > 0 and text[start - 1].isalpha()
    if not (glued or stamped) or not _heads_a_date(text, head):
        return None
    try:
        later = _header.header_dates(text, end, min(len(text), end + RUN_ON_CHARS))
    except ParseError:
        return None
    return None if later and later[0].start - end <= _STAMP_GAP else len(head)


def opening_date(text: str) -> int | None:
    """Where a date opening ``text`` ends, when the story's words run on after it on the line.

    The rest of a headline split at its run-on date (:func:`run_on_date`) can hold the date and
    the lede together (``2026/02/24/18:33 The yen fell ...``): the date, written as a stamp or
    with its time, is the page's date line, and the words after it are the story's.

    Returns:
        The end of the date, or ``None`` when no such date opens the line or nothing follows it.
    """
    limit = min(len(text), RUN_ON_CHARS)
    if not text[:1].isdigit():
        return None
    first = _first_date(text, limit)
    if first is None:
        return None
    start, end, stamped = first
    if start != 0 or not stamped or not text[end:].strip():
        return None
    return end if not text[end : end + 1].isalnum() else None


_QUOTED_TITLE = re.compile(
    r"(?:(?:(?i:no\.?)[^\S\n]{0,2})?\d{1,4}(?:[/.-]\d{1,4})?[^\S\n]{1,3})?"  # a series' number: "2024/70"
    r"[“\"](?P<title>[^“”\"\n]{10,300})[”\"][^\S\n]{1,3}(?P<byline>(?i:by)[^\S\n][^\n]{3,200})"
)
"""A paper's line: its series number, its title in quotes and its byline (``2024/70 “The ...” by
Jane Doe & John Roe``)."""


def quoted_title(text: str) -> tuple[tuple[int, int], int] | None:
    """Where the title stands in a paper's line (see :data:`_QUOTED_TITLE`), and where its byline starts.

    ``None`` when ``text`` is no such line.
    """
    match = _QUOTED_TITLE.fullmatch(text)
    if match is None or _bylines.byline(match.group("byline"), 0) is None:
        return None
    return match.span("title"), match.start("byline")


_SECTION_SUFFIX = re.compile(r"[^\S\n]{1,3}\|[^\S\n]{1,3}(?P<label>[^|\n]{2,40})\Z")


_OUTLET_SUFFIX = re.compile(r"[^\S\n]{1,3}[–—-][^\S\n]{1,3}(?P<outlet>[^–—\n-]{2,40})\Z")
"""An outlet's name after a dash closing a headline, as a page's title gives it (``... – BBC News``)."""


_LANGUAGE_LINK = re.compile(r"[^\S\n]{1,3}\[(?:[a-z]{2}|[A-Z]{2})\]\Z")
"""A link to the page in another language closing its headline: a language's code in square
brackets (``[ja]``, ``[EN]``)."""


def title_end(text: str) -> int:
    """Where a headline line's headline ends: before a section's or a site's name after a bar.

    A headline set whole in brackets (``【…】``) ends before its closing bracket.

    ``Thousands of Filipinos evacuated as Typhoon Rai intensifies | Environment News``: a short
    label of capitalised words after the one bar of a line with a headline's worth of words before it.
    Or an outlet's or agency's name after a dash (``... as Japan braces for storm – BBC News``), or
    a link to the page in another language (``... flotte américaine [ja]``).
    """
    if _enclosed(text):
        return len(text) - 1
    language = _LANGUAGE_LINK.search(text)
    if language is not None and _words(text[: language.start()]) > MASTHEAD_WORDS:
        return language.start()  # the link to the page in another language ("... [ja]", "... [EN]")
    suffix = _SECTION_SUFFIX.search(text)
    if suffix is None or "|" in text[: suffix.start()] or not _is_section_label(suffix.group("label")):
        outlet = _OUTLET_SUFFIX.search(text)
        if outlet is None or not (
            _bylines.is_outlet(outlet.group("outlet")) or _bylines.is_agency(outlet.group("outlet"))
        ):
            return len(text)
        suffix = outlet
    return suffix.start() if _words(text[: suffix.start()]) > MASTHEAD_WORDS else len(text)


_CREDIT_TAIL = re.compile(
    r"\([^()\n]{0,80}(?:\b(?i:photo|images)\b|[A-Z][\w.'’-]{1,30}/[A-Z])[^()\n]{0,40}\)\Z"
)
"""A photo credit in brackets closing a line: one that names a photo or an image bank, or a
photographer and an agency set apart by a slash (``(David Mareuil/Pool Photo via AP)``,
``(Jane Doe/NurPhoto via Getty Images)``, ``(Asahi Shimbun via Getty Images)``)."""


_FILE_OPENER = re.compile(r"FILE(?:[^\S\n]PHOTO)?[^\S\n]{0,2}[-–—:][^\S\n]{1,3}(?=[A-Z])")
"""An agency's mark opening the caption of an archive photo (``FILE - Leader of ...``), in capitals."""


def _photo_line(texts: list[str], i: int) -> bool:
    """Whether line ``i`` is a photo's caption, its credit, or a cut-off copy of the caption under it."""
    text = texts[i]
    if _FILE_OPENER.match(text):
        return True  # an archive photo's caption, however long the agency's text runs
    if len(text) > CAPTION_LINE_CHARS:
        return False  # a story's paragraph, and too long to search for a caption's marks
    if _is_caption(text) or _has_photo_credit(text) or _CREDIT_TAIL.search(text):
        return True
    cut = text.removesuffix("...").removesuffix("…").rstrip()
    return (
        cut != text and i + 1 < len(texts) and len(cut) >= CAPTION_CUT_CHARS and texts[i + 1].startswith(cut)
    )


def _captions_before_dateline(page: str, lines: Sequence[Line], texts: list[str], i: int) -> int:
    """How many photo lines from ``i`` on stand right over the story's first paragraph.

    Over a paragraph opening with a dateline, any photo line; over other prose, only lines that
    name where people stand or who is shown ("(left)", "(shown in Parliament on Wednesday)").
    """
    j = i
    while j < len(lines) and j - i <= ZONE_LOOKAHEAD and _photo_line(texts, j):
        j += 1
    if j == i or j >= len(lines):
        return 0
    if _header.dateline(page, lines[j][0], lines[j][1]) is not None:
        return j - i
    # Lines that say where people stand or who is shown, or close with a photo's credit in
    # brackets, are captions over any story prose.
    cued = all(_is_caption(texts[k]) or _credited(texts[k]) for k in range(i, j))
    return j - i if cued and _is_prose(texts[j]) else 0


_VOCABULARIES = Path(__file__).parents[1] / "vocabularies"


@functools.cache
def _photo_op() -> re.Pattern[str]:
    """The phrases of ``vocabularies/caption_words.json`` (``shaking hands``), as one pattern of whole words.

    A caption says what the people shown do for the camera; a headline reports the meeting.
    Read once, on first use.
    """
    data = json.loads((_VOCABULARIES / "caption_words.json").read_text(encoding="utf-8"))
    phrases: set[str] = {phrase for words in data["languages"].values() for phrase in words}
    longest_first = sorted(phrases, key=len, reverse=True)  # the longest of two that overlap first
    spaced = (r"[^\S\n]{1,3}".join(map(re.escape, phrase.split())) for phrase in longest_first)
    return re.compile(rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)", re.IGNORECASE)


def _names_a_photo_op(text: str) -> bool:
    """Whether ``text`` says what the people in a photo do for the camera (``... shaking hands with ...``)."""
    return len(text) <= CAPTION_CHARS and _photo_op().search(text) is not None


_BAR_CREDIT_LINE = re.compile(
    r"\|[^\S\n]{0,3}[A-Z][A-Za-z0-9/.&'’-]{1,30}(?:[^\S\n][A-Z][A-Za-z0-9/.&'’-]{1,30}){0,2}"
)
"""A photo's credit alone on the line under its caption, after a bar (``|JMA``, ``| Jane Doe/AFP``)."""
_COPYRIGHT_CLOSE = re.compile(r"[^\S\n]©[^\S\n]{0,2}[A-Z][^\d\n©]{1,40}\Z")
"""A photo's copyright holder closing a caption that ends no sentence (``Tsunami Japan 2011 © US Navy``);
a page's notice gives a year or its rights after the holder."""


_CREDIT_ALONE = re.compile(
    r"\(?(?i:foto|fotos|fotograf[íi]a|imagen|imagem|immagine|bild|photos?|images?|pictures?|credit|source|quelle"
    r"|fuente|fonte|bron|źródło)[^\S\n]{0,2}:[^\S\n]{0,3}(?P<credit>[^\s:][^\n:]{0,60}?)\)?"
    r"|\(?(?:[A-Z][\w.&'’-]{0,30}[^\S\n]){0,3}(?:via[^\S\n])?Getty[^\S\n]Images\)?|(?i:courtesy[^\S\n]of)[^\S\n][A-Z][^\n,.;]{1,60}"
)
"""A photo's credit alone on its line, labelled in one of several languages, in brackets or not
(``Foto: dpa``, ``(Source: NATO)``), an image bank's (``AFP via Getty Images``), or a courtesy
(``Courtesy of Jane Doe``)."""


def _over_credit(texts: list[str], i: int) -> bool:
    """Whether line ``i`` stands over its photo's credit alone on the next line (``Credit: X``, ``|JMA``).

    The credit is short: a labelled one of at most :data:`CREDIT_WORDS` words.
    """
    if i + 1 >= len(texts):
        return False
    below = texts[i + 1]
    if _bylines.credit_line(below) is not None or _BAR_CREDIT_LINE.fullmatch(below) is not None:
        return True
    alone = _CREDIT_ALONE.fullmatch(below)
    credit = None if alone is None else alone.group("credit")
    return alone is not None and (credit is None or len(credit.split()) <= CREDIT_WORDS)


_CREDIT_WORD = re.compile(
    r"foto|photo|fotograf|imag|bild|pictur|credit|source|quelle|fuente|fonte|bron|źródło|getty|courtesy",
    re.IGNORECASE,
)
"""A word that a photo's credit (:data:`_CREDIT_ALONE`) holds: a line with none closes with no credit."""


def _credited_copy(head: str, text: str) -> bool:
    """Whether ``text`` is ``head`` printed again with a photo's credit after it (``X, Foto: pixabay``).

    An image's caption that repeats the headline it stands under or over, closed by a labelled
    credit of at most :data:`CREDIT_WORDS` words (:data:`_CREDIT_ALONE`): the line alone is the
    headline, and the copy the photo's caption.
    """
    if len(text) <= len(head) or not text.startswith(head):
        return False
    alone = _CREDIT_ALONE.fullmatch(text[len(head) :].lstrip(" ,;|–—-"))
    credit = None if alone is None else alone.group("credit")
    return alone is not None and credit is not None and len(credit.split()) <= CREDIT_WORDS


_BRACKETED_PHOTO = re.compile(
    r"[\[(][^\[\]()\n]{0,30}\b(?i:photo|foto|image|picture)s?\b[^\[\]()\n]{0,30}[\])]"
)
"""A photo's credit alone in brackets, with no caption before it (``[Yonhap Photo]``, ``(Photo: NATO)``)."""


def _credited(text: str) -> bool:
    """Whether ``text`` closes with a photo's credit in brackets (``... on Oct. 1 (Jane Doe)``)."""
    credit = _TRAILING_CREDIT.search(text)
    named = credit is not None and credit.start() > 0 and _bylines.is_name(credit.group("name"))
    return named or _CREDIT_TAIL.search(text) is not None


def _is_caption(text: str) -> bool:
    # A caption names where people stand in the photo ("Jane Doe (center) and ..."), or what they
    # do for the camera ("Jane Doe shakes hands with ...").
    return (
        _CAPTION_CUE.search(text) is not None
        or _PHOTO_LABEL.match(text) is not None
        or _names_a_photo_op(text)
    )


def _marked_caption(text: str) -> bool:
    """Whether ``text`` bears a photo caption's own marks, so is no headline even as the zone's only line.

    Where a person stands ("(left)", "㊨", "(左)"), who is shown ("(pictured in Tokyo)"), or the
    day and place of a Japanese caption ("(8日、防衛省)"): no headline is written so. What the
    people shown do (a photo opportunity) may be a headline's words, and counts only against
    another line (:func:`_title`); so does a bracketed credit, as a headline may close with
    "(PHOTO)".
    """
    return _CAPTION_CUE.search(text) is not None


_CLAUSE_COMMAS = (",", "，", "、", "،")
"""The commas after which a sentence runs on: a line closed by one is part of the story's sentence."""


def _runs_on(text: str) -> bool:
    """Whether ``text`` is closed by a comma, its sentence running on into the story under it.

    A name closed by a comma (``Jane Doe,`` over the next author's name) is a byline's.
    """
    return text.endswith(_CLAUSE_COMMAS) and not _bylines.is_name(text[:-1].rstrip())


def _story_sentence(text: str) -> bool:
    """Whether ``text`` is a piece of the story's own sentence, or a speaker's first one: no headline.

    A line closed by a comma runs on into the line under it (``日本共同社廿九日報導,``); a full
    sentence that opens a speaker's turn (``Thank you very much.``, ``We see a great ...``) is a
    transcript's first words. A headline closes on its last word or a mark of its own.
    """
    if _runs_on(text):
        return True
    return text.endswith(".") and not text.endswith("..") and _header.opens_speech(text)


def _list_item_shape(text: str) -> _Shape | None:
    # A line too long for a label is prose.
    # A list item is never a headline: a long one is the story's own text (a summary point or
    # a list-shaped body), a short one a menu entry or a teaser.
    if len(text) > ZONE_LINE_CHARS:
        return _Shape.PROSE  # no label, caption or headline runs this long
    item = _LIST_MARK.match(text)
    if item is None or _boilerplate.boilerplate_kind(text[item.end() :]) is not None:
        return None
    return _Shape.PROSE if len(text[item.end() :].split()) >= PROSE_MIN_WORDS else _Shape.SHORT


_WRITTEN_FOR = re.compile(
    r"(?:especial|exclusiv[oa]|special(?:ly)?|exclusive(?:ly)?|spécial|speziell|speciale|exclusief)"
    r"[^\S\n]+(?:written[^\S\n]+)?(?:para|to|for|pour|für|per|voor)[^\S\n]+[^\W\d_][^\n]{0,40}",
    re.IGNORECASE,
)
"""A byline's credit line naming the outlet the author wrote for (``Especial para DefesaNet``)."""


_VIA_CREDIT = re.compile(
    r"(?P<source>[^\W\d_][\w.&'’/-]{0,30}(?:[^\S\n][\w.&'’/-]{1,30}){0,3})"
    r"[^\S\n]{1,3}(?i:via)[^\S\n]{1,3}(?P<outlet>[^\W\d_][\w.&'’-]{0,30}(?:[^\S\n][\w.&'’-]{1,30}){0,2})"
)
"""A photo's credit alone on its line, handed on by an agency (``Kyodo via Reuters``,
``Jane Doe/Pool via AP``)."""


def _is_via_credit(text: str) -> bool:
    """Whether ``text`` is a photo's credit passed on by an agency or an image library, alone on its line.

    ``Kyodo via Reuters``, ``KCNA via AP``, ``Jane Doe/AFP via Getty Images``: a source of at most
    :data:`CREDIT_WORDS` words, then "via" and an agency's, an outlet's or an image library's name.
    No headline ends so: a headline saying what came "via" a channel names more than a credit.
    """
    match = _VIA_CREDIT.fullmatch(text)
    if match is None or _words(match.group("source")) > CREDIT_WORDS:
        return False
    outlet = match.group("outlet")
    return (
        _bylines.is_agency(outlet)
        or _bylines.is_outlet(outlet)
        or outlet.casefold() in {name.casefold() for name in _boilerplate.credit_library_names()}
    )


def _is_outlet_edition(text: str) -> bool:
    """Whether ``text`` names a news outlet and its edition's country or city (``Arab News Japan``).

    An outlet's name (:func:`._bylines.is_outlet`) and one capitalised word after it, alone on a
    line: the outlet's byline, as a headline names no outlet and stops.
    """
    head, _, edition = text.rpartition(" ")
    return (
        edition.isalpha()
        and edition[:1].isupper()
        and len(head.split()) < MAX_OUTLET_WORDS
        and _bylines.is_outlet(head)
    )


def _shape(text: str, start: int, end: int, page: str) -> _Shape:  # noqa: C901, PLR0911 - one per shape
    if is_site_control(text):
        return _Shape.FURNITURE  # a menu's button or a log-in link ("Close navbar"), no byline either
    if (
        _ISO_STAMP.fullmatch(text)
        or _WRITTEN_FOR.fullmatch(text)
        or _is_date_line(page, start, end)
        or _header.is_spelled_date(text)
        or _bylines.byline(text, 0) is not None
        or _bylines.is_agency(text)
        or _bylines.is_outlet(text)
        or _is_outlet_edition(text)
        or _bylines.titled_name(text) is not None
        or _bylines.is_desk(text)
        or _bylines.is_desk_credit(text)
        or _is_staff_line(text)
        or _header.agency_line(page, start, end) is not None
        or _PLACE_AND_COUNTRY.fullmatch(text)
        or _header.dated_place(page, start, end) is not None
    ):
        return _Shape.MARKER
    item = _list_item_shape(text)
    if item is not None:
        return item
    if len(_GLUE.findall(text)) >= GLUED_WORDS:
        return _Shape.FURNITURE  # menu entries run together ("FinancialGovernment SolutionsLegal")
    # A photo's caption with its copyright credit is no page's notice: it is read as a caption below.
    # Furniture, a job title standing alone ("Senior Fellow, Japan Chair"), or a photo's credit
    # alone on its line ("Kyodo via Reuters").
    furniture = _is_furniture(text) or _is_affiliation(text) or _is_via_credit(text)
    if furniture and _bylines.copyright_credit(text) is None:
        return _Shape.FURNITURE
    if _PHOTO_LABEL.match(text) or _has_photo_credit(text):
        return _Shape.PROSE
    if _is_prose(text) or _dateline_sentence(text, start, end, page) or _runs_on(text):
        return _Shape.PROSE
    if (_words(text) <= MASTHEAD_WORDS and text.isupper()) or _is_masthead_run(text) or _is_masthead(text):
        return _Shape.FURNITURE  # a masthead or agency name in capitals, or a masthead and its tagline
    if _words(text) < HEADLINE_MIN_WORDS or text[0].islower() or _is_kana_prompt(text):
        return _Shape.SHORT  # too short for a headline, or the tail of a line above
    if _bylines.is_name(text):
        return _Shape.NAME
    return _Shape.CANDIDATE


def _dateline_sentence(text: str, start: int, end: int, page: str) -> bool:
    """Whether ``text`` opens with a dateline and closes a sentence, as a story's first paragraph does.

    A line a place's name and a dash open that ends no sentence and runs shorter than a
    standfirst (``Taiwan – Japan backs …``) is a headline naming two parties, no wire's lede; so
    is a line a one-word kicker and its colon open that ends no sentence, up to a headline's
    words (``NATO: Rutte a Tokyo elogia il Giappone come partner …``).
    """
    if _SENTENCE_END.search(text) is None:
        if _words(text) < STANDFIRST_WORDS:
            return False
        if _KICKER.match(text) is not None and _words(text) <= SENTENCES_HEADLINE_WORDS:
            return False
    return _header.dateline(page, start, end) is not None


_HIRAGANA = re.compile(r"[\u3040-\u309f]")


def _is_kana_prompt(text: str) -> bool:
    """Whether ``text`` is a short Japanese prompt or link (``もっと詳しく``, ``続きを読む``), not a headline.

    A Japanese headline is dense with nouns written in kanji and katakana; a link's prompt is a
    verb or an adverb, most of its characters hiragana. Only a line of at most
    :data:`KANA_PROMPT_CHARS` characters is judged so.
    """
    if len(text) > KANA_PROMPT_CHARS or not _UNSPACED.search(text):
        return False
    return 2 * len(_HIRAGANA.findall(text)) > len(_UNSPACED.findall(text))


def _is_staff_line(text: str) -> bool:
    """Whether ``text`` is a name with its job title and institute (``Jane Doe Senior Fellow, X Institute``).

    The job title is what tells it from a name and an affiliation in the story's prose.
    """
    named = _bylines.name_with_affiliation(text, 0)
    return named is not None and named[1] < len(text.partition(",")[0].partition("(")[0].rstrip())


def _is_affiliation(text: str) -> bool:
    """Whether ``text`` is a job title, with any institute after a comma (``Senior Fellow, X Institute``)."""
    head, _, rest = text.partition(",")
    return _bylines.is_job_title(head.strip()) and _words(rest) <= AFFILIATION_WORDS


def _content_words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text) if len(word) >= CONTENT_WORD_CHARS}


_SECOND_THE = re.compile(r"[^\S\n](?=The[^\S\n])")


@functools.cache
def _masthead_words() -> frozenset[str]:
    """The ``masthead_words`` of ``vocabularies/furniture_words.json``, casefolded; read once."""
    data = json.loads((_VOCABULARIES / "furniture_words.json").read_text(encoding="utf-8"))["masthead_words"]
    return frozenset(word.casefold() for words in data["languages"].values() for word in words)


_MASTHEAD_PARTING = re.compile(r"[^\S\n]{1,3}[-–—|][^\S\n]{0,3}")


def _is_masthead(text: str) -> bool:
    """Whether ``text`` is a newspaper's or a news site's name in its masthead (``Slovenské Noviny``).

    Two to :data:`MASTHEAD_WORDS` words, each capitalised (or of a script with no capitals) but a
    function word (``Gazzetta dello Sport``), the first or the last of them a word that names a
    paper or a news site in one of the languages of ``masthead_words`` in
    ``vocabularies/furniture_words.json``; or such a name and its source's name after a dash.
    """
    parted = _MASTHEAD_PARTING.search(text)
    if parted is not None:
        # A site's name and its source's name set apart by a dash ("موقع كل يوم -المشهد العربي"),
        # the second no longer than a masthead and written as one.
        other = text[parted.end() :].split()
        return (
            _is_masthead(text[: parted.start()])
            and 0 < len(other) <= MASTHEAD_WORDS
            and all(_capital(word) for word in other)
        )
    words = text.split()
    if not 2 <= len(words) <= MASTHEAD_WORDS:
        return False
    names = _masthead_words()
    if words[0].casefold() not in names and words[-1].casefold() not in names:
        return False
    function = _boilerplate.function_words()
    # A script with no capitals (Arabic, Persian) writes every word of a name alike.
    return all(_capital(word) or word.casefold() in function for word in words)


def _capital(word: str) -> bool:
    """Whether ``word`` opens with a capital, or with a letter of a script that has none."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def _is_masthead_run(text: str) -> bool:
    """Whether ``text`` is a site's name and its tagline run together, each opening with "The".

    ``The Journal The Authority on Global Business in Japan``: a name of a few capitalised words,
    then a second "The" opening a phrase of capitalised words with only joining words between; a
    headline in title case writes "the" inside a phrase in lower case, or sets a mark before it.
    """
    if not text.startswith("The "):
        return False
    second = _SECOND_THE.search(text, 4)
    if second is None:
        return False
    name, tagline = text[: second.start()], text[second.end() :]
    return _is_label(name) and _title_case_words(tagline)


def _title_case_words(text: str) -> bool:
    words = text.split()
    return bool(words) and all(word.casefold() in _JOINING_WORDS or word[:1].isupper() for word in words)


def _is_label(text: str) -> bool:
    # Words only: a mark between them ("Defence & Security News - Japan") is no word.
    words = [word for word in text.split() if _WORD.search(word)]
    if not words or text.endswith(":"):
        return False  # the first half of a headline broken over two lines
    return len(words) <= MASTHEAD_WORDS and all(
        word.casefold() in _JOINING_WORDS or word[:1].isupper() for word in words
    )


def _is_section_label(text: str) -> bool:
    """Whether ``text``, after a headline's one bar, names a section or a site.

    A label of capitalised words (``Environment News``), or a short phrase opened by one
    (``News from politics``): no sentence's end and no more than a masthead's words.
    """
    if _is_label(text):
        return True
    words = text.split()
    return (
        0 < len(words) <= MASTHEAD_WORDS
        and words[0][:1].isupper()
        and not _SENTENCE_END.search(text)
        and not text.endswith((":", ",", "?"))
    )


def _sentence_case(text: str) -> bool:
    """Whether ``text`` is written as a sentence: of its longer words, few open with a capital."""
    words = [word for word in text.split()[1:] if len(word) >= CONTENT_WORD_CHARS]
    return bool(words) and sum(word[:1].isupper() for word in words) * 2 < len(words)


def _is_standfirst(head: str, line: str) -> bool:
    """Whether ``line``, right under the short title-case ``head``, is its standfirst.

    A long summary sentence in sentence case under a short phrase in title case
    ("Security Convergence" over "Indo-Pacific allies and partners take collective action ...")
    is the headline's standfirst, so the short phrase is the headline, not a section label.
    """
    return (
        _is_label(head)
        and _words(head) >= LABEL_WORDS  # a word alone ("Japan") over a headline is a section's name
        and _words(line) >= STANDFIRST_WORDS
        and _sentence_case(line)
        and not _sentence_case(head)
        and not line.endswith(".")
    )


def _lettered(text: str) -> str:
    """``text``'s words that open with a letter once their opening quotation marks are dropped.

    So a number (``2022``) counts as no word in lower case, and ``‘Quasi-alliance’`` as a
    capitalised one.
    """
    words = (word.lstrip("‘’“”\"'«„([") for word in text.split())
    return " ".join(word for word in words if word[:1].isalpha())


def _is_standfirst_over(line: str, head: str) -> bool:
    """Whether ``line``, right over the headline-sized ``head``, is its standfirst printed first.

    The standfirst is the longer, a sentence in sentence case that ends with no full stop; the
    headline under it capitalises its longer words and shares one of them. A line a one-word
    kicker and its colon open (``NATO: Rutte a Tokyo elogia …``) is a headline, no standfirst.
    """
    words = _words(line)
    return (
        words >= STANDFIRST_WORDS
        and _KICKER.match(line) is None
        and words > _words(head) >= HEADLINE_WORDS
        and _sentence_case(line)
        and _sentence_case(_lettered(line))
        and not _sentence_case(head)
        and not line.endswith(".")
        and bool(_content_words(line) & _content_words(head))
    )


def _is_standfirst_under(head: str, line: str) -> bool:
    """Whether ``line`` is the standfirst of the headline ``head`` right over it, by length alone.

    A kicker over a headline is short (``Maritime security``); a headline over its standfirst is a
    headline's length, and the standfirst longer still.
    """
    words = _words(line)
    return _words(head) >= HEADLINE_WORDS and words >= STANDFIRST_WORDS and words > _words(head)


def _title(
    zone: list[_Shape], texts: list[str], prose: str, *, captions: Collection[int] = (), dated: bool = False
) -> int | None:
    """The index of the headline in the zone, chosen by scoring its candidate lines.

    ``prose`` is the story's first prose, if any; ``captions`` are the zone's photo captions
    standing over a candidate; ``dated`` says whether the story's first prose opens with a dateline.

    Each candidate is ruled out or given demerits by its shape and its neighbours
    (:func:`_demerits`); of the candidates above the first date line or byline (or of all, when
    none stands above one), the one with the fewest demerits is the headline: the one nearest
    over the date line or byline, or with none, the first.
    """
    others = _other_posts(zone, texts) | _unmarked_list(zone, texts) | _read_on_teasers(zone, texts)
    candidates = [i for i, shape in enumerate(zone) if shape is _Shape.CANDIDATE and i not in others]
    # A headline glued to its kicker ("DefensieJapan en Nederland ...") over the headline printed
    # again alone: the line alone is the headline.
    # So is a headline with a section's path run in before it ("News World Asia NZ, Japan ink
    # ..." over "NZ, Japan ink ..."): the words before the copy are a path of section labels.
    glued = {
        i
        for i in candidates
        for k in candidates
        if len(texts[i]) > len(texts[k])
        and texts[i].endswith(texts[k])
        and _words(texts[k]) >= HEADLINE_WORDS
        and (
            texts[i][-len(texts[k]) - 1].isalpha()  # run together, with no space or mark between
            or _is_path_prefix(texts[i][: -len(texts[k])])
        )
    }
    # The headline printed again with a photo's credit ("X, Foto: pixabay") is the photo's caption.
    credited = [i for i in candidates if _CREDIT_WORD.search(texts[i])]
    copies = {i for i in credited for k in candidates if _credited_copy(texts[k], texts[i])}
    candidates = [
        i
        for i in candidates
        if i not in glued
        and i not in copies
        and not _marked_caption(texts[i])
        and not _story_sentence(texts[i])
    ]
    # A line opening as a caption further down does, or saying what the people in a photo do for
    # the camera, is a caption when another line may be the headline.
    alike = {
        i
        for i in candidates
        if _like_a_caption(texts, i) or _names_a_photo_op(texts[i]) or _echo(zone, texts, i) is not None
    }
    passed: set[int] = set()
    if len(alike) < len(candidates):
        candidates = [i for i in candidates if i not in alike]
        passed = alike
    marked = [i for i in candidates if _explicit_marker(texts[i]) or _under_title_label(texts, i)]
    if marked:
        return marked[0]
    crumbed = [i for i in candidates if _crumb_tail(zone, texts, i)]
    if crumbed:
        return crumbed[0]
    markers = [i for i, shape in enumerate(zone) if shape is _Shape.MARKER and i not in others]
    context = _Context(zone, texts, _content_words(prose), captions, dated=dated, prose=prose)
    context.passed = passed
    pool = [i for i in candidates if markers and i < markers[0] and not context.kicker(i)]
    pool = [i for i in pool if not context.standfirst_of_label(i) and not context.standfirst_over(i)]
    under = _headline_under_marker(zone, texts, markers)
    labels = pool and all(_words(texts[i]) <= LABEL_WORDS for i in pool)
    if under is not None and labels:
        return under  # a section's label ("News Update", "House debates") over the date line
    marked_case = bool(pool)
    if not marked_case:
        pool = [
            i
            for i in candidates
            if not context.kicker(i) and not context.standfirst_of_label(i) and not context.standfirst_over(i)
        ]
    scores = {i: context.demerits(i, pool, over_marker=marked_case) for i in pool}
    ranked = [i for i in pool if scores[i] is not None]
    teasers = not marked_case and _teaser_run(ranked, scores, texts)  # other stories' headlines only
    if ranked and not teasers:
        best = min(score for score in scores.values() if score is not None)
        fewest = [i for i in ranked if scores[i] == best]
        return fewest[-1] if marked_case else fewest[0]
    if not prose and _Shape.PROSE not in zone and _Shape.SHORT in zone:
        return zone.index(_Shape.SHORT)
    # With no headline-shaped line at all, a post's one-word title under its date line.
    return _word_under_date(zone, texts, markers[-1]) if not candidates and prose and markers else None


_PATH_MARKS = re.compile(r"[^\S\n]*(?:[»›>/·•]|[-–—](?=[^\S\n]))[^\S\n]*")


def _is_path_prefix(text: str) -> bool:
    """Whether ``text``, run in before a copy of the headline, is a section's path or a kicker.

    Labels of capitalised words, with or without marks between them (``News World Asia``,
    ``World › Asia``): no sentence, no more than a masthead's words a label. A name before a bar
    (``The Perfect Enemy | ...``) is left to :func:`repeated_title_marker`, which reads the
    headline off that line; a label set off by a colon is the headline's own kicker, and stays.
    """
    if "|" in text or ":" in text:
        return False
    parts = [part for part in _PATH_MARKS.split(text.strip()) if part]
    return bool(parts) and all(_is_label(part) for part in parts)


def _word_under_date(zone: list[_Shape], texts: list[str], marker: int) -> int | None:
    """A post's title of a word or two, alone between its date line and the story, if one stands there.

    ``24 November 2005`` over ``Army`` over the post: with no headline-shaped line in the zone, a
    capitalised word, or a short phrase in any case, right under the last date line and right over
    the story is the title.
    """
    i = marker + 1
    if i != len(zone) - 1 or zone[i] is not _Shape.SHORT or not _header.is_date_only(texts[marker]):
        return None
    words = texts[i].split()
    # A word alone in lower case is a stray label; a phrase is a title written in lower case.
    cased = texts[i][:1].isupper() or len(words) > 1
    return i if cased and all(_WORD.fullmatch(word) for word in words) else None


_ECHO_REACH = 2
"""How many lines apart an image's title and the headline whose words it takes up may stand."""


def _echo(zone: list[_Shape], texts: list[str], i: int) -> int | None:
    """The headline-sized line near line ``i`` whose words ``i`` takes up, fewer of them, if one stands there.

    An image's title or a label is often made of the headline's own words (``Japon croissance
    militaire chinoise`` under ``Le Japon craint la croissance militaire chinoise``, ``Haishen
    Typhoon`` over ``Typhoon Haishen: 200,000 ordered to evacuate ...``): of two such lines, the
    longer is the headline.
    """
    words = _content_words(texts[i])
    if len(words) < LABEL_WORDS:
        return None
    for k in range(max(0, i - _ECHO_REACH), min(len(zone), i + _ECHO_REACH + 1)):
        other = _content_words(texts[k])
        sized = zone[k] is _Shape.CANDIDATE and _words(texts[k]) >= HEADLINE_WORDS
        # A headline-sized line over a standfirst's length of text that takes up its words is the
        # headline over its standfirst, not an image's title over the headline.
        deck = k > i and _is_standfirst_under(texts[i], texts[k])
        if k != i and sized and not deck and words < other and not _credited_copy(texts[i], texts[k]):
            return k
    return None


_CAPTION_OPENING = 2
"""How many opening words a line shares with a marked caption to be read as one of its set."""


def _like_a_caption(texts: list[str], i: int) -> bool:
    """Whether line ``i`` opens as a photo caption further down the page does, so is one of its set.

    A page's captions are written alike (``NAVO-chef Stoltenberg schudt ...`` over the headline,
    ``NAVO-chef Stoltenberg (l) in gesprek ...`` between paragraphs, where "(l)" marks it a caption).
    """
    opening = texts[i].split()[:_CAPTION_OPENING]
    if len(opening) < _CAPTION_OPENING:
        return False
    return any(
        k != i
        and texts[k].split()[:_CAPTION_OPENING] == opening
        and _CAPTION_CUE.search(texts[k]) is not None
        for k in range(i + 1, len(texts))
    )


_TEASER_RUN = 3
"""The fewest headline-sized lines in a row, none sharing a story's word, that make a list of teasers."""


def _teaser_run(ranked: list[int], scores: dict[int, int | None], texts: list[str]) -> bool:
    """Whether the candidates are a list of other stories' headlines over the story, and none its own.

    Three headline-sized lines or more, one right under the other, and not one of them sharing a
    word with the story: links to other stories ("Más Información" over four headlines), not the
    story's headline, which names what the story is about.
    """
    if len(ranked) < _TEASER_RUN or any(scores[i] == 0 for i in ranked):
        return False
    run = 1
    for previous, i in itertools.pairwise(ranked):
        run = (
            run + 1
            if i == previous + 1 and _teaser_shaped(texts, i) and _teaser_shaped(texts, previous)
            else 1
        )
        if run >= _TEASER_RUN:
            return True
    return False


def _teaser_shaped(texts: list[str], i: int) -> bool:
    """Whether line ``i`` is shaped as a headline of its own, not a line of a paragraph wrapped.

    A wrapped line may stop at a comma or a full stop, or run on into a line in lower case.
    """
    text = texts[i]
    runs_on = i + 1 < len(texts) and texts[i + 1][:1].islower()
    return _words(text) >= HEADLINE_WORDS and not text.endswith((".", ",", ";")) and not runs_on


_LIST_ITEMS = 3
"""The fewest lines under a lead-in closed by a colon that make a list whose marks were lost."""


def _unmarked_list(zone: list[_Shape], texts: list[str]) -> set[int]:
    """A lead-in closed by a colon and the list under it, its bullets lost, to the zone's end.

    ``Taiwan's Defense Ministry:`` over four short points, each a line of its own, over the story:
    the points and their lead-in are the story's text, and none of them its headline.
    """
    for i, shape in enumerate(zone):
        if shape not in {_Shape.CANDIDATE, _Shape.FURNITURE} or not texts[i].endswith(":"):
            continue
        rest = zone[i + 1 :]
        items = [shape for shape in rest if shape in {_Shape.CANDIDATE, _Shape.SHORT}]
        if len(items) == len(rest) >= _LIST_ITEMS and _Shape.SHORT in rest:
            return set(range(i, len(zone)))
    return set()


_POST_PAIRS = 2
"""The fewest titles, each over its own date line, that make a list of other posts."""


def _other_posts(zone: list[_Shape], texts: list[str]) -> set[int]:
    """The lines of a list of other posts over the headline, each title over its own date line.

    Two titles or more, each right over a date line (the previous and the next post, with their
    dates), with a candidate under them: the page's own headline is that one, and its date is
    not theirs.
    """
    i = 0
    while i < len(zone):
        run: list[int] = []
        while (
            i + 1 < len(zone)
            and zone[i] is _Shape.CANDIDATE
            and zone[i + 1] is _Shape.MARKER
            and _is_date_line(texts[i + 1], 0, len(texts[i + 1]))
        ):
            run += [i, i + 1]
            i += 2
        if len(run) >= 2 * _POST_PAIRS and _Shape.CANDIDATE in zone[i:]:
            return set(run)
        i += 1 if not run else 0
    return set()


def _read_on_teasers(zone: list[_Shape], texts: list[str]) -> set[int]:
    """The lines of another story's teaser over the headline: its title, its date, its prompt to read on.

    ``Tutkimus: Monilla työpaikoilla …`` / ``26.2.2026 8:04`` / ``Lue lisää``: a headline-shaped
    line with at most :data:`ZONE_LOOKAHEAD` date lines or bylines between it and a prompt to read
    on, with a headline-shaped line under the prompt, is a link to another story; the page's own
    headline is under it, and the teaser's date is not the page's.
    """
    teasers: set[int] = set()
    for i, text in enumerate(texts[: len(zone)]):
        if not _boilerplate.is_read_on(text) or _Shape.CANDIDATE not in zone[i + 1 :]:
            continue
        k = i - 1
        while k >= 0 and i - k <= ZONE_LOOKAHEAD and zone[k] is _Shape.MARKER:
            k -= 1
        if k >= 0 and k < i - 1 and zone[k] is _Shape.CANDIDATE:
            teasers.update(range(k, i + 1))
    return teasers


def _headline_under_marker(zone: list[_Shape], texts: list[str], markers: list[int]) -> int | None:
    """A headline-sized candidate standing right under the first date line or byline, if one does."""
    if not markers:
        return None
    j = markers[0]
    while j < len(zone) and zone[j] is _Shape.MARKER:
        j += 1
    if j < len(zone) and zone[j] is _Shape.CANDIDATE and _words(texts[j]) >= HEADLINE_WORDS:
        return None if _is_label(texts[j]) else j
    return None


_WEB_ADDRESS = re.compile(r"(?<![\w.])(?:[A-Za-z][\w-]{1,30})?\.[a-z]{2,6}\b(?!\.\w)|https?://|www\.")
"""A web address or a domain's ending in a line (``kompas.com``, ``.gov``, ``https://``)."""


def _notice_over_headline(texts: list[str], shapes: list[_Shape], i: int) -> bool:
    """Whether prose line ``i``, the page's first, is a site's one-sentence notice over the headline.

    ``Communications Litigation Today was a Warren News publication.`` over a headline-shaped
    line over the story: a lede runs on into the story, never under a headline of its own, and a
    notice is one short sentence, the story under the headline at least twice as long.
    """
    if any(shape not in {_Shape.FURNITURE, _Shape.SHORT} for shape in shapes[:i]) or i + 2 >= len(shapes):
        return False
    text, story = texts[i], texts[i + 2]
    short = _words(text) <= STOP_HEADLINE_WORDS and _INNER_END.search(text) is None
    return (
        short
        and shapes[i + 1] is _Shape.CANDIDATE
        and shapes[i + 2] is _Shape.PROSE
        and _words(story) >= 2 * _words(text)
        and not _content_words(text) & _content_words(texts[i + 1])
    )


def _names_site(text: str) -> bool:
    """Whether ``text`` names a web address: a site's banner or prompt, seldom a headline.

    ``Official websites use .gov``, ``Gabung Kompas.com+``: a headline names the news, and a site
    only now and then, so such a line ranks under a headline-shaped line that does not. A notice
    is short: only the first ``ZONE_LINE_CHARS`` characters of a line are looked at.
    """
    return _WEB_ADDRESS.search(text, 0, ZONE_LINE_CHARS) is not None


def _quoted(text: str) -> bool:
    """Whether ``text`` stands wholly in one pair of quotation marks (``“Tracking Japan's ...”``)."""
    inner = text[1:-1]
    return (
        len(text) > 2
        and text[0] in _OPEN_QUOTES
        and text[-1] in _CLOSE_QUOTES
        and not any(mark in inner for mark in (text[0], text[-1]))
    )


_CRUMB_BAR = re.compile(r"[»›>|/:][^\S\n]{0,3}\Z")


def _crumb_tail(zone: list[_Shape], texts: list[str], i: int) -> bool:
    """Whether candidate ``i`` closes a breadcrumb of the zone (``Home » Blog » <headline>``).

    A breadcrumb ends with the page's own title, so a headline-sized line it ends with is the
    headline, over any section or category line standing nearer the story.
    """
    text = texts[i]
    if _words(text) <= LABEL_WORDS:
        return False  # a section's name closes a breadcrumb as often
    for k, shape in enumerate(zone):
        other = texts[k]
        closes = k != i and shape is _Shape.FURNITURE and other.endswith(text) and len(other) > len(text)
        if closes and _CRUMB_BAR.search(other, 0, len(other) - len(text)):
            return True
    return False


def _shares_pair(text: str, other: str) -> bool:
    """Whether ``text`` and ``other`` share two characters in a row of a script written without spaces."""
    pairs = {
        text[k : k + 2]
        for k in range(len(text) - 1)
        if _UNSPACED.match(text, k) and _UNSPACED.match(text, k + 1)
    }
    return any(pair in other for pair in pairs)


_KICKER_SEPARATORS = " /|:》»›·・–—-"
"""What sets a kicker off from the rest of the headline line that repeats it (``Forum/Jane Doe》 ...``)."""


class _Context:
    """What a headline candidate is scored against: the zone's shapes and lines, and the story's words."""

    def __init__(  # noqa: PLR0913 - the zone, and what the story under it says
        self,
        zone: list[_Shape],
        texts: list[str],
        words: set[str],
        captions: Collection[int],
        *,
        dated: bool,
        prose: str = "",
    ) -> None:
        self.zone, self.texts, self.words, self.dated = zone, texts, words, dated
        self.prose = prose
        """The story's first prose, as written: a headline in Chinese or Japanese shares its characters."""
        self.captions = captions
        self.passed: Collection[int] = ()
        """Lines passed over for the headline as captions: no label over a standfirst."""
        self.following = {
            i: next(
                (j for j in range(i + 1, len(zone)) if zone[j] is not _Shape.FURNITURE and j not in captions),
                None,
            )
            for i in range(len(zone))
        }
        self.previous: dict[int, int] = {}
        """Each candidate's nearest line over it whose next line, past furniture and captions, it is."""
        for k in range(len(zone) - 1, -1, -1):
            j = self._next_candidate(k)
            if j is not None:
                self.previous[j] = k

    def _next_candidate(self, i: int) -> int | None:
        j = self.following[i]
        return j if j is not None and self.zone[j] is _Shape.CANDIDATE else None

    def kicker(self, i: int) -> bool:
        """A label that the next line repeats and extends ("Press Briefing" over "Press Briefing by X").

        The next line may set the label off by a mark (``Forum`` over ``Forum/Jane Doe》 ...``).
        """
        j = self._next_candidate(i)
        if j is None:
            return False
        text, below = self.texts[i], self.texts[j]
        return (
            len(below) > len(text) + 1 and below.startswith(text) and below[len(text)] in _KICKER_SEPARATORS
        )

    def standfirst_of_label(self, i: int) -> bool:
        """A summary sentence under a short title-case line ("Security Convergence" over "Allies act ...").

        A label with a photo's caption between it and the line is the photo's own title (an
        agency's slug, "Europe Election" over "FILE - …"), and no headline over a standfirst.
        """
        # A date line's or a byline's line ("Market News" as a desk's) is no such label.
        return any(
            k not in self.passed
            and self.zone[k] is not _Shape.MARKER
            and self._next_candidate(k) == i
            and _is_standfirst(self.texts[k], self.texts[i])
            and not any(j in self.captions for j in range(k + 1, i))
            for k in range(i)
        )

    def standfirst_over(self, i: int) -> bool:
        """Whether ``i`` is the standfirst of the headline-sized candidate right under it, printed over it.

        A long summary in sentence case over a shorter line of capitalised words that takes up its
        words ("El Libro Blanco apuesta por reforzar …" over "Prioridades estratégicas para Japón
        en su Libro Blanco de la Defensa 2022: …"): the page sets its standfirst first.
        """
        j = self._next_candidate(i)
        return j is not None and _is_standfirst_over(self.texts[i], self.texts[j])

    def _subtitle(self, head: int, i: int) -> bool:
        """Whether ``i``, right under the headline-sized ``head``, is its subtitle or deck.

        It takes up one of the headline's words, or it runs at least as long as a headline that
        shares words with the story (a site's tagline over a headline shares none). A short
        phrase whose every longer word the story repeats is such a headline too, however short
        ("Zeitenwende in Tokio" over "Japan verabschiedet sich von …"): it names the story.
        """
        above, text = self.texts[head], self.texts[i]
        short = _words(above) < HEADLINE_WORDS or _is_label(above)
        # A word or two over the line is a kicker however much the story names it ("Deutsche
        # Luftwaffe" over "Manöver in Japan und in Australien"), as in :meth:`_title_over_subtitle`.
        kicker = short and _words(above) <= LABEL_WORDS
        if self.following[head] != i or (short and not self._named(head)) or kicker:
            return False
        if _content_words(above) & _content_words(text):
            return True
        return i == head + 1 and _words(text) >= _words(above) and bool(_content_words(above) & self.words)

    def _other_teaser(self, i: int) -> bool:
        """Whether ``i`` and the candidate right over or under it are another story's title and summary.

        A headline-shaped line and the longer line under it that takes up its words ("Tragic
        Bushfires in Victoria …" over "Victoria's bushfires have caused …"), neither sharing a
        word with the story: a link to another story, with its teaser; the story's own headline
        names what the story is about.
        """
        above = self.previous.get(i)
        pair = (above, i) if above is not None else (i, self._next_candidate(i))
        head, under = pair
        if head is None or under is None:
            return False
        head_words, under_words = _content_words(self.texts[head]), _content_words(self.texts[under])
        return (
            _words(self.texts[head]) >= HEADLINE_WORDS
            and _words(self.texts[under]) > _words(self.texts[head])
            and bool(head_words & under_words)
            and not (head_words | under_words) & self.words
        )

    def _unrelated_over_lede(self, i: int) -> bool:
        """Whether ``i`` stands right over the story's lede and shares no word with it or the story.

        A headline names what its story is about; a line over the lede that names none of it is an
        advertisement's or a widget's (``Lose Weight Fast!`` over a story on a measles outbreak).
        """
        j = self.following[i]
        if not self.words or j is None or self.zone[j] is not _Shape.PROSE:
            return False
        if _UNSPACED.search(self.texts[i]):
            # Written without spaces, a run of characters is no word: the two lines share a pair
            # of characters ("北約" in "日本加不加入北約" and in the lede).
            return not _shares_pair(self.texts[i], self.texts[j])
        words = _content_words(self.texts[i])
        return bool(words) and not words & (self.words | _content_words(self.texts[j]))

    def _title_over_subtitle(self, i: int, j: int) -> bool:
        """Whether the short phrase ``i`` in title case is the headline over its subtitle ``j``.

        A section's name is a known label, or a word or two; a title of more words whose every
        longer word the story repeats names the story (``Zeitenwende in Tokio`` over ``Japan
        verabschiedet sich von …``, ``Guerra nel Pacifico`` over ``Il Giappone raddoppia …``), when
        the line under it, in sentence case, is no headline in title case of its own.
        """
        text = self.texts[i]
        return (
            _words(text) > LABEL_WORDS
            and self._named(i)
            and not _boilerplate.is_section_label(text)
            and not _bylines.is_section_name(text)
            and _sentence_case(self.texts[j])
        )

    def _named(self, i: int) -> bool:
        """Whether the story repeats every longer word of line ``i``, two words at least."""
        words = _content_words(self.texts[i])
        return len(words) >= LABEL_WORDS and words <= self.words

    def _prose_opener(self, i: int) -> bool:
        """Whether ``i`` leads into the story's prose rather than heading it.

        A lead-in closed by a colon over the text ("The ministry's statement reads:").
        """
        j = self.following[i]
        story_under = self.zone[j] is _Shape.PROSE if j is not None else bool(self.words)
        return self.texts[i].endswith(":") and story_under

    def demerits(self, i: int, pool: list[int], *, over_marker: bool) -> int | None:
        """How ill ``i`` is shaped for the headline among ``pool``; ``None`` when it cannot be one."""
        text = self.texts[i]
        if self._prose_opener(i) or self._unrelated_over_lede(i):
            return None
        if over_marker:
            earlier = pool[: pool.index(i)]
            # A line whose words a line above already says is a label under the headline.
            if any(_content_words(text) <= _content_words(self.texts[k]) for k in earlier):
                return None
            score = 0
            # A short label of capitalised words over the date line is a credit or a section
            # ("Anadolu Agency WORLD"), when a line shaped otherwise stands above it.
            # A label whose every longer word the story repeats names the story instead (a
            # document's own title: "Vilnius Summit Communiqué" over the communiqué).
            if _is_label(text) and any(not _is_label(self.texts[k]) for k in pool) and not self._named(i):
                score += 2
            # A title wholly in quotation marks names the series or issue the article is in
            # ("“Tracking Japanese Strategic Thinking toward Asia”" over the article's own title).
            if _quoted(text) and any(not _quoted(self.texts[k]) for k in pool):
                score += 2
            earlier = [k for k in earlier if not _quoted(self.texts[k])]
            # A long summary under a headline of its own length is its standfirst, and a line
            # right under a headline that takes up one of its words, or runs as long, is its
            # subtitle ("US, Japan and South Korea Align in Historic Summit" over "Summit To Be Held
            # At Camp David").
            if earlier and (
                _is_standfirst_under(self.texts[earlier[-1]], text) or self._subtitle(earlier[-1], i)
            ):
                score += 1
            return score + _names_site(text)
        # With no date line or byline to stand over: a short phrase of capitalised words over a
        # headline-shaped line right under it is the section's name ("Trade and Energy").
        # So is two words in sentence case ("Siły zbrojne") over a headline-sized line.
        j = self._next_candidate(i)
        short_over = (
            j is not None
            and _words(text) == LABEL_WORDS
            and _sentence_case(text)
            and _words(self.texts[j]) >= HEADLINE_WORDS
        )
        if (
            (_is_label(text) or short_over)
            and j is not None
            and not self.standfirst_of_label(j)
            and not self.texts[j].endswith(".")
            and not self._title_over_subtitle(i, j)
        ):
            return None
        short = _words(text) <= LABEL_WORDS
        words = _content_words(text)
        shares = bool(words & self.words)
        # A line of a word or two must share a word with the story ("New Member" over a story on an
        # earthquake is a forum label); with no date line over it (a post's title under its date),
        # the story must name each of its longer words ("Newsfrom Japan" over a story on Japan is
        # the site's name). Over a story opening with its dateline it is the site's name: a wire's
        # headline runs longer. A line that shares none, with the summary of it under it, is
        # another story's teaser (:meth:`_other_teaser`).
        dated_above = _Shape.MARKER in self.zone[:i]
        named = shares and (dated_above or {word for word in words if word.isalpha()} <= self.words)
        teaser = not shares and self._other_teaser(i)
        if self.words and ((short and not named) or (self.dated and short) or teaser):
            return None
        # A line that shares no word with the story (a site's tagline) ranks under one that does;
        # written without spaces, a line shares two characters in a row with it.
        shares = shares or (_UNSPACED.search(text) is not None and _shares_pair(text, self.prose))
        return (0 if shares or not self.words else 1) + _names_site(text)


def _lone_questions(shapes: list[_Shape], texts: list[str]) -> None:
    """With no story prose under them, questions of a sentence's length are the story itself."""
    if _Shape.PROSE in shapes:
        return
    for i, text in enumerate(texts):
        if shapes[i] is _Shape.CANDIDATE and _SENTENCE_END.search(text) and _words(text) >= PROSE_MIN_WORDS:
            shapes[i] = _Shape.PROSE


_NARROW_LINE = 30
"""The longest line of a paragraph wrapped to a narrow column (``Gempa dengan`` / ``kekuatan sekitar``)."""


def _wrapped_paragraphs(page: str, lines: Sequence[Line], shapes: list[_Shape]) -> None:
    """Read as prose a paragraph wrapped over lines, and a lead-in closed by a colon over prose.

    A candidate whose next two lines follow it with no blank line between and go on in lower
    case opens a paragraph hard-wrapped, as a mail archive keeps it; a line closed by a colon
    right over prose leads into it ("Here's the article's text:").
    """
    texts = [text for _, _, text in lines]
    for i in range(len(lines) - 2):
        joined = all("\n\n" not in page[lines[k][1] : lines[k + 1][0]] for k in (i, i + 1))
        # Lines broken short, as a narrow column keeps them, may wrap at a name ("Skala Richter").
        going_on = texts[i + 1][:1].islower() and (texts[i + 2][:1].islower() or len(texts[i]) < _NARROW_LINE)
        short_wrap = shapes[i + 1] is _Shape.SHORT and going_on
        if shapes[i] is _Shape.CANDIDATE and joined and (short_wrap or _wrapped_width(texts, i)):
            shapes[i] = _Shape.PROSE
    for i in range(len(lines) - 2, -1, -1):
        if shapes[i] is _Shape.CANDIDATE and texts[i].endswith(":") and shapes[i + 1] is _Shape.PROSE:
            shapes[i] = _Shape.PROSE


def _wrapped_width(texts: list[str], i: int) -> bool:
    """Whether line ``i`` runs to the width of the hard-wrapped paragraph it stands right over.

    A mail archive or a wire's text breaks every line of a paragraph at one width (``… as it
    considers interest rate`` / ``Minutes from the bank's … an interest`` / ``rate hike if …``):
    the next line wraps on into a line in lower case, both are :data:`WRAP_MIN_CHARS` long at
    least, and line ``i`` runs to :data:`WRAP_SHARE` of the next one's length. A headline over a wrapped
    paragraph ends well short of the column's width.
    """
    text, below = texts[i], texts[i + 1]
    wraps = texts[i + 2][:1].islower() and not below.endswith((".", "!", "?", ":"))
    wide = min(len(text), len(below)) >= WRAP_MIN_CHARS
    return wraps and wide and len(text) >= WRAP_SHARE * len(below)


def _shapes(page: str, lines: Sequence[Line], site_names: Collection[str]) -> list[_Shape]:
    texts = [text for _, _, text in lines]
    shapes = [_shape(text, start, end, page) for start, end, text in lines]
    for i in range(1, len(shapes)):
        # A counter's label ("810" over "Views"); a date written in figures ("2023.12.14") is
        # the story's date line, over its headline.
        counter = _COUNTER.fullmatch(texts[i - 1]) and shapes[i - 1] is not _Shape.MARKER
        if counter and shapes[i] is not _Shape.PROSE:
            shapes[i] = _Shape.FURNITURE
    for i, text in enumerate(texts):
        if _explicit_marker(text):
            shapes[i] = _Shape.CANDIDATE
    _lone_items(page, lines, shapes)
    _title_case_headlines(texts, shapes)
    _stop_closed_headline(page, lines, shapes)
    first_lower = shapes and shapes[0] is _Shape.SHORT and texts[0][:1].islower()
    if first_lower and _words(texts[0]) > LABEL_WORDS and len(_content_words(texts[0])) > 1:
        shapes[0] = _Shape.CANDIDATE  # the page's first line is the tail of no line above it
    _site_names(texts, shapes, site_names)
    _cut_copies(texts, shapes)
    _lone_questions(shapes, texts)
    _wrapped_paragraphs(page, lines, shapes)
    # A name under a headline is its byline; a name with nothing above it is a headline, unless
    # it opens a speaker's block over the headline ("Secretary-General Ban Ki-moon" / "Tokyo
    # (Japan)" / "01 July 2008" / "Press conference at ...").
    for i, shape in enumerate(shapes):
        if shape is _Shape.NAME:
            # A name over its credit line ("Paulo Mena Barreto" / "Especial para DefesaNet") is a byline.
            credited = i + 1 < len(texts) and _WRITTEN_FOR.fullmatch(texts[i + 1]) is not None
            byline = _Shape.CANDIDATE in shapes[:i] or _over_marker_block(texts, shapes, i) or credited
            shapes[i] = _Shape.MARKER if byline else _Shape.CANDIDATE
    return shapes


_CUT_MARKS = ("...", "…")
"""The ellipses that close a line cut short (``… with Foreign...``)."""
_COPY_OPENING = 3
"""The words of a line's opening looked for in a line cut short above it."""


def _cut_copies(texts: list[str], shapes: list[_Shape]) -> None:
    """Read as furniture a line closed by an ellipsis that ends with a line under it cut short.

    A breadcrumb or a link closing on the headline cut off (``HomeUnited StatesSecretary Antony J.
    Blinken and … with Foreign...`` over ``Secretary Antony J. Blinken and … with Foreign Minister
    …``): the words before the ellipsis, :data:`HEADLINE_WORDS` at least, open a headline-shaped
    line among the :data:`ZONE_LOOKAHEAD` under it; the line is a copy, no prose of the story.
    """
    for i, text in enumerate(texts):
        closed = text.rstrip()
        mark = next((mark for mark in _CUT_MARKS if closed.endswith(mark)), None)
        if mark is None or shapes[i] is _Shape.FURNITURE:
            continue
        head = closed[: -len(mark)].rstrip()
        for k in range(i + 1, min(len(texts), i + 1 + ZONE_LOOKAHEAD)):
            below = texts[k]
            if shapes[k] is not _Shape.CANDIDATE:
                continue
            opening = " ".join(below.split()[:_COPY_OPENING])
            at = head.find(opening) if len(opening.split()) == _COPY_OPENING else -1
            copy = head[at:] if at >= 0 else ""
            if copy and len(copy) < len(below) and below.startswith(copy) and _words(copy) >= HEADLINE_WORDS:
                shapes[i] = _Shape.FURNITURE
                break


def _over_marker_block(texts: list[str], shapes: list[_Shape], i: int) -> bool:
    """Whether the line ``i`` stands over date lines or bylines with a headline right under them."""
    j = i + 1
    while j < len(shapes) and shapes[j] is _Shape.MARKER:
        j += 1
    return (
        j > i + 1 and j < len(shapes) and shapes[j] is _Shape.CANDIDATE and _words(texts[j]) >= HEADLINE_WORDS
    )


def _site_names(texts: list[str], shapes: list[_Shape], site_names: Collection[str]) -> None:
    """Read the site's names as furniture.

    A repeated line is the site's name, unless it is the only candidate for the headline (a
    headline printed twice) or the page's one paragraph (a story printed twice).
    """
    story = _only_prose(texts, shapes)
    first_prose = shapes.index(_Shape.PROSE) if _Shape.PROSE in shapes else len(shapes)
    others = [
        shape is _Shape.CANDIDATE and text not in site_names
        for shape, text in zip(shapes[:first_prose], texts, strict=False)
    ]
    for i, text in enumerate(texts):
        # A line of a headline's length is no site's name: it is the headline printed twice.
        headline_sized = shapes[i] is _Shape.CANDIDATE and _words(text) > MASTHEAD_WORDS
        if text in story:
            continue
        if text in site_names and (texts.index(text) != i or (any(others) and not headline_sized)):
            shapes[i] = _Shape.FURNITURE


def _title_case_headlines(texts: list[str], shapes: list[_Shape]) -> None:
    """Read one sentence in title case over a date line or a byline as a headline, full stop or not.

    "Ministério da Saúde Lança Campanha Nacional ... de Surtos." over a photo credit and "Por Jane
    Doe" is a headline closed by a full stop. A sentence of names and offices in the story ("Japanese
    Minister of Defense Kishi Nobuo and ... met in Tokyo.") has story prose under it, not a byline.
    """
    for i, text in enumerate(texts):
        if shapes[i] is not _Shape.PROSE or len(text) > HEADLINE_CHARS or _INNER_END.search(text):
            continue
        below = shapes[i + 1 : i + 2 + ZONE_LOOKAHEAD]
        if _title_case(text) and _Shape.MARKER in below:
            shapes[i] = _Shape.CANDIDATE


_KICKER = re.compile(r"[^\W\d_][\w'’-]{1,20}:[^\S\n]")
"""A one-word kicker before a headline's colon (``NEWS: ``, ``Inflation: ``)."""


def _stop_closed_headline(page: str, lines: Sequence[Line], shapes: list[_Shape]) -> None:
    """Read the page's first line as its headline when it is one short sentence over a longer paragraph.

    A headline may close with a full stop, and is told from a lede of one sentence by a mark of
    a headline: it is in title case ("NEWS: North Korea Sends Grim Message To Japan."), opens with
    a one-word kicker and a colon ("Inflation: US central bank raises ..."), or stands right under a
    section's name ("Military"); and the paragraph under it runs on to several sentences, at least
    twice its length. A first line of more than :data:`STOP_HEADLINE_WORDS` words is a lede.
    """
    texts = [text for _, _, text in lines]
    first = next((i for i, shape in enumerate(shapes) if shape not in {_Shape.FURNITURE, _Shape.SHORT}), None)
    if first is None or first + 1 >= len(shapes) or shapes[first] is not _Shape.PROSE:
        return
    text, below = texts[first], texts[first + 1]
    if not text.endswith(".") or _words(text) > STOP_HEADLINE_WORDS or _INNER_END.search(text):
        return
    kicker = _KICKER.match(text) is not None
    # A headline over its standfirst: one short sentence over another, over the story's paragraph.
    deck = first + 2 < len(shapes) and _is_deck(texts, shapes, first + 1)
    marked = kicker or _title_case(text) or (first > 0 and shapes[first - 1] is _Shape.SHORT) or deck
    if not marked or _photo_line(texts, first):
        return
    if deck and not kicker:
        first, below = first + 1, texts[first + 2]  # the paragraph under the standfirst
        text = texts[first - 1]
    # A kicker before a colon reads as a place's dateline; the story's own dateline is under it.
    dated = _header.dateline(page, lines[first][0], lines[first][1]) is not None
    if dated and not (kicker and _header.dateline(page, lines[first + 1][0], lines[first + 1][1])):
        return
    if deck and not kicker:
        # Under a headline and its standfirst, the story's paragraph runs longer than either.
        if shapes[first + 1] is _Shape.PROSE and _words(below) > _words(text):
            shapes[first - 1] = _Shape.CANDIDATE
        return
    paragraph = shapes[first + 1] is _Shape.PROSE and _words(below) >= 2 * _words(text)
    if paragraph and _INNER_END.search(below) is not None:
        shapes[first] = _Shape.CANDIDATE


def _is_deck(texts: list[str], shapes: list[_Shape], i: int) -> bool:
    """Whether line ``i`` is a standfirst of one short sentence, shorter than the sentence over it."""
    text = texts[i]
    return (
        shapes[i] is _Shape.PROSE
        and text.endswith(".")
        and _INNER_END.search(text) is None
        and _words(text) < _words(texts[i - 1]) <= DECK_HEADLINE_WORDS
    )


def _only_prose(texts: list[str], shapes: list[_Shape]) -> set[str]:
    """The page's prose when it is one paragraph, however often printed; else nothing.

    A paragraph printed twice over other prose is a caption or a teaser repeated; printed twice
    with no other prose under it, it is the story.
    """
    prose = {text for text, shape in zip(texts, shapes, strict=True) if shape is _Shape.PROSE}
    return prose if len(prose) == 1 else set()


def _lone_items(page: str, lines: Sequence[Line], shapes: list[_Shape]) -> None:
    """Read a line marked as a list's item, with no item beside it, by the shape of its words.

    A list has items side by side; a bullet before a line of its own, with no headline-shaped
    line above it ("• Taiwan, Japan fire water cannon in disputed island" under a blog's date
    line), marks a headline, not a list.
    """
    texts = [text for _, _, text in lines]
    for i, (start, end, text) in enumerate(lines):
        bullet = _BULLET_MARK.match(text)
        if bullet is None or shapes[i] not in {_Shape.PROSE, _Shape.SHORT} or len(text) > ZONE_LINE_CHARS:
            continue
        if _Shape.CANDIDATE in shapes[:i]:
            return  # under a headline, a bullet marks a summary point (its list cut to one)
        if any(_LIST_MARK.match(other) for other in texts[max(0, i - 1) : i] + texts[i + 1 : i + 2]):
            continue
        if _shape(text[bullet.end() :], start + bullet.end(), end, page) is _Shape.CANDIDATE:
            shapes[i] = _Shape.CANDIDATE


def _title_tail(zone: list[_Shape], texts: list[str], title: int | None) -> int | None:
    # A headline broken over two lines: the first ends in a colon or leaves a quote open, and the
    # next is short, no prose, and closes it.
    if title is None or title + 1 >= len(zone) or zone[title + 1] in {_Shape.PROSE, _Shape.FURNITURE}:
        return None
    first, second = texts[title], texts[title + 1]
    opened = first[:1] in _OPEN_QUOTES and not any(mark in first[1:] for mark in _CLOSE_QUOTES)
    if (opened and second[-1:] in _CLOSE_QUOTES) or (
        first.endswith(":") and not opened and second[:1].isupper()
    ):
        return title + 1
    return None


def _title_head(
    page: str, lines: Sequence[Line], zone: list[_Shape], texts: list[str], title: int | None
) -> int | None:
    """The first line of a headline broken over two, when the headline read is its second.

    A line closed by a colon right over the headline (``The Hiroshima Accord:`` over ``An
    enhanced UK-Japan global strategic partnership``) opens it: with no blank line between them,
    or one when the line is headline-shaped, more than :data:`LABEL_WORDS` words.
    """
    if title is None or title == 0 or zone[title - 1] in {_Shape.PROSE, _Shape.FURNITURE}:
        return title
    above = title - 1
    gap = page.count("\n", lines[above][1], lines[title][0])
    # Over one blank line, only a half shaped as a headline itself opens it (``Reinvigorating
    # Japan-GCC State Ties:`` / ``The Case for ...``); a kicker of a word or two stands apart.
    shaped = zone[above] is _Shape.CANDIDATE and _words(texts[above]) > LABEL_WORDS
    if gap > 2 or (gap == 2 and not shaped) or _title_tail(zone, texts, above) != title:
        return title
    return above


def _zone_end(
    page: str, lines: Sequence[Line], texts: list[str], shapes: list[_Shape]
) -> tuple[int, set[int]]:
    """Where the header zone ends (its first line of story prose), and the photo captions over a headline.

    Captions standing right over the story's dateline are read as prose of the zone (``shapes`` is
    changed for them).
    """
    captions: set[int] = set()
    for i, shape in enumerate(shapes):
        # Past a section's label ("Japan") under the caption, the headline and its story or date.
        k = i + 1
        while k < len(shapes) and k - i <= ZONE_LOOKAHEAD and shapes[k] in {_Shape.SHORT, _Shape.FURNITURE}:
            k += 1
        caption_over_title = (
            shape is _Shape.PROSE
            and _photo_line(texts, i)
            and shapes[k : k + 1] == [_Shape.CANDIDATE]
            and shapes[k + 1 : k + 2] in ([_Shape.PROSE], [_Shape.MARKER])
        )
        # A photo's caption, marked by its credit, right under the headline and over the story.
        caption_under_title = (
            shape is _Shape.PROSE
            and i > 0
            and shapes[i - 1] is _Shape.CANDIDATE
            and shapes[i + 1 : i + 2] == [_Shape.PROSE]
            and _photo_line(texts, i)
        )
        if caption_over_title or caption_under_title or _unrelated_over_title(shapes, texts, i, k):
            captions.add(i)
            continue  # a photo caption standing over the headline, or right under it
        ahead = shapes[i + 1 : i + 1 + ZONE_LOOKAHEAD]
        if (
            shape is _Shape.PROSE
            and _Shape.CANDIDATE in ahead
            and (_names_site(texts[i]) or _notice_over_headline(texts, shapes, i))
        ):
            shapes[i] = (
                _Shape.FURNITURE
            )  # a site's notice ("... connected to the .gov website.") over its headline
            continue
        if shape is _Shape.PROSE and _Shape.MARKER not in ahead:
            over = _captions_before_dateline(page, lines, texts, i)
            for j in range(i, i + over):
                shapes[j] = _Shape.PROSE  # read as captions: the story opens at the dateline
            return i + over, captions
    return len(lines), captions


_STORY_LINES = 3
"""Lines of story prose under a headline whose words a sentence over it is compared with."""


def _unrelated_over_title(shapes: list[_Shape], texts: list[str], i: int, k: int) -> bool:
    """Whether line ``i``, the first prose, is one sentence over the headline ``k`` the story never names.

    ``date 2025-11-20`` / ``Japánba az árfolyam miatt olcsóbb lett …, ez rengeteg turistát vonz.`` /
    ``Ez durván riasztó: …?`` / the story: one sentence under a date line, over a headline-sized
    line over prose, sharing no longer word with the headline or the story's first lines, is a
    photo's caption without its marks; a story's own first paragraph names what the story goes on
    about. Written without spaces, a line has no words to compare, and is left as it is.
    """
    text = texts[i]
    if (
        shapes[i] is not _Shape.PROSE
        or i == 0
        or shapes[i - 1] is not _Shape.MARKER
        or _Shape.PROSE in shapes[:i]
        or shapes[k : k + 1] != [_Shape.CANDIDATE]
        or shapes[k + 1 : k + 2] != [_Shape.PROSE]
        or _words(texts[k]) < HEADLINE_WORDS
        or len(text) > CAPTION_CHARS
        or _INNER_END.search(text) is not None
        or _UNSPACED.search(text) is not None
    ):
        return False
    story = set().union(*(_content_words(line) for line in texts[k : k + 1 + _STORY_LINES]))
    words = _content_words(text)
    return len(words) >= HEADLINE_WORDS and not words & story


def _printed_twice(
    page: str, lines: Sequence[Line], shapes: list[_Shape], zone_end: int, story: Collection[str]
) -> set[int]:
    """The lines of photo captions printed twice over the story, each with its copy.

    A photo's caption is printed once as the image's text and once under it, one right under the
    other or with a word between (``Caption``): a line no longer than a caption runs, printed
    again at once, over the story's first prose. It is a photo line, or a phrase of at least
    :data:`CAPTION_MIN_WORDS` words that ends no sentence (a sentence printed twice may be the
    lede) and is not all capitalised words (a name printed twice); no date line, byline or list
    item. The story's own text printed twice (its only
    prose) is none.
    """
    texts = [text for _, _, text in lines]
    found: set[int] = set()
    for i, (start, end, text) in enumerate(lines):
        printed_again = text in texts[i + 1 : i + 3]
        if i >= zone_end and shapes[i] is _Shape.PROSE and i not in found and not printed_again:
            break  # the story's first prose: what the page prints twice under it is the story's
        copy = next((j for j in (i + 1, i + 2) if j < len(texts) and texts[j] == text), None)
        if copy is None or i in found or text in story or len(text) > CAPTION_CHARS:
            continue
        if copy == i + 2 and _words(texts[i + 1]) > LABEL_WORDS:
            continue  # more than a label stands between them: a line the page repeats further down
        # A phrase of capitalised words alone is a name printed twice: the site's, over its headline.
        phrase = (
            _words(text) >= CAPTION_MIN_WORDS
            and not _title_case_words(text)
            and _shape(text, start, end, page) is _Shape.CANDIDATE
        )
        if (phrase or _photo_line(texts, i)) and not _LIST_MARK.match(text):
            found |= {i, copy}
    return found


def _caption_copies(
    page: str, lines: Sequence[Line], shapes: list[_Shape], zone_end: int, title: int | None
) -> dict[int, Role]:
    """The roles of the captions printed twice over the story (:func:`_printed_twice`), the headline aside."""
    texts = [text for _, _, text in lines]
    headline = None if title is None else texts[title]
    found = _printed_twice(page, lines, shapes, zone_end, _only_prose(texts, shapes))
    return {lines[i][0]: Role.CAPTION for i in sorted(found) if texts[i] != headline}


def _photo_title(zone: list[_Shape], texts: list[str], i: int, title: int | None) -> bool:
    """Whether line ``i``, passed over for the headline, is a photo's caption or title.

    It names what the photo shows (:func:`_is_caption`), stands over its credit line, closes with
    its copyright holder, or, under the headline, takes up more than :data:`LABEL_WORDS` but not
    all of the headline's own words (:func:`_echo`: an image's title made of them).
    """
    text = texts[i]
    if _is_caption(text) or _over_credit(texts, i) or _COPYRIGHT_CLOSE.search(text):
        return True
    if title is not None and _credited_copy(texts[title], text):
        return True  # the headline printed again with the photo's credit
    # A label of a word or two the headline says ("Transport and budget") is a kicker or a
    # subheading; an image's title runs to more of the headline's words.
    echoed = title is not None and i > title and len(_content_words(text)) > LABEL_WORDS
    return echoed and _echo(zone, texts, i) == title


class ZoneReading(NamedTuple):
    """The header zone as its rules read it, for a second reader of the headline."""

    page: str
    """The raw text."""
    lines: Sequence[Line]
    """The page's first lines, ``(start, end, text)`` each."""
    site_names: frozenset[str]
    """The lines known to be the site's name, as the reader gave them."""
    shapes: Sequence["_Shape"]
    """Each line's shape."""
    end: int
    """The index of the zone's first line of story prose."""


SecondOpinion = Callable[[ZoneReading, int | None], int | None]
"""A second reader of the headline: the zone, and the rules' headline (an index or ``None``), give
the headline's index."""


def zone_roles(  # noqa: C901 - one branch a line's role
    page: str, lines: Sequence[Line], site_names: set[str], *, second_opinion: SecondOpinion | None = None
) -> dict[int, Role]:
    """The roles of the header zone's lines, keyed by each line's start offset.

    Args:
        page: The raw text.
        lines: The page's first lines, in order.
        site_names: Lines known to be the site's name (lines printed twice among them). A line
            of story prose is no site's name: such lines are taken out of the set, so that a
            paragraph printed twice is read as the story.
        second_opinion: Reads the headline again after the rules (the reader passes the learned
            line model's :func:`._line_model.overrule`).

    Returns:
        The headline (``TITLE``), the candidates and stray lines before it (``FURNITURE``)
        and prose lines standing before a date line (``CAPTION``). Lines not in the result
        are read as before.
    """
    texts = [text for _, _, text in lines]
    given = frozenset(site_names)
    shapes = _shapes(page, lines, site_names)
    site_names -= _only_prose(texts, shapes)
    # A date line printed twice ("December 15, 2020 | Monograph" over the headline, twice) is the
    # story's date, not the site's name.
    site_names -= {texts[i] for i, (start, end, _) in enumerate(lines) if _is_date_line(page, start, end)}
    zone_end, captions = _zone_end(page, lines, texts, shapes)
    zone = shapes[:zone_end]
    prose = " ".join(
        text[:ZONE_LINE_CHARS]
        for text, shape in zip(texts[zone_end:], shapes[zone_end:], strict=True)
        if shape is _Shape.PROSE
    )
    dated = zone_end < len(lines) and _header.dateline(page, *lines[zone_end][:2]) is not None
    title = _title(zone, texts, prose, captions=captions, dated=dated)
    if second_opinion is not None:
        title = second_opinion(ZoneReading(page, lines, given, shapes, zone_end), title)
    title = _title_head(page, lines, zone, texts, title)
    tail = _title_tail(zone, texts, title)
    roles = _caption_copies(page, lines, shapes, zone_end, title) if prose else {}
    site_names -= {texts[i] for i, (start, _, _) in enumerate(lines) if start in roles}
    markers = [i for i, shape in enumerate(zone) if shape is _Shape.MARKER]
    listed = _unmarked_list(zone, texts)  # the story's own list: its lines are read as text
    for i, shape in enumerate(zone):
        if i in listed or lines[i][0] in roles:
            continue
        role = _line_role(i, shape, texts, title=title, tail=tail, zone_size=len(zone), story=bool(prose))
        if (
            role in {None, Role.FURNITURE}
            and shape is _Shape.CANDIDATE
            and prose
            and _photo_title(zone, texts, i, title)
        ):
            role = Role.CAPTION  # a line passed over for the headline that names what a photo shows
        between = title is not None and markers and title < i < markers[0]
        stray = shape is _Shape.SHORT and _words(texts[i]) <= 1
        if role is None and between and (stray or shape in {_Shape.CANDIDATE, _Shape.FURNITURE}):
            role = Role.FURNITURE  # a label passed over for the headline, or a stray word under it
        after_byline = title is not None and markers and markers[0] < i and shape is _Shape.MARKER
        if role is None and after_byline and (_bylines.is_outlet(texts[i]) or _bylines.is_agency(texts[i])):
            role = Role.FURNITURE  # the outlet under a byline ("By Jane Doe" over "Harbour Times")
        if role is None and title is not None and i > title and shape is _Shape.FURNITURE:
            role = Role.FURNITURE  # a time stamp or a section's path under the headline
        if role is None and i > 0 and zone[i - 1] is _Shape.MARKER and _is_affiliation(texts[i]):
            role = Role.FURNITURE  # the job and institute under a byline ("Senior Fellow, X Institute")
        if (
            role is None
            and i > 0
            and _PHOTO_LABEL_ALONE.fullmatch(texts[i - 1])
            and title is not None
            and i > title
        ):
            role = (
                Role.CAPTION
            )  # the credit under a photo's label standing alone ("Image:" over "Jane Doe, X Museum")
        if role is not None:
            roles[lines[i][0]] = role
    _credit_lines(lines, texts, zone, roles)
    _bracketed_credits(lines, range(len(zone) if title is None else title + 1, len(zone)), roles)
    _labelled_summary(lines, zone_end, roles)
    return roles


def _bracketed_credits(lines: Sequence[Line], under: range, roles: dict[int, Role]) -> None:
    """Read as captions the photo credits alone in brackets under the headline (``[Yonhap Photo]``).

    A photo's credit with no caption beside it stands for the photo's caption; a line with
    another role (a copy of a caption) keeps it.
    """
    for i in under:
        start = lines[i][0]
        if roles.get(start, Role.FURNITURE) is Role.FURNITURE and _BRACKETED_PHOTO.fullmatch(lines[i][2]):
            roles[start] = Role.CAPTION


_SUMMARY_LABEL = re.compile(
    r"(?:summary|tl;dr|in brief|zusammenfassung|resumen|résumé|riassunto|samenvatting|resumo)"
    r"[^\S\n]{0,2}:[^\S\n]",
    re.IGNORECASE,
)
"""The label of a digest a site prints over the story it sums up (``Summary: Japan is moving to ...``)."""


def _labelled_summary(lines: Sequence[Line], zone_end: int, roles: dict[int, Role]) -> None:
    """Read a labelled digest (``Summary: ...``) right under the header zone as the site's furniture."""
    if zone_end < len(lines) and lines[zone_end][0] not in roles and _SUMMARY_LABEL.match(lines[zone_end][2]):
        roles[lines[zone_end][0]] = Role.FURNITURE


def _credit_lines(
    lines: Sequence[Line], texts: list[str], zone: list[_Shape], roles: dict[int, Role]
) -> None:
    """Read as furniture the credit line under each caption the zone read over one, if it has no role.

    ``Foto: dpa`` under ``Ships of the navies sail together``: the credit is the photo's, not
    the story's first paragraph.
    """
    for i in range(len(zone) - 1):
        below = lines[i + 1][0]
        if roles.get(lines[i][0]) is Role.CAPTION and below not in roles and _over_credit(texts, i):
            roles[below] = Role.FURNITURE


def _line_role(  # noqa: PLR0913 - the line and what the zone says about it
    i: int,
    shape: _Shape,
    texts: list[str],
    *,
    title: int | None,
    tail: int | None,
    zone_size: int,
    story: bool,
) -> Role | None:
    if i == tail:
        return Role.TITLE_TAIL
    if i == title:
        return Role.TITLE
    if title is not None and texts[i] == texts[title]:
        return Role.FURNITURE  # the headline printed twice
    if shape is _Shape.PROSE:
        # A list item is the story's text, never a caption; and prose with no story prose
        # after the zone is the story itself ("Source: The Times December 17, 2021" under it).
        return None if _LIST_MARK.match(texts[i]) or not story else Role.CAPTION
    if i < (zone_size if title is None else title):
        return Role.FURNITURE
    return None
