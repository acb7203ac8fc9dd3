"""Date text to aware datetimes and :class:`~japan_nato_corpus.model.PartialDate`.

Dates are first cut out of the text with bounded, line-local regular
expressions, one per way of writing a date (``_FORMS``), and only the cut
groups are read: dateutil's fuzzy parser, run over a whole sentence, reads
stray numbers as days and years, and fills the parts a text leaves out (the
day of ``"March 2014"``) from a default, so that a partial date comes back as a
full one. dateutil is used where it is exact: :func:`dateutil.parser.isoparse`
for the compact ISO forms (``20180611T081500+0900``), :mod:`dateutil.tz` for
zones whose offset depends on the date, and ``relativedelta`` (in
:func:`resolve_relative`) for calendar arithmetic. dateutil is imported inside
the functions that use it, so importing this module stays cheap.

Month and weekday names in other languages than English are CLDR's (through Babel, at build
time: ``tools/date_words.py``), shipped in ``vocabularies/date_words.json`` and read on first use;
a form cuts out a number, a word and a year, and the word is looked up there.

Zone abbreviations are looked up in :data:`ZONES`. A token shaped like one
(capitals ending in ``T``) that is not there raises :class:`ParseError` rather
than being dropped, and so does a summer-time abbreviation on a date when that
summer time is not in force (``"EDT"`` in January) and an offset whose minutes
are not a clock's (``+00:99``).
"""

import bisect
import calendar
import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, NamedTuple

import attrs

from japan_nato_corpus import _relative
from japan_nato_corpus._relative import DateRange
from japan_nato_corpus.errors import ArgumentError, ArgumentTypeError, CorpusError, ParseError
from japan_nato_corpus.model import PartialDate, RelativeDate

__all__ = [
    "TWO_DIGIT_YEAR_PIVOT",
    "ZONES",
    "DateMatch",
    "DateRange",
    "RelativeMatch",
    "find_dates",
    "find_relative_dates",
    "page_day_first",
    "parse_date",
    "resolve_relative",
]

ZONES: dict[str, float | str] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "ICT": 7, "WIB": 7, "HKT": 8, "SGT": 8,
    "PHT": 8, "AWST": 8, "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12,
    "NZDT": 13, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "ACDT": 10.5, "BRT": -3, "BRST": -2, "ART": -3, "CLT": -4,
    "COT": -5, "PET": -5, "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3, "IDT": 3, "TRT": 3, "PKT": 5,
    "MYT": 8, "WITA": 8, "WIT": 9, "ET": "America/New_York", "CT": "America/Chicago",
    "MT": "America/Denver", "PT": "America/Los_Angeles",
}  # fmt: skip
"""Zone abbreviations understood: a fixed offset in hours, or an IANA zone for the
US ``ET``/``CT``/``MT``/``PT`` whose offset depends on the date. ``CST`` is left out on
purpose: it is both US Central and China Standard Time."""

_SUMMER_TIME = {
    "EDT": "America/New_York", "CDT": "America/Chicago", "MDT": "America/Denver",
    "PDT": "America/Los_Angeles", "AKDT": "America/Anchorage", "BST": "Europe/London",
    "WEST": "Europe/Lisbon", "CEST": "Europe/Paris", "EEST": "Europe/Athens",
    "AEDT": "Australia/Sydney", "NZDT": "Pacific/Auckland", "ACDT": "Australia/Adelaide",
    "BRST": "America/Sao_Paulo", "IDT": "Asia/Jerusalem",
}  # fmt: skip
"""The summer-time abbreviations of :data:`ZONES`, each with a zone that keeps that
summer time, so that a date outside it can be refused."""

TWO_DIGIT_YEAR_PIVOT = 69
"""Two-digit years below this are 20xx, the others 19xx (``'05`` is 2005, ``'97``
is 1997), as POSIX ``strptime`` reads ``%y``. The pivot is fixed, unlike
dateutil's window around the current year, so a text reads the same every year."""

_S = r"[^\S\n]{1,3}"
_ERAS = (
    ("明治", 1868, 1912),
    ("大正", 1912, 1926),
    ("昭和", 1926, 1989),
    ("平成", 1989, 2019),
    ("令和", 2019, None),
)
"""Japan's modern eras: the name, the Gregorian year of its first year (元年, year 1), and of its
last (the next era's first), ``None`` for the era in force. Written here: five rows do not call for
a dependency."""
_ERA_NAMES = "(?:" + "|".join(name for name, _, _ in _ERAS) + ")"
_WD = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)(?![a-z])\.?,?"
)
_WEEKDAY = rf"(?:{_WD}{_S})?"
_MON = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
)
_NOT_MON = (
    r"(?!(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![^\W\d_]))"
)
"""Not an English month's name (one :data:`_MON` takes): a month word's form leaves those to the
English form that reads them in the same place (``mdy`` for ``May 6, 2014``), so that one date is
one candidate, and a line of one shape holds one plan (:func:`_stamp`)."""
_ORD = r"(?:st|nd|rd|th)?"
_ERA = rf"(?:{_S}(?-i:A\.D\.|AD|C\.E\.|CE)(?![\w.]))?"
_Y4 = rf"(?P<year>[12]\d{{3}})(?!\d){_ERA}"
_Y4_OR_QUOTED = rf"(?:{_Y4}|['’](?P<yy>\d{{2}})(?!\d))"
_Y4_OR_SHORT = rf"(?:{_Y4}|(?P<yy>\d{{2}})(?!\d))"
_NOT_ON = r"(?![\d]|[.:/-]\d)"
_COMMA = r"(?:[^\S\n]{0,3},)?"
_SLASHED_CLOCK = r"\d{1,2}:\d{2}(?![\d:/])"
"""A time joined to a year-first date by one more slash (``2026/02/24/18:33``)."""
"""A comma before a year; a comma alone also joins it with no space (``April 05,2023``)."""
_MONTH_WORD = (
    r"(?P<word>[\u0600-\u06ff]{2,12}(?:[^\S\n]ال[\u0600-\u06ff]{2,8})?|[\u0e01-\u0e4e]{4,14}|[^\W\d_]{3,12})"
)
"""A month's name in words, looked up in :func:`_words`: a word of three letters or more, or in
Arabic letters one of two (the Levantine ``آب``, August) or two words, the second an ordinal with
its article (``تشرين الأول``, October); in Thai letters, with the vowel and tone marks that are no
letters to a word's class (``กุมภาพันธ์``, February)."""

# (name, pattern, where): "find" forms are looked for in running text, "whole" forms
# only when they make up all of a text given to parse_date (a bare "2015-06" or
# "20190302" in a sentence is as often a range or a number), "yearless" forms only
# when a year can be carried to them.
_FORMS: tuple[tuple[str, str, str], ...] = (
    ("iso", rf"(?<![\d./-])(?<!\d:){_WEEKDAY}(?P<year>\d{{4}})(?P<sep>[-/.])(?P<mnum>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})(?:{_NOT_ON}|(?=/{_SLASHED_CLOCK}))", "find"),  # noqa: E501 - one form a line
    ("numeric", rf"(?<![\d./-])(?<!\d:){_WEEKDAY}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep){_Y4_OR_SHORT}{_NOT_ON}", "find"),  # noqa: E501 - one form a line
    ("compact_t", r"(?<![\d.])(?P<year>(?:1[6-9]|20)\d\d)(?P<mnum>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])[Tt]\d\d(?::?\d\d(?::?\d\d(?:[.,]\d{1,9})?)?)?(?:[Zz](?!\w)|[+-]\d\d(?::?\d\d)?(?!\d))?", "find"),  # noqa: E501 - one form a line
    ("ctime", rf"{_WD}{_S}{_MON}{_S}(?P<day>\d{{1,2}}){_S}(?P<clock>(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?)(?:{_S}(?P<zone>[A-Z]{{2,5}}|[+-]\d{{4}}))?{_S}{_Y4}", "find"),  # noqa: E501 - one form a line
    ("mdy", rf"(?<![\w]){_WEEKDAY}{_MON}\.?{_S}(?P<day>\d{{1,2}}){_ORD}(?:{_COMMA}{_S}|,){_Y4_OR_QUOTED}", "find"),  # noqa: E501 - one form a line
    ("mdy_joined", rf"(?<![\w]){_MON}(?P<sep>[-./]|[^\S\n]{{1,2}}-[^\S\n]{{1,2}})(?P<day>\d{{1,2}})(?P=sep){_Y4_OR_SHORT}", "find"),  # noqa: E501 - one form a line
    ("dmy", rf"(?<![\w.,]){_WEEKDAY}(?:the{_S})?(?P<day>\d{{1,2}}){_ORD}\.?{_S}(?:of{_S})?{_MON}\.?(?:{_COMMA}{_S}|,){_Y4_OR_QUOTED}", "find"),  # noqa: E501 - one form a line
    ("dmy_glued", rf"(?<=[^\W\d_])(?P<day>\d{{1,2}}){_ORD}\.?{_S}{_MON}\.?(?:{_COMMA}{_S}|,){_Y4}", "find"),
    ("dmy_joined", rf"(?<![\w.]){_WEEKDAY}(?P<day>\d{{1,2}})(?P<sep>[-./]?){_MON}(?P=sep){_Y4_OR_SHORT}", "find"),  # noqa: E501 - one form a line
    ("ymd_joined", rf"(?<![\w.])(?P<year>[12]\d{{3}})(?P<sep>[-./]){_MON}(?P=sep)(?P<day>\d{{1,2}})(?!\d)", "find"),  # noqa: E501 - one form a line
    ("ymd", rf"(?<![\w.])(?P<year>[12]\d{{3}}),?{_S}{_MON}\.?{_S}(?P<day>\d{{1,2}}){_ORD}(?![\d\w])(?!,?{_S}[12]\d{{3}})", "find"),  # noqa: E501 - one form a line
    ("my", rf"(?<![\w]){_MON}\.?(?:,?{_S}|-){_Y4}", "find"),
    ("dmy_words", rf"(?<![\w.,])(?P<day>\d{{1,2}})(?:\.|er|º|°)?{_S}(?:(?:de|of){_S})?{_MONTH_WORD}\.?(?:{_COMMA}{_S}(?:(?:de|del){_S})?|,){_Y4}", "find"),  # noqa: E501 - one form a line
    ("cjk", rf"(?<!\d)(?P<year>[12]\d{{3}})[年년](?:\({_ERA_NAMES}\d{{1,2}}年\))?[^\S\n]?(?P<mnum>\d{{1,2}})[月월][^\S\n]?(?P<day>\d{{1,2}})[日일](?:[^\S\n]{{0,3}}(?P<hour>\d{{1,2}})[時시](?:(?P<minute>\d{{1,2}})[分분])?)?", "find"),  # noqa: E501 - one form a line
    ("cjk_era", rf"(?P<era>{_ERA_NAMES})(?P<eranum>\d{{1,2}}|元)(?:\((?P<year>[12]\d{{3}})\))?年[^\S\n]?(?P<mnum>\d{{1,2}})月(?:[^\S\n]?(?P<day>\d{{1,2}})日(?:\([^\W\d_]\))?(?:[^\S\n]{{0,3}}(?P<hour>\d{{1,2}})時(?:(?P<minute>\d{{1,2}})分)?)?)?", "find"),  # noqa: E501 - one form a line
    ("mdy_words", rf"(?<![\w.,/-]){_NOT_MON}{_MONTH_WORD}\.?{_S}(?P<day>\d{{1,2}})(?:{_COMMA}{_S}|,){_Y4}", "find"),  # noqa: E501 - one form a line
    ("mdy_cjk", rf"(?<!\d)(?P<mnum>\d{{1,2}})[月월][^\S\n]?(?P<day>\d{{1,2}})(?:{_COMMA}{_S}|,){_Y4}", "find"),  # noqa: E501 - one form a line
    ("ym_iso", r"(?<![\w./-])(?P<year>[12]\d{3})-(?P<mnum>\d{2})(?![\w/-]|[.:]\d)", "find"),
    ("my_words", rf"(?<![\w.,/-]){_MONTH_WORD}\.?(?:,?{_S}(?:(?:de|del|of){_S})?){_Y4}(?![\d年])", "find"),
    ("dmy_words_sep", rf"(?<![\w.,/-])(?P<day>\d{{1,2}})(?P<sep>[^\S\n]{{0,3}}(?://?|\|)[^\S\n]{{0,3}}|-){_MONTH_WORD}\.?(?P=sep){_Y4}", "find"),  # noqa: E501 - one form a line
    ("iso_spaced", rf"(?P<year>[12]\d{{3}}){_S}(?P<mnum>\d{{1,2}}){_S}(?P<day>\d{{1,2}})(?!\d)", "whole"),
    ("numeric_spaced", rf"(?P<a>\d{{1,2}}){_S}(?P<b>\d{{1,2}}){_S}{_Y4_OR_SHORT}", "whole"),
    ("compact_clock", r"(?P<year>(?:1[6-9]|20)\d\d)(?P<mnum>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])[^\S\n]?(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?P<second>[0-5]\d)?(?!\d)", "whole"),  # noqa: E501 - one form a line
    ("compact", r"(?P<year>(?:1[6-9]|20)\d\d)(?P<mnum>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d)", "whole"),  # noqa: E501 - one form a line
    ("mdy_short", rf"{_WEEKDAY}{_MON}\.?{_S}(?P<day>\d{{1,2}}){_ORD}{_COMMA}{_S}(?P<yy>\d{{2}})(?![\d:])", "whole"),  # noqa: E501 - one form a line
    ("dmy_short", rf"{_WEEKDAY}(?P<day>\d{{1,2}}){_ORD}\.?{_S}{_MON}\.?{_COMMA}{_S}(?P<yy>\d{{2}})(?![\d:])", "whole"),  # noqa: E501 - one form a line
    ("ym_names", rf"(?P<year>[12]\d{{3}}),?{_S}{_MON}\.?", "whole"),
    ("ym", r"(?P<year>[12]\d{3})(?P<sep>[-/.])(?P<mnum>\d{1,2})(?![\d\w])", "whole"),
    ("my_numeric", r"(?P<mnum>\d{1,2})(?P<sep>[-/.])(?P<year>[12]\d{3})(?![\d\w])", "whole"),
    ("year", rf"{_Y4}(?!\w)", "whole"),
    ("md", rf"(?<![\w]){_WEEKDAY}{_MON}\.?{_S}(?P<day>\d{{1,2}}){_ORD}(?![\d\w:]|,?{_S}['’]?\d)", "yearless"),
    ("dm", rf"(?<![\w.,]){_WEEKDAY}(?:the{_S})?(?P<day>\d{{1,2}}){_ORD}{_S}(?:of{_S})?{_MON}\.?(?!,?{_S}['’]?\d)", "yearless"),  # noqa: E501 - one form a line
)  # fmt: skip
_PATTERNS = {name: re.compile(pattern, re.IGNORECASE) for name, pattern, _ in _FORMS}
_FIND = tuple(name for name, _, where in _FORMS if where == "find")
_WHOLE = tuple(name for name, _, where in _FORMS if where != "yearless")
_YEARLESS = tuple(name for name, _, where in _FORMS if where == "yearless")
_FIND_ALL = _FIND + _YEARLESS
_NO_TIME = frozenset({"ctime", "compact_t", "compact_clock", "cjk", "cjk_era"})

_BARE_YEAR_NUMBER = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\w]|[.,:/-]\d)"
_BARE_YEAR = re.compile(
    r"(?<![\w])(?:(?:in|since|by|until|till|from|to|through|during|before|after|around|circa|between"
    r"|of|early|late|mid|spring|summer|autumn|fall|winter|founded|established|born|died|copyright|©)"
    rf"(?:{_S}the{_S}(?:year|spring|summer|autumn|fall|winter|end|start|beginning|middle)(?:{_S}of)?)?"
    rf"{_S}|mid-){_BARE_YEAR_NUMBER}",
    re.IGNORECASE,
)
_YEAR_CHAIN = re.compile(rf"(?:,|,?{_S}(?:and|or|to|through)|[^\S\n]?[-–][^\S\n]?){_S}?{_BARE_YEAR_NUMBER}")
_DIGIT = re.compile(r"\d")
"""Every form and bare year holds a digit: a span without one holds no date."""

# The pre-filter. Each form is run only on a span that holds its cues: patterns, searched in the
# same span with the same flags, that match a part of every match of the form, so that a span
# without one of them holds no match of the form, and running the form there would find nothing.
# A page's lines hold dates rarely, and then mostly of one or two forms: each line is searched
# for the few forms its tokens allow. Every cue opens with a digit or a letter class, which the
# regular expression engine skips to directly, so a cue costs a fraction of the form it stands for.
_MONTH_OPENING = r"[jfmasond](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)"
"""The first three letters of every month name (the shortest each of :data:`_MON` allows)."""
_WORD_YEAR_CUE = (
    r"[12]\d{3}(?:"
    + "|".join(
        rf"(?<=(?:[^\W\d_]|[\u0e31-\u0e4e]){mark}[^\S\n]{{{spaces}}}\d{{4}})"
        for mark in ("", r"\.", ",", r"\.,")
        for spaces in (1, 2, 3)
    )
    + ")"
)
"""The cue of my_words, one fixed-width look-behind for each mark and number of spaces."""
_CUES = {
    name: re.compile(cue, re.IGNORECASE)
    for name, cue in (
        # digits, a separator, digits: the numeric forms
        ("separated", r"\d[-/.]\d"),
        # digits, T, digits: compact_t
        ("t_joined", r"\d[Tt]\d"),
        # a clock: ctime
        ("clock", r"\d:\d"),
        # a weekday name anywhere: ctime
        ("weekday", r"[mtwfs](?:on|ue|ed|hu|ri|at|un)"),
        # a month name anywhere: every form with a month name
        ("month", _MONTH_OPENING),
        # a number, spaces (and "de" or "of") and a word: dmy_words, whose word is looked up
        (
            "day_word",
            r"\d(?:\.|er|º|°)?[^\S\n]{1,3}(?:(?:de|of)[^\S\n]{1,3})?(?:[^\W\d_]{3}|[\u0600-\u06ff]{2}|[\u0e01-\u0e4e]{3})",
        ),
        # a year of four digits: dmy_words
        ("year", r"(?<!\d)[12]\d{3}(?!\d)"),
        # a year in Chinese, Japanese or Korean, or of a Japanese era: cjk, cjk_era
        ("cjk_year", r"(?:\d\)?|元)[年년]"),
        # a word, spaces and a number: mdy_words, whose word is looked up
        ("word_day", r"(?:[^\W\d_]{3}|(?<![^\W\d_])[\u0600-\u06ff]{2}|[\u0e31-\u0e4e])\.?[^\S\n]{1,3}\d"),
        # a month in Chinese, Japanese or Korean numerals and a day: mdy_cjk
        ("cjk_month", r"\d[月월][^\S\n]?\d"),
        # a number, a slash (or two, or a bar) or a dash and a word: dmy_words_sep
        (
            "day_word_sep",
            r"\d(?:[^\S\n]{0,3}(?://?|\|)[^\S\n]{0,3}|-)(?:[^\W\d_]{3}|[\u0600-\u06ff]{2}|[\u0e01-\u0e4e]{3})",
        ),
        # a year after a word's last letter, a dot, a comma or both, and one to three spaces:
        # my_words; the digits come first so the engine skips to them
        ("word_year", _WORD_YEAR_CUE),
        # a number, then a month name within eleven letters (an ordinal, "of"), spaces or
        # punctuation: the forms that open with their day or year
        ("month_after", rf"\d(?:[^\S\n]|[a-z.,/-]){{0,11}}{_MONTH_OPENING}"),
        # a year after a word's last letter (or ©) and one to three spaces, or after "mid-": the
        # bare years; the digits come first so the engine skips to them
        (
            "bare_year",
            (
                r"(?:1[5-9]|20)\d\d(?:(?<=[a-z©][^\S\n]\d{4})|(?<=[a-z©][^\S\n]{2}\d{4})"
                r"|(?<=[a-z©][^\S\n]{3}\d{4})|(?<=mid-\d{4}))"
            ),
        ),
    )
}
_MONTH_SIDES = re.compile(
    rf"{_MONTH_OPENING}[a-z]{{0,6}}"
    r"(?=(?P<month_spaced>\.?[^\S\n]{1,3}\d))?"
    r"(?=(?P<month_joined>(?:[-./]|[^\S\n]{1,2}-[^\S\n]{1,2})\d))?"
    r"(?=(?P<month_year>\.?(?:,?[^\S\n]{1,3}|-)[12]\d{3}))?",
    re.IGNORECASE,
)
"""Each month name (up to nine letters), with the cues of what the forms that open with their month
(or a weekday and their month) put after it: a dot and spaces and a day (``month_spaced``: ctime,
mdy, md); a dash, dot or slash and a day (``month_joined``: mdy_joined); a comma or spaces, or a
dash, and a year (``month_year``: my).

One pass finds them all. The letters are taken greedily, and a form's month name is preceded by
no letter and followed by none, so every month name a form can match is the whole of one of
these matches' letters, and its cues are looked for right after them."""
_CUES_OF = {
    "iso": ("separated",),
    "numeric": ("separated",),
    "compact_t": ("t_joined",),
    "ctime": ("clock", "weekday", "month", "month_spaced"),
    "mdy": ("month", "month_spaced"),
    "mdy_joined": ("month", "month_joined"),
    "my": ("month", "month_year"),
    "md": ("month", "month_spaced"),
    "dmy": ("month", "month_after"),
    "dmy_joined": ("month", "month_after"),
    "dmy_glued": ("month", "month_after"),
    "ymd_joined": ("month", "month_after"),
    "ymd": ("month", "month_after"),
    "dm": ("month", "month_after"),
    "dmy_words": ("year", "day_word"),
    "cjk": ("cjk_year",),
    "cjk_era": ("cjk_year",),
    "my_words": ("year", "word_year"),
    "dmy_words_sep": ("year", "day_word_sep"),
    "mdy_words": ("year", "word_day"),
    "mdy_cjk": ("year", "cjk_month"),
    "ym_iso": ("separated", "year"),
}
"""The cues of every form :func:`find_dates` looks for, the cheapest first: a form is run on a
span only when the span holds all of them."""

_WORDS = Path(__file__).parent / "vocabularies" / "date_words.json"
"""Month and weekday names in many languages (CLDR's, through Babel) and the labels of a page's own
date, built by ``tools/date_words.py``."""


class _Words(NamedTuple):
    months: dict[str, int]
    solar_months: dict[str, int]
    time_after: re.Pattern[str]
    weekdays: frozenset[str]
    label: re.Pattern[str]
    lead: re.Pattern[str]
    day_first: frozenset[str]
    glue: frozenset[str]
    roles: dict[str, str]
    updates: frozenset[str]
    zone_names: dict[str, str]


@functools.cache
def _words() -> _Words:
    """The shipped date words, read once, on first use (never at import)."""
    shipped = json.loads(_WORDS.read_text(encoding="utf-8"))
    by_role: dict[str, dict[str, list[str]]] = shipped["labels"]
    english = {word for languages in by_role.values() for word in languages.get("en", ())}
    foreign = {
        word
        for languages in by_role.values()
        for lang, words in languages.items()
        if lang != "en"
        for word in words
    } - english  # French "date" is English's too, which the English labels leave to parse_date
    # The English labels that _LABEL_WORDS does not write ("delivered", "published online").
    written = re.compile(_LABEL_WORDS)
    foreign |= {word for word in english if written.fullmatch(word) is None and word not in {"date", "dated"}}
    day_first = {
        word
        for languages in by_role.values()
        for lang, words in languages.items()
        if lang in shipped["day_first"]
        for word in words
    }
    # The English labels stay as they were; other languages' labels are read beside them.
    alternatives = "|".join(re.escape(word) for word in sorted(foreign, key=len, reverse=True))
    words = rf"{_LABEL_WORDS}|(?<![^\W\d_])(?:{alternatives})"
    return _Words(
        months=shipped["months"],
        solar_months=shipped["solar_months"],
        time_after=_time_after(shipped["clock_words"]),
        zone_names=shipped["zone_names"],
        roles={
            word.casefold(): "published"
            for words in by_role["published"].values()
            for word in words
            if written.fullmatch(word) is None
        },
        updates=frozenset(word.casefold() for words in by_role["updated"].values() for word in words),
        weekdays=frozenset(shipped["weekdays"]),
        label=re.compile(rf"(?P<label>{words})[:：\s]{{0,3}}\Z", re.IGNORECASE),
        lead=re.compile(rf"\s*(?:(?P<label>{words}|date|dated)(?:[:：]\s*|\s+))?", re.IGNORECASE),
        day_first=frozenset(word.casefold() for word in day_first),
        # The one-word labels of a page's own date, and the words for today and yesterday.
        glue=frozenset(
            word.casefold()
            for word in [
                *shipped["relative_days"],
                *(
                    word
                    for role in ("published", "updated")
                    for words in by_role[role].values()
                    for word in words
                ),
            ]
            if " " not in word
        ),
    )


def label_role(label: str) -> str:
    """``"published"`` for a date's ``label`` in another language that says so, else ``label`` itself.

    ``"تاریخ انتشار"``, ``"veröffentlicht am"`` and ``"publié le"`` are ``"published"``; an update's
    label (``"aktualisiert"``, ``"Stand"``), an English label, or none, is kept as it is.
    """
    return _words().roles.get(label.casefold(), label)


def is_update_label(label: str) -> bool:
    """Whether a date's ``label``, in any language of the date words, marks an update (``"수정"``)."""
    return label.casefold() in _words().updates


def is_month_name(word: str) -> bool:
    """Whether ``word`` names a month in a language of the date words (``novembra``, ``Dezember``)."""
    return _folded(word) in _words().months


def _folded(word: str) -> str:
    """A name as :func:`_words` keeps it: case folded, without its closing dot, one space between words."""
    folded = word.casefold().rstrip(".")
    return " ".join(folded.split()) if " " in folded or "\u00a0" in folded else folded


_MAX_YEAR = 9999
_SHORTEST_MONTH = 28
_HALF_DAY = 12
_HOURS_IN_DAY = 24
_MINUTES_IN_HOUR = 60
"""Days that every month has, in every year: a day up to this needs no calendar."""
_MONTHS_IN_YEAR = 12
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_ZONE_WORDS = "|".join(sorted((zone for zone in ZONES if len(zone) > 1 and zone[-1] != "T"), key=len)[::-1])
_ZONE = (
    r"(?P<zone>(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?(?!\d)|[+-]\d{2}(?::?\d{2})?(?!\d)|[Zz](?![\w])"
    rf"|(?:[A-Z]{{1,4}}T|{_ZONE_WORDS})(?![\w+-])|\((?:[A-Z]{{1,4}}T|{_ZONE_WORDS})\))"
)
_ZONE_NAME = r"(?:[^\S\n]?\([A-Za-z][A-Za-z .]{0,40}\)|[^\S\n](?:UTC|GMT)(?![\w+-]))?"
_CLOCK = (
    r"(?P<clock>(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?)?"
    r"(?:[^\S\n]{0,3}(?P<ampm>[aApP](?:\.[mM]\.?|[mM]))(?![A-Za-z]))?(?!\d)|(?P<word>(?i:noon|midday|midnight)))"
)
_AT = r"(?:at|@|à|às|a las|a la|alle(?: ore)?|ore|um|om|kl\.?|klo|в)"
"""The word between a date and its time: "at", and its French, Portuguese, Spanish, Italian,
German, Dutch, Scandinavian, Finnish and Russian words (``à 9h38``, ``alle ore 10:30``, ``um 14:05``)."""


def _time_after(clock_words: list[str]) -> re.Pattern[str]:
    """The time after a date, its word before it (:data:`_AT`, or one of ``clock_words``) or a dash."""
    words = "|".join(re.escape(word) for word in sorted(clock_words, key=len, reverse=True))
    at = f"(?:{_AT}|{words})" if words else _AT
    return re.compile(
        rf"{_ERA}(?:[Tt]|:(?=\d\d:)|/(?={_SLASHED_CLOCK})|(?:[^\S\n]?\([^\W\d_]{{1,3}}\))?(?:[^\S\n]?,)?{_S}(?:{at}{_S}|[-|–—·•/]{_S})?)"
        rf"{_CLOCK}(?:[^\S\n]?{_ZONE}{_ZONE_NAME})?"
    )


_TIME_BEFORE = re.compile(rf"{_CLOCK}(?:[^\S\n]?{_ZONE})?,?{_S}(?:(?i:on|di|del|de|le|el|am|op){_S})?\Z")
_LABEL_WORDS = r"(?:first |last )?(?:published|updated|posted|modified|released|issued|created)(?: on| at)?"
_NOT_ZONES = frozenset({"AT", "IT", "BUT", "NOT", "OUT", "GET", "LET", "SET", "PUT", "YET", "ST"})
_TRAILING = " \t,.;:"

YearFrom = Literal["text", "context", "anchor"]


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date found in a text.

    Attributes:
        start: Offset of the date's first character (the time's, when it comes first).
        end: Offset just past the date (and its time and zone, when given).
        text: Exactly ``text[start:end]``.
        date: The date at the precision the text gives.
        moment: The time, when the text gives one; timezone-aware when it gives a zone.
        label: The word before it (``"Published"``, ``"Updated"``), lower-cased, or ``""``.
        year_from: Where the year came from: ``"text"`` (the date's own words),
            ``"context"`` (a neighbouring date of the same text, for ``"April 2nd"``
            after ``"March 4, 2019"``) or ``"anchor"`` (the date passed as ``anchor``).
    """

    start: int
    end: int
    text: str
    date: PartialDate
    moment: dt.datetime | None = None
    label: str = ""
    year_from: YearFrom = "text"


class _Found(NamedTuple):
    """A date cut out of a text, before its time and label are looked for."""

    form: str
    start: int
    end: int
    date: PartialDate | None
    month_day: tuple[int, int] | None = None
    moment: dt.datetime | None = None
    year_from: YearFrom = "text"
    day_first: PartialDate | None = None
    """For a numeric date read month first (``12/03/2021``), the other reading, which a label in
    a language that writes the day first calls for."""
    needs_label: bool = False
    """For a month and year in words whose month word is also an English word or a short
    abbreviation (``Mars 2020``, ``mag 2019``), or a year and month in numbers (``2015-06``):
    kept only under a date label (or the word ``date``)."""


def find_dates(  # noqa: PLR0913 - the options are keyword-only, each documented
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    anchor: dt.date | PartialDate | None = None,
    carry_year: bool = True,
    bare_years: bool = True,
    day_first: bool | Literal["page"] | None = None,
) -> tuple[DateMatch, ...]:
    """Every absolute date in ``text[start:end]``, in order, without overlaps.

    Numeric dates with dots (``05.07.2022``) are read day first; with slashes or
    dashes (``07/05/2022``) month first unless the first number is above 12;
    ``Y-M-D``, ``Y/M/D`` and ``Y.M.D`` year first; under a label in a language that writes
    the day first (``Publié le 12/03/2021``, ``Pubblicato il``) day first. Two-digit years follow
    :data:`TWO_DIGIT_YEAR_PIVOT`. Month names are English, or any of the languages whose CLDR
    names ``vocabularies/date_words.json`` holds, day first (``9 de diciembre de 2021``,
    ``Freitag, der 9. Dezember 2022``, ``10 мая 2023``, with the weekday before them); dates in
    Chinese, Japanese or Korean numerals (``2024年4月5日``) are read too. A label before a date
    (``Published:``, ``Fecha de publicación:``, ``Veröffentlicht am``) is given as its ``label``.

    Args:
        text: The text to search.
        start: Offset to search from.
        end: Offset to search to (the end of the text when ``None``).
        anchor: The text's own date (an article's publication date), for dates
            written without a year that no neighbouring date gives one to; they
            take the year that puts them nearest the anchor.
        carry_year: Whether dates written without a year (``"April 2nd"``) are
            found, taking the year of the date before them in the text, or else of
            the next date within the sentence, or else of ``anchor``. Those that
            get no year are left out. ``year_from`` records where the year came from.
        bare_years: Whether a year alone after a preposition (``"in 1999"``,
            ``"since 2007"``, ``"between 2014 and 2016"``) is found, at year precision.
        day_first: How numeric dates with slashes or dashes whose two first numbers could each
            be the month (``03/08/2020``) are read: ``True`` day first, ``False`` month first
            (and a label in a language that writes the day first no longer turns them), ``None``
            as above; ``"page"``: in the order :func:`page_day_first` infers from the whole of
            ``text`` (a page, searched between ``start`` and ``end``). Dates that only one
            reading makes real (``25/12/2020``), dates with dots and dates that open with their
            year are read as they are.

    Raises:
        ParseError: A time is followed by a zone abbreviation not in :data:`ZONES`,
            a summer time out of season, or an offset out of range.
        ArgumentTypeError: ``text`` is not a string (bytes included), an offset not an int,
            a flag not a bool, ``anchor`` not a date, or ``day_first`` none of its values.
        ArgumentError: ``day_first`` is a string other than ``"page"``.
    """
    _require_text("find_dates", text)
    _require_options(start, end, carry_year=carry_year, bare_years=bare_years, day_first=day_first)
    written, text = text, _in_ascii_digits(text, start, end)  # "٥ تموز ٢٠٢٥" is read as "5 تموز 2025"
    stop = len(text) if end is None else end
    names = _FIND_ALL if carry_year else _FIND
    if start == 0 and stop == len(text) and not bare_years and len(text) <= _PLAN_CHARS:
        found = _planned(text, names)
    else:
        found = sorted(_candidates(text, start, stop, names, bare_years=bare_years), key=_first)
    kept: list[_Found] = []
    for candidate in found:
        if kept and candidate.start < kept[-1].end:
            continue
        if candidate.date is not None or candidate.month_day is not None:
            kept.append(candidate)
    dated = _carry_years(text, kept, _anchor_date(anchor))
    if day_first == "page":
        day_first = page_day_first(text) if any(c.day_first is not None for c in dated) else None
    matches: list[DateMatch] = []
    for candidate in dated:
        if matches and candidate.start < matches[-1].end:
            continue  # inside the time taken with the date before it: "12/03/2021 10:30 May 2021"
        if day_first is not None and candidate.day_first is not None:
            turned = candidate.day_first if day_first else candidate.date
            candidate = candidate._replace(date=turned, day_first=None)  # noqa: PLW2901 - the page's order
        # A time before the date is looked for after the date before it, never inside its time.
        match = _with_time(text, candidate, matches[-1].end if matches else start, stop)
        if (
            candidate.needs_label
            and not match.label
            and _DATE_WORD(text, max(start, candidate.start - _DATE_WORD_CHARS), candidate.start) is None
        ):
            continue
        matches.append(match)
    return _as_written(written, text, matches)


def _as_written(written: str, read: str, matches: list[DateMatch]) -> tuple[DateMatch, ...]:
    """The matches found in ``read``, each with its text as ``written`` gives it, in the text's own digits."""
    if written is read:
        return tuple(matches)
    return tuple(attrs.evolve(match, text=written[match.start : match.end]) for match in matches)


def _in_ascii_digits(text: str, start: int, end: int | None) -> str:
    """``text`` itself, or with each decimal digit of another script as its ASCII digit where it holds one.

    Each character stays one character, so every offset in the text stands where it stood.
    """
    if text.isascii() or _OTHER_DIGIT(text, start, len(text) if end is None else end) is None:
        return text
    return text.translate(_ASCII_DIGITS)


class _AsciiDigitTable(dict[int, str]):
    """A :meth:`str.translate` table from every decimal digit of any script to its ASCII digit.

    Each character is looked up in :func:`unicodedata.decimal` the first time it is met, and
    kept (a character that is no digit maps to itself), so no script's digits are listed by hand.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = unicodedata.decimal(char, None)
        self[code] = mapped = char if value is None else str(value)
        return mapped


_ASCII_DIGITS = _AsciiDigitTable()
"""Every decimal digit (Arabic-Indic ``٥``, Devanagari ``५``, full-width ``５``) to its ASCII digit."""
_OTHER_DIGIT = re.compile(r"(?![0-9])\d").search
"""A decimal digit other than an ASCII one: a text holding one has its digits read as ASCII ones,
which the forms' ``[12]`` and the shapes of :func:`_shape` take."""


_DATE_WORD = re.compile(r"(?<![^\W\d_])(?:date|dated)[:\s]{1,3}\Z", re.IGNORECASE).search
"""The word ``date`` right before a date, as :func:`parse_date` takes it: a label for the dates that
only a label makes dates."""
_DATE_WORD_CHARS = len("dated") + 3
"""The longest text :data:`_DATE_WORD` matches: it is looked for only that far before a date, so
that a text of many such dates is read in time linear in its length."""
_NUMERIC_ORDER = re.compile(r"(?<![\d./:-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-]|\.\d)")
"""A numeric date with slashes or dashes, whose two first numbers :func:`page_day_first` weighs."""
_WORD_ORDER = re.compile(
    r"(?<![\w.,])(?P<day>\d{1,2})(?:\.|er|º|°|st|nd|rd|th)?[^\S\n]{1,3}(?:(?:de|of)[^\S\n]{1,3})?"
    r"(?P<after>[^\W\d_]{3,12})|(?<![\w])(?P<before>[^\W\d_]{3,9})\.?[^\S\n]{1,3}\d{1,2}(?:st|nd|rd|th)?,",
)
"""A day before a month's name (``5 July``, ``9 de diciembre``), or an English month's name before
a day and a comma (``July 5,``)."""


_ORDER_CHARS = 100_000
"""How much of a page :func:`page_day_first` reads: its order shows in its first dates, and a
page's length does not make the reading longer."""


def page_day_first(text: str) -> bool | None:
    """Whether a page writes its numeric dates day first, as its unambiguous dates show.

    Numeric dates with slashes or dashes vote first: one whose first number is above 12
    (``25/12/2020``) is written day first, one whose second is (``12/25/2020``) month first.
    Where none of them settles it, dates in words vote: a day before a month's name, in any of
    the languages :func:`find_dates` reads (``5 July 2022``, ``9 de diciembre``, ``14. Dezember``),
    for day first; an English month's name before its day (``July 5, 2022``) for month first.

    Only the first 100,000 characters are read.

    Returns:
        ``True`` (day first) or ``False`` (month first) where the votes of the first kind that
        has any agree in the main, ``None`` where there are none or they are even. Pass it as
        :func:`find_dates`' ``day_first``.

    Raises:
        ArgumentTypeError: ``text`` is not a string.
    """
    _require_text("page_day_first", text)
    return _page_day_first(text)


@functools.lru_cache(maxsize=4)
def _page_day_first(text: str) -> bool | None:
    votes = 0
    for match in _NUMERIC_ORDER.finditer(text, 0, _ORDER_CHARS):
        first, second = int(match.group(1)), int(match.group(3))
        if first > _MONTHS_IN_YEAR >= second >= 1:
            votes += 1
        elif second > _MONTHS_IN_YEAR >= first >= 1:
            votes -= 1
    if votes:
        return votes > 0
    months = _words().months
    for match in _WORD_ORDER.finditer(text, 0, _ORDER_CHARS):
        after, before = match.group("after"), match.group("before")
        if after is not None and _folded(after) in months and 1 <= int(match.group("day")) <= 31:
            votes += 1
        elif before is not None and before[:3].casefold() in _MONTHS and _PATTERNS["md"].match(match.group()):
            votes -= 1
    return None if votes == 0 else votes > 0


_PLAN_CHARS = 200
"""The longest text whose candidates :func:`_planned` reads by its shape's plan."""
_SHAPE = bytes.maketrans(b"0123456789", b"0110000000")
r"""A text's shape, from its UTF-8 bytes: each ASCII digit a ``1`` where a year's first digit may
stand (``[12]\d{3}``), else a ``0``."""


def _shape(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass").translate(_SHAPE)


def _planned(text: str, names: tuple[str, ...]) -> list[_Found]:
    r"""The candidates of the whole of ``text``, found where its shape's plan says they are.

    A text's shape (:func:`_shape`) is the text with every ASCII digit a ``1`` or a ``0`` (a ``1``
    or a ``2``, or another). Every form but ``compact_t`` tells one digit from another only so
    (``\d``, ``[12]``), so the forms match a text where they match its shape: texts of one shape
    (a page's comment stamps, its dated lines) hold their candidates at the same offsets, and each
    shape is searched once. Each candidate is matched again at its offset in the text and read
    from the text's own digits. A text that may hold ``compact_t`` (a digit, ``T``, a digit) is
    searched as a whole, as are long texts. The tests hold this equal to the full search.
    """
    plan = _plan(_shape(text), names)
    if plan is None:
        return sorted(_candidates(text, 0, len(text), names, bare_years=False), key=_first)
    found = []
    for form, begin, end in plan:
        match = _PATTERNS[form].match(text, begin)
        if match is None or match.end() != end:  # pragma: no cover - shapes match as their texts do
            return sorted(_candidates(text, 0, len(text), names, bare_years=False), key=_first)
        found.append(_read(form, match, whole=False))
    return found


@functools.lru_cache(maxsize=4096)
def _plan(shaped: bytes, names: tuple[str, ...]) -> tuple[tuple[str, int, int], ...] | None:
    """Where the candidates of texts of a shape stand, in :func:`_first` order, and of what form.

    ``None`` for a shape with a digit, a ``T`` and a digit, where ``compact_t`` may stand: its
    digits' values decide whether it matches.
    """
    shape = shaped.decode("utf-8", "surrogatepass")
    if _T_JOINED(shape) is not None:
        return None
    found = sorted(_candidates(shape, 0, len(shape), names, bare_years=False), key=_first)
    return tuple((candidate.form, candidate.start, candidate.end) for candidate in found)


_STAMP_FORMS = frozenset({"iso", "mdy", "mdy_joined", "dmy", "dmy_joined", "dmy_words", "ymd_joined"})
"""The forms whose reading depends on their digits only through the checks of a real date and a
clock, and which match a text just where they match its shape: not ``numeric`` (whose order the
values choose), nor the forms that read a time or a year of their own, nor ``ymd`` (whose lookahead
tests ``[12]\\d{3}`` in a run of any length)."""
_Span = tuple[int, int] | None


class _Stamp(NamedTuple):
    """How a line of one shape, holding one date and no other candidate, is read: where each field stands."""

    year: _Span
    yy: _Span
    month: int | None
    mnum: _Span
    day: _Span
    clock: tuple[_Span, _Span, _Span, _Span, str | None, str | None] | None
    """Where the hour, minute, second and fraction stand, and the am or pm and the word (``noon``)."""
    zone: _Span
    named_zone: tuple[dt.tzinfo | None, str | None] | None = None
    """For a zone written in letters alone (``EDT``), what :func:`_localise` finds for it: the
    zone (``None`` for one it cannot name), and the zone whose summer time it is, if one."""
    hour_minute: tuple[int, int, int, int, int | None] | None = None
    """For the commonest clock, an hour and a minute alone (``3:45pm``), where they stand and
    the hours its am or pm adds (``None`` for neither)."""


def line_shape(line: str) -> bytes:
    """The shape of ``line`` that :func:`first_full_date` reads it by: each ASCII digit a ``1`` or a ``0``.

    Lines of one shape differ in their digits alone, and the letters and marks that say what
    else a line is are the same in each. The parser's reader of comment lines reads them by it;
    it is kept out of :data:`__all__` with :func:`first_full_date`.
    """
    return _shape(line)


def first_full_date(line: str, shaped: bytes | None = None) -> tuple[bool, dt.datetime | None]:
    """Whether ``line`` states a date in full, and the first such date's moment.

    What ``find_dates(line, carry_year=False, bare_years=False)`` gives (``False, None`` where it
    raises :class:`ParseError`), read faster on lines of a shape seen before: a line whose shape
    (:func:`_planned`) holds one date of :data:`_STAMP_FORMS` and nothing else a form could
    take is read straight from its digits where that shape's fields stand, through the same
    checks of a real date, a clock and a zone. Every other line is searched in full. A page's
    comment stamps, each with its own date and time, are read so.

    The parser's reader of comment stamps calls it, with the line's :func:`line_shape` as
    ``shaped`` where it has found it already; it is kept out of :data:`__all__`, as a
    package-internal reading rather than part of the dates API.
    """
    stamp = None
    if len(line) <= _PLAN_CHARS:
        stamp = _stamp(_shape(line) if shaped is None else shaped)
    if stamp is None:
        return _searched_full_date(line)
    return _read_stamp(line, stamp)


def _searched_full_date(line: str) -> tuple[bool, dt.datetime | None]:
    try:
        found = find_dates(line, carry_year=False, bare_years=False)
    except ParseError:
        return False, None
    return (True, found[0].moment) if found else (False, None)


_SMALL_NUMBERS = {str(number): number for number in range(100)} | {f"{n:02d}": n for n in range(10)}
"""The value of every number of one or two ASCII digits (``"7"``, ``"07"``, ``"42"``): what ``int``
gives, looked up, for the day, month, hour and minute a stamp reads from a line's digits (a
number in other digits, which ``\\d`` takes too, is not here, and is read by ``int``)."""


def _read_stamp(line: str, stamp: _Stamp) -> tuple[bool, dt.datetime | None]:  # noqa: C901, PLR0911, PLR0912 - one return per check
    # A page of comment stamps reads one a line: the stamp is unpacked once, its fields of one or
    # two ASCII digits are looked up (other digits, which \d takes too, are read by int), and
    # the commonest clock (an hour and a minute) is read here as _stamp_clock reads it.
    year_at, yy_at, month, mnum_at, day_at, clock_at, zone_at, named_zone, hour_minute = stamp
    number = _SMALL_NUMBERS
    year = int(line[year_at[0] : year_at[1]]) if year_at is not None else _year({"yy": _text_at(line, yy_at)})
    if year is not None and (SOLAR_FIRST_YEAR <= year <= SOLAR_LAST_YEAR or year >= _BUDDHIST_FIRST):
        return _searched_full_date(line)  # a year of another calendar, which the search reads
    if month is None:
        digits = line[mnum_at[0] : mnum_at[1]]  # type: ignore[index]
        month = number.get(digits) or int(digits)
    digits = line[day_at[0] : day_at[1]]  # type: ignore[index]
    day = number.get(digits) or int(digits)
    if year is None or not (
        (1 <= year <= _MAX_YEAR and 1 <= month <= _MONTHS_IN_YEAR and 1 <= day <= _SHORTEST_MONTH)
        or _is_real_day(year, month, day)
    ):
        return False, None
    if clock_at is None:
        return True, None
    if hour_minute is not None:
        hour_start, hour_end, minute_start, minute_end, half = hour_minute
        digits, minute_digits = line[hour_start:hour_end], line[minute_start:minute_end]
        hours, minutes = number.get(digits) or int(digits), number.get(minute_digits) or int(minute_digits)
        if half is not None:
            if not 1 <= hours <= _HALF_DAY:
                return True, None
            hours = hours % _HALF_DAY + half
        if hours >= _HOURS_IN_DAY or minutes >= _MINUTES_IN_HOUR:
            return True, None
        seconds = micro = 0
    else:
        clock = _stamp_clock(line, stamp)
        if clock is None:
            return True, None
        hours, minutes, seconds, micro = clock
    if zone_at is None:
        return True, dt.datetime(year, month, day, hours, minutes, seconds, micro)  # noqa: DTZ001
    if named_zone is not None:
        zone, summer = named_zone
        if zone is None or (summer is not None and not _in_summer(summer, year, month, day, hours)):
            return False, None  # as _localise raises
        # Made with its zone, not given it after: datetime.replace costs several times a new datetime.
        return True, dt.datetime(year, month, day, hours, minutes, seconds, micro, zone)
    moment = dt.datetime(year, month, day, hours, minutes, seconds, micro)  # noqa: DTZ001
    try:
        return True, _localise(moment, line[zone_at[0] : zone_at[1]], line, zone_at[0])
    except ParseError:
        return False, None


def _is_real_day(year: int, month: int, day: int) -> bool:
    """Whether :func:`_partial` makes a date of a day's three parts."""
    return (
        1 <= year <= _MAX_YEAR
        and 1 <= month <= _MONTHS_IN_YEAR
        and (1 <= day <= _SHORTEST_MONTH or 1 <= day <= calendar.monthrange(year, month)[1])
    )


def _stamp_clock(line: str, stamp: _Stamp) -> tuple[int, int, int, int] | None:
    """:func:`_clock_of` of the clock where ``stamp`` says it stands in ``line``."""
    if stamp.hour_minute is not None:  # the commonest clock, checked as _clock_of checks it
        hour_start, hour_end, minute_start, minute_end, half = stamp.hour_minute
        hours, minutes = int(line[hour_start:hour_end]), int(line[minute_start:minute_end])
        if half is not None:
            if not 1 <= hours <= _HALF_DAY:
                return None
            hours = hours % _HALF_DAY + half
        if hours >= _HOURS_IN_DAY or minutes >= _MINUTES_IN_HOUR:
            return None
        return hours, minutes, 0, 0
    hour, minute, second, fraction, ampm, word = stamp.clock  # type: ignore[misc]
    digits = (_text_at(line, hour), _text_at(line, minute), _text_at(line, second), _text_at(line, fraction))
    return _clock_of(digits, ampm, word)


def _text_at(line: str, span: _Span) -> str | None:
    return None if span is None else line[span[0] : span[1]]


@functools.lru_cache(maxsize=1024)
def _stamp(shaped: bytes) -> _Stamp | None:
    """How lines of a shape (:func:`_shape`) are read, or ``None`` to search them in full."""
    plan = _plan(shaped, _FIND)
    if plan is None or len(plan) != 1 or plan[0][0] not in _STAMP_FORMS:
        return None
    form, begin, end = plan[0]
    shape = shaped.decode("utf-8", "surrogatepass")
    match = _PATTERNS[form].match(shape, begin)
    if match is None or match.end() != end:  # pragma: no cover - the plan was found in this shape
        return None
    groups = match.groupdict()
    named, word = groups.get("month"), groups.get("word")
    month = _MONTHS[named[:3].casefold()] if named else None
    if word is not None:
        month = _words().months.get(_folded(word))
        if month is None:  # pragma: no cover - the plan holds only candidates that name a month
            return None
    clock, zone = _stamp_time(shape, form, begin, end)
    named_zone = None
    if zone is not None and not any(character in "01" for character in shape[zone[0] : zone[1]]):
        named = shape[zone[0] : zone[1]].strip("()")
        named = "Z" if named == "z" else named
        found = _zone_named(named)
        named_zone = (None if isinstance(found, str) else found, _SUMMER_TIME.get(named))
    hour_minute = None
    if clock is not None:
        hour, minute, second, fraction, ampm, word = clock
        if hour is not None and minute is not None and second is None and fraction is None and word is None:
            half = None if not ampm else _HALF_DAY if ampm.lower().replace(".", "") == "pm" else 0
            hour_minute = (*hour, *minute, half)
    return _Stamp(
        year=_span(match, "year"),
        yy=_span(match, "yy"),
        month=month,
        mnum=_span(match, "mnum"),
        day=_span(match, "day"),
        clock=clock,
        zone=zone,
        named_zone=named_zone,
        hour_minute=hour_minute,
    )


def _stamp_time(
    shape: str, form: str, begin: int, end: int
) -> tuple[tuple[_Span, _Span, _Span, _Span, str | None, str | None] | None, _Span]:
    # Where the time stands that _attach_time takes for a date at shape[begin:end], and its zone.
    after = _words().time_after.match(shape, end)
    if after is not None and _joins(after, form) and _is_time(after):
        chosen = after
    else:
        before = _TIME_BEFORE.search(shape, max(0, begin - 40), begin)
        if before is None or not _is_time(before):
            return None, None
        chosen = before
    clock = (
        _span(chosen, "hour"),
        _span(chosen, "minute"),
        _span(chosen, "second"),
        _span(chosen, "fraction"),
        chosen.group("ampm"),
        chosen.group("word"),
    )
    zone = chosen.group("zone")
    return clock, None if zone is None or zone in _NOT_ZONES else chosen.span("zone")


def _span(match: re.Match[str], group: str) -> _Span:
    if group not in match.re.groupindex or match.group(group) is None:
        return None
    return match.span(group)


def _first(candidate: _Found) -> tuple[int, int]:
    # The order candidates are kept in: the earliest first, and of those the longest.
    return candidate.start, -candidate.end


def _candidates(  # noqa: PLR0913 - every_form is for the tests
    text: str, start: int, stop: int, names: tuple[str, ...], *, bare_years: bool, every_form: bool = False
) -> Iterator[_Found]:
    # every_form=True runs every form, cued or not: the tests check that the pre-filter
    # (_cued) never leaves out a form that would have found something.
    if not every_form:
        names, bare_years = _cued(text, start, stop, names, bare_years=bare_years)
    for name in names:
        for match in _PATTERNS[name].finditer(text, start, stop):
            yield _read(name, match, whole=False)
    if bare_years:
        for match in _BARE_YEAR.finditer(text, start, stop):
            yield from _year_list(text, match, stop)


def _cued(
    text: str, start: int, stop: int, names: tuple[str, ...], *, bare_years: bool
) -> tuple[tuple[str, ...], bool]:
    """The forms of ``names`` whose cues ``text[start:stop]`` holds, and whether to look for bare years."""
    if _DIGIT.search(text, start, stop) is None:
        return (), False
    held = {cue for cue, search in _TOKEN_SEARCHES if search(text, start, stop) is not None}
    if "year" in held:
        held.update(cue for cue, search in _YEAR_CUE_SEARCHES if search(text, start, stop) is not None)
    if "month" in held:
        for month in _MONTH_SIDES.finditer(text, start, stop):
            held.update(cue for cue, side in month.groupdict().items() if side is not None)
        if _MONTH_AFTER(text, start, stop) is not None:
            held.add("month_after")
    years = bare_years and _CUES["bare_year"].search(text, start, stop) is not None
    return _forms_cued(names, frozenset(held)), years


_TOKEN_CUES = ("separated", "t_joined", "clock", "weekday", "month", "year", "cjk_year")
_TOKEN_SEARCHES = tuple((cue, _CUES[cue].search) for cue in _TOKEN_CUES)
_MONTH_AFTER = _CUES["month_after"].search
_DAY_WORD = _CUES["day_word"].search
_YEAR_CUES = ("day_word", "word_year", "day_word_sep", "word_day", "cjk_month")
_YEAR_CUE_SEARCHES = tuple((cue, _CUES[cue].search) for cue in _YEAR_CUES)
"""The cues looked for only in a span that holds a year of four digits."""
_T_JOINED = _CUES["t_joined"].search
"""The cue of a number before a month name, looked for only where a month name is."""


@functools.cache
def _forms_cued(names: tuple[str, ...], held: frozenset[str]) -> tuple[str, ...]:
    return tuple(name for name in names if held.issuperset(_CUES_OF[name]))


def _year_list(text: str, match: re.Match[str], stop: int) -> Iterator[_Found]:
    while True:
        year = _partial(int(match.group("year")), None, None)
        yield _Found("year", match.start("year"), match.end("year"), year)
        chained = _YEAR_CHAIN.match(text, match.end(), stop)
        if chained is None:
            return
        match = chained


def _read(name: str, match: re.Match[str], *, whole: bool) -> _Found:
    groups = match.groupdict()
    begin, end = match.start(), match.end()
    if name == "compact_t":
        moment = _isoparse(match.group())
        date = None if moment is None else PartialDate.from_date(moment)
        return _Found(name, begin, end, date, moment=moment)
    if name in {"dm", "ym_names"} and match.group().endswith("."):
        named = groups.get("month") or ""
        if len(named) > 3 and named.casefold() != "sept":
            end -= 1  # a full month name's dot ends the sentence: "on 5 March."
    if name == "dmy_glued" and not glued_to_label(match.string, begin):
        return _Found(name, begin, end, None)
    century = int(groups.get("year") or 0) // 100
    solar = name == "iso" and century in _SOLAR_CENTURIES and _solar_written(groups, match)
    fields = _fields(name, groups, whole=whole or _short_dotted_alone(name, groups, match), solar=solar)
    if fields is None:
        return _Found(name, begin, end, None)
    # A year and month alone in numbers (2015-06) is a range or a number as often as a month.
    needs_label = name == "ym_iso" or (name == "my_words" and not _month_word_alone(groups.get("word") or ""))
    year, month, day = fields
    if year is None:
        valid = month is not None and day is not None and _real_day(month, day)
        return _Found(name, begin, end, None, month_day=(month, day) if valid and month and day else None)
    date = _partial(year, month, day)
    moment = None
    timed = name in {"ctime", "compact_clock"} or (
        name in {"cjk", "cjk_era"} and groups.get("hour") is not None
    )
    if timed and date is not None:
        moment = _moment(match.string, match, date)
    elif name in {"dmy_words", "dmy_words_sep", "mdy_words"} and date is not None:
        begin = _weekday_start(match.string, begin)
    day_first = None
    if name == "numeric" and date is not None and groups.get("sep") != "." and month != day:
        day_first = _partial(year, day, month) if day is not None and month is not None else None
    return _Found(name, begin, end, date, moment=moment, day_first=day_first, needs_label=needs_label)


_GLUE_CHARS = 16
"""The longest word looked at before a day glued to it (``today12 January 2023``)."""


def glued_to_label(text: str, begin: int) -> bool:
    """Whether the word glued before a day (``today12 January 2023``) is a date's label.

    A page's own label (``updated``, ``publicado``) or its word for today or yesterday, in any of
    the languages of the shipped date words, may lose the space before the date; any other word
    glued to a number (``Boeing737``) makes the number no day.
    """
    start = begin
    floor = max(0, begin - _GLUE_CHARS)
    while start > floor and not text[start - 1].isspace() and not text[start - 1].isdigit():
        start -= 1
    return text[start:begin].casefold() in _words().glue


_PADDED = 2
"""The digits of a day and of a month in a dotted date with a two-digit year that stands alone."""
_LONGEST_MONTH = 31
_ALONE_AFTER = frozenset("|),;.")
"""What may close a dotted date with a two-digit year standing alone, besides white space and the end."""
_ALONE_BEFORE = frozenset("|(,;")
"""What may open it, besides white space and the text's start."""
_VERSION_WORD = re.compile(
    r"(?<![^\W\d_])(?:v|ver|version|versión|versao|versão|release|build|update|firmware|rev)\.?[^\S\n]{0,3}\Z",
    re.IGNORECASE,
)
"""A word that makes the dotted numbers after it a version (``version 10.11.12``, ``v.05.11.21``)."""
_CLOCK_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:at|um|kl|klo|kello|à|alle|ore|om)\.?[^\S\n]{1,3}\Z", re.IGNORECASE
)
_CLOCK_AFTER = re.compile(r"[^\S\n]{0,2}(?:uhr|h|hrs|horas|heures|[ap]\.?m\.?)(?![^\W\d_])", re.IGNORECASE)
"""The words around dotted numbers that make them a time of day (``at 12.05.30``, ``12.05.30 Uhr``)."""


def _short_dotted_alone(name: str, groups: dict[str, str | None], match: re.Match[str]) -> bool:
    """Whether a numeric date with dots and a two-digit year (``05.11.21``) stands alone in running text.

    So it does when its day and its month are each of two digits (``05.11.21``, not ``3.11.12``), and
    white space, a bracket, a bar, a comma or a semicolon (or the text's edge) stands on either side
    of it, and no version's word before it: then it is a date read day first (day 31 at most, month
    12 at most). Version numbers (``3.11.12``, ``v10.11.12``), addresses (``10.11.12.13``: the form's
    own edges refuse them), scores and times joined to other numbers, and a time of day
    (``at 12.05.30``, ``12.05.30 Uhr``) stay no date.
    """
    if name != "numeric" or groups.get("yy") is None or groups.get("sep") != ".":
        return False
    first, second = groups.get("a") or "", groups.get("b") or ""
    if (
        len(first) != _PADDED
        or len(second) != _PADDED
        or int(first) > _LONGEST_MONTH
        or int(second) > _MONTHS_IN_YEAR
    ):
        return False
    text, start, end = match.string, match.start("a"), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if not (before.isspace() or before in _ALONE_BEFORE) or not (after.isspace() or after in _ALONE_AFTER):
        return False
    return (
        _VERSION_WORD.search(text, max(0, start - 12), start) is None
        and _CLOCK_BEFORE.search(text, max(0, start - 10), start) is None
        and _CLOCK_AFTER.match(text, end) is None
    )


_ENGLISH_SENSES = frozenset({"mars", "mart", "marc", "mayo", "julius", "augusta", "avril", "dubna", "gener"})
"""Month names of other languages (folded) that are English words or names as well (``Mars``,
``Julius``): a month and year in words with one of them is read only under a date label."""
_SHORT_MONTHS = frozenset({"mai", "mei", "maj"})
"""The only three-letter month names (German and French, Dutch and Indonesian, the Scandinavian
languages and Polish) read alone with a year; other names that short are abbreviations, which
are English words as often (``set``, ``mar``, ``ago``)."""
_LONG_WORD = 4


def _month_word_alone(word: str) -> bool:
    """Whether a month's name in another language is read with a year and no day, with no label."""
    folded = _folded(word)
    if folded in _ENGLISH_SENSES:
        return False
    return len(folded) >= _LONG_WORD or folded in _SHORT_MONTHS


def _era_year(era: str, number: str) -> int | None:
    """The Gregorian year of a Japanese era's year (``令和``, ``5``; ``元`` is its first), if it had one."""
    count = 1 if number == "元" else int(number)
    for name, first, last in _ERAS:
        if name == era:
            year = first + count - 1
            return year if count >= 1 and (last is None or year <= last) else None
    return None  # pragma: no cover - the form matches only the names of _ERAS


_WEEKDAY_BEFORE = re.compile(
    r"(?<![\w-])(?P<weekday>[^\W\d_]{2,14}(?:-[^\W\d_]{2,8})?)(?P<mark>\.?,?)[^\S\n]{1,3}"
    r"(?:(?:der|den|le|il|el|lo|la)[^\S\n]{1,3})?\Z",
    re.IGNORECASE,
)
"""A weekday's name before a long date (``jueves, 9 de``, ``Freitag, der 9.``), looked up in
:func:`_words`."""


_WEEKDAY_WORD = 4
"""The letters of a weekday's name that reads as one without a dot or a comma after it."""


def _weekday_start(text: str, begin: int) -> int:
    # A long date in words takes in the weekday written before it, as the English forms do.
    before = _WEEKDAY_BEFORE.search(text, max(0, begin - 30), begin)
    if before is None or _folded(before.group("weekday")) not in _words().weekdays:
        return begin
    if len(before.group("weekday")) < _WEEKDAY_WORD and not before.group("mark"):
        return begin  # a short name is a weekday only when a dot or comma marks it: "lun. 5", not "to 5"
    return before.start()


_Fields = tuple[int | None, int | None, int | None]


_SOLAR_CENTURIES = frozenset({13, 14})
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]").search
_SCRIPT_REACH = 40
"""How far on either side of a dashed year-first date Arabic letters are looked for."""


def _solar_written(groups: dict[str, str | None], match: re.Match[str]) -> bool:
    """Whether a year-first date of 13xx or 14xx is written as the solar calendar's are.

    With slashes or dots (``1399/12/30``), or with dashes among Arabic letters (a Persian page's
    ``تاریخ: ۱۳۹۹-۱۲-۳۰``): a dashed ``1453-05-29`` in a Latin text is a Gregorian day of history.
    """
    if groups.get("sep") != "-":
        return True
    begin, end = match.span()
    return _ARABIC_SCRIPT(match.string, max(0, begin - _SCRIPT_REACH), end + _SCRIPT_REACH) is not None


def _fields(name: str, groups: dict[str, str | None], *, whole: bool, solar: bool = False) -> _Fields | None:
    year = _year(groups)
    era = groups.get("era")
    if era is not None:
        counted = _era_year(era, groups.get("eranum") or "0")
        if counted is None or (year is not None and year != counted):
            return None  # no such year of the era, or not the Gregorian year written beside it
        year = counted
    named = groups.get("month")
    month = _MONTHS[named[:3].casefold()] if named else _int(groups.get("mnum"))
    word = groups.get("word")
    day = _int(groups.get("day"))
    if word is not None:
        folded = _folded(word)
        month = _words().months.get(folded)
        if month is None:
            solar_month = _words().solar_months.get(folded)
            # "۳۰ اسفند ۱۳۹۹": a day of the solar calendar, given as its Gregorian day.
            if solar_month is None or year is None or day is None:
                return None
            return solar_to_gregorian(year, solar_month, day)
        if year is not None and _BUDDHIST_FIRST <= year <= _BUDDHIST_LAST and _THAI_LETTER(word):
            year -= BUDDHIST_ERA_OFFSET  # "8 มกราคม 2567": a year of the Buddhist era, 2024
    elif solar and year is not None and SOLAR_FIRST_YEAR <= year <= SOLAR_LAST_YEAR:
        # "1399/12/30": a year of today's solar calendar, never of a Gregorian date on a page.
        return solar_to_gregorian(year, month or 0, day or 0)
    if name in {"numeric", "numeric_spaced"}:
        first, second = int(groups["a"] or 0), int(groups["b"] or 0)
        dotted = groups.get("sep") == "."
        if dotted and groups.get("yy") is not None and not whole:
            return None  # "3.11.12" in running text is a version number as often as a date
        dayfirst = (dotted and second <= 12) or first > 12
        month, day = (second, first) if dayfirst else (first, second)
    return year, month, day


SOLAR_FIRST_YEAR = 1300
"""The first year of the solar (Jalali) calendar that a date written year first in numbers is read
in (1921 to 1922): a Gregorian year 1300 to 1499 in that form is on no page of today."""
SOLAR_LAST_YEAR = 1499
"""The last year of the solar calendar read so (2120 to 2121)."""
BUDDHIST_ERA_OFFSET = 543
"""The years the Buddhist era of Thailand runs ahead of the Gregorian (2567 is 2024)."""
_BUDDHIST_FIRST = 2400
_BUDDHIST_LAST = 2699
"""The years after a Thai month name read as of the Buddhist era (1857 to 2156)."""
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]").match
_SOLAR_BREAKS = (1210, 1635)
"""The years between which the solar calendar's leap years keep one 33-year rhythm (jalaali's
table of breaks, cut to the span read)."""
_SOLAR_LEAPS_BEFORE = 294
"""jalaali's count of leap days at the first of :data:`_SOLAR_BREAKS` (from -14, over its breaks)."""
_SOLAR_LEAP_CYCLE = 33
_SOLAR_LEAPS_IN_CYCLE = 8
_SOLAR_FIRST_HALF = 6
"""The months of 31 days that open the solar year; the next five have 30, the last 29 or 30."""
_SOLAR_EPOCH = 621
"""The Gregorian year in which a solar year's first day (Nowruz) falls, less the solar year."""
_MARCH = 3


def _solar_year(year: int) -> tuple[bool, dt.date]:
    """Whether solar ``year`` is a leap year, and the Gregorian day of its first day (1 Farvardin).

    The arithmetic of jalaali (Borkowski's), for the years between :data:`_SOLAR_BREAKS`.
    """
    first_break, next_break = _SOLAR_BREAKS
    jump = next_break - first_break
    leaps = _SOLAR_LEAPS_BEFORE
    n = year - first_break
    leaps += n // _SOLAR_LEAP_CYCLE * _SOLAR_LEAPS_IN_CYCLE + (n % _SOLAR_LEAP_CYCLE + 3) // 4
    gregorian = year + _SOLAR_EPOCH
    gregorian_leaps = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    march_day = 20 + leaps - gregorian_leaps
    if jump - n < 6:  # pragma: no cover - the last years before a break, past the span read
        n = n - jump + (jump + 4) // _SOLAR_LEAP_CYCLE * _SOLAR_LEAP_CYCLE
    leap = ((n + 1) % _SOLAR_LEAP_CYCLE - 1) % 4 == 0
    return leap, dt.date(gregorian, _MARCH, 1) + dt.timedelta(days=march_day - 1)


def solar_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian year, month and day of a day of the solar (Jalali) calendar, or ``None``.

    ``None`` when the day is not one of the calendar (``1399/13/01``, a 30 Esfand of a common year)
    or its year is outside :data:`SOLAR_FIRST_YEAR` to :data:`SOLAR_LAST_YEAR`.
    """
    if not SOLAR_FIRST_YEAR <= year <= SOLAR_LAST_YEAR or not 1 <= month <= _MONTHS_IN_YEAR or day < 1:
        return None
    leap, nowruz = _solar_year(year)
    length = 31 if month <= _SOLAR_FIRST_HALF else 30 if month < _MONTHS_IN_YEAR or leap else 29
    if day > length:
        return None
    before = (month - 1) * 31 if month <= _SOLAR_FIRST_HALF else 186 + (month - 7) * 30
    gregorian = nowruz + dt.timedelta(days=before + day - 1)
    return gregorian.year, gregorian.month, gregorian.day


def _year(groups: dict[str, str | None]) -> int | None:
    if groups.get("year"):
        return int(groups["year"] or 0)
    short = groups.get("yy")
    if short is None:
        return None
    value = int(short)
    return value + (2000 if value < TWO_DIGIT_YEAR_PIVOT else 1900)


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


_new_partial = PartialDate.__new__
_set = object.__setattr__


def _partial(year: int, month: int | None, day: int | None) -> PartialDate | None:
    """The date of these parts, or ``None`` when they name no real date.

    The checks are :class:`PartialDate`'s own validators, written out: a page can hold a date
    a line, and the validators' calls are most of the cost of making one. The tests hold this
    equal to ``PartialDate(year=year, month=month, day=day)`` on every input.
    """
    if not 1 <= year <= _MAX_YEAR:
        return None
    if month is None:
        if day is not None:
            return None
    elif not 1 <= month <= _MONTHS_IN_YEAR or (
        day is not None and (day < 1 or (day > _SHORTEST_MONTH and day > calendar.monthrange(year, month)[1]))
    ):
        return None
    date = _new_partial(PartialDate)
    _set(date, "year", year)
    _set(date, "month", month)
    _set(date, "day", day)
    return date


def _real_day(month: int, day: int) -> bool:
    return _partial(2000, month, day) is not None  # a leap year, so 29 February is a real day


@functools.lru_cache(maxsize=1024)
def _isoparse(core: str) -> dt.datetime | None:
    from dateutil import parser  # noqa: PLC0415 - kept out of package import

    try:
        return parser.isoparse(core.upper())
    except (ValueError, OverflowError):
        return None


def _anchor_date(anchor: object) -> PartialDate | None:
    if anchor is None or isinstance(anchor, PartialDate):
        return anchor
    if isinstance(anchor, dt.date):
        return PartialDate.from_date(anchor)
    msg = f"find_dates(): anchor must be a date, a PartialDate or None, got {type(anchor).__name__}"
    raise ArgumentTypeError("anchor", anchor, message=msg)


_CARRY_WINDOW = 80
"""How far ahead (in characters) a date without a year looks for a dated neighbour
when none comes before it: far enough for ``"July 11 to July 12, 2023"``."""


def _carry_years(text: str, found: list[_Found], anchor: PartialDate | None) -> list[_Found]:
    # One pass: the year of the last date that gave its own is carried along, so that each date
    # without one looks back in constant time, and ahead only within its window.
    dated: list[_Found] = []
    last_year: int | None = None
    for index, candidate in enumerate(found):
        if candidate.date is not None:
            dated.append(candidate)
            if candidate.year_from == "text":
                last_year = candidate.date.year
            continue
        month, day = candidate.month_day or (1, 1)
        year, source = _year_for(text, found, index, anchor, (month, day), last_year=last_year)
        date = None if year is None else _partial(year, month, day)
        if date is not None:
            dated.append(candidate._replace(date=date, year_from=source))
    return dated


def _year_for(  # noqa: PLR0913 - the text, the candidates, and what is known of this one
    text: str,
    found: list[_Found],
    index: int,
    anchor: PartialDate | None,
    month_day: tuple[int, int],
    *,
    last_year: int | None,
) -> tuple[int | None, YearFrom]:
    # The year of the last date before it that gave its own (last_year), else of the next date
    # within the window and the line, else the anchor's nearest.
    if last_year is not None:
        return last_year, "context"
    here = found[index]
    for position in range(index + 1, len(found)):
        after = found[position]
        if after.start - here.end > _CARRY_WINDOW or "\n" in text[here.end : after.start]:
            break
        if after.date is not None:
            return after.date.year, "context"
    if anchor is None:
        return None, "anchor"
    return _nearest_year(anchor, month_day), "anchor"


def _nearest_year(anchor: PartialDate, month_day: tuple[int, int]) -> int:
    # The year that puts the day nearest the anchor, the earlier on a tie: "Dec 28"
    # in a text of 10 January is last December's, "April 12" of 6 April this April's.
    month, day = month_day
    target = anchor.earliest
    best, distance = anchor.year, None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        date = _partial(year, month, day)
        if date is None:
            continue
        gap = abs((date.earliest - target).days)
        if distance is None or gap < distance:
            best, distance = year, gap
    return best


_LABEL_TAIL = re.compile(r"(?:[^\W\d_]|[\u0e31-\u0e4e])[:：\s]{0,3}\Z").search
_LABEL_TAIL_CHARS = 4
"""The gate of a label's search: every label (:func:`_words`) ends with a letter (or a Thai mark),
then up to three colons (a full-width one too, ``：``) or spaces before the date, so a date with
no letter among the four characters before it has none, and the labels' long alternation is not
searched there."""


def _with_time(text: str, found: _Found, floor: int, ceiling: int | None = None) -> DateMatch:
    # A time is looked for from floor on, and read to ceiling where the text past it runs into
    # the time's digits ("14:5115.06.2022": the span ends at "14:51").
    date = found.date
    if date is None:  # pragma: no cover - only dated candidates reach here
        msg = "a date without a year"
        raise ParseError(msg)
    begin, end, moment = found.start, found.end, found.moment
    if date.day is not None and found.form not in _NO_TIME:  # a date to the day
        begin, end, moment = _attach_time(text, found, date, floor, ceiling)
    label = None
    if begin > floor and _LABEL_TAIL(text, max(floor, begin - _LABEL_TAIL_CHARS), begin) is not None:
        label = _words().label.search(text, max(floor, begin - 30), begin)
    if (
        label is not None
        and found.day_first is not None
        and label.group("label").casefold() in _words().day_first
    ):
        date = found.day_first  # "Publié le 12/03/2021": a label in a language that writes the day first
        begin, end, moment = _attach_time(text, found._replace(date=date), date, floor, ceiling)
    return DateMatch(
        start=begin,
        end=end,
        text=text[begin:end],
        date=date,
        moment=moment,
        label=label.group("label").lower() if label else "",
        year_from=found.year_from,
    )


def _attach_time(
    text: str, found: _Found, date: PartialDate, floor: int, ceiling: int | None = None
) -> tuple[int, int, dt.datetime | None]:
    # A time right after the date, else one right before it (within 40 characters).
    begin, end = found.start, found.end
    time_after = _words().time_after
    after = time_after.match(text, end)
    if (after is None or not _is_time(after)) and ceiling is not None and ceiling < len(text):
        after = time_after.match(text, end, ceiling)  # a time whose minutes run into the text past the span
    if after is not None and _joins(after, found.form) and _is_time(after):
        moment = _moment(text, after, date)
        return (begin, end, None) if moment is None else (begin, _time_end(after), moment)
    before = _TIME_BEFORE.search(text, max(floor, begin - 40), begin)
    if before is not None and _is_time(before):
        moment = _moment(text, before, date)
        if moment is not None:
            return _range_start(text, before, moment, floor, end)
    return begin, end, None


_RANGE_BEFORE = re.compile(r"(?<![\d:])(?P<hour>\d{1,2}):(?P<minute>\d{2})[^\S\n]?[-–][^\S\n]?\Z")
"""The start of a time range whose end stands before a date (``11:29-11:52 A.M. July 15, 2016``)."""
_RANGE_CHARS = 8
_ZONE_AFTER_DATE = re.compile(r"[^\S\n]?\((?P<name>[A-Za-z][A-Za-z .]{2,40})\)")
"""A zone written out in brackets after a date whose time stands before it (``…, 2016(Japan Time)``)."""


def _range_start(
    text: str, before: re.Match[str], moment: dt.datetime, floor: int, end: int
) -> tuple[int, int, dt.datetime]:
    # The time before a date, or the start of its range (the event's start), taking the end's
    # half of the day where the start's hour allows it; with the zone named after the date.
    begin = before.start()
    start = _RANGE_BEFORE.search(text, max(floor, begin - _RANGE_CHARS), begin)
    if start is not None:
        hour, minute = int(start.group("hour")), int(start.group("minute"))
        if before.group("ampm") is not None:
            if not 1 <= hour <= _HALF_DAY or hour % _HALF_DAY > moment.hour % _HALF_DAY:
                hour = -1  # "11:30-1:15 P.M.": not read
            else:
                hour = hour % _HALF_DAY + (moment.hour // _HALF_DAY) * _HALF_DAY
        earlier = (hour, minute) <= (moment.hour, moment.minute)
        if 0 <= hour < _HOURS_IN_DAY and minute < _MINUTES_IN_HOUR and earlier:
            begin, moment = start.start(), moment.replace(hour=hour, minute=minute)
    if moment.tzinfo is None:
        named = _ZONE_AFTER_DATE.match(text, end)
        zone = _words().zone_names.get(" ".join(named.group("name").casefold().split())) if named else None
        if named is not None and zone is not None:
            return begin, named.end(), _localise(moment, zone, text, named.start("name"))
    return begin, end, moment


def _joins(after: re.Match[str], form: str) -> bool:
    lead = after.group()[:1]
    if lead in "Tt" or (lead == "/" and after.group()[1:2].isdigit()):
        return form == "iso"  # "2003-09-25T10:00", "2026/02/24/18:33"
    return lead != ":" or form == "dmy_joined"


def _is_time(match: re.Match[str]) -> bool:
    if match.group()[:1] in "Tt":  # ISO 8601 allows the hour alone: 2003-09-25T10
        return True
    minute, ampm, word = match.group("minute", "ampm", "word")
    return minute is not None or ampm is not None or word is not None


def _time_end(match: re.Match[str]) -> int:
    zone = match.group("zone")
    return match.end() if zone is not None and zone not in _NOT_ZONES else match.end("clock")


def _moment(text: str, match: re.Match[str], date: PartialDate) -> dt.datetime | None:
    groups = match.groupdict()
    clock = _clock(groups)
    if clock is None:
        return None
    hour, minute, second, micro = clock
    # Naive until the text names a zone: a zone is never invented.
    moment = dt.datetime(date.year, date.month or 1, date.day or 1, hour, minute, second, micro)  # noqa: DTZ001
    zone = groups.get("zone")
    if zone is None or zone in _NOT_ZONES:
        return moment
    return _localise(moment, zone, text, match.start("zone"))


def _clock(groups: dict[str, str | None]) -> tuple[int, int, int, int] | None:
    digits = (groups.get("hour"), groups.get("minute"), groups.get("second"), groups.get("fraction"))
    return _clock_of(digits, groups.get("ampm"), groups.get("word"))


def _clock_of(
    digits: tuple[str | None, str | None, str | None, str | None], ampm: str | None, word_text: str | None
) -> tuple[int, int, int, int] | None:
    """The clock of its hour, minute, second and fraction digits, its am or pm and its word, if a clock's."""
    hour_text, minute_text, second_text, fraction = digits
    word = (word_text or "").lower()
    if word:
        return (0 if word == "midnight" else 12), 0, 0, 0
    hour = int(hour_text or 0)
    minute = int(minute_text or 0)
    second = int(second_text or 0)
    micro = 0 if fraction is None else int(fraction.ljust(6, "0")[:6])
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower().replace(".", "") == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second, micro


def _localise(moment: dt.datetime, zone: str, text: str, at: int) -> dt.datetime:
    zone = zone.strip("()")
    zone = "Z" if zone == "z" else zone
    local = moment.replace(tzinfo=_zone(zone, text, at))
    summer = _SUMMER_TIME.get(zone)
    if summer is not None and not _in_summer(summer, moment.year, moment.month, moment.day, moment.hour):
        msg = f"{zone!r} is a summer time, but {moment:%Y-%m-%d %H:%M} is outside it in {summer}"
        raise _error(msg, text, at)
    return local


def _in_summer(name: str, year: int, month: int, day: int, hour: int) -> bool:
    """Whether the summer time of the zone ``name`` is in force in that hour (or the zone is unknown).

    Read by the hour: every zone of :data:`_SUMMER_TIME` changes its clocks on the hour, so the
    answer holds for each minute of it. The hour is placed among the year's clock changes by
    its :func:`_hour_key`.
    """
    changes = _summer_changes(name, year)
    if changes is None:
        return True
    first, turns = changes
    return first != (bisect.bisect_right(turns, (month * 32 + day) * 24 + hour) % 2 == 1)


def _hour_key(moment: dt.datetime) -> int:
    """A number for an hour of a year that grows with it: ``(month * 32 + day) * 24 + hour``.

    Found from the wall clock's fields alone, with no count of days, so :func:`_in_summer` reads
    it straight from a date's parts.
    """
    return (moment.month * 32 + moment.day) * 24 + moment.hour


@functools.lru_cache(maxsize=256)
def _summer_changes(name: str, year: int) -> tuple[bool, tuple[int, ...]] | None:
    """Whether the zone ``name`` keeps summer time as ``year`` opens, and the hours it changes.

    Each hour is given by its :func:`_hour_key`. They are found once a zone and year from the
    zone's own answers: the first hour of each month is asked, and a month whose two ends differ
    is halved down to its hour (no zone changes its clocks twice within a month). ``None`` where
    the zone is unknown.
    """
    keeper = _summer_keeper(name)
    if keeper is None:
        return None
    start = dt.datetime(year, 1, 1)  # noqa: DTZ001 - a wall clock's hours, counted from 1 January

    def moment(hours: int) -> dt.datetime:
        return start + dt.timedelta(hours=hours)

    def summer(hours: int) -> bool:
        return bool(moment(hours).replace(tzinfo=keeper).dst())

    edges = [(dt.date(year, month, 1) - start.date()).days * 24 for month in range(1, 13)]
    edges.append((dt.date(year, 12, 31) - start.date()).days * 24 + 23)
    states = [summer(hours) for hours in edges]
    turns: list[int] = []
    for month_start, month_end, before, after in zip(edges, edges[1:], states, states[1:], strict=False):
        if before == after:
            continue
        low, high = month_start, month_end  # summer(low) == before, summer(high) != before
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if summer(middle) == before else (low, middle)
        turns.append(_hour_key(moment(high)))
    return states[0], tuple(turns)


@functools.cache
def _summer_keeper(name: str) -> dt.tzinfo | None:
    # One of the few zones of _SUMMER_TIME, looked up once.
    from dateutil import tz  # noqa: PLC0415 - kept out of package import

    return tz.gettz(name)


def _zone(zone: str, text: str = "", at: int = 0) -> dt.tzinfo:
    found = _zone_named(zone)
    if isinstance(found, str):
        raise _error(found, text, at)
    return found


_ZONE_OFFSET = re.compile(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?")


@functools.lru_cache(maxsize=256)
def _zone_named(zone: str) -> dt.tzinfo | str:
    # The zone a text's word for it names, or why there is none. Read once per word: the zones
    # are immutable, and a page gives the same few again and again.
    offset = _ZONE_OFFSET.fullmatch(zone)
    if offset is not None:
        sign = -1 if offset.group(1) == "-" else 1
        hours, minutes = int(offset.group(2)), int(offset.group(3) or 0)
        if hours >= 24 or minutes >= 60:
            return f"time zone offset {zone!r} is out of range"
        return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    known = ZONES.get(zone)
    if known is None:
        return f"unknown time zone abbreviation {zone!r}; known: {', '.join(sorted(ZONES))}"
    if isinstance(known, str):
        from dateutil import tz  # noqa: PLC0415 - kept out of package import

        found = tz.gettz(known)
        if found is None:  # pragma: no cover - dateutil ships its own zone files
            return f"no zone data for {known}"
        return found
    return dt.timezone(dt.timedelta(hours=known), zone)


def _error(reason: str, text: str, at: int) -> ParseError:
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return ParseError(reason, line=line, column=column)


def parse_date(text: str, *, strict: bool = True) -> DateMatch:
    """Read one date, with its time and zone if given, at the start of ``text``.

    Labels such as ``Published:``, ``Last updated`` or ``Date:`` may come first.
    Besides the forms :func:`find_dates` looks for, a text that is only a date may
    be a year (``"2012"``), a numeric month and year (``"2015-06"``, ``"9/2013"``),
    a year and month name (``"2010 May"``), or numbers run together or spaced
    (``"20190302"``, ``"14 07 2012"``).

    Examples: ``"Tue May 6, 2014 3:07pm EDT"``, ``"20:00 JST, April 6, 2023"``,
    ``"2022-07-05T14:30:00+02:00"``, ``"05.07.2022"``, ``"March 2014"``,
    ``"Thu Mar 02 08:15:00 2017"``, ``"15-Mar-05"``.

    Args:
        text: The text.
        strict: Whether the date must make up all of the text (after its label).
            With ``strict=False`` words may follow it (``"May 6, 2014 in World
            News"``), and the match's ``start``, ``end`` and ``text`` say what was read.

    Raises:
        ParseError: The text is not a date (or, when strict, not only one), or
            names an unknown zone, a summer time out of season or an offset out
            of range.
        ArgumentTypeError: ``text`` is not a string, or ``strict`` not a bool.
    """
    _require_text("parse_date", text)
    _require_flag("parse_date", "strict", strict)
    lead = _words().lead.match(text)
    body = lead.end() if lead is not None else 0
    found = _first_found(text, body, strict=strict) or _first_whole(text, body, strict=strict)
    if found is None:
        msg = f"expected one date, got {text!r}"
        raise ParseError(msg, line=1, column=1)
    match = _with_time(text, found, 0)
    if strict and text[match.end :].strip(_TRAILING):
        msg = f"expected one date, got {text!r}"
        raise ParseError(msg, line=1, column=1)
    label = lead.group("label") if lead is not None else None
    return attrs.evolve(match, label=label.lower()) if label and not match.label else match


def _require_text(function: str, text: object, argument: str = "text") -> None:
    if not isinstance(text, str):
        raise _not_text(function, text, argument)


def _not_text(function: str, value: object, argument: str) -> ArgumentTypeError:
    kind = "bytes: decode them first" if isinstance(value, bytes | bytearray) else type(value).__name__
    msg = f"{function}(): {argument} must be a str, got {kind}"
    return ArgumentTypeError(argument, value, message=msg)


def _require_offset(function: str, argument: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"{function}(): {argument} must be an int offset, got {type(value).__name__}"
        raise ArgumentTypeError(argument, value, message=msg)


def _require_flag(function: str, argument: str, value: object) -> None:
    if not isinstance(value, bool):
        msg = f"{function}(): {argument} must be True or False, got {type(value).__name__}"
        raise ArgumentTypeError(argument, value, message=msg)


def _require_options(
    start: object, end: object, *, carry_year: object, bare_years: object, day_first: object
) -> None:
    # find_dates' options, each of its own type (anchor is checked where it is read).
    _require_offset("find_dates", "start", start)
    if end is not None:
        _require_offset("find_dates", "end", end)
    _require_flag("find_dates", "carry_year", carry_year)
    _require_flag("find_dates", "bare_years", bare_years)
    _require_day_first(day_first)


_DAY_FIRST_CHOICES = (True, False, None, "page")


def _require_day_first(value: object) -> None:
    if value is None or isinstance(value, bool) or value == "page":
        return
    if isinstance(value, str):
        raise ArgumentError("day_first", value, _DAY_FIRST_CHOICES)
    msg = f"find_dates(): day_first must be True, False, None or 'page', got {type(value).__name__}"
    raise ArgumentTypeError("day_first", value, message=msg)


def _first_found(text: str, body: int, *, strict: bool) -> _Found | None:
    found = sorted(_candidates(text, 0, len(text), _FIND, bare_years=False), key=lambda c: (c.start, -c.end))
    if not found:
        return None
    first = min(found, key=lambda c: (c.start, -c.end))
    if first.date is None:
        return None
    timed = _with_time(text, first, 0)
    if text[: min(first.start, timed.start)][body:].strip():
        return None
    if strict and text[timed.end :].strip(_TRAILING):
        return None
    return first


def _first_whole(text: str, body: int, *, strict: bool) -> _Found | None:
    for name in _WHOLE:
        pattern = _PATTERNS[name]
        match = pattern.match(text, body)
        if match is None:
            continue
        found = _read(name, match, whole=True)
        if found.date is None:
            continue
        timed = _with_time(text, found, 0)
        if not strict or not text[timed.end :].strip(_TRAILING):
            return found
    return None


# --- Relative dates -------------------------------------------------------------


def resolve_relative(
    expression: str,
    anchor: dt.datetime | dt.date | PartialDate | str,
    *,
    tz: dt.tzinfo | None = None,
) -> PartialDate | DateRange | dt.datetime:
    """What a relative expression stands for, counted from ``anchor`` as now.

    Rules:

    - a bare weekday (``"on Sunday"``, ``"Sunday"``): the most recent such day on
      or before the anchor; ``"last Sunday"``: the most recent strictly before;
      ``"next Wednesday"``: the first strictly after;
    - ``"yesterday"``, ``"today"``, ``"tomorrow"``, ``"tonight"``, ``"last night"``,
      ``"the day before yesterday"``, ``"the day after tomorrow"``, ``"this
      morning"``: day precision;
    - a count of days or weeks (``"four days ago"``, ``"in two weeks"``, ``"a
      fortnight ago"``, ``"3 weeks from now"``): day precision; of months: month
      precision (``"two months ago"``); of years or decades: year precision, as a
      reader takes ``"three years ago"``. Counts are digits or words (``"a"``,
      ``"a couple of"``, ``"twenty-five"``);
    - a count of seconds, minutes or hours (``"25 minutes ago"``), or a day with a
      time (``"yesterday at 6:45 am"``, ``"tomorrow evening at 8"``, ``"at noon
      today"``): a datetime, in the anchor's zone, or ``tz``, or naive when neither
      gives one (a zone is never invented);
    - ``"last week"``, ``"this week"``, ``"next week"`` (Monday to Sunday), ``"this
      weekend"``, ``"last weekend"``, ``"the past week"`` (the seven days up to the
      anchor), ``"last decade"`` (the 2010s from 2023), ``"last century"``: a
      :class:`DateRange`;
    - ``"this month"``, ``"earlier this month"``, ``"last month"``, ``"next
      month"``: month precision; ``"in March"``, ``"March"``: the most recent
      March on or before the anchor's month; ``"last March"``: strictly before;
      ``"next March"``: strictly after;
    - ``"this year"``, ``"earlier this year"``, ``"last year"``, ``"next year"``:
      year precision.

    Args:
        expression: The words of the text, any case, with or without ``on``/``in``.
        anchor: The moment the expression is relative to, usually the publication
            date: a datetime (needed for counts of hours and the like), a date, a
            :class:`PartialDate` at least as precise as the result needs, or its
            ISO string.
        tz: The zone for results with a time when the anchor has none.

    Returns:
        A :class:`PartialDate` at the precision the expression gives, a
        :class:`DateRange` for a span, or a datetime for a time.

    Raises:
        ParseError: The expression is not one of the above, the anchor is too
            coarse for it (``"on Sunday"`` against a month) or a string that is no
            ISO date, or the result falls outside years 1 to 9999.
        ArgumentTypeError: ``expression`` is not a string, ``anchor`` none of the
            types above, or ``tz`` no :class:`datetime.tzinfo`.
    """
    return _resolve(expression, anchor, tz)


def _resolve(
    expression: object, anchor: object, tz: dt.tzinfo | None
) -> PartialDate | DateRange | dt.datetime:
    if not isinstance(expression, str):
        raise _not_text("resolve_relative", expression, "expression")
    now = _relative.Anchor.of(anchor, tz)
    try:
        result = _relative.resolve(expression, now)
    except CorpusError:
        raise
    except (ValueError, OverflowError):
        msg = f"{expression!r} from {now.date} falls outside the calendar (years 1 to 9999)"
        raise ParseError(msg, line=1, column=1) from None
    if result is not None:
        return result
    msg = f"unknown relative date expression {expression!r}"
    raise ParseError(msg, line=1, column=1)


@attrs.frozen(kw_only=True)
class RelativeMatch:
    """A relative date expression found in a text, resolved.

    Attributes:
        start: Offset of the expression's first character.
        end: Offset just past it.
        text: Exactly ``text[start:end]`` (``"last Sunday"``).
        date: The date it resolves to; its ``precision`` says how much is known.
            For a span, the narrowest :class:`PartialDate` holding all of it; for a
            time, its day.
        relative: The expression and the anchor it was resolved against.
        value: What :func:`resolve_relative` gives: the date, a
            :class:`DateRange`, or a datetime.
        year_from: ``"anchor"``, or ``"context"`` when a month named alone took
            the year of a date before it in the text (``"In 2014 ... in March"``).
    """

    start: int
    end: int
    text: str
    date: PartialDate
    relative: RelativeDate
    value: PartialDate | DateRange | dt.datetime | None = None
    year_from: YearFrom = "anchor"


def find_relative_dates(
    text: str, anchor: dt.datetime | dt.date | PartialDate | str, *, tz: dt.tzinfo | None = None
) -> tuple[RelativeMatch, ...]:
    """Every relative date expression in ``text`` that :func:`resolve_relative` knows, resolved.

    Expressions the anchor is too coarse for (a weekday against a month) are
    left out; "in March 2014" is absolute and is left to :func:`find_dates`. A
    month named alone after a dated sentence takes that date's year, as a reader
    would (``"The plan was agreed in 2014. In March, ..."``), and says so in
    ``year_from``.

    Raises:
        ParseError: The anchor is a string that is no ISO date.
        ArgumentTypeError: ``text`` is not a string, ``anchor`` none of the types
            :func:`resolve_relative` takes, or ``tz`` no :class:`datetime.tzinfo`.
    """
    _require_text("find_relative_dates", text)
    now = _relative.Anchor.of(anchor, tz)
    try:
        absolute = find_dates(text, carry_year=False)
    except ParseError:
        absolute = ()
    found: list[RelativeMatch] = []
    for match in _relative.EXPRESSIONS.finditer(text):
        words = match.group()
        try:
            value = _resolve(words, anchor, tz)
        except ParseError:
            continue
        value, source = _month_in_context(words, value, match.start(), absolute)
        try:
            date = _relative.covering(value)
        except ValueError:
            continue
        found.append(
            RelativeMatch(
                start=match.start(),
                end=match.end(),
                text=words,
                date=date,
                relative=RelativeDate(expression=words, anchor=now.partial),
                value=value,
                year_from=source,
            )
        )
    return tuple(found)


def _month_in_context(
    words: str, value: PartialDate | DateRange | dt.datetime, at: int, absolute: tuple[DateMatch, ...]
) -> tuple[PartialDate | DateRange | dt.datetime, YearFrom]:
    if not isinstance(value, PartialDate) or not _relative.is_month_name(words):
        return value, "anchor"
    before = [m for m in absolute if m.end <= at]
    if not before or value.month is None:
        return value, "anchor"
    return PartialDate(year=before[-1].date.year, month=value.month), "context"
