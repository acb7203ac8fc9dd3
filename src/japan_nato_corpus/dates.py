"""Date text to aware datetimes and :class:`~japan_nato_corpus.model.PartialDate`.

Dates are first cut out of the text with bounded, line-local regular
expressions (one per news style), and only the cut text is handed to
:func:`dateutil.parser.parse`: dateutil's fuzzy mode, run over a whole
sentence, reads stray numbers as days and years. Zone abbreviations are looked
up in :data:`ZONES`; a token shaped like one (capitals ending in ``T``) that is
not there raises :class:`ParseError` rather
than being dropped. dateutil is imported inside the functions that use it, so
importing this module stays cheap.
"""

import datetime as dt
import functools
import re
from collections.abc import Iterator

import attrs

from japan_nato_corpus import _relative
from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.model import PartialDate, Precision, RelativeDate

__all__ = [
    "ZONES",
    "DateMatch",
    "RelativeMatch",
    "find_dates",
    "find_relative_dates",
    "parse_date",
    "resolve_relative",
]

ZONES: dict[str, float | str] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "ICT": 7, "WIB": 7, "HKT": 8, "SGT": 8,
    "PHT": 8, "AWST": 8, "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12,
    "NZDT": 13, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "ET": "America/New_York", "CT": "America/Chicago",
    "MT": "America/Denver", "PT": "America/Los_Angeles",
}  # fmt: skip
"""Zone abbreviations understood: a fixed offset in hours, or an IANA zone for the
US ``ET``/``CT``/``MT``/``PT`` whose offset depends on the date. ``CST`` is left out on
purpose: it is both US Central and China Standard Time."""

# A gap: one to three spaces or tabs within a line (never a line break).
_GAP = r"[^\S\n]{1,3}"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?" + _GAP
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_DATE_FORMS = (
    ("iso", r"(?<!\d)(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?!\d)"),
    ("ymd", r"(?<!\d)(?P<year>\d{4})(?P<sep>[/.])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"),
    ("numeric", rf"(?<![\d.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep){_YEAR}"),
    ("mdy", rf"\b(?:{_WEEKDAY})?{_MONTH}{_GAP}(?P<day>\d{{1,2}}){_ORD},?{_GAP}{_YEAR}"),
    ("dmy", rf"\b(?:{_WEEKDAY})?(?P<day>\d{{1,2}}){_ORD}{_GAP}(?:of{_GAP})?{_MONTH},?{_GAP}{_YEAR}"),
    ("my", rf"\b{_MONTH},?{_GAP}{_YEAR}"),
)
_DATES = [(form, re.compile(pattern)) for form, pattern in _DATE_FORMS]
_PATTERNS = dict(_DATES)
_ZONE = r"(?P<zone>(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|Z|(?:[A-Z]{1,4}T|UTC|WIB)(?![\w+-]))"
_TIME = (
    r"(?P<clock>(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,9})?)?)?"
    r"(?:[^\S\n]?(?P<ampm>[aApP]\.?[mM]\.?))?)"
)
_TIME_AFTER = re.compile(rf"(?:T|,?{_GAP}(?:at{_GAP}|[-|–—·•]{_GAP}|/{_GAP})?){_TIME}(?:[^\S\n]?{_ZONE})?")
_TIME_BEFORE = re.compile(rf"{_TIME}(?:[^\S\n]?{_ZONE})?,?{_GAP}(?:on{_GAP})?\Z")
_LABEL = re.compile(
    r"(?P<label>(?:first |last )?(?:published|updated|posted|modified|released|issued)(?: on| at)?)"
    r"[:\s]{0,3}\Z",
    re.IGNORECASE,
)
_NOT_ZONES = frozenset({"AT", "IT", "BUT", "NOT", "OUT", "GET", "LET", "SET", "PUT", "YET", "ST"})


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
    """

    start: int
    end: int
    text: str
    date: PartialDate
    moment: dt.datetime | None = None
    label: str = ""


def find_dates(text: str, *, start: int = 0, end: int | None = None) -> tuple[DateMatch, ...]:
    """Every absolute date in ``text[start:end]``, in order, without overlaps.

    Numeric dates with dots (``05.07.2022``) are read day first; with slashes
    (``07/05/2022``) month first unless the first number is above 12;
    ``Y-M-D``, ``Y/M/D`` and ``Y.M.D`` year first.

    Raises:
        ParseError: A time is followed by a zone abbreviation not in :data:`ZONES`.
    """
    stop = len(text) if end is None else end
    found = sorted(_candidates(text, start, stop), key=lambda c: (c[1].start(), -c[1].end()))
    matches: list[DateMatch] = []
    for form, match in found:
        if matches and match.start() < matches[-1].end:
            continue
        date = _read_date(form, match)
        if date is not None:
            matches.append(_with_time(text, match, form, date, start))
    return tuple(matches)


def _candidates(text: str, start: int, stop: int) -> Iterator[tuple[str, re.Match[str]]]:
    for form, pattern in _DATES:
        for match in pattern.finditer(text, start, stop):
            yield form, match


def _read_date(form: str, match: re.Match[str]) -> PartialDate | None:
    return _read_date_text(form, match.group())


# Pages repeat their dates (one per comment), and dateutil is the slow step.
@functools.lru_cache(maxsize=4096)
def _read_date_text(form: str, core: str) -> PartialDate | None:
    from dateutil import parser  # noqa: PLC0415 - kept out of package import

    match = _PATTERNS[form].fullmatch(core)
    if match is None:  # pragma: no cover - core is what the pattern matched
        return None
    groups = match.groupdict()
    if form == "numeric":
        first, second = int(groups["a"]), int(groups["b"])
        dayfirst = groups["sep"] == "." or first > 12
        core = f"{groups['year']}-{second if dayfirst else first}-{first if dayfirst else second}"
    try:
        parsed = parser.parse(core, yearfirst=True, dayfirst=False, default=dt.datetime(2000, 1, 1))  # noqa: DTZ001 - only the date is read
        year = int(groups["year"])
        if parsed.year != year:
            return None
        if form == "my":
            return PartialDate(year=year, month=parsed.month)
        return PartialDate(year=year, month=parsed.month, day=parsed.day)
    except (ValueError, OverflowError):
        return None


def _with_time(text: str, match: re.Match[str], form: str, date: PartialDate, floor: int) -> DateMatch:
    begin, end = match.start(), match.end()
    moment = None
    if date.precision is Precision.DAY:
        after = _TIME_AFTER.match(text, end)
        window = max(floor, begin - 40)
        before = None if after and _is_time(after) else _TIME_BEFORE.search(text, window, begin)
        for timed, follows in ((after, True), (before, False)):
            if timed is not None and _is_time(timed) and (form == "iso" or timed.group()[:1] != "T"):
                moment = _moment(text, timed, date)
                if moment is not None:
                    if follows:
                        end = _time_end(timed)
                    else:
                        begin = timed.start()
                    break
    label = _LABEL.search(text, max(floor, begin - 30), begin)
    return DateMatch(
        start=begin,
        end=end,
        text=text[begin:end],
        date=date,
        moment=moment,
        label=label.group("label").lower() if label else "",
    )


def _is_time(match: re.Match[str]) -> bool:
    return match.group("minute") is not None or match.group("ampm") is not None


def _time_end(match: re.Match[str]) -> int:
    zone = match.group("zone")
    return match.end() if zone is not None and zone not in _NOT_ZONES else match.end("clock")


def _moment(text: str, match: re.Match[str], date: PartialDate) -> dt.datetime | None:
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    second = int(match.group("second") or 0)
    ampm = (match.group("ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    # Naive until the text names a zone: a zone is never invented.
    moment = dt.datetime(date.year, date.month or 1, date.day or 1, hour, minute, second)  # noqa: DTZ001
    zone = match.group("zone")
    if zone is None or zone in _NOT_ZONES:
        return moment
    return moment.replace(tzinfo=_zone(zone, text, match.start("zone")))


def _zone(zone: str, text: str = "", at: int = 0) -> dt.tzinfo:
    offset = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", zone)
    if offset is not None:
        sign = -1 if offset.group(1) == "-" else 1
        delta = dt.timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
        if delta >= dt.timedelta(hours=24):
            msg = f"time zone offset {zone!r} is out of range"
            raise _error(msg, text, at)
        return dt.timezone(sign * delta)
    known = ZONES.get(zone)
    if known is None:
        msg = f"unknown time zone abbreviation {zone!r}; known: {', '.join(sorted(ZONES))}"
        raise _error(msg, text, at)
    if isinstance(known, str):
        from dateutil import tz  # noqa: PLC0415 - kept out of package import

        found = tz.gettz(known)
        if found is None:  # pragma: no cover - dateutil ships its own zone files
            msg = f"no zone data for {known}"
            raise _error(msg, text, at)
        return found
    return dt.timezone(dt.timedelta(hours=known), zone)


def _error(reason: str, text: str, at: int) -> ParseError:
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return ParseError(reason, line=line, column=column)


def parse_date(text: str) -> DateMatch:
    """Read one date, with its time and zone if given, that makes up all of ``text``.

    Labels such as ``Published:`` or ``Last updated`` may come first.

    Examples: ``"Tue May 6, 2014 3:07pm EDT"``, ``"20:00 JST, April 6, 2023"``,
    ``"2022-07-05T14:30:00+02:00"``, ``"05.07.2022"``, ``"March 2014"``.

    Raises:
        ParseError: The text is not one date, or names an unknown zone.
    """
    matches = find_dates(text)
    rest = (text[: matches[0].start] + text[matches[0].end :] if len(matches) == 1 else text).strip(" \t,.:")
    if len(matches) != 1 or (rest and not _LABEL.fullmatch(rest + " ")):
        msg = f"expected one date, got {text!r}"
        raise ParseError(msg, line=1, column=1)
    return matches[0]


# --- Relative dates -------------------------------------------------------------


def resolve_relative(expression: str, anchor: dt.date | PartialDate) -> PartialDate:
    """The date a relative expression stands for, counted from ``anchor``.

    Rules:

    - a bare weekday (``"on Sunday"``, ``"Sunday"``): the most recent such day on
      or before the anchor; ``"last Sunday"``: the most recent strictly before;
      ``"next Wednesday"``: the first strictly after;
    - ``"yesterday"``, ``"today"``, ``"tomorrow"``: day precision;
    - ``"this month"``, ``"earlier this month"``, ``"later this month"``: the
      anchor's month; ``"last month"``, ``"next month"``: the month before or after;
    - ``"in March"``, ``"March"``, ``"earlier in March"``: the most recent March on or
      before the anchor's month (month precision);
    - ``"this year"``, ``"earlier this year"``, ``"last year"``, ``"next year"``:
      year precision.

    Args:
        expression: The words of the text, any case, with or without ``on``/``in``.
        anchor: The date the expression is relative to, usually the publication
            date; at least as precise as the result needs.

    Returns:
        The date, at day, month or year precision as the expression gives.

    Raises:
        ParseError: The expression is not one of the above, or the anchor is too
            coarse for it (``"on Sunday"`` against a month).
    """
    if isinstance(anchor, dt.date):
        anchor = PartialDate.from_date(anchor)
    result = _relative.resolve(expression, anchor)
    if result is not None:
        return result
    msg = f"unknown relative date expression {expression!r}"
    raise ParseError(msg, line=1, column=1)


_RELATIVE = re.compile(
    r"\b(?:(?:on|last|next|this past)[^\S\n]{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:yesterday|today|tomorrow)\b"
    r"|\b(?:(?:earlier|later)[^\S\n]{1,3})?(?:this|last|next)[^\S\n]{1,3}(?:month|year)\b"
    r"|\bin[^\S\n]{1,3}(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b(?![^\S\n]{0,3},?[^\S\n]{0,3}\d)",
    re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class RelativeMatch:
    """A relative date expression found in a text, resolved.

    Attributes:
        start: Offset of the expression's first character.
        end: Offset just past it.
        text: Exactly ``text[start:end]`` (``"last Sunday"``).
        date: The date it resolves to; its ``precision`` says how much is known.
        relative: The expression and the anchor it was resolved against.
    """

    start: int
    end: int
    text: str
    date: PartialDate
    relative: RelativeDate


def find_relative_dates(text: str, anchor: dt.date | PartialDate) -> tuple[RelativeMatch, ...]:
    """Every relative date expression in ``text`` that :func:`resolve_relative` knows, resolved.

    Expressions the anchor is too coarse for (a weekday against a month) are
    left out; "in March 2014" is absolute and is left to :func:`find_dates`.
    """
    if isinstance(anchor, dt.date):
        anchor = PartialDate.from_date(anchor)
    found: list[RelativeMatch] = []
    for match in _RELATIVE.finditer(text):
        try:
            date = resolve_relative(match.group(), anchor)
        except ParseError:
            continue
        found.append(
            RelativeMatch(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                date=date,
                relative=RelativeDate(expression=match.group(), anchor=anchor),
            )
        )
    return tuple(found)
