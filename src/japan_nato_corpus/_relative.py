"""The rules behind :func:`japan_nato_corpus.dates.resolve_relative`, one function per kind of expression."""

import datetime as dt
import re
from collections.abc import Callable

from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.model import PartialDate, Precision

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_SPACES = re.compile(r"\s+")


def resolve(expression: str, anchor: PartialDate) -> PartialDate | None:
    """The date ``expression`` stands for, or ``None`` when no rule knows it."""
    words = _SPACES.sub(" ", expression.strip().lower()).removeprefix("on ").removeprefix("in ")
    for rule in _RULES:
        result = rule(words, anchor)
        if result is not None:
            return result
    return None


def _need(anchor: PartialDate, precision: Precision, words: str) -> dt.date:
    order = [Precision.YEAR, Precision.MONTH, Precision.DAY]
    if order.index(anchor.precision) < order.index(precision):
        msg = f"{words!r} needs an anchor known to the {precision.value}, got {anchor}"
        raise ParseError(msg, line=1, column=1)
    return anchor.earliest


def _weekday_rule(words: str, anchor: PartialDate) -> PartialDate | None:
    match = re.fullmatch(r"(?:(last|next|this past|past) )?(\w+?)s?", words)
    if match is None or match.group(2) not in _WEEKDAYS:
        return None
    day = _need(anchor, Precision.DAY, words)
    back = (day.weekday() - _WEEKDAYS.index(match.group(2))) % 7
    if match.group(1) == "next":
        return PartialDate.from_date(day + dt.timedelta(days=7 - back if back else 7))
    if match.group(1) and back == 0:
        back = 7
    return PartialDate.from_date(day - dt.timedelta(days=back))


def _day_rule(words: str, anchor: PartialDate) -> PartialDate | None:
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1}.get(words)
    if shift is None:
        return None
    return PartialDate.from_date(_need(anchor, Precision.DAY, words) + dt.timedelta(days=shift))


def _month_rule(words: str, anchor: PartialDate) -> PartialDate | None:
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415 - kept out of package import

    shift = {
        "this month": 0, "earlier this month": 0, "later this month": 0, "last month": -1,
        "next month": 1, "earlier in the month": 0,
    }.get(words)  # fmt: skip
    if shift is not None:
        month = _need(anchor, Precision.MONTH, words) + relativedelta(months=shift)
        return PartialDate(year=month.year, month=month.month)
    name = words.removeprefix("earlier in ").removeprefix("late ").removeprefix("early ")
    if name not in _MONTHS:
        return None
    number = _MONTHS.index(name) + 1
    start = _need(anchor, Precision.MONTH, words)
    return PartialDate(year=start.year if number <= start.month else start.year - 1, month=number)


def _year_rule(words: str, anchor: PartialDate) -> PartialDate | None:
    shift = {
        "this year": 0, "earlier this year": 0, "later this year": 0, "last year": -1,
        "next year": 1, "a year ago": -1,
    }.get(words)  # fmt: skip
    if shift is None:
        return None
    return PartialDate(year=_need(anchor, Precision.YEAR, words).year + shift)


_RULES: tuple[Callable[[str, PartialDate], PartialDate | None], ...] = (
    _weekday_rule,
    _day_rule,
    _month_rule,
    _year_rule,
)
