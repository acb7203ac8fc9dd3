"""Coverage-guided fuzzing of ``japan_nato_corpus.dates`` with atheris.

Feeds ``parse_date`` whole texts and ``resolve_relative`` expressions against
fuzzed anchors: the first four bytes of an input choose the anchor, the rest
is the text, read as UTF-8. Any exception other than :class:`~japan_nato_corpus.CorpusError`
is a bug.

Run from the repository root (see CONTRIBUTING.md)::

    python fuzz/fuzz_dates.py /tmp/fuzz-dates fuzz/seeds/dates -max_total_time=300
"""

# ruff: noqa: INP001 - scripts run by path, not a package

import contextlib
import datetime as dt
import sys

import atheris

# Let the fuzzer see string comparisons. (The "RegEx" hook breaks compiling patterns on Python 3.11.)
atheris.enabled_hooks.add("str")

with atheris.instrument_imports():
    import japan_nato_corpus as jnc
    from japan_nato_corpus import dates
    from japan_nato_corpus.model import PartialDate


_FIRST_DAY = dt.date(1900, 1, 1).toordinal()


def _anchor(head: bytes) -> dt.date | PartialDate:
    """An anchor from four bytes: three pick a day in 1900-2079, the fourth its precision."""
    day = dt.date.fromordinal(_FIRST_DAY + int.from_bytes(head[:3].ljust(3, b"\0")) % 65_536)
    precision = head[3] % 4 if len(head) > 3 else 0
    if precision == 0:
        return day
    if precision == 1:
        return PartialDate(year=day.year)
    if precision == 2:
        return PartialDate(year=day.year, month=day.month)
    return PartialDate.from_date(day)


def test_one_input(data: bytes) -> None:
    """One ``parse_date`` and one ``resolve_relative`` call; only a ``CorpusError`` may come out."""
    anchor = _anchor(data[:4])
    text = data[4:].decode("utf-8", errors="replace")
    with contextlib.suppress(jnc.CorpusError):
        dates.parse_date(text)
    with contextlib.suppress(jnc.CorpusError):
        dates.resolve_relative(text, anchor)


def main() -> None:
    """Run the fuzzer with the command line's libFuzzer options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
