"""Dates known to the year, the month or the day, and how they were worked out."""

import calendar
import datetime as dt
import enum
import functools
import re

import attrs
from attrs import validators as v

from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.model._fields import _int, _not_blank, _str

# ASCII digits alone: ``\d`` would take "２０１４" (and int() would read it) as a year.
_ISO_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


class Precision(enum.Enum):
    """How much of a date the source gives."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@functools.total_ordering
@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Ordering follows the bounds: dates sort by ``(earliest, latest)``, so a date
    that ends before another begins always sorts first, and of two dates that
    begin on the same day the more precise one sorts first
    (``2014-01-01 < 2014-01 < 2014``).

    Attributes:
        year: 1 to 9999.
        month: 1 to 12, or ``None`` when only the year is known.
        day: A valid day of that month, or ``None``; needs ``month``.
    """

    year: int = attrs.field(validator=[_int, v.in_(range(1, 10000))])
    month: int | None = attrs.field(default=None, validator=v.optional([_int, v.in_(range(1, 13))]))
    day: int | None = attrs.field(default=None, validator=v.optional([_int, v.ge(1)]))

    @day.validator
    def _day_fits_month(self, _: "attrs.Attribute[int | None]", day: int | None) -> None:
        if day is None:
            return
        if self.month is None:
            msg = f"a day ({day}) needs a month"
            raise ValueError(msg)
        last = calendar.monthrange(self.year, self.month)[1]
        if day > last:
            msg = f"day {day} is past the end of {self.year:04d}-{self.month:02d} (last day {last})"
            raise ValueError(msg)

    @classmethod
    def from_iso(cls, text: str) -> "PartialDate":
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ParseError: The text is not one of the three forms or names no real date.
        """
        match = _ISO_PARTIAL.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            msg = f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}"
            raise ParseError(msg)
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            return cls(year=year or 0, month=month, day=day)
        except ValueError as error:
            msg = f"{text!r} is not a real date: {error.args[0]}"
            raise ParseError(msg) from None

    @classmethod
    def from_date(cls, date: dt.date) -> "PartialDate":
        """The day-precision date of a :class:`datetime.date` (or of a datetime's own date)."""
        return cls(year=date.year, month=date.month, day=date.day)

    @property
    def precision(self) -> Precision:
        """Whether the year, the month or the day is known."""
        if self.day is not None:
            return Precision.DAY
        return Precision.YEAR if self.month is None else Precision.MONTH

    @property
    def earliest(self) -> dt.date:
        """The first day this date may stand for."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """The last day this date may stand for."""
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    @property
    def iso(self) -> str:
        """The ISO 8601 form at this precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def contains(self, date: dt.date) -> bool:
        """Whether ``date`` lies within this date's bounds."""
        return self.earliest <= date <= self.latest

    def __str__(self) -> str:
        return self.iso

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.earliest, self.latest) < (other.earliest, other.latest)


def _check_order(start: PartialDate | None, end: PartialDate | None) -> None:
    if start is not None and end is not None and end.latest < start.earliest:
        msg = f"end {end} is before start {start}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class RelativeDate:
    """How a date was worked out from a relative expression in the text.

    Attributes:
        expression: The words of the text (``"last Sunday"``).
        anchor: The date it is relative to, usually the article's publication date.
    """

    expression: str = attrs.field(validator=[_str, _not_blank])
    anchor: PartialDate
