"""Tests for absolute date reading and relative date resolution in ``dates``."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus.dates import ZONES, find_dates, find_relative_dates, parse_date, resolve_relative
from japan_nato_corpus.errors import ParseError
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
