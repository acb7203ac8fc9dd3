import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from japan_nato_corpus.dates import DateRange, find_relative_dates, resolve_relative
from japan_nato_corpus.errors import ArgumentTypeError, ParseError
from japan_nato_corpus.model import PartialDate, Precision
from japan_nato_corpus.strategies import partial_dates

RELATIVE = [event for event in jnc.load().events if event.relative_date is not None]
JST = dt.timezone(dt.timedelta(hours=9))
NOW = dt.datetime(2023, 4, 6, 12, tzinfo=JST)  # a Thursday


class TestCuratedRelativeDates:
    """Every curated relative date is what the dates module resolves it to."""

    def test_the_corpus_has_relative_dates(self):
        assert len(RELATIVE) >= 10

    @pytest.mark.parametrize("event", RELATIVE, ids=lambda event: event.id)
    def test_date_is_the_resolved_expression(self, event):
        relative = event.relative_date
        assert event.date == resolve_relative(relative.expression, relative.anchor)

    @pytest.mark.parametrize("event", RELATIVE, ids=lambda event: event.id)
    def test_anchor_is_the_publication_date_of_an_evidence_article(self, event):
        published = {jnc.load().articles[e.document].published for e in event.evidence}
        assert event.relative_date.anchor in published


class TestCounts:
    """Counts in words or digits move the anchor by days, months or years, at that precision."""

    @pytest.mark.parametrize(
        ("expression", "expected"),
        [
            ("four days ago", "2023-04-02"),
            ("a fortnight ago", "2023-03-23"),
            ("in two weeks", "2023-04-20"),
            ("three years from now", "2026"),
            ("twenty-one days ago", "2023-03-16"),
            ("in a couple of weeks", "2023-04-20"),
            ("two months ago", "2023-02"),
            ("a decade ago", "2013"),
            ("1 year, 2 months ago", "2022-02"),
            ("two weeks and three days ago", "2023-03-20"),
        ],
    )
    def test_counts(self, expression, expected):
        assert expected == resolve_relative(expression, NOW).iso

    @given(st.integers(0, 400), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
    def test_days_ago_and_in_days_are_inverse(self, count, anchor):
        back = resolve_relative(f"{count} days ago", anchor).earliest
        assert count == (anchor - back).days
        assert anchor == resolve_relative(f"in {count} days", back).earliest

    def test_a_count_of_hours_needs_a_time(self):
        with pytest.raises(ParseError, match="needs an anchor with a time of day"):
            resolve_relative("25 minutes ago", dt.date(2023, 4, 6))


class TestTimes:
    """An expression with a time gives a datetime in the anchor's zone."""

    @pytest.mark.parametrize(
        ("expression", "expected"),
        [
            ("yesterday at 6:45 am", dt.datetime(2023, 4, 5, 6, 45, tzinfo=JST)),
            ("tomorrow evening at 8", dt.datetime(2023, 4, 7, 20, tzinfo=JST)),
            ("25 minutes ago", dt.datetime(2023, 4, 6, 11, 35, tzinfo=JST)),
            ("half an hour ago", dt.datetime(2023, 4, 6, 11, 30, tzinfo=JST)),
            ("at midnight yesterday", dt.datetime(2023, 4, 5, tzinfo=JST)),
            ("next Friday at 5pm", dt.datetime(2023, 4, 7, 17, tzinfo=JST)),
            ("tonight at 10", dt.datetime(2023, 4, 6, 22, tzinfo=JST)),
            ("this evening at 7:30", dt.datetime(2023, 4, 6, 19, 30, tzinfo=JST)),
            ("monday evening at 6", dt.datetime(2023, 4, 3, 18, tzinfo=JST)),
        ],
    )
    def test_times(self, expression, expected):
        assert expected == resolve_relative(expression, NOW)

    def test_zone_is_never_invented(self):
        found = resolve_relative("yesterday at 6:45 am", dt.date(2023, 4, 6))
        assert dt.datetime(2023, 4, 5, 6, 45) == found  # noqa: DTZ001
        assert dt.UTC == resolve_relative("yesterday at 6:45 am", dt.date(2023, 4, 6), tz=dt.UTC).tzinfo


class TestSpans:
    """A span is a range with its bounds, not one day."""

    @pytest.mark.parametrize(
        ("expression", "expected"),
        [
            ("last week", "2023-03-27/2023-04-02"),
            ("next week", "2023-04-10/2023-04-16"),
            ("this weekend", "2023-04-08/2023-04-09"),
            ("last decade", "2010-01-01/2019-12-31"),
            ("the past week", "2023-03-30/2023-04-06"),
            ("the week before last", "2023-03-20/2023-03-26"),
        ],
    )
    def test_spans(self, expression, expected):
        found = resolve_relative(expression, NOW)
        assert isinstance(found, DateRange)
        assert expected == found.iso

    @given(partial_dates(min_year=2, max_year=9998))
    def test_weeks_are_seven_days_from_monday(self, anchor):
        if anchor.precision is not Precision.DAY:
            return
        for expression in ("last week", "this week", "next week"):
            week = resolve_relative(expression, anchor)
            assert 7 == week.days
            assert 0 == week.earliest.weekday()
        assert resolve_relative("this week", anchor).contains(anchor.earliest)


class TestAnchors:
    """Anchors may be datetimes, dates, partial dates or ISO strings; anything else is our error."""

    def test_iso_string_anchor(self):
        assert resolve_relative("yesterday", "2023-04-06") == resolve_relative(
            "yesterday", dt.date(2023, 4, 6)
        )

    @pytest.mark.parametrize("anchor", [12, None, dt.timedelta(days=1), b"2023-04-06"])
    def test_not_a_date(self, anchor):
        with pytest.raises(ArgumentTypeError, match="anchor must be a datetime, date, PartialDate or ISO"):
            resolve_relative("yesterday", anchor)

    def test_a_string_that_is_no_date(self):
        with pytest.raises(ParseError, match="anchor"):
            resolve_relative("yesterday", "April")

    @pytest.mark.parametrize(
        ("expression", "anchor"),
        [("tomorrow", dt.date.max), ("yesterday", dt.date.min), ("next year", PartialDate(year=9999))],
    )
    def test_ends_of_the_calendar(self, expression, anchor):
        with pytest.raises(ParseError, match="outside the calendar"):
            resolve_relative(expression, anchor)


class TestFindRelative:
    """Relative expressions in running text keep what they resolve to and where the year came from."""

    def test_value_and_record(self):
        text = "He left yesterday at 6:45 am; they met last week and will meet in two weeks."
        found = find_relative_dates(text, NOW)
        assert ["yesterday at 6:45 am", "last week", "in two weeks"] == [m.text for m in found]
        assert dt.datetime(2023, 4, 5, 6, 45, tzinfo=JST) == found[0].value
        assert "2023-03-27/2023-04-02" == found[1].value.iso
        assert "2023-04-20" == found[2].date.iso
        assert {"anchor"} == {m.year_from for m in found}
        assert PartialDate(year=2023, month=4, day=6) == found[0].relative.anchor

    def test_month_takes_the_year_of_the_text(self):
        found = find_relative_dates("The plan was agreed in 2014. In March, ministers met.", NOW)
        assert [("In March", "2014-03", "context")] == [(m.text, m.date.iso, m.year_from) for m in found]
