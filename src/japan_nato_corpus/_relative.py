"""The rules behind :func:`japan_nato_corpus.dates.resolve_relative`, one function per kind of expression.

The words are matched by hand-written patterns (counts, day words, spans,
weekdays, months, years); all calendar arithmetic is dateutil's
``relativedelta``, so that a month back from 31 March is 28 or 29 February.
"""

import datetime as dt
import re
from collections.abc import Callable

import attrs

from japan_nato_corpus.errors import ArgumentTypeError, ParseError
from japan_nato_corpus.model import PartialDate, Precision

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBERS = {
    **{word: index + 1 for index, word in enumerate(_ONES)},
    "a": 1, "an": 1, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_COUNT = (
    rf"(?:\d{{1,4}}|half an|half a|(?:{_TENS})(?:(?:-| )(?:{'|'.join(_ONES)}))?"
    rf"|a couple of|a couple|couple of|{'|'.join(sorted(_NUMBERS, key=len, reverse=True))})"
)
_UNIT = (
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|fortnights?|months?|mos?|mths?|y(?:ea)?rs?"
    r"|decades?)"
)
_LETTER_UNITS = {"s": "sec", "m": "min", "h": "h", "d": "day", "w": "week", "y": "y"}
_PAST = ("ago", "back", "before now", "earlier than now")
_FUTURE = ("from now", "hence", "from today", "later than now")
_DIRECTION = "|".join((*_PAST, *_FUTURE))
_DAY_WORDS = {
    "the day before yesterday": -2, "day before yesterday": -2, "the day after tomorrow": 2,
    "day after tomorrow": 2, "yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0,
    "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
    "later today": 0, "today's": 0, "yesterday's": -1, "tomorrow's": 1,
}  # fmt: skip
_NOW = frozenset({"now", "just now", "right now"})
_IMPLIED_PART = {
    "tonight": "night", "last night": "night", "this afternoon": "afternoon", "this evening": "evening",
}  # fmt: skip
_PARTS = "morning|afternoon|evening|night"
_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_SPAN_WHICH = "the past|the last|the next|the coming|this past|this coming|last|this|next|past|coming"
_HEDGES = re.compile(r"((?:in|within) )?(?:about|around|roughly|nearly|almost|some|just|only|approximately) ")
_PAST_SPANS = frozenset({"the past", "the last", "past", "this past"})
_COMING_SPANS = frozenset({"the next", "the coming", "coming", "this coming"})
_SPAN_UNIT = "weekend|week|month|year|decade|century"
_TIME = (
    r"(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"(?:[^\S\n]?(?P<ampm>[ap]\.?m\.?)|(?P<oclock> o'clock))?|(?P<word>noon|midday|midnight))"
)
_COUNTED = rf"(?:(?:{_COUNT}) (?:{_UNIT})|\d{{1,4}} ?[smhdwy](?![a-z]))"
_COUNT_RULE = re.compile(
    rf"(?:(?P<ahead>in|within) )?(?P<parts>{_COUNTED}(?:(?:,|, and| and)? {_COUNTED})*)"
    rf"(?:['’]? time| (?P<direction>{_DIRECTION}))?"
)
_COUNT_PART = re.compile(
    rf"(?P<count>{_COUNT}) (?P<unit>{_UNIT})|(?P<digits>\d{{1,4}}) ?(?P<letter>[smhdwy])"
)
_SPAN_RULE = re.compile(
    rf"(?:(?P<mod>earlier|later) )?(?P<which>{_SPAN_WHICH}) (?P<unit>{_SPAN_UNIT})"
    rf"|the (?P<unit2>weekend|week|month|year) (?P<far>before last|after next)"
)
_TIMED_AFTER = re.compile(rf"(?P<head>.+?)(?: (?P<part>{_PARTS}))?(?: at|,)? {_TIME}")
_TIMED_BEFORE = re.compile(rf"(?:at )?{_TIME}(?: on|,)? (?P<head>.+?)(?: (?P<part>{_PARTS}))?")
_PARTED = re.compile(rf"(?P<head>.+?) (?P<part>{_PARTS})")
_BARE_TIME = re.compile(rf"(?:at )?{_TIME}")
_WEEKDAY_WORDS = rf"(?:(?:on|last|next|this past|this coming|coming|this) )?(?:{'|'.join(_WEEKDAYS)})"
_DAY_HEAD = rf"(?:{_DAY_WORD}|{_WEEKDAY_WORDS})(?: (?:{_PARTS}))?"
_TIME_IN_TEXT = r"(?:\d{1,2}(?::\d{2})?(?:[^\S\n]?[ap]\.?m\.?(?![a-z]))|\d{1,2}:\d{2}|noon|midday|midnight)"


def _spaced(pattern: str) -> str:
    plain = re.sub(r"\(\?P<\w+>", "(?:", pattern)
    return plain.replace(" ?", r"[^\S\n]?").replace(" ", r"[^\S\n]{1,3}")


EXPRESSIONS = re.compile(
    "|".join(
        rf"\b{_spaced(pattern)}(?![\w])"
        for pattern in (
            rf"(?:in|within) {_COUNTED}(?:(?:,|, and| and)? {_COUNTED})*(?:['’]? time)?",
            rf"{_COUNTED}(?:(?:,|, and| and)? {_COUNTED})* (?:{_DIRECTION})",
            rf"at {_TIME_IN_TEXT} (?:{_DAY_WORD})",
            rf"{_DAY_HEAD}(?:(?: at|,)? {_TIME_IN_TEXT}|(?: at) \d{{1,2}}(?![\d:]))?",
            _SPAN_RULE.pattern,
            rf"(?:in|earlier in|last|next) (?:{'|'.join(_MONTHS)})(?![^\S\n]{{0,3}},?[^\S\n]{{0,3}}\d)",
            "(?:(?:earlier|later) )?(?:this|last|next) (?:month|year)",
        )
    ),
    re.IGNORECASE,
)
"""Where relative expressions are in running text; each is then resolved by the rules."""


@attrs.frozen(kw_only=True)
class DateRange:
    """The days from ``earliest`` to ``latest``, both included: a span such as ``"last week"``.

    Attributes:
        earliest: The first day.
        latest: The last day, not before ``earliest``.
    """

    earliest: dt.date
    latest: dt.date

    def __attrs_post_init__(self) -> None:
        if self.latest < self.earliest:
            msg = f"a range cannot end ({self.latest}) before it starts ({self.earliest})"
            raise ParseError(msg)

    @property
    def iso(self) -> str:
        """The ISO 8601 interval, ``YYYY-MM-DD/YYYY-MM-DD``."""
        return f"{self.earliest.isoformat()}/{self.latest.isoformat()}"

    @property
    def days(self) -> int:
        """How many days the range holds."""
        return (self.latest - self.earliest).days + 1

    def contains(self, date: dt.date) -> bool:
        """Whether ``date`` lies within the range."""
        return self.earliest <= date <= self.latest

    def __str__(self) -> str:
        return self.iso


@attrs.frozen(kw_only=True)
class Anchor:
    """The moment an expression is counted from, as far as it is known.

    Attributes:
        partial: The anchor's date, at the precision given.
        moment: The anchor as a datetime, when a time was given.
        zone: The zone for results with a time, when known.
    """

    partial: PartialDate
    moment: dt.datetime | None = None
    zone: dt.tzinfo | None = None

    @classmethod
    def of(cls, anchor: object, tz: object = None) -> "Anchor":
        """Read a datetime, date, :class:`PartialDate` or ISO string as an anchor.

        Raises:
            ArgumentTypeError: The anchor is none of these, or ``tz`` is no zone.
            ParseError: The anchor is a string that is no ISO date.
        """
        if tz is not None and not isinstance(tz, dt.tzinfo):
            msg = f"tz must be a datetime.tzinfo, got {type(tz).__name__}"
            raise ArgumentTypeError("tz", tz, message=msg)
        if isinstance(anchor, str):
            anchor = _from_iso(anchor)
        if isinstance(anchor, dt.datetime):
            zone = anchor.tzinfo or tz
            moment = anchor if anchor.tzinfo is not None or tz is None else anchor.replace(tzinfo=tz)
            return cls(partial=PartialDate.from_date(anchor), moment=moment, zone=zone)
        if isinstance(anchor, dt.date):
            return cls(partial=PartialDate.from_date(anchor), zone=tz)
        if isinstance(anchor, PartialDate):
            return cls(partial=anchor, zone=tz)
        msg = f"anchor must be a datetime, date, PartialDate or ISO string, got {type(anchor).__name__}"
        raise ArgumentTypeError("anchor", anchor, message=msg)

    @property
    def date(self) -> str:
        """The anchor in ISO form, for messages."""
        return self.moment.isoformat() if self.moment is not None else self.partial.iso


def _from_iso(text: str) -> PartialDate | dt.datetime:
    try:
        return PartialDate.from_iso(text)
    except ParseError:
        pass
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        msg = f"anchor {text!r} is not an ISO date or datetime"
        raise ParseError(msg) from None


Result = PartialDate | DateRange | dt.datetime


def resolve(expression: str, anchor: Anchor) -> Result | None:
    """What ``expression`` stands for, or ``None`` when no rule knows it."""
    words = _SPACES.sub(" ", expression.strip().lower())
    counted = _count_rule(words, anchor)
    if counted is not None:
        return counted
    if words in _NOW:
        return anchor.moment if anchor.moment is not None else PartialDate.from_date(_need_day(anchor, words))
    day = _day_expression(words, anchor)
    if day is not None:
        return day
    return _timed(words, anchor)


def _day_expression(words: str, anchor: Anchor) -> Result | None:
    if words in _DAY_WORDS:
        shifted = _need_day(anchor, words) + dt.timedelta(days=_DAY_WORDS[words])
        return PartialDate.from_date(shifted)
    span = _span_rule(words, anchor)
    if span is not None:
        return span
    bare = words.removeprefix("on ").removeprefix("in ")
    for bare_rule in _BARE_RULES:
        found = bare_rule(bare, anchor.partial)
        if found is not None:
            return found
    return None


def _timed(words: str, anchor: Anchor) -> Result | None:
    """A day expression with a time or a part of the day (``"friday at 5pm"``), or a time alone."""
    for pattern in (_TIMED_AFTER, _TIMED_BEFORE):
        match = pattern.fullmatch(words)
        if match is None:
            continue
        head, part = match.group("head"), match.group("part") or ""
        # "this evening at 7:30": the part of the day may belong to the day words.
        for words_of_day, part_of_day in ((head, part), (f"{head} {part}", "")):
            day = _day_expression(words_of_day, anchor)
            if isinstance(day, PartialDate) and day.precision is Precision.DAY:
                implied = part_of_day or _IMPLIED_PART.get(words_of_day, "")
                return _at(day.earliest, _clock(match, implied), anchor)
    parted = _PARTED.fullmatch(words)
    if parted is not None:
        day = _day_expression(parted.group("head"), anchor)
        if isinstance(day, PartialDate) and day.precision is Precision.DAY:
            return day
    alone = _BARE_TIME.fullmatch(words)
    if alone is not None and any(alone.group(g) for g in ("minute", "ampm", "oclock", "word")):
        return _at(_need_day(anchor, words), _clock(alone, ""), anchor)
    return None


def _at(day: dt.date, clock: dt.time | None, anchor: Anchor) -> dt.datetime | None:
    if clock is None:
        return None
    moment = dt.datetime.combine(day, clock)
    return moment.replace(tzinfo=anchor.zone) if anchor.zone is not None else moment


def _need_day(anchor: Anchor, words: str) -> dt.date:
    return _need(anchor.partial, Precision.DAY, words)


def is_month_name(expression: str) -> bool:
    """Whether the expression names a month alone (``"in March"``), with no year or count."""
    words = _SPACES.sub(" ", expression.strip().lower()).removeprefix("in ").removeprefix("earlier in ")
    return words in _MONTHS


def covering(value: Result) -> PartialDate:
    """The narrowest :class:`PartialDate` that holds all of ``value``.

    Raises:
        ValueError: A range that runs over more than one year.
    """
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.datetime):
        return PartialDate.from_date(value)
    if value.earliest == value.latest:
        return PartialDate.from_date(value.earliest)
    if value.earliest.year != value.latest.year:
        msg = f"{value} runs over more than one year"
        raise ValueError(msg)
    if value.earliest.month == value.latest.month:
        return PartialDate(year=value.earliest.year, month=value.earliest.month)
    return PartialDate(year=value.earliest.year)


def _need(anchor: PartialDate, precision: Precision, words: str) -> dt.date:
    order = [Precision.YEAR, Precision.MONTH, Precision.DAY]
    if order.index(anchor.precision) < order.index(precision):
        msg = f"{words!r} needs an anchor known to the {precision.value}, got {anchor}"
        raise ParseError(msg, line=1, column=1)
    return anchor.earliest


def _count(words: str) -> float | None:
    if words.isdigit():
        return int(words)
    if words in {"half an", "half a"}:
        return 0.5
    if words in _NUMBERS:
        return _NUMBERS[words]
    tens, _, ones = words.replace("-", " ").partition(" ")
    if tens in _NUMBERS and ones in _ONES:
        return _NUMBERS[tens] + _ONES.index(ones) + 1
    return None


def _unit(word: str) -> str:
    if word in _LETTER_UNITS:
        return _LETTER_UNITS[word]
    if word.startswith(("mo", "mth")):
        return "month"
    for unit in ("sec", "min", "h", "day", "week", "fortnight", "y", "decade"):
        if word.startswith(unit):
            return unit
    return word  # pragma: no cover - the pattern allows only the units above


def _count_rule(words: str, anchor: Anchor) -> Result | None:
    # A hedge ("about three years ago") leaves the count as written: the result's
    # precision already says how much is known.
    match = _COUNT_RULE.fullmatch(_HEDGES.sub(r"\1", words, count=1) if _HEDGES.match(words) else words)
    if match is None or (match.group("ahead") is None) == (match.group("direction") is None):
        return None
    sign = -1 if match.group("direction") in _PAST else 1
    steps: dict[str, int] = {}
    for part in _COUNT_PART.finditer(match.group("parts")):
        count = _count(part.group("count") or part.group("digits"))
        unit = _unit(part.group("unit") or part.group("letter"))
        if count is None:
            return None
        if count != int(count):
            if unit != "h":
                return None
            unit, count = "min", count * 60
        steps[unit] = steps.get(unit, 0) + sign * int(count)
    return _step(words, anchor, steps)


_UNIT_ORDER = ("sec", "min", "h", "day", "week", "fortnight", "month", "y", "decade")


def _step(words: str, anchor: Anchor, steps: dict[str, int]) -> Result:
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415 - kept out of package import

    delta = relativedelta(
        seconds=steps.get("sec", 0),
        minutes=steps.get("min", 0),
        hours=steps.get("h", 0),
        days=steps.get("day", 0) + 7 * steps.get("week", 0) + 14 * steps.get("fortnight", 0),
        months=steps.get("month", 0),
        years=steps.get("y", 0) + 10 * steps.get("decade", 0),
    )
    finest = min(steps, key=_UNIT_ORDER.index)
    if finest in {"sec", "min", "h"}:
        if anchor.moment is None:
            msg = f"{words!r} needs an anchor with a time of day, got {anchor.partial}"
            raise ParseError(msg, line=1, column=1)
        moved: dt.datetime = anchor.moment + delta
        return moved
    if finest in {"day", "week", "fortnight"}:
        return PartialDate.from_date(_need(anchor.partial, Precision.DAY, words) + delta)
    if finest == "month":
        month = _need(anchor.partial, Precision.MONTH, words) + delta
        return PartialDate(year=month.year, month=month.month)
    return PartialDate(year=(_need(anchor.partial, Precision.YEAR, words) + delta).year)


def _clock(match: re.Match[str], part: str) -> dt.time | None:
    word = match.group("word")
    if word:
        return dt.time(0 if word == "midnight" else 12)
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    second = int(match.group("second") or 0)
    ampm = (match.group("ampm") or "").replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif (part in {"afternoon", "evening"} and 1 <= hour < 12) or (part == "night" and 6 <= hour < 12):
        hour += 12
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second)


def _span_rule(words: str, anchor: Anchor) -> Result | None:
    match = _SPAN_RULE.fullmatch(words)
    if match is None:
        return None
    if match.group("far"):
        shift = -2 if match.group("far") == "before last" else 2
        return _far(words, anchor.partial, match.group("unit2"), shift)
    which, unit = match.group("which"), match.group("unit")
    if which in _PAST_SPANS | _COMING_SPANS:
        return _rolling(words, anchor.partial, which, unit)
    shift = {"last": -1, "this": 0, "next": 1}[which]
    if (match.group("mod") and shift) or unit in {"month", "year"}:
        return None  # months and years are the month and year rules', which give a PartialDate
    if unit in {"week", "weekend"}:
        return _week(words, anchor.partial, shift, weekend=unit == "weekend")
    size = 10 if unit == "decade" else 100
    first = (_need(anchor.partial, Precision.YEAR, words).year // size + shift) * size
    return DateRange(earliest=dt.date(max(first, 1), 1, 1), latest=dt.date(first + size - 1, 12, 31))


def _far(words: str, anchor: PartialDate, unit: str, shift: int) -> Result:
    """``"the week before last"`` (two back), ``"the year after next"`` (two on)."""
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415 - kept out of package import

    if unit in {"week", "weekend"}:
        return _week(words, anchor, shift, weekend=unit == "weekend")
    if unit == "month":
        month = _need(anchor, Precision.MONTH, words) + relativedelta(months=shift)
        return PartialDate(year=month.year, month=month.month)
    return PartialDate(year=_need(anchor, Precision.YEAR, words).year + shift)


def _rolling(words: str, anchor: PartialDate, which: str, unit: str) -> Result | None:
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415 - kept out of package import

    lengths = {
        "week": relativedelta(days=7), "month": relativedelta(months=1), "year": relativedelta(years=1),
        "decade": relativedelta(years=10), "century": relativedelta(years=100),
    }  # fmt: skip
    if unit == "weekend":  # the weekend just gone, or the one ahead
        ahead = int(which in _COMING_SPANS and _need(anchor, Precision.DAY, words).weekday() >= 5)
        return _week(words, anchor, -1 if which in _PAST_SPANS else ahead, weekend=True)
    length = lengths.get(unit)
    if length is None:
        return None
    day = _need(anchor, Precision.DAY, words)
    if which in _COMING_SPANS:
        return DateRange(earliest=day, latest=day + length)
    return DateRange(earliest=day - length, latest=day)


def _week(words: str, anchor: PartialDate, shift: int, *, weekend: bool) -> DateRange:
    day = _need(anchor, Precision.DAY, words)
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=shift)
    if weekend:
        return DateRange(earliest=monday + dt.timedelta(days=5), latest=monday + dt.timedelta(days=6))
    return DateRange(earliest=monday, latest=monday + dt.timedelta(days=6))


def _weekday_rule(words: str, anchor: PartialDate) -> PartialDate | None:
    match = re.fullmatch(r"(?:(last|next|this past|past|this coming|coming|this) )?(\w+?)s?", words)
    if match is None or match.group(2) not in _WEEKDAYS:
        return None
    day = _need(anchor, Precision.DAY, words)
    if match.group(1) == "this":  # the one in the anchor's week, Monday to Sunday
        return PartialDate.from_date(day + dt.timedelta(days=_WEEKDAYS.index(match.group(2)) - day.weekday()))
    back = (day.weekday() - _WEEKDAYS.index(match.group(2))) % 7
    if match.group(1) in {"next", "coming", "this coming"}:
        return PartialDate.from_date(day + dt.timedelta(days=7 - back if back else 7))
    if match.group(1) and back == 0:
        back = 7
    return PartialDate.from_date(day - dt.timedelta(days=back))


def _month_rule(words: str, anchor: PartialDate) -> PartialDate | None:
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415 - kept out of package import

    shift = {
        "this month": 0, "earlier this month": 0, "later this month": 0, "last month": -1,
        "next month": 1, "earlier in the month": 0,
    }.get(words)  # fmt: skip
    if shift is not None:
        month = _need(anchor, Precision.MONTH, words) + relativedelta(months=shift)
        return PartialDate(year=month.year, month=month.month)
    which, _, name = words.rpartition(" ")
    if which not in {"", "earlier in", "late", "early", "last", "next"} or name not in _MONTHS:
        return None
    number = _MONTHS.index(name) + 1
    start = _need(anchor, Precision.MONTH, words)
    anchor_month = start.month
    if which == "next":
        return PartialDate(year=start.year + (number <= anchor_month), month=number)
    if which == "last":
        return PartialDate(year=start.year - (number >= anchor_month), month=number)
    return PartialDate(year=start.year if number <= anchor_month else start.year - 1, month=number)


def _year_rule(words: str, anchor: PartialDate) -> PartialDate | None:
    shift = {
        "this year": 0, "earlier this year": 0, "later this year": 0, "last year": -1,
        "next year": 1,
    }.get(words)  # fmt: skip
    if shift is None:
        return None
    return PartialDate(year=_need(anchor, Precision.YEAR, words).year + shift)


_BARE_RULES: tuple[Callable[[str, PartialDate], PartialDate | None], ...] = (
    _weekday_rule,
    _month_rule,
    _year_rule,
)
