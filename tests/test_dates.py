"""Tests for absolute date reading and relative date resolution in ``dates``."""

import contextlib
import datetime as dt
import json
import pathlib

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from japan_nato_corpus import dates
from japan_nato_corpus.dates import (
    TWO_DIGIT_YEAR_PIVOT,
    ZONES,
    find_dates,
    find_relative_dates,
    parse_date,
    resolve_relative,
)
from japan_nato_corpus.errors import CorpusError, ParseError
from japan_nato_corpus.model import PartialDate, Precision
from japan_nato_corpus.strategies import partial_dates

EDT = dt.timezone(dt.timedelta(hours=-4))


def _day(year, month, day):
    return PartialDate(year=year, month=month, day=day)


class TestParseDate:
    """One date with its time and zone, in the usual news styles."""

    @pytest.mark.parametrize(
        ("text", "date", "moment"),
        [
            ("Tue May 6, 2014 3:07pm EDT", _day(2014, 5, 6), dt.datetime(2014, 5, 6, 15, 7, tzinfo=EDT)),
            (
                "20:00 JST, April 6, 2023",
                _day(2023, 4, 6),
                dt.datetime(2023, 4, 6, 20, tzinfo=dt.timezone(dt.timedelta(hours=9))),
            ),
            (
                "Published: Monday 5 July 2022 14:30 CEST",
                _day(2022, 7, 5),
                dt.datetime(2022, 7, 5, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            ),
            (
                "2022-07-05T14:30:00+02:00",
                _day(2022, 7, 5),
                dt.datetime(2022, 7, 5, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            ),
            (
                "July 5, 2022 at 2:30 p.m. ET",
                _day(2022, 7, 5),
                dt.datetime(2022, 7, 5, 18, 30, tzinfo=dt.UTC),
            ),
            (
                "January 5, 2022 at 2:30 p.m. ET",
                _day(2022, 1, 5),
                dt.datetime(2022, 1, 5, 19, 30, tzinfo=dt.UTC),
            ),
            (
                "Updated Sept. 5, 2022, 3:07 PM GMT+9",
                _day(2022, 9, 5),
                dt.datetime(2022, 9, 5, 6, 7, tzinfo=dt.UTC),
            ),
            ("05.07.2022", _day(2022, 7, 5), None),
            ("07/05/2022", _day(2022, 7, 5), None),
            ("25/12/2022", _day(2022, 12, 25), None),
            ("2023/04/06", _day(2023, 4, 6), None),
            ("2023.04.06", _day(2023, 4, 6), None),
            ("Last updated 14th of March, 2019", _day(2019, 3, 14), None),
            ("Jan. 14, 2013 11:05 a.m.", _day(2013, 1, 14), dt.datetime(2013, 1, 14, 11, 5)),  # noqa: DTZ001
            ("March 2014", PartialDate(year=2014, month=3), None),
        ],
    )
    def test_styles(self, text, date, moment):
        found = parse_date(text)
        assert date == found.date
        assert moment == found.moment

    @pytest.mark.parametrize(
        ("text", "hours"),
        [
            ("July 5, 2022 at 2:30 p.m. ET", -4),
            ("January 5, 2022 at 2:30 p.m. ET", -5),
            ("Sept. 5, 2022, 3:07 PM GMT+9", 9),
            ("5 July 2022 14:30 UTC-03:30", -3.5),
            ("20:00 JST, April 6, 2023", 9),
        ],
    )
    def test_zone_offsets(self, text, hours):
        assert dt.timedelta(hours=hours) == parse_date(text).moment.utcoffset()

    def test_label(self):
        assert "last updated" == parse_date("Last updated: 6 April 2023").label
        assert "published" == parse_date("Published 6 April 2023").label

    def test_unknown_zone_is_an_error(self):
        with pytest.raises(ParseError, match="unknown time zone abbreviation 'QQT'"):
            parse_date("May 6, 2014 3:07pm QQT")

    def test_ambiguous_cst_is_refused(self):
        assert "CST" not in ZONES
        with pytest.raises(ParseError, match="'CST'"):
            parse_date("May 6, 2014 3:07pm CST")

    @pytest.mark.parametrize("text", ["", "no date here", "31.02.2022", "May 6 and June 7, 2014 and 2015"])
    def test_not_one_date(self, text):
        with pytest.raises(ParseError):
            parse_date(text)


class TestFindDates:
    """Dates are cut out of running text before they are read, so stray numbers stay numbers."""

    def test_numbers_in_a_sentence_are_not_dates(self):
        text = "The 28 allies sent 2,000 troops and 12 ships in 3 waves; 7 of them returned."
        assert () == find_dates(text)

    def test_spans_slice_the_text(self):
        text = "Signed on 6 May 2014 in Brussels, reported May 7, 2014 3:00 pm EDT by Reuters."
        found = find_dates(text)
        assert ["6 May 2014", "May 7, 2014 3:00 pm EDT"] == [m.text for m in found]
        for match in found:
            assert text[match.start : match.end] == match.text

    def test_word_after_time_is_not_a_zone(self):
        found = find_dates("5 July 2022, 10:30 NATO leaders met")
        assert dt.datetime(2022, 7, 5, 10, 30) == found[0].moment  # noqa: DTZ001 - no zone given
        assert "5 July 2022, 10:30" == found[0].text

    @given(st.text(max_size=200))
    def test_spans_always_slice(self, text):
        try:
            found = find_dates(text)
        except ParseError:
            return
        for match in found:
            assert text[match.start : match.end] == match.text


class TestResolveRelative:
    """Relative expressions resolve against the anchor by the documented rules."""

    @pytest.mark.parametrize(
        ("expression", "anchor", "expected"),
        [
            ("on Sunday", dt.date(2013, 1, 14), "2013-01-13"),
            ("last Sunday", dt.date(2013, 1, 14), "2013-01-13"),
            ("next Wednesday", dt.date(2013, 1, 14), "2013-01-16"),
            ("on Friday", dt.date(2013, 1, 14), "2013-01-11"),
            ("in January", dt.date(2013, 1, 14), "2013-01"),
            ("on Tuesday", dt.date(2014, 5, 6), "2014-05-06"),
            ("last Tuesday", dt.date(2014, 5, 6), "2014-04-29"),
            ("next Tuesday", dt.date(2014, 5, 6), "2014-05-13"),
            ("last year", dt.date(2014, 5, 6), "2013"),
            ("this year", dt.date(2014, 5, 6), "2014"),
            ("on Wednesday", dt.date(2023, 4, 6), "2023-04-05"),
            ("In March", dt.date(2023, 4, 6), "2023-03"),
            ("in May", dt.date(2023, 4, 6), "2022-05"),
            ("April", dt.date(2023, 4, 6), "2023-04"),
            ("earlier this month", dt.date(2023, 4, 6), "2023-04"),
            ("this month", PartialDate(year=2023, month=4), "2023-04"),
            ("last month", dt.date(2023, 1, 6), "2022-12"),
            ("yesterday", dt.date(2023, 3, 1), "2023-02-28"),
            ("today", dt.date(2023, 3, 1), "2023-03-01"),
            ("tomorrow", dt.date(2023, 12, 31), "2024-01-01"),
            ("  On   SUNDAY ", PartialDate(year=2013, month=1, day=14), "2013-01-13"),
            ("last year", PartialDate(year=2014), "2013"),
        ],
    )
    def test_rules(self, expression, anchor, expected):
        assert PartialDate.from_iso(expected) == resolve_relative(expression, anchor)

    @pytest.mark.parametrize("expression", ["a few days ago", "on the 5th", "soon", "", "next Funday"])
    def test_unknown_expression(self, expression):
        with pytest.raises(ParseError, match="unknown relative date expression"):
            resolve_relative(expression, dt.date(2014, 5, 6))

    def test_anchor_too_coarse(self):
        with pytest.raises(ParseError, match="needs an anchor known to the day"):
            resolve_relative("on Sunday", PartialDate(year=2014, month=5))

    @given(partial_dates(), st.sampled_from(["monday", "friday", "sunday"]))
    def test_weekday_laws(self, anchor, weekday):
        if anchor.precision is not Precision.DAY:
            return
        bare = resolve_relative(weekday, anchor).earliest
        last = resolve_relative(f"last {weekday}", anchor).earliest
        following = resolve_relative(f"next {weekday}", anchor).earliest
        day = anchor.earliest
        assert 0 <= (day - bare).days <= 6
        assert 1 <= (day - last).days <= 7
        assert 1 <= (following - day).days <= 7
        assert bare.weekday() == last.weekday() == following.weekday()

    @given(partial_dates(), st.sampled_from(["january", "june", "december"]))
    def test_month_is_on_or_before_anchor(self, anchor, month):
        if anchor.precision is Precision.YEAR:
            return
        resolved = resolve_relative(f"in {month}", anchor)
        assert Precision.MONTH == resolved.precision
        assert resolved.earliest <= anchor.earliest
        assert (anchor.earliest - resolved.earliest).days < 366


class TestFindRelativeDates:
    """Relative expressions are found in running text and resolved against the anchor."""

    def test_news_paragraph(self):
        text = (
            "Abe gave a speech on Friday. The envoy will arrive next Wednesday, after a drill "
            "last Sunday. Spending rose in January; the plan of March 2013 stands."
        )
        found = find_relative_dates(text, dt.date(2013, 1, 14))
        expected = [
            ("on Friday", "2013-01-11"),
            ("next Wednesday", "2013-01-16"),
            ("last Sunday", "2013-01-13"),
            ("in January", "2013-01"),
        ]
        assert expected == [(m.text, m.date.iso) for m in found]
        assert PartialDate(year=2013, month=1, day=14) == found[0].relative.anchor
        assert "on Friday" == found[0].relative.expression
        for match in found:
            assert text[match.start : match.end] == match.text

    def test_coarse_anchor_skips_weekdays(self):
        found = find_relative_dates("on Sunday and last year", PartialDate(year=2014))
        assert [("last year", "2013")] == [(m.text, m.date.iso) for m in found]

    @given(st.text(max_size=200), partial_dates())
    def test_spans_always_slice(self, text, anchor):
        for match in find_relative_dates(text, anchor):
            assert text[match.start : match.end] == match.text
            assert match.date == resolve_relative(match.text, anchor)


JST = dt.timezone(dt.timedelta(hours=9))
CASES = pathlib.Path(__file__).parent / "date_cases"


def _cases(name):
    return json.loads((CASES / name).read_text(encoding="utf-8"))


class TestParseDateForms:
    """Each class of form people write reads to its date, at the precision written."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("3/4/21", "2021-03-04"),
            ("June 2, '97", "1997-06-02"),
            ("15-Mar-05", "2005-03-15"),
            ("12-Oct-2011", "2011-10-12"),
            ("2011 Oct 12", "2011-10-12"),
            ("2016 March 8", "2016-03-08"),
            ("04FEB2019", "2019-02-04"),
            ("09-21-2016", "2016-09-21"),
            ("14 07 2012", "2012-07-14"),
            ("20190302", "2019-03-02"),
            ("2012", "2012"),
            ("2015-06", "2015-06"),
            ("06-2015", "2015-06"),
            ("9/2013", "2013-09"),
            ("9 feb 2018", "2018-02-09"),
            ("OCTOBER 30, 2019", "2019-10-30"),
            ("monday, 07 april 2014", "2014-04-07"),
            ("Thurs 5th Nov, 2020", "2020-11-05"),
            ("Updated: 04/11/2022", "2022-04-11"),
        ],
    )
    def test_forms(self, text, expected):
        assert expected == parse_date(text).date.iso

    @pytest.mark.parametrize(
        ("text", "moment"),
        [
            ("Thu Mar 02 08:15:00 2017", dt.datetime(2017, 3, 2, 8, 15)),  # noqa: DTZ001
            ("Mon Jun 9 14:02:41 EDT 2014", dt.datetime(2014, 6, 9, 14, 2, 41, tzinfo=EDT)),
            ("Thu, 02 Mar 2017 08:15:00 +0000", dt.datetime(2017, 3, 2, 8, 15, tzinfo=dt.UTC)),
            ("2017-03-02T08:15:00.5z", dt.datetime(2017, 3, 2, 8, 15, 0, 500000, tzinfo=dt.UTC)),
            ("20180611T081500+0900", dt.datetime(2018, 6, 11, 8, 15, tzinfo=JST)),
            ("Tue Jul 04 2017 10:00:00 GMT+0900 (JST)", dt.datetime(2017, 7, 4, 10, tzinfo=JST)),
            ("4th June, 2019 @ 9:45 pm EDT", dt.datetime(2019, 6, 4, 21, 45, tzinfo=EDT)),
            ("March 3, 2021 at midnight", dt.datetime(2021, 3, 3)),  # noqa: DTZ001
        ],
    )
    def test_moments(self, text, moment):
        found = parse_date(text)
        assert moment == found.moment
        assert moment.utcoffset() == found.moment.utcoffset()

    def test_two_digit_years_pivot(self):
        assert TWO_DIGIT_YEAR_PIVOT == 69
        assert 2068 == parse_date("1/1/68").date.year
        assert 1969 == parse_date("1/1/69").date.year

    def test_unknown_weekday_never_gives_the_month_alone(self):
        for text in ("Thrsday 5th Nov, 2020", "Frday 5 Nov 2020"):
            with pytest.raises(ParseError):
                parse_date(text)
            assert "2020-11-05" == parse_date(text.split(" ", 1)[1]).date.iso

    @pytest.mark.parametrize("text", ["10:45", "2019 and counting", "2019abc", "Thursday", "Feb 30, 2021"])
    def test_non_dates_are_refused(self, text):
        with pytest.raises(ParseError):
            parse_date(text)


class TestStrict:
    """Trailing words are refused by default and read past with ``strict=False``."""

    @pytest.mark.parametrize(
        ("text", "read"),
        [
            ("May 6, 2014 in World News", "May 6, 2014"),
            ("10 January 2022 — by Staff", "10 January 2022"),
            ("June 14, 2022 at 10:02 a.m. EDT · Updated 2 hours ago", "June 14, 2022 at 10:02 a.m. EDT"),
            ("2019 and counting", "2019"),
        ],
    )
    def test_trailing_words(self, text, read):
        with pytest.raises(ParseError, match="expected one date"):
            parse_date(text)
        found = parse_date(text, strict=False)
        assert read == found.text
        assert text[found.start : found.end] == found.text

    def test_leading_words_are_never_read_past(self):
        with pytest.raises(ParseError):
            parse_date("Page 12 of 6 May 2014", strict=False)


class TestZoneChecks:
    """A zone that cannot be right for the date is refused, not guessed."""

    def test_summer_time_out_of_season(self):
        with pytest.raises(ParseError, match="'EDT' is a summer time"):
            parse_date("January 10, 2022 9:00 AM EDT")
        with pytest.raises(ParseError, match="'BST' is a summer time"):
            find_dates("Posted 1 December 2020 10:00 BST.")

    def test_summer_time_in_season(self):
        assert dt.timedelta(hours=-4) == parse_date("July 10, 2022 9:00 AM EDT").moment.utcoffset()

    @pytest.mark.parametrize(
        "text", ["2022-03-01T10:00+00:99", "2022-03-01T10:00+24:00", "1 May 2020 10:00 UTC+3:75"]
    )
    def test_offset_out_of_range(self, text):
        with pytest.raises(ParseError, match="out of range"):
            parse_date(text)


class TestYears:
    """Years are carried within a text, as a reader carries them, and say where they came from."""

    def test_carried_forward(self):
        found = find_dates("March 4, 2019 to April 2nd")
        assert ["2019-03-04", "2019-04-02"] == [m.date.iso for m in found]
        assert ["text", "context"] == [m.year_from for m in found]

    def test_carried_back_within_a_sentence(self):
        found = find_dates("The summit ran from July 11 to July 12, 2023.")
        assert ["2023-07-11", "2023-07-12"] == [m.date.iso for m in found]

    def test_from_the_anchor_nearest(self):
        found = find_dates("On Dec 28 the ship left.", anchor=dt.date(2022, 1, 10))
        assert [("2021-12-28", "anchor")] == [(m.date.iso, m.year_from) for m in found]

    def test_no_year_no_date(self):
        assert () == find_dates("On Dec 28 the ship left.")
        assert () == find_dates("March 4, 2019 to April 2nd", carry_year=False)[1:]

    def test_bare_years_in_prose(self):
        found = find_dates("In 2001, 2002 and 2003 the drills grew; since 2007 more, but 2000 troops left.")
        assert ["2001", "2002", "2003", "2007"] == [m.date.iso for m in found]
        assert {Precision.YEAR} == {m.date.precision for m in found}
        assert () == find_dates("in 1999", bare_years=False)


_FRAGMENTS = [case["text"] for case in _cases("cases.json") if case["kind"] != "relative"]


class TestCaseTable:
    """The working table of date cases reads to the expected ISO values."""

    @staticmethod
    def _absolute(case):
        try:
            found = parse_date(case["text"], strict=case.get("strict", True))
        except ParseError:
            return None
        if case.get("moment") is not None:
            want = dt.datetime.fromisoformat(case["moment"])
            if want != found.moment or want.utcoffset() != found.moment.utcoffset():
                return "wrong moment"
        return found.date.iso

    @staticmethod
    def _relative(case):
        anchor = case["anchor"]
        anchor = dt.datetime.fromisoformat(anchor) if "T" in anchor else dt.date.fromisoformat(anchor)
        try:
            value = resolve_relative(case["text"], anchor)
        except ParseError:
            return None
        return value.isoformat() if isinstance(value, dt.datetime) else value.iso

    @staticmethod
    def _search(case):
        anchor = case.get("anchor")
        return [m.date.iso for m in find_dates(case["text"], anchor=anchor and dt.date.fromisoformat(anchor))]

    @pytest.mark.parametrize(("kind", "target"), [("absolute", 0.95), ("relative", 0.95), ("search", 0.85)])
    def test_share(self, kind, target):
        cases = [case for case in _cases("cases.json") if case["kind"] == kind]
        reader = getattr(self, f"_{kind}")
        right = [reader(case) == case["expected"] for case in cases]
        assert target <= sum(right) / len(right)

    def test_no_non_date_read_as_a_date(self):
        for case in _cases("cases.json"):
            if case["expected"] is None and case["kind"] == "absolute":
                assert self._absolute(case) is None, case["text"]
            if case["expected"] is None and case["kind"] == "relative":
                assert self._relative(case) is None, case["text"]

    def test_no_partial_answer_given_as_full(self):
        for case in _cases("cases.json"):
            if case["kind"] == "absolute" and case["expected"] is not None:
                got = self._absolute(case)
                assert got is None or len(got) <= len(case["expected"]), case["text"]

    @given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=8), max_size=6))
    def test_spans_slice_the_input(self, parts):
        text = " ".join(parts)
        try:
            found = find_dates(text, anchor=dt.date(2023, 4, 6))
        except ParseError:
            return
        for match in found:
            assert text[match.start : match.end] == match.text
        for match in find_relative_dates(text, dt.datetime(2023, 4, 6, 12, tzinfo=JST)):
            assert text[match.start : match.end] == match.text
        try:
            one = parse_date(text, strict=False)
        except ParseError:
            return
        assert text[one.start : one.end] == one.text


_EXPRESSIONS = [case["text"] for case in _cases("cases.json") if case["kind"] == "relative"]
_ANCHORS = st.one_of(
    st.dates(),
    st.datetimes(timezones=st.just(dt.UTC) | st.none()),
    partial_dates(min_year=1, max_year=9999),
    st.text(max_size=12),
    st.sampled_from(["2023-04-06", "2023-04", "9999-12-31T23:59:59", "0001-01-01"]),
    st.integers(),
    st.none(),
)


class TestOnlyOurErrors:
    """The readers return or raise a CorpusError, and nothing else, whatever they are given."""

    @given(st.text(max_size=80), st.booleans())
    def test_parse_date(self, text, strict):
        with contextlib.suppress(CorpusError):
            parse_date(text, strict=strict)

    @given(st.text(max_size=120), st.one_of(st.none(), st.dates(), partial_dates(min_year=1, max_year=9999)))
    def test_find_dates(self, text, anchor):
        with contextlib.suppress(CorpusError):
            find_dates(text, anchor=anchor)

    @given(st.sampled_from(_EXPRESSIONS) | st.text(max_size=30), _ANCHORS)
    @example("tomorrow", dt.date.max)
    @example("yesterday", dt.date.min)
    @example("in 3 years", PartialDate(year=9999))
    @example("25 minutes ago", dt.datetime.min.replace(tzinfo=dt.UTC))
    @example("in 2 hours", dt.datetime.max.replace(tzinfo=dt.UTC))
    @example("next decade", dt.date(9995, 1, 1))
    @example("last century", dt.date(1, 1, 1))
    @example("last week", dt.date(1, 1, 2))
    @example("on Sunday", "2023-04-06")
    @example("on Sunday", "not a date")
    def test_resolve_relative(self, expression, anchor):
        with contextlib.suppress(CorpusError):
            resolve_relative(expression, anchor)

    @given(
        st.lists(st.sampled_from(_EXPRESSIONS) | st.text(max_size=10), max_size=5).map(" ".join),
        _ANCHORS,
    )
    @example("tomorrow and next week, in 10 years", dt.date.max)
    @example("yesterday, last decade", dt.date.min)
    def test_find_relative_dates(self, text, anchor):
        with contextlib.suppress(CorpusError):
            find_relative_dates(text, anchor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published April 05,2023", "2023-04-05"),
        ("Updated Sept. 9,2021 at noon", "2021-09-09"),
        ("5 April,2023", "2023-04-05"),
        ("on 12th March,1999 the", "1999-03-12"),
    ],
)
def test_a_comma_with_no_space_still_joins_the_year(text, expected):
    assert [str(found.date) for found in find_dates(text)] == [expected]


_TOKENS = (
    # month and weekday names in the cases each form allows, with the letters IGNORECASE also
    # folds onto ASCII ("ſ" for "s", the Kelvin sign for "k", dotted and dotless "i")
    *("jan", "Feb.", "MARCH", "apr", "May", "june", "jul", "aug", "Sept", "ſep", "oct", "Nov", "dec"),
    *("Mon", "tues", "Wed.", "thurs", "Fri", "sat", "Sunday", "FrİDAY", "frıday", "Kst"),
    # numbers in every width the forms read, ordinals and years
    *("5", "06", "12", "31", "2014", "1999", "20180611", "05th", "1st", "'97", "’05", "3:07", "12:30:45"),
    # the words around dates: of, the, bare-year prepositions, era marks, labels, zones
    *("th", "nd", "of", "the", "in", "since", "mid", "mid-", "©", "AD", "C.E.", "Published:", "EDT"),
    *("+09:00", "T", "pm"),
)
_JOINS = ("", " ", "   ", "\t", "\n", "\r", ",", ", ", ".", ". ", "-", "/", "–", "\u2028", "x")
_DATE_LIKE = st.lists(
    st.sampled_from(_TOKENS) | st.sampled_from(_FRAGMENTS) | st.text(max_size=3),
    max_size=6,
).flatmap(
    lambda parts: st.lists(
        st.sampled_from(("", " ")) | st.sampled_from(_JOINS), min_size=len(parts), max_size=len(parts)
    ).map(lambda joins: "".join(part + join for part, join in zip(parts, joins, strict=True)))
)
"""Text made of the tokens the date forms open and close with, run together in every way."""


class TestPreFilter:
    """The forms run on the spans their cues allow find exactly what running every form finds."""

    @staticmethod
    def _read(text, start, stop, names, *, bare_years, every_form):  # noqa: PLR0913 - as _candidates
        # What the forms find, in order, and the error that stops them, if one does.
        found = []
        try:
            found.extend(
                dates._candidates(text, start, stop, names, bare_years=bare_years, every_form=every_form)
            )
        except ParseError as error:
            found.append(str(error))
        return found

    def _both(self, text, start, stop, names, *, bare_years):
        return tuple(
            self._read(text, start, stop, names, bare_years=bare_years, every_form=every_form)
            for every_form in (True, False)
        )

    @given(
        st.text(max_size=120) | _DATE_LIKE,
        st.integers(0, 130),
        st.integers(0, 130),
        st.sampled_from([dates._FIND, dates._FIND + dates._YEARLESS]),
        st.booleans(),
    )
    @example("Tue May 6, 2014 3:07pm EDT", 0, 40, dates._FIND, True)  # noqa: FBT003
    @example("on the 5th of ſeptember 2014 and mid-1999", 0, 60, dates._FIND, True)  # noqa: FBT003
    # the widest gaps the cues allow: between a day and its month, a month and its number
    @example("Wed 5th.   of   September 2014, 21st   of   May", 0, 60, dates._FIND + dates._YEARLESS, True)  # noqa: FBT003
    @example("September.,   2014 and september.,   1999", 0, 60, dates._FIND, True)  # noqa: FBT003
    @example("in the mid-1990s, mid-1999", 0, 30, dates._FIND, True)  # noqa: FBT003
    def test_the_same_candidates(self, text, start, stop, names, bare_years):
        everything, filtered = self._both(text, start, stop, names, bare_years=bare_years)
        assert everything == filtered

    def test_the_same_candidates_on_every_case_and_document_line(self):
        documents = pathlib.Path(dates.__file__).parent / "data" / "documents"
        lines = [case["text"] for case in _cases("cases.json")]
        for path in sorted(documents.glob("*.txt")):
            lines += path.read_text(encoding="utf-8").splitlines()
        names = dates._FIND + dates._YEARLESS
        for line in lines:
            everything, filtered = self._both(line, 0, len(line), names, bare_years=True)
            assert everything == filtered, line

    def test_a_line_without_a_cue_runs_no_form(self):
        names = dates._FIND + dates._YEARLESS
        assert ((), False) == dates._cued("The allies met in Brussels.", 0, 27, names, bare_years=True)
        cued, _ = dates._cued("May 6, 2014 3:07pm EDT", 0, 22, names, bare_years=False)
        # mdy_words too: its cue is a word, spaces and a number, and "May" is a month in the vocabulary
        assert {"mdy", "md", "mdy_words"} == set(cued)


class TestPartsToDate:
    """The date readers' own check of a date's parts agrees with :class:`PartialDate`'s validators."""

    @given(
        st.integers(-2, 10_001),
        st.none() | st.integers(-1, 14),
        st.none() | st.integers(-1, 33),
    )
    @example(2000, 2, 29)
    @example(1900, 2, 29)
    @example(2023, 4, 31)
    @example(9999, 12, 31)
    @example(2014, None, 5)
    def test_the_same_date_or_none(self, year, month, day):
        try:
            expected = PartialDate(year=year, month=month, day=day)
        except ValueError:
            expected = None
        made = dates._partial(year, month, day)
        assert made == expected
        if made is not None:
            assert (made.year, made.month, made.day, made.precision) == (year, month, day, expected.precision)
            assert hash(made) == hash(expected)
            assert repr(made) == repr(expected)


@given(
    name=st.sampled_from(sorted(set(dates._SUMMER_TIME.values()))),
    moment=st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2037, 12, 31, 23)),  # noqa: DTZ001
)
def test_summer_time_from_a_years_changes_is_the_zones_own(name: str, moment: dt.datetime) -> None:
    # The hours at which a zone's clocks change, found once a year, give for every hour what
    # the zone itself says of it.
    from dateutil import tz

    keeper = tz.gettz(name)
    wall = moment.replace(minute=0, second=0, microsecond=0, tzinfo=keeper)
    expected = bool(wall.dst())
    assert dates._in_summer(name, moment.year, moment.month, moment.day, moment.hour) is expected
