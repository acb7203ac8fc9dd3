"""Shares of the date cases read right, by class: japan_nato_corpus, dateutil and dateparser.

Run: ``python benchmarks/dates_quality.py [--part working|held_out|held_out_2|held_out_3|held_out_4|all]``.

The cases are ``tests/date_cases/cases.json`` (the working table),
``tests/date_cases/held_out.json`` (written before the module was tuned) and
``tests/date_cases/held_out_2.json`` to ``tests/date_cases/held_out_4.json`` (lines of real page
tops in many languages, each with its page's URL, labelled before the module read them, each
reported on its own). A ``header`` case is read as the parser
reads a line of a page's top (:func:`find_dates` with no year carried and no bare year, its
numeric dates in the order :func:`page_day_first` infers from the lines of its page in the set;
the count of each line read alone is printed too): it is
right when the dates found are the expected ones, in order, each with its expected moment where
the case gives one; a line that states no date must give none. An answer
is right when it has the expected ISO value at the expected precision (and the
expected moment, where the case gives one); for a non-date, when no date is given.
dateparser is optional: install it in the benchmark environment only; the
columns say "not installed" without it. dateutil has no relative or search reader.

The peers are scored generously: a single day from a peer counts for a span
("last week") when it falls inside it, and their moments for relative cases are
compared as wall-clock times.
"""

import argparse
import datetime as dt
import json
import pathlib
import warnings
from collections import defaultdict
from collections.abc import Callable

from japan_nato_corpus.dates import find_dates, page_day_first, parse_date, resolve_relative
from japan_nato_corpus.errors import CorpusError

CASES = pathlib.Path(__file__).resolve().parent.parent / "tests" / "date_cases"
Case = dict[str, object]
Verdict = bool | None  # None: the reader has no answer for this kind of case


def load(part: str) -> list[Case]:
    name = {
        "working": "cases.json",
        "held_out": "held_out.json",
        "held_out_2": "held_out_2.json",
        "held_out_3": "held_out_3.json",
        "held_out_4": "held_out_4.json",
    }[part]
    cases: list[Case] = json.loads((CASES / name).read_text(encoding="utf-8"))
    pages: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        if case["kind"] == "header" and "url" in case:
            pages[str(case["url"])].append(str(case["text"]))
    for case in cases:
        if case["kind"] == "header" and "url" in case:
            case["page"] = "\n".join(pages[str(case["url"])])  # the page's lines in the set
    return cases


def anchor_of(text: str) -> dt.datetime | dt.date:
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def same_moment(expected: str, got: dt.datetime | None) -> bool:
    if got is None:
        return False
    want = dt.datetime.fromisoformat(expected)
    if (want.tzinfo is None) != (got.tzinfo is None):
        return False
    return want == got and want.utcoffset() == got.utcoffset()


def iso_of(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value.iso  # type: ignore[attr-defined]


# --- ours ---------------------------------------------------------------------


def ours_absolute(case: Case) -> tuple[bool, str | None]:
    try:
        found = parse_date(str(case["text"]), strict=bool(case.get("strict", True)))
    except CorpusError:
        return case["expected"] is None, None
    if case["expected"] is None or found.date.iso != case["expected"]:
        return False, found.date.iso
    moment = case.get("moment")
    return moment is None or same_moment(str(moment), found.moment), found.date.iso


def ours_relative(case: Case) -> tuple[bool, str | None]:
    try:
        value = resolve_relative(str(case["text"]), anchor_of(str(case["anchor"])))
    except CorpusError:
        return case["expected"] is None, None
    got = iso_of(value)
    if case["expected"] is None:
        return False, got
    if case["precision"] == "moment":
        return isinstance(value, dt.datetime) and same_moment(str(case["expected"]), value), got
    return got == case["expected"], got


def ours_search(case: Case) -> tuple[bool, list[str]]:
    anchor = case.get("anchor")
    try:
        day = None if anchor is None else dt.date.fromisoformat(str(anchor))
        found = find_dates(str(case["text"]), anchor=day)
    except CorpusError:
        return False, []
    got = [match.date.iso for match in found]
    return got == case["expected"], got


def ours_header(case: Case, *, page_order: bool = True) -> tuple[bool, list[str] | None]:
    # With page_order, the line's numeric dates are read in the order page_day_first infers from
    # the lines of its page in the set, as header_dates reads them when given the page's order.
    day_first = page_day_first(str(case["page"])) if page_order and "page" in case else None
    try:
        found = find_dates(str(case["text"]), carry_year=False, bare_years=False, day_first=day_first)
    except CorpusError:
        return False, None
    got = [match.date.iso for match in found]
    if got != case["expected"]:
        return False, got
    moments = case.get("moments") or [None] * len(found)
    right = all(
        want is None or same_moment(str(want), match.moment)
        for want, match in zip(moments, found, strict=True)  # type: ignore[call-overload]
    )
    return right, got


# --- dateutil -----------------------------------------------------------------


def dateutil_absolute(case: Case) -> Verdict:
    from dateutil import parser  # noqa: PLC0415 - the peers are optional

    text = str(case["text"])
    fuzzy = not case.get("strict", True)
    # dateutil warns for every zone name it does not know and reads it as no zone.
    warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
    try:
        first = parser.parse(text, fuzzy=fuzzy, default=dt.datetime(2000, 1, 1))  # noqa: DTZ001
        second = parser.parse(text, fuzzy=fuzzy, default=dt.datetime(2004, 2, 2))  # noqa: DTZ001
    except (ValueError, OverflowError, TypeError):
        return case["expected"] is None
    if case["expected"] is None:
        return False
    precision = "year" if first.month != second.month else "month" if first.day != second.day else "day"
    got = _at(first, precision)
    if first.year != second.year or got != case["expected"]:
        return False
    moment = case.get("moment")
    return moment is None or same_moment(str(moment), first)


def _at(moment: dt.datetime, precision: str) -> str:
    return moment.date().isoformat()[: {"year": 4, "month": 7}.get(precision, 10)]


# --- dateparser ---------------------------------------------------------------


def dateparser_absolute(case: Case) -> Verdict:
    from dateparser.date import DateDataParser  # noqa: PLC0415 - the peers are optional

    found = DateDataParser(settings={"STRICT_PARSING": False}).get_date_data(str(case["text"]))
    if found.date_obj is None:
        return case["expected"] is None
    if case["expected"] is None:
        return False
    precision = {"year": "year", "month": "month"}.get(found.period or "day", "day")
    if _at(found.date_obj, precision) != case["expected"]:
        return False
    moment = case.get("moment")
    return moment is None or same_moment(str(moment), found.date_obj)


def dateparser_relative(case: Case) -> Verdict:
    import dateparser  # noqa: PLC0415 - the peers are optional

    anchor = anchor_of(str(case["anchor"]))
    base = anchor if isinstance(anchor, dt.datetime) else dt.datetime.combine(anchor, dt.time(12))
    got = dateparser.parse(str(case["text"]), settings={"RELATIVE_BASE": base.replace(tzinfo=None)})
    expected = case["expected"]
    if got is None or expected is None:
        return got is None and expected is None
    return _peer_matches(str(expected), str(case["precision"]), got)


def _peer_matches(expected: str, precision: str, got: dt.datetime) -> bool:
    if precision == "range":
        first, last = expected.split("/")
        return first <= got.date().isoformat() <= last
    if precision == "moment":
        return dt.datetime.fromisoformat(expected).replace(tzinfo=None) == got.replace(tzinfo=None)
    return got.date().isoformat()[: len(expected)] == expected


def dateparser_search(case: Case) -> Verdict:
    from dateparser.search import search_dates  # noqa: PLC0415 - the peers are optional

    anchor = case.get("anchor")
    settings = {} if anchor is None else {"RELATIVE_BASE": dt.datetime.fromisoformat(str(anchor))}
    try:
        found = search_dates(str(case["text"]), settings=settings) or []
    except (ValueError, OverflowError):  # pragma: no cover - a peer's failure counts as a miss
        return False
    expected = list(case["expected"])  # type: ignore[call-overload]
    if len(found) != len(expected):
        return False
    return all(
        _peer_matches(want, str(precision), got)
        for want, precision, (_, got) in zip(expected, case["precision"], found, strict=True)  # type: ignore[call-overload]
    )


# --- table --------------------------------------------------------------------


def dateparser_installed() -> bool:
    try:
        import dateparser  # noqa: F401, PLC0415 - the peer is optional
    except ImportError:
        return False
    return True


PEERS: dict[str, dict[str, Callable[[Case], Verdict]]] = {
    "dateutil": {"absolute": dateutil_absolute},
    "dateparser": {
        "absolute": dateparser_absolute,
        "relative": dateparser_relative,
        "search": dateparser_search,
    },
}
OURS: dict[str, Callable[[Case], tuple[bool, object]]] = {
    "absolute": ours_absolute,
    "relative": ours_relative,
    "search": ours_search,
    "header": ours_header,
}
PRECISION_ORDER = {"year": 0, "month": 1, "day": 2, "range": 2, "moment": 3}


def score(cases: list[Case], *, show_misses: bool) -> None:  # noqa: C901 - one table, read in one pass
    have_dateparser = dateparser_installed()
    rows: dict[tuple[str, str], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    non_dates_read = partial_as_full = 0
    line_alone: list[bool] = []
    for case in cases:
        kind, cls = str(case["kind"]), str(case["class"])
        right, got = OURS[kind](case)
        if kind == "header":
            line_alone.append(ours_header(case, page_order=False)[0])
        rows[kind, cls]["ours"].append(right)
        rows[kind, "all"]["ours"].append(right)
        if kind not in {"search", "header"} and case["expected"] is None and got is not None:
            non_dates_read += 1
        if kind == "header" and got and case["expected"] != got:
            non_dates_read += 1  # a date the line does not state, or another than it states
        if kind == "absolute" and got is not None and case["expected"] is not None:
            partial_as_full += PRECISION_ORDER[_precision(got)] > PRECISION_ORDER[str(case["precision"])]
        if show_misses and not right:
            print(f"  miss [{kind}/{cls}] {case['text']!r}: expected {case['expected']!r}, got {got!r}")
        for peer, readers in PEERS.items():
            reader = readers.get(kind)
            if reader is None or (peer == "dateparser" and not have_dateparser):
                continue
            verdict = reader(case)
            rows[kind, cls][peer].append(bool(verdict))
            rows[kind, "all"][peer].append(bool(verdict))
    print("| kind | class | cases | japan_nato_corpus | dateutil | dateparser |")
    print("|---|---|---|---|---|---|")
    order = sorted(rows.items(), key=lambda item: (item[0][0], item[0][1] == "all", item[0][1]))
    for (kind, cls), columns in order:
        names = ("ours", "dateutil", "dateparser")
        shares = [_share(columns.get(name), name, have_dateparser=have_dateparser) for name in names]
        label = f"**{cls}**" if cls == "all" else cls
        print(f"| {kind} | {label} | {len(columns['ours'])} | " + " | ".join(shares) + " |")
    print(f"\nnon-dates read as dates: {non_dates_read}; partial answers given as full: {partial_as_full}")
    if line_alone:
        print(
            f"header lines read in their page's order: as above; each line alone (no order): "
            f"{sum(line_alone)}/{len(line_alone)}"
        )


def _precision(iso: str) -> str:
    return {4: "year", 7: "month"}.get(len(iso), "day")


def _share(results: list[bool] | None, peer: str, *, have_dateparser: bool) -> str:
    if peer == "dateparser" and not have_dateparser:
        return "not installed"
    if not results:
        return "–"
    return f"{100 * sum(results) / len(results):.0f}%"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parts = ["working", "held_out", "held_out_2", "held_out_3", "held_out_4", "both", "all"]
    parser.add_argument("--part", choices=parts, default="both")
    parser.add_argument("--misses", action="store_true", help="list the cases japan_nato_corpus gets wrong")
    options = parser.parse_args()
    # "both" is the two first parts; "all" adds the later held-out sets, each apart.
    everything = ["working", "held_out", "held_out_2", "held_out_3", "held_out_4"]
    parts = {"both": ["working", "held_out"], "all": everything}.get(options.part, [options.part])
    for part in parts:
        cases = load(part)
        print(f"\n## {part} ({len(cases)} cases)\n")
        score(cases, show_misses=options.misses)


if __name__ == "__main__":
    main()
